// Lowering the typed AST to Glass IR (ir.ts), the way clang -O0 lowers to LLVM IR: every
// local variable and parameter gets a stack slot; reading a variable is a `load`, writing it
// a `store`. `&&`, `||` and `?:` become branches that store their result in a temporary
// slot, so temps stay single-assignment. Expressions are in ./expr.ts, static data in ./data.ts.
//
// This file holds the statements. A `switch` becomes a jump table when its cases are dense
// (as gcc does: at least 4 case values spanning at most 10 per case), else a chain of
// compares; `goto` jumps to the block its label starts.
//
// Sizes and signedness come from the target ABI; the IR itself is target-neutral.

import type { FuncDef, Stmt, SwitchStmt } from "../ast/ast.js";
import { alignOf, sizeOf, type Type } from "../ast/types.js";
import type { CheckedUnit } from "../sema/check.js";
import type { GlobalVar } from "../sema/context.js";
import type { Abi } from "../target/abi.js";
import { ModuleBuilder } from "./builder-base.js";
import { dataItems } from "./data.js";
import { ExprLowering } from "./expr.js";
import type { Block, IRFunction, IRGlobal, IRModule, Temp, Value } from "./ir.js";
import { typeOf } from "./ir.js";

export function buildModule(checked: CheckedUnit, abi: Abi, fileName: string): IRModule {
  const mb = new ModuleBuilder(abi);
  const functions = checked.functions.map((f) => new FunctionBuilder(mb, f).build());
  const globals = checked.globals.map((g) => buildGlobal(mb, g));
  return {
    fileName, functions, globals, strings: mb.strings,
    constructors: checked.constructors, destructors: checked.destructors, symbolAttrs: checked.symbolAttrs,
  };
}

function buildGlobal(mb: ModuleBuilder, g: GlobalVar): IRGlobal {
  const { sym } = g;
  const size = sizeOf(sym.type, mb.abi);
  const align = Math.max(alignOf(sym.type, mb.abi), g.align ?? 1);
  const base: IRGlobal = { name: sym.linkName, isStatic: sym.isStatic, size, align, ...(g.section ? { section: g.section } : {}) };
  if (!g.inits) return base;
  const init = dataItems(mb, g.inits, size);
  const readonly = isConstObject(sym.type) && init.every((d) => d.kind !== "addr");
  return { ...base, init, ...(readonly ? { readonly } : {}) };
}

/** `const T x` or an array of const elements (C11 6.7.3: such objects may be read-only). */
function isConstObject(t: Type): boolean {
  return t.kind === "array" ? isConstObject(t.of) : !!(t as { const?: boolean }).const;
}

interface JumpTargets {
  breakTo: Block;
  continueTo?: Block;
}

/** Gcc's jump-table heuristic: enough cases, and not too sparse. */
const denseEnough = (count: number, span: bigint) => count >= 4 && span <= BigInt(count) * 10n;

class FunctionBuilder extends ExprLowering {
  private targets: JumpTargets[] = [];
  /** The block each `case`/`default`/label statement starts, made when first needed. */
  private entry = new Map<Stmt, Block>();
  private labels = new Map<string, Block>();
  /** The hidden pointer to the caller's buffer, for a struct returned through memory. */
  private sret: Temp | undefined;

  constructor(mb: ModuleBuilder, f: FuncDef) {
    super(mb, f);
  }

