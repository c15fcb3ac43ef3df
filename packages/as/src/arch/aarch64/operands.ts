// Parsing AArch64 operands (GNU syntax) into the ISA's operand values.
//
//   operand  = register | vector | list | shift | extend | "#"? immediate | memory | name
//   vector   = "v" n "." arrangement | "v" n "." size "[" index "]"     (`v0.4s`, `v1.s[2]`)
//   list     = "{" vector ("," vector)* "}" | "{" vector "-" vector "}"
//   shift    = ("lsl" | "lsr" | "asr" | "ror") "#"? expr
//   extend   = ("uxtb" | … | "sxtx") ["#"? expr]
//   immediate= [":" reloc-op ":"] expr | float            (`#:lo12:sym`, `16`, `1.5e+0`)
//   memory   = "[" reg ["," ("#"? immediate | reg ["," (shift | extend)])] "]" ["!"]
//   literal  = "=" expr        (`ldr x0, =0x123456789`: an entry of ../../literal-pools.ts)
// A memory operand without an offset followed by an immediate operand is post-indexed
// (`ldr x0, [sp], 16`). gcc leaves out the `#` before immediates; GNU as allows it, so do we.
// Constants are folded now; anything else (labels, relocation operators) stays an
// expression the core resolves later.

import { conditionCode, type A64Arrangement, type A64ElementSize, type A64VList, type A64VReg, type A64ExtendOp, type A64Mem, type A64Operand, type A64Reg, type A64ShiftOp, type A64Value } from "@glass/isa";
import type { Expr } from "../../expr.js";
import type { TokenCursor } from "../../lex.js";
import type { EncodeContext } from "../types.js";
import { registerNamed } from "./registers.js";

const VECTOR = /^v(\d+)\.(\d+[bhsd]|[bhsd])$/i;
const ARRANGEMENTS = new Set(["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"]);
const shiftOps = new Set<string>(["lsl", "lsr", "asr", "ror"]);
const extendOps = new Set<string>(["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"]);
const FLOAT = /^[-+]?(\d+\.\d*|\d+(\.\d*)?e[-+]?\d+)$/i;

/**
 * Parses every operand of a statement; post-index immediates are folded into their address.
 * `literals`: the statement is an `ldr`, whose second operand may be `=expr`.
 * `words`: operands that are one bare word (`tpidr_el0`, `ish`, `pldl1keep`, or a label): whether
 * each is a keyword of the instruction or a symbol is known only once it is encoded, so the
 * caller enters it in the symbol table only if the encoding made a fixup of it.
 */
export function parseOperands(cursors: TokenCursor[], ctx: EncodeContext, literals = false): { ops: A64Operand[]; offsets: number[]; words: Expr[] } {
  const ops: A64Operand[] = [];
  const offsets: number[] = [];
  const words: Expr[] = [];
  for (const cur of cursors) {
    const offset = cur.here();
    const word = bareWord(cur);
    if (word) words.push(word.value.expr as Expr);
    const op = word ?? (cur.isPunct("=") ? parseLiteral(cur, ctx, literals ? ops[0] : undefined) : parseOperand(cur, ctx));
    cur.expectEnd();
    const prev = ops.at(-1);
    if (op.kind === "imm" && prev?.kind === "mem" && prev.mode === "offset" && prev.offset === undefined && !prev.index) {
      prev.mode = "post";
      prev.offset = op.value;
      continue;
    }
    ops.push(op);
    offsets.push(offset);
  }
  return { ops, offsets, words };
}

/** A lone word that is not a register, shift, extend or condition: kept as a name, not yet a symbol. */
function bareWord(cur: TokenCursor): { kind: "imm"; value: { expr: Expr; name: string } } | undefined {
  const t = cur.peek();
  if (t?.kind !== "name" || cur.tokens.length - cur.pos !== 1) return undefined;
  const word = t.text.toLowerCase();
  if (registerNamed(t.text) || VECTOR.test(t.text) || shiftOps.has(word) || extendOps.has(word) || conditionCode(word) !== undefined) return undefined;
  cur.next();
  return { kind: "imm", value: { expr: { kind: "symbol", name: t.text, offset: t.offset, length: t.end - t.offset }, name: t.text } };
}

