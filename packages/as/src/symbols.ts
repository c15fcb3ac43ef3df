// Symbols and the value of an expression.
//
// A symbol is a label (a place in a fragment of a section), an equate (`.set x, expr` or
// `x = expr`, evaluated when used, so it may refer to labels defined later), common storage
// (`.comm`), or undefined (then it becomes an undefined global in the object). Binding,
// type, visibility and size come from `.globl/.weak/.local/.type/.size/.hidden`.
//
// An expression evaluates to `c + sym - neg` (GNU as "expressionS"): a constant, plus at
// most one symbol, minus at most one symbol. `a - b` with both labels in one section folds
// to a constant once addresses are known; what remains becomes a relocation, or an error.

import type { SourceFile } from "@glass/diagnostics";
import { STT_NOTYPE, STV_DEFAULT } from "@glass/elf";
import { asmError } from "./errors.js";
import { foldBinary, type Expr } from "./expr.js";
import type { Frag, Section } from "./sections.js";

export interface AsmSymbol {
  name: string;
  /** A label: where it is. */
  label?: { section: Section; frag: Frag; offset: number };
  /** An equate: its expression. */
  equ?: Expr;
  common?: { size: bigint; align: bigint };
  binding: "local" | "global" | "weak";
  /** Named by `.local` (then `.comm` allocates it in .bss, as `.lcomm` does). */
  declaredLocal?: boolean;
  type: number;
  visibility: number;
  size?: Expr;
  /** `.` and numeric labels: never written to the symbol table. */
  internal: boolean;
  /** Where it was first mentioned (for "undefined" messages). */
  firstUse: number;
  /** Used by a relocation that keeps the symbol (must be in the symbol table). */
  inReloc: boolean;
  /** Place in GNU as's symbol list (see `SymbolTable`); undefined until it gets one. */
  order?: number;
  /** `.symver` names (./aliases.ts). */
  versions?: string[];
  /** Named as the target of a `.weakref`: weak when undefined and never named directly. */
  weakrefTarget?: boolean;
}

/** The value `c + sym - neg`, with sym/neg labels, common or undefined symbols. */
export interface Value {
  c: bigint;
  sym?: AsmSymbol;
  neg?: AsmSymbol;
  /** `sym` was reached through a local equate (`.set fact.localalias, fact`): it binds locally. */
  localAlias?: boolean;
}

/**
 * The symbols by name, and the order GNU as lists them in. GNU as appends a symbol to its list
 * when it first sees the name, used or defined — except `.L` names, which stay off the list
 * until needed: a `.L` label joins when an expression refers to it after its definition or
 * for the second time; one referred to just once before its definition joins only when a
 * relocation keeps it, as the object is written (in section and fixup order). Section symbols and mapping symbols take places in
 * the same sequence (`nextOrder`), which is why a section's symbol can sit between two labels
 * in `readelf -s`.
 */
export class SymbolTable {
  readonly map = new Map<string, AsmSymbol>();
  /** Places given to names not (yet) in `map`. */
  private readonly pending = new Map<string, number>();
  /** Every name an expression has referred to. */
  readonly mentioned = new Set<string>();
  private counter = 0;

  get(name: string, offset: number): AsmSymbol {
    let s = this.map.get(name);
    if (!s) {
      if (!name.startsWith(".L")) this.place(name);
      s = { name, binding: "local", type: STT_NOTYPE, visibility: STV_DEFAULT, internal: false, firstUse: offset, inReloc: false };
      const order = this.pending.get(name);
      if (order !== undefined) s.order = order;
      this.map.set(name, s);
    }
    return s;
  }

  /** The next place in the symbol list. */
  nextOrder(): number {
    return this.counter++;
  }

  /** An expression refers to `name`. */
  mention(name: string): void {
    const again = this.mentioned.has(name);
    this.mentioned.add(name);
    const s = this.map.get(name);
    if (!name.startsWith(".L") || again || (s && isDefined(s))) this.place(name);
  }

  /** Gives `name` the next place in the list unless it has one. */
  place(name: string): void {
    if (this.pending.has(name)) return;
    const order = this.nextOrder();
    this.pending.set(name, order);
    const s = this.map.get(name);
    if (s) s.order = order;
  }
}