  build(): IRFunction {
    const { f, mb } = this;
    this.current = this.newBlock();
    this.loc = f.loc;
    const returns = f.type.returns;
    if (returns.kind === "struct" && this.abi.returnStruct(returns).kind !== "regs") this.sret = this.temp("ptr");
    const params = f.params.map((p) => this.temp(mb.irType(p.passedAs ?? p.type)));
    const structParams: IRFunction["structParams"] = [];
    f.params.forEach((p, i) => {
      const t = p.type;
      if (!p.sym) return; // only in prototypes: a definition names every parameter
      const slot = this.slotFor(p.sym);
      if (t.kind === "struct") {
        const passing = this.abi.passStruct(t);
        if (passing.kind === "reference") this.copy({ kind: "slot", slot }, params[i]!, sizeOf(t, this.abi), alignOf(t, this.abi));
        else {
          slot.size = Math.ceil(slot.size / 8) * 8; // register parts are stored whole
          structParams[i] = { slot, passing, size: sizeOf(t, this.abi) };
        }
        return;
      }
      const v = p.passedAs ? this.convert(params[i]!, p.passedAs, t) : params[i]!; // K&R: back to the declared type
      this.emit({ op: "store", type: typeOf(v), value: v, addr: { kind: "slot", slot } });
    });
    this.stmt(f.body);
    if (!this.current.term) {
      // Falling off the end: `main` returns 0 (C11 5.1.2.2.3); elsewhere the value is undefined.
      if (returns.kind === "void") this.current.term = { op: "ret" };
      else if (returns.kind === "struct") this.returnStruct({ kind: "slot", slot: this.newSlot("undefined", sizeOf(returns, this.abi), 8) });
      else this.current.term = { op: "ret", value: this.const(0n, mb.irType(returns)) };
    }
    return {
      name: f.sym!.linkName, isStatic: f.sym!.isStatic,
      returns: returns.kind === "void" ? "void" : mb.irType(returns),
      params, variadic: f.type.variadic, slots: this.slots, blocks: this.blocks, tempCount: this.tempCount, loc: f.loc,
      ...(structParams.length ? { structParams } : {}), ...(this.sret ? { sret: this.sret } : {}),
    };
  }

  /** Returns the struct at `addr`: in registers, or copied into the caller's buffer. */
  private returnStruct(addr: Value): void {
    const t = this.f.type.returns;
    const passing = this.abi.returnStruct(t as Type & { kind: "struct" });
    if (passing.kind === "regs") {
      this.current.term = { op: "ret", value: addr, parts: passing.parts, loc: this.loc };
      return;
    }
    this.copy(this.sret!, addr, sizeOf(t, this.abi), alignOf(t, this.abi));
    this.current.term = { op: "ret", value: this.sret!, loc: this.loc };
  }

  private blockOf(s: Stmt): Block {
    let b = this.entry.get(s);
    if (!b) this.entry.set(s, (b = this.newBlock()));
    return b;
  }

  private labelBlock(name: string): Block {
    let b = this.labels.get(name);
    if (!b) this.labels.set(name, (b = this.newBlock()));
    return b;
  }

  protected stmt(s: Stmt): void {
    this.loc = s.loc;
    switch (s.kind) {
      case "expr":
        this.rvalue(s.expr);
        return;
      case "decl":
        for (const d of s.decls) {
          if (!d.sym || d.sym.scope !== "local") continue;
          this.loc = d.loc;
          const slot = this.slotFor(d.sym);
          if (d.inits) this.initialize({ kind: "slot", slot }, d.sym.type, d.inits);
        }
        return;
      case "compound":
        for (const i of s.items) this.stmt(i);
        return;
      case "if": {
        const then = this.newBlock();
        const els = s.else ? this.newBlock() : undefined;
        const join = this.newBlock();
        this.condition(s.cond, then, els ?? join);
        this.current = then;
        this.stmt(s.then);
        if (els && s.else) {
          this.jumpTo(join, els);
          this.stmt(s.else);
        }
        this.jumpTo(join);
        return;
      }
      case "while": {
        const head = this.newBlock();
        const body = this.newBlock();
        const exit = this.newBlock();
        this.jumpTo(head);
        this.loc = s.loc;
        this.condition(s.cond, body, exit);
        this.current = body;
        this.nested({ breakTo: exit, continueTo: head }, s.body);
        this.jumpTo(head, exit);
        return;
      }
      case "do": {
        const body = this.newBlock();
        const test = this.newBlock();
        const exit = this.newBlock();
        this.jumpTo(body);
        this.nested({ breakTo: exit, continueTo: test }, s.body);
        this.jumpTo(test);
        this.loc = s.cond.loc;
        this.condition(s.cond, body, exit);
        this.current = exit;
        return;
      }
      case "for": {
        if (s.init) this.stmt(s.init);
        const head = this.newBlock();
        const body = this.newBlock();
        const step = this.newBlock();
        const exit = this.newBlock();
        this.jumpTo(head);
        this.loc = s.loc;
        if (s.cond) this.condition(s.cond, body, exit);
        else this.jumpTo(body);
        this.current = body;
        this.nested({ breakTo: exit, continueTo: step }, s.body);
        this.jumpTo(step);
        this.loc = s.step?.loc ?? s.loc;
        if (s.step) this.rvalue(s.step);
        this.jumpTo(head, exit);
        return;
      }
      case "switch":
        return this.switchStmt(s);
      case "case":
      case "default":
      case "label": {
        const b = s.kind === "label" ? this.labelBlock(s.name) : this.blockOf(s);
        this.jumpTo(b);
        this.stmt(s.body);
        return;
      }
      case "goto":
        this.jumpTo(this.labelBlock(s.name), this.newBlock());
        return;
      case "break": {
        this.jumpTo(this.targets[this.targets.length - 1]!.breakTo, this.newBlock());
        return;
      }
      case "continue": {
        const t = [...this.targets].reverse().find((x) => x.continueTo)!;
        this.jumpTo(t.continueTo!, this.newBlock());
        return;
      }
      case "return": {
        const returns = this.f.type.returns;
        const value = s.value ? this.rvalue(s.value) : undefined;
        if (!this.current.term) {
          if (value && returns.kind === "struct") this.returnStruct(value);
          else if (value && returns.kind !== "void") this.current.term = { op: "ret", value: this.widenNarrow(value, returns), loc: s.loc };
          else this.current.term = { op: "ret", loc: s.loc };
        }
        this.current = this.newBlock();
        return;
      }
      case "staticassert":
      case "empty":
        return;
    }
  }