/** `=expr` after `ldr Rt,`: the pool entry's size follows the register (x, d: 8; w, s: 4). */
function parseLiteral(cur: TokenCursor, ctx: EncodeContext, target: A64Operand | undefined): A64Operand {
  const eq = cur.next();
  const size = target?.kind === "reg" ? ({ x: 8, d: 8, w: 4, s: 4 } as const)[target.cls as "x" | "d" | "w" | "s"] : undefined;
  if (size === undefined) return ctx.error("'=value' needs 'ldr' with an x, w, d or s register", eq.offset);
  const expr = ctx.parseExpr(cur);
  return { kind: "imm", value: { expr: ctx.literal(expr, size, eq.offset) } };
}

function parseOperand(cur: TokenCursor, ctx: EncodeContext): A64Operand {
  if (cur.isPunct("[")) return parseMemory(cur, ctx);
  if (cur.isPunct("{")) return parseList(cur, ctx);
  const t = cur.peek();
  if (t?.kind === "name" && VECTOR.test(t.text)) return parseVector(cur, ctx);
  if (t?.kind === "name") {
    const reg = registerNamed(t.text);
    if (reg && cur.peek(1) === undefined) {
      cur.next();
      const expr: Expr = { kind: "symbol", name: t.text, offset: t.offset, length: t.end - t.offset };
      return { ...reg, symbol: { expr, name: t.text } };
    }
    const word = t.text.toLowerCase();
    const next = cur.peek(1);
    if (shiftOps.has(word) && next !== undefined) {
      cur.next();
      return { kind: "shift", op: word as A64ShiftOp, amount: amount(cur, ctx) };
    }
    if (extendOps.has(word)) {
      cur.next();
      return next === undefined ? { kind: "extend", op: word as A64ExtendOp } : { kind: "extend", op: word as A64ExtendOp, amount: amount(cur, ctx) };
    }
  }
  if (t?.kind === "name" && cur.peek(1) === undefined && conditionCode(t.text.toLowerCase()) !== undefined) {
    // A condition (`cset w0, lt`) is a keyword, not a symbol: don't enter it in the symbol table.
    cur.next();
    const expr: Expr = { kind: "symbol", name: t.text, offset: t.offset, length: t.end - t.offset };
    return { kind: "imm", value: { expr, name: t.text } };
  }
  cur.eatPunct("#");
  const float = floatAt(cur);
  if (float !== undefined) return { kind: "fimm", value: float };
  return { kind: "imm", value: parseValue(cur, ctx) };
}

/** `v3.4s` (an arrangement) or `v3.s[1]` (an element). */
function parseVector(cur: TokenCursor, ctx: EncodeContext): A64VReg {
  const t = cur.next();
  const m = VECTOR.exec(t.text);
  if (!m) return ctx.error(`expected a vector register such as 'v0.4s', found '${t.text}'`, t.offset, t.end - t.offset);
  const num = Number(m[1]);
  const shape = m[2]!.toLowerCase();
  if (num > 31) ctx.error(`no vector register '${t.text}'`, t.offset, t.end - t.offset);
  if (/^\d/.test(shape)) {
    if (!ARRANGEMENTS.has(shape)) ctx.error(`invalid arrangement '.${shape}'`, t.offset, t.end - t.offset);
    return { kind: "vreg", num, arrangement: shape as A64Arrangement };
  }
  cur.expectPunct("[");
  const at = cur.here();
  const index = ctx.evalConstant(ctx.parseExpr(cur));
  if (index === undefined || index < 0n || index > 15n) ctx.error("element index must be a constant in [0, 15]", at);
  cur.expectPunct("]");
  return { kind: "vreg", num, element: shape as A64ElementSize, index: Number(index) };
}