export function isDefined(s: AsmSymbol): boolean {
  return s.label !== undefined || s.equ !== undefined || s.common !== undefined;
}

/** How far layout has got: before it, only offsets inside one fragment are known. */
export interface EvalEnv {
  file: SourceFile;
  symbols: SymbolTable;
  laidOut: boolean;
}

/** Address of a label inside its section (valid once laid out). */
export function labelAddress(s: AsmSymbol): number {
  return s.label!.frag.address + s.label!.offset;
}

export function evaluate(expr: Expr, env: EvalEnv, depth = 0): Value {
  switch (expr.kind) {
    case "number":
      return { c: expr.value };
    case "symbol": {
      const s = env.symbols.get(expr.name, expr.offset);
      if (s.equ) {
        if (depth > 100) asmError(env.file, expr.offset, `symbol '${s.name}' is defined in terms of itself`, expr.length);
        const v = evaluate(s.equ, env, depth + 1);
        return s.binding === "local" && v.sym?.label ? { ...v, localAlias: true } : v;
      }
      return { c: 0n, sym: s };
    }
    case "unary": {
      const v = evaluate(expr.arg, env, depth);
      if (expr.op === "+") return v;
      const c = constant(v, env, expr.offset, expr.op);
      const r = expr.op === "-" ? -c : expr.op === "~" ? ~c : c === 0n ? 1n : 0n;
      return { c: BigInt.asIntN(64, r) };
    }
    case "binary": {
      const l = evaluate(expr.left, env, depth);
      const r = evaluate(expr.right, env, depth);
      if (expr.op === "+") return add(l, r, env, expr.offset);
      if (expr.op === "-") return add(l, { c: -r.c, sym: r.neg, neg: r.sym }, env, expr.offset);
      const v = foldBinary(expr.op, constant(l, env, expr.offset, expr.op), constant(r, env, expr.offset, expr.op));
      if (typeof v === "string") asmError(env.file, expr.offset, v);
      return { c: v };
    }
  }
}

function add(a: Value, b: Value, env: EvalEnv, offset: number): Value {
  const plus = [a.sym, b.sym].filter((s) => s !== undefined);
  const minus = [a.neg, b.neg].filter((s) => s !== undefined);
  let c = BigInt.asIntN(64, a.c + b.c);
  // Cancel symbol pairs whose distance is known.
  for (let i = 0; i < plus.length; i++) {
    for (let j = 0; j < minus.length; j++) {
      const d = distance(plus[i]!, minus[j]!, env);
      if (d !== undefined) {
        c = BigInt.asIntN(64, c + d);
        plus.splice(i--, 1);
        minus.splice(j, 1);
        break;
      }
    }
  }
  if (plus.length > 1 || minus.length > 1) asmError(env.file, offset, "invalid sections for operation on symbols");
  const localAlias = plus[0] !== undefined && (plus[0] === a.sym ? a.localAlias : b.localAlias);
  return { c, sym: plus[0], neg: minus[0], ...(localAlias ? { localAlias } : {}) };
}

/** `a - b` if it is known now. */
function distance(a: AsmSymbol, b: AsmSymbol, env: EvalEnv): bigint | undefined {
  if (a === b) return 0n;
  if (!a.label || !b.label || a.label.section !== b.label.section) return undefined;
  if (env.laidOut) return BigInt(labelAddress(a) - labelAddress(b));
  if (a.label.frag === b.label.frag) return BigInt(a.label.offset - b.label.offset);
  return undefined;
}

function constant(v: Value, env: EvalEnv, offset: number, op: string): bigint {
  if (v.sym || v.neg) {
    if (!env.laidOut) throw NOT_YET;
    asmError(env.file, offset, `invalid operands for '${op}': symbols are not constants here`);
  }
  return v.c;
}

/** Thrown (and caught by `tryConstant`) when a value needs addresses that layout has not set. */
const NOT_YET = new Error("not yet known");

/** The expression's constant value if it is known now, else undefined. */
export function tryConstant(expr: Expr, env: EvalEnv): bigint | undefined {
  try {
    const v = evaluate(expr, env);
    return v.sym || v.neg ? undefined : v.c;
  } catch (e) {
    if (e === NOT_YET) return undefined;
    throw e;
  }
}