  private nested(targets: JumpTargets, body: Stmt): void {
    this.targets.push(targets);
    this.stmt(body);
    this.targets.pop();
  }

  /** A switch: a jump table for dense cases, else compares in case order; then the body. */
  private switchStmt(s: SwitchStmt): void {
    const v = this.rvalue(s.cond);
    const t = typeOf(v);
    const exit = this.newBlock();
    const fallback = s.defaultStmt ? this.blockOf(s.defaultStmt) : exit;
    const cases = s.cases ?? [];
    const signed = this.signed(s.cond.type!);
    const values = cases.flatMap((c) => (c.hi - c.lo < 64n ? range(c.lo, c.hi).map((x) => ({ x, b: this.blockOf(c.stmt) })) : []));
    const wide = cases.some((c) => c.hi - c.lo >= 64n);
    const min = values.reduce((m, c) => (c.x < m ? c.x : m), values[0]?.x ?? 0n);
    const max = values.reduce((m, c) => (c.x > m ? c.x : m), values[0]?.x ?? 0n);
    if (!wide && denseEnough(values.length, max - min)) {
      // index = v - min, as an unsigned i64; anything above max - min goes to default.
      const wideV = t === "i64" ? v : this.conv(signed ? "sext" : "zext", v, "i64");
      const index = this.op("sub", wideV, this.const(min, "i64"));
      const inRange = this.newBlock();
      this.branch(this.compare("ugt", index, this.const(max - min, "i64")), fallback, inRange);
      this.current = inRange;
      const table = range(min, max).map((x) => values.find((c) => c.x === x)?.b ?? fallback);
      this.current.term = { op: "jumptable", index, targets: table, loc: this.loc };
    } else {
      for (const c of cases) {
        const next = this.newBlock();
        const hit = this.caseTest(v, c.lo, c.hi);
        this.branch(hit, this.blockOf(c.stmt), next);
        this.current = next;
      }
      this.jumpTo(fallback);
    }
    this.current = this.newBlock(); // code before the first label is unreachable
    this.nested({ breakTo: exit }, s.body);
    this.jumpTo(exit);
  }

  private caseTest(v: Value, lo: bigint, hi: bigint): Value {
    const t = typeOf(v);
    if (lo === hi) return this.compare("eq", v, this.const(lo, t));
    // lo <= v <= hi  as  (v - lo) <=u (hi - lo)
    const d = this.op("sub", v, this.const(lo, t));
    return this.compare("ule", d, this.const(hi - lo, t));
  }
}

function range(lo: bigint, hi: bigint): bigint[] {
  const out: bigint[] = [];
  for (let x = lo; x <= hi; x++) out.push(x);
  return out;
}