/** `{v0.4s, v1.4s}` or `{v0.4s-v3.4s}`: registers of one arrangement. */
function parseList(cur: TokenCursor, ctx: EncodeContext): A64VList {
  const open = cur.expectPunct("{");
  const regs: A64VReg[] = [];
  do {
    const first = parseVector(cur, ctx);
    regs.push(first);
    if (cur.eatPunct("-")) {
      const last = parseVector(cur, ctx);
      for (let n = (first.num + 1) % 32; regs.length < 5 && n !== (last.num + 1) % 32; n = (n + 1) % 32) regs.push({ ...last, num: n });
    }
  } while (cur.eatPunct(","));
  cur.expectPunct("}");
  const arrangement = regs[0]!.arrangement;
  if (!arrangement || regs.some((r) => r.arrangement !== arrangement)) return ctx.error("registers of a list must have one arrangement", open.offset);
  return { kind: "vlist", regs: regs.map((r) => r.num), arrangement };
}

/** A floating-point literal spelled over several tokens (`1.5e+0` lexes as `1`, `.5e`, `+`, `0`). */
function floatAt(cur: TokenCursor): number | undefined {
  const first = cur.peek();
  const last = cur.tokens.at(-1);
  if (!first || !last) return undefined;
  const text = cur.file.text.slice(first.offset, last.end).replace(/\s+/g, "");
  if (!FLOAT.test(text)) return undefined;
  cur.pos = cur.tokens.length;
  return Number(text);
}

/** A shift or extend amount: a constant, `#` optional. */
function amount(cur: TokenCursor, ctx: EncodeContext): number {
  cur.eatPunct("#");
  const at = cur.here();
  const v = ctx.evalConstant(ctx.parseExpr(cur));
  if (v === undefined) return ctx.error("shift amount must be a constant", at);
  return Number(v);
}

/** An immediate or address expression, with an optional `:reloc-op:` prefix. */
function parseValue(cur: TokenCursor, ctx: EncodeContext): A64Value {
  let modifier: string | undefined;
  if (cur.isPunct(":")) {
    cur.next();
    modifier = cur.expectName("a relocation operator such as 'lo12'").text.toLowerCase();
    cur.expectPunct(":");
  }
  const first = cur.peek();
  const expr: Expr = ctx.parseExpr(cur);
  if (modifier === undefined) {
    const v = ctx.evalConstant(expr);
    if (v !== undefined) return v;
  }
  const bare = expr.kind === "symbol" && first?.kind === "name" && cur.atEnd() ? first.text : undefined;
  return { expr, ...(modifier !== undefined && { modifier }), ...(bare !== undefined && { name: bare }) };
}

function parseRegister(cur: TokenCursor, what: string): A64Reg {
  const t = cur.peek();
  const reg = t?.kind === "name" ? registerNamed(t.text) : undefined;
  if (!reg) return cur.fail(`expected ${what}`);
  cur.next();
  return reg;
}

function parseMemory(cur: TokenCursor, ctx: EncodeContext): A64Mem {
  cur.expectPunct("[");
  const mem: A64Mem = { kind: "mem", base: parseRegister(cur, "a base register"), mode: "offset" };
  if (cur.eatPunct(",")) {
    const t = cur.peek();
    const index = t?.kind === "name" ? registerNamed(t.text) : undefined;
    if (index) {
      cur.next();
      mem.index = index;
      if (cur.eatPunct(",")) {
        const e = cur.expectName("'lsl', 'uxtw', 'sxtw' or 'sxtx'");
        const op = e.text.toLowerCase();
        if (op !== "lsl" && !extendOps.has(op)) ctx.error(`unexpected '${e.text}' in an address`, e.offset, e.end - e.offset);
        mem.extend = cur.isPunct("]") ? { op: op as "lsl" | A64ExtendOp } : { op: op as "lsl" | A64ExtendOp, amount: amount(cur, ctx) };
      }
    } else {
      cur.eatPunct("#");
      mem.offset = parseValue(cur, ctx);
    }
  }
  cur.expectPunct("]");
  if (cur.eatPunct("!")) mem.mode = "pre";
  return mem;
}
