// Lowering the typed AST to Glass IR (ir.ts), the way clang -O0 lowers to LLVM IR:
// every local variable and parameter gets a stack slot; reading a variable is a `load`,
// writing it a `store`. `&&`, `||` and `?:` become branches that store their result in a
// temporary slot, so temps stay single-assignment. Globals become data items.
//
// Sizes and signedness come from the target ABI; the IR itself is target-neutral.

import type { SourceLocation } from "@glass/diagnostics";
import type { Binary, Expr, FuncDef, Initializer, Stmt, Sym } from "../ast/ast.js";
import { isInteger, isPointer, isSigned, sizeOf, alignOf, type IntType, type Type } from "../ast/types.js";
import type { CheckedUnit } from "../sema/check.js";
import type { GlobalVar } from "../sema/context.js";
import { charValue, constValue } from "../sema/conversions.js";
import type { Abi } from "../target/abi.js";
import type {
  BinaryKind, Block, CompareKind, DataItem, Instr, IRFunction, IRGlobal, IRModule, IRString, IRType, Slot, Temp, Value,
} from "./ir.js";
import { sizeOfIR, typeOf } from "./ir.js";

/** Module-wide lowering state: the ABI and the string literal pool. */
class ModuleBuilder {
  readonly strings: IRString[] = [];
  constructor(readonly abi: Abi) {}

  /** A string literal's label in .rodata (`.LC0`, as gcc names them). */
  string(bytes: number[]): string {
    const label = `.LC${this.strings.length}`;
    this.strings.push({ label, bytes });
    return label;
  }

  irType(t: Type): IRType {
    if (t.kind === "pointer" || t.kind === "array" || t.kind === "function") return "ptr";
    const size = sizeOf(t, this.abi);
    return size === 1 ? "i8" : size === 2 ? "i16" : size === 4 ? "i32" : "i64";
  }
}

export function buildModule(checked: CheckedUnit, abi: Abi, fileName: string): IRModule {
  const mb = new ModuleBuilder(abi);
  const globals = checked.globals.map((g) => buildGlobal(mb, g));
  const functions = checked.functions.map((f) => new FunctionBuilder(mb, f).build());
  return { fileName, functions, globals, strings: mb.strings };
}

// ---- Data ----

function buildGlobal(mb: ModuleBuilder, g: GlobalVar): IRGlobal {
  const { sym } = g;
  const size = sizeOf(sym.type, mb.abi);
  const align = alignOf(sym.type, mb.abi);
  const base = { name: sym.linkName, isStatic: sym.isStatic, size, align };
  if (!g.init) return base;
  const items: DataItem[] = [];
  dataItems(mb, g.init, sym.type, items);
  return { ...base, init: items };
}

/** Appends the bytes of `init` for an object of type `t`, zero-filling what it leaves out. */
function dataItems(mb: ModuleBuilder, init: Initializer, t: Type, out: DataItem[]): void {
  const size = sizeOf(t, mb.abi);
  if (t.kind === "array") {
    if (init.kind === "string") {
      const bytes = init.bytes.slice(0, size);
      out.push({ kind: "bytes", bytes });
      if (size > bytes.length) out.push({ kind: "zero", size: size - bytes.length });
      return;
    }
    const items = init.kind === "initlist" ? init.items : [];
    for (const i of items) dataItems(mb, i, t.of, out);
    const rest = size - items.length * sizeOf(t.of, mb.abi);
    if (rest > 0) out.push({ kind: "zero", size: rest });
    return;
  }
  if (init.kind === "initlist") {
    if (init.items[0]) dataItems(mb, init.items[0], t, out);
    else out.push({ kind: "zero", size });
    return;
  }
  const v = constValue(init, mb.abi);
  if (v !== undefined) return void out.push({ kind: "int", size, value: v });
  const a = addressConstant(mb, init);
  out.push({ kind: "addr", name: a.name, addend: a.addend });
}

/** The symbol and byte offset an address constant refers to (sema checked it is one). */
function addressConstant(mb: ModuleBuilder, e: Expr): { name: string; addend: number } {
  switch (e.kind) {
    case "string":
      return { name: mb.string(e.bytes), addend: 0 };
    case "ident":
      return { name: e.sym!.linkName, addend: 0 };
    case "cast":
      return addressConstant(mb, e.operand);
    case "unary":
      return addressConstant(mb, e.operand);
    case "binary": {
      const base = addressConstant(mb, e.left);
      const scale = isPointer(e.type!) ? sizeOf(e.type.to, mb.abi) : 1;
      const n = Number(constValue(e.right, mb.abi)!) * scale;
      return { name: base.name, addend: base.addend + (e.op === "-" ? -n : n) };
    }
    default:
      return { name: "", addend: 0 };
  }
}

// ---- Functions ----

interface LoopTargets {
  breakTo: Block;
  continueTo: Block;
}

class FunctionBuilder {
  private blocks: Block[] = [];
  private slots: Slot[] = [];
  private slotOf = new Map<Sym, Slot>();
  private tempCount = 0;
  private current!: Block;
  private loops: LoopTargets[] = [];
  private loc: SourceLocation | undefined;
  private readonly abi: Abi;

  constructor(
    private readonly mb: ModuleBuilder,
    private readonly f: FuncDef,
  ) {
    this.abi = mb.abi;
  }

  build(): IRFunction {
    const { f, mb } = this;
    this.current = this.newBlock();
    this.loc = f.loc;
    const params = f.params.map((p) => this.temp(mb.irType(p.type)));
    f.params.forEach((p, i) => {
      if (!p.sym) return;
      const slot = this.slotFor(p.sym);
      this.emit({ op: "store", type: params[i]!.type, value: params[i]!, addr: { kind: "slot", slot } });
    });
    this.stmt(f.body);
    if (!this.current.term) {
      // Falling off the end: `main` returns 0 (C11 5.1.2.2.3); elsewhere the value is undefined.
      const returns = f.type.returns;
      this.current.term = returns.kind === "void" ? { op: "ret" } : { op: "ret", value: this.const(0n, mb.irType(returns)) };
    }
    return {
      name: f.sym!.linkName, isStatic: f.sym!.isStatic,
      returns: f.type.returns.kind === "void" ? "void" : mb.irType(f.type.returns),
      params, slots: this.slots, blocks: this.blocks, tempCount: this.tempCount, loc: f.loc,
    };
  }

  // -- helpers --

  private newBlock(): Block {
    const b: Block = { id: this.blocks.length, instrs: [] };
    this.blocks.push(b);
    return b;
  }

  private temp(type: IRType): Temp {
    return { kind: "temp", id: this.tempCount++, type };
  }

  private const(value: bigint, type: IRType): Value {
    return { kind: "const", value, type };
  }

  private emit(i: Instr): void {
    this.current.instrs.push(this.loc ? { ...i, loc: this.loc } : i);
  }

  /** Ends the current block with a jump (if it is still open) and continues in `next`. */
  private jumpTo(target: Block, next: Block = target): void {
    if (!this.current.term) this.current.term = { op: "br", target, loc: this.loc };
    this.current = next;
  }

  private branch(cond: Value, then: Block, els: Block): void {
    if (!this.current.term) this.current.term = { op: "condbr", cond, then, else: els, loc: this.loc };
  }

  private newSlot(name: string, size: number, align: number): Slot {
    const slot: Slot = { id: this.slots.length, name, size, align };
    this.slots.push(slot);
    return slot;
  }

  private slotFor(sym: Sym): Slot {
    let s = this.slotOf.get(sym);
    if (!s) {
      s = this.newSlot(sym.name, sizeOf(sym.type, this.abi), alignOf(sym.type, this.abi));
      this.slotOf.set(sym, s);
    }
    return s;
  }

  private op(kind: BinaryKind, a: Value, b: Value, type: IRType = typeOf(a)): Temp {
    const dest = this.temp(type);
    this.emit({ op: "binary", kind, dest, a, b });
    return dest;
  }

  private compare(kind: CompareKind, a: Value, b: Value): Temp {
    const dest = this.temp("i32");
    this.emit({ op: "compare", kind, dest, a, b });
    return dest;
  }

  private load(type: Type, addr: Value): Value {
    const dest = this.temp(this.mb.irType(type));
    this.emit({ op: "load", dest, addr });
    return dest;
  }

  private signed(t: Type): boolean {
    return isInteger(t) && isSigned(t, this.abi);
  }

  // -- statements --

  private stmt(s: Stmt): void {
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
          if (d.init) this.initialize({ kind: "slot", slot }, d.sym.type, d.init);
        }
        return;
      case "compound":
        for (const i of s.items) this.stmt(i);
        return;
      case "if": {
        const then = this.newBlock();
        const els = s.else ? this.newBlock() : undefined;
        const join = this.newBlock();
        this.branch(this.rvalue(s.cond), then, els ?? join);
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
        this.branch(this.rvalue(s.cond), body, exit);
        this.current = body;
        this.loop({ breakTo: exit, continueTo: head }, s.body);
        this.jumpTo(head, exit);
        return;
      }
      case "do": {
        const body = this.newBlock();
        const test = this.newBlock();
        const exit = this.newBlock();
        this.jumpTo(body);
        this.loop({ breakTo: exit, continueTo: test }, s.body);
        this.jumpTo(test);
        this.loc = s.cond.loc;
        this.branch(this.rvalue(s.cond), body, exit);
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
        if (s.cond) this.branch(this.rvalue(s.cond), body, exit);
        else this.jumpTo(body);
        this.current = body;
        this.loop({ breakTo: exit, continueTo: step }, s.body);
        this.jumpTo(step);
        this.loc = s.step?.loc ?? s.loc;
        if (s.step) this.rvalue(s.step);
        this.jumpTo(head, exit);
        return;
      }
      case "break":
      case "continue": {
        const t = this.loops[this.loops.length - 1]!;
        this.jumpTo(s.kind === "break" ? t.breakTo : t.continueTo, this.newBlock());
        return;
      }
      case "return": {
        const value = s.value ? this.rvalue(s.value) : undefined;
        const keep = value && this.f.type.returns.kind !== "void";
        if (!this.current.term) this.current.term = keep ? { op: "ret", value, loc: s.loc } : { op: "ret", loc: s.loc };
        this.current = this.newBlock();
        return;
      }
      case "empty":
        return;
    }
  }

  private loop(targets: LoopTargets, body: Stmt): void {
    this.loops.push(targets);
    this.stmt(body);
    this.loops.pop();
  }

  /** Stores an initializer into the object at `addr`; parts it does not cover become zero (6.7.9p21). */
  private initialize(addr: Value, t: Type, init: Initializer): void {
    if (t.kind === "array") {
      const elem = sizeOf(t.of, this.abi);
      const at = (i: number): Value => (i === 0 ? addr : this.op("add", addr, this.const(BigInt(i * elem), "i64"), "ptr"));
      if (init.kind === "string") {
        for (let i = 0; i < (t.length ?? 0); i++) this.emit({ op: "store", type: "i8", value: this.const(BigInt(init.bytes[i] ?? 0), "i8"), addr: at(i) });
        return;
      }
      const items = init.kind === "initlist" ? init.items : [];
      for (let i = 0; i < (t.length ?? 0); i++) {
        const item = items[i];
        if (item) this.initialize(at(i), t.of, item);
        else this.zero(at(i), t.of);
      }
      return;
    }
    if (init.kind === "initlist") {
      if (init.items[0]) this.initialize(addr, t, init.items[0]);
      else this.zero(addr, t);
      return;
    }
    this.emit({ op: "store", type: this.mb.irType(t), value: this.rvalue(init), addr });
  }

  private zero(addr: Value, t: Type): void {
    if (t.kind === "array") return this.initialize(addr, t, { kind: "initlist", items: [], loc: this.loc! });
    this.emit({ op: "store", type: this.mb.irType(t), value: this.const(0n, this.mb.irType(t)), addr });
  }

  // -- expressions --

  /** The address of an lvalue (or of a function / string literal). */
  private lvalue(e: Expr): Value {
    switch (e.kind) {
      case "ident": {
        const sym = e.sym!;
        if (sym.scope === "global") return { kind: "global", name: sym.linkName };
        return { kind: "slot", slot: this.slotFor(sym) };
      }
      case "unary":
        return this.rvalue(e.operand); // e.op is "*"
      case "index":
        return this.elementAddress(this.rvalue(e.base), this.rvalue(e.index), e.base.type!);
      case "string":
        return { kind: "global", name: this.mb.string(e.bytes) };
      default:
        return this.rvalue(e);
    }
  }

  /** `base + index * sizeof *base` for a pointer `base` and an i64 index. */
  private elementAddress(base: Value, index: Value, ptrType: Type): Value {
    const size = isPointer(ptrType) ? sizeOf(ptrType.to, this.abi) : 1;
    const scaled = size === 1 ? index : this.op("mul", index, this.const(BigInt(size), "i64"));
    return this.op("add", base, scaled, "ptr");
  }

  /** The value of an expression (whose arrays and functions sema has already decayed). */
  private rvalue(e: Expr): Value {
    const t = e.type!;
    const ir = this.mb.irType(t);
    switch (e.kind) {
      case "int":
        return this.const(constValue(e, this.abi)!, ir);
      case "char":
        return this.const(BigInt(charValue(e.value, this.abi)), "i32");
      case "sizeof":
        return this.const(BigInt(e.value!), ir);
      case "string":
        return this.lvalue(e);
      case "ident":
        if (t.kind === "function" || t.kind === "array") return this.lvalue(e);
        return this.load(t, this.lvalue(e));
      case "index":
        return t.kind === "array" ? this.lvalue(e) : this.load(t, this.lvalue(e));
      case "unary":
        switch (e.op) {
          case "&":
            return this.lvalue(e.operand);
          case "*":
            return t.kind === "array" || t.kind === "function" ? this.rvalue(e.operand) : this.load(t, this.rvalue(e.operand));
          case "+":
            return this.rvalue(e.operand);
          case "-":
          case "~": {
            const dest = this.temp(ir);
            this.emit({ op: e.op === "-" ? "neg" : "not", dest, a: this.rvalue(e.operand) });
            return dest;
          }
          case "!": {
            const v = this.rvalue(e.operand);
            return this.compare("eq", v, this.const(0n, typeOf(v)));
          }
        }
        break;
      case "incdec": {
        const addr = this.lvalue(e.operand);
        const old = this.load(t, addr);
        const step = isPointer(t) ? sizeOf(t.to, this.abi) : 1;
        const updated = this.op(e.op === "++" ? "add" : "sub", old, this.const(BigInt(step), isPointer(t) ? "i64" : ir), ir);
        this.emit({ op: "store", type: ir, value: updated, addr });
        return e.prefix ? updated : old;
      }
      case "binary":
        return this.binary(e);
      case "assign": {
        if (e.op === "=") {
          const v = this.rvalue(e.value);
          this.emit({ op: "store", type: ir, value: v, addr: this.lvalue(e.target) });
          return v;
        }
        const addr = this.lvalue(e.target);
        const opType = e.opType!;
        const old = this.convert(this.load(t, addr), t, opType);
        const rhs = this.rvalue(e.value);
        const result = this.arith(e.op.slice(0, -1) as Binary["op"], old, rhs, opType, opType);
        const v = this.convert(result, opType, t);
        this.emit({ op: "store", type: ir, value: v, addr });
        return v;
      }
      case "cond": {
        const then = this.newBlock();
        const els = this.newBlock();
        const join = this.newBlock();
        const slot = t.kind === "void" ? undefined : this.newSlot("cond", sizeOf(t, this.abi), alignOf(t, this.abi));
        this.branch(this.rvalue(e.cond), then, els);
        for (const [block, arm] of [[then, e.then], [els, e.else]] as const) {
          this.current = block;
          const v = this.rvalue(arm);
          if (slot) this.emit({ op: "store", type: ir, value: v, addr: { kind: "slot", slot } });
          this.jumpTo(join);
        }
        this.current = join;
        return slot ? this.load(t, { kind: "slot", slot }) : this.const(0n, "i32");
      }
      case "comma":
        this.rvalue(e.left);
        return this.rvalue(e.right);
      case "call":
        return this.call(e);
      case "cast":
        return this.cast(e);
    }
    throw new Error("internal error: unhandled expression kind");
  }

  private binary(e: Binary): Value {
    if (e.op === "&&" || e.op === "||") {
      // Short circuit: the right operand runs only when the left does not decide.
      const slot = this.newSlot(e.op === "&&" ? "and" : "or", 4, 4);
      const rhs = this.newBlock();
      const short = this.newBlock();
      const join = this.newBlock();
      const l = this.rvalue(e.left);
      if (e.op === "&&") this.branch(l, rhs, short);
      else this.branch(l, short, rhs);
      this.current = rhs;
      const r = this.rvalue(e.right);
      this.emit({ op: "store", type: "i32", value: this.compare("ne", r, this.const(0n, typeOf(r))), addr: { kind: "slot", slot } });
      this.jumpTo(join, short);
      this.emit({ op: "store", type: "i32", value: this.const(e.op === "&&" ? 0n : 1n, "i32"), addr: { kind: "slot", slot } });
      this.jumpTo(join);
      return this.load(e.type!, { kind: "slot", slot });
    }
    const l = this.rvalue(e.left);
    const r = this.rvalue(e.right);
    return this.arith(e.op, l, r, e.left.type!, e.type!);
  }

  /** `l op r` where `l` has C type `lt` (a pointer for pointer arithmetic) and the result `t`. */
  private arith(op: Binary["op"], l: Value, r: Value, lt: Type, t: Type): Value {
    const ir = this.mb.irType(t);
    const signed = this.signed(lt);
    switch (op) {
      case "+":
      case "-":
        if (isPointer(lt) && isPointer(t)) {
          const offset = op === "+" ? r : this.negate(r);
          return this.elementAddress(l, offset, lt);
        }
        if (isPointer(lt)) {
          const diff = this.op("sub", l, r, "i64");
          const size = sizeOf(lt.to, this.abi);
          return size === 1 ? diff : this.op("sdiv", diff, this.const(BigInt(size), "i64"));
        }
        return this.op(op === "+" ? "add" : "sub", l, r, ir);
      case "*":
        return this.op("mul", l, r, ir);
      case "/":
        return this.op(signed ? "sdiv" : "udiv", l, r, ir);
      case "%":
        return this.op(signed ? "srem" : "urem", l, r, ir);
      case "<<":
        return this.op("shl", l, r, ir); // the count's width does not matter: only its low bits are used
      case ">>":
        return this.op(signed ? "ashr" : "lshr", l, r, ir);
      case "&":
        return this.op("and", l, r, ir);
      case "|":
        return this.op("or", l, r, ir);
      case "^":
        return this.op("xor", l, r, ir);
      default: {
        const unsigned = isPointer(lt) || !signed;
        const kinds: Record<string, [CompareKind, CompareKind]> = {
          "<": ["slt", "ult"], ">": ["sgt", "ugt"], "<=": ["sle", "ule"], ">=": ["sge", "uge"], "==": ["eq", "eq"], "!=": ["ne", "ne"],
        };
        return this.compare(kinds[op]![unsigned ? 1 : 0], l, r);
      }
    }
  }

  private negate(v: Value): Value {
    const dest = this.temp(typeOf(v));
    this.emit({ op: "neg", dest, a: v });
    return dest;
  }

  private call(e: Expr & { kind: "call" }): Value {
    const fnPtr = e.callee.type!;
    const fnType = isPointer(fnPtr) && fnPtr.to.kind === "function" ? fnPtr.to : undefined;
    const c = e.callee.kind === "cast" ? e.callee.operand : e.callee;
    const callee: string | Value = c.kind === "ident" && c.sym?.kind === "func" ? c.sym.linkName : this.rvalue(e.callee);
    const args = e.args.map((a) => this.rvalue(a));
    const t = e.type!;
    const dest = t.kind === "void" ? undefined : this.temp(this.mb.irType(t));
    const variadicAfter = fnType && (fnType.variadic || !fnType.prototyped) ? fnType.params.length : undefined;
    this.loc = e.loc;
    this.emit({ op: "call", callee, args, ...(dest ? { dest } : {}), ...(variadicAfter !== undefined ? { variadicAfter } : {}) });
    return dest ?? this.const(0n, "i32");
  }

  private cast(e: Expr & { kind: "cast" }): Value {
    const from = e.operand.type!;
    if (from.kind === "array" || from.kind === "function") return this.lvalue(e.operand); // decay
    const v = this.rvalue(e.operand);
    if (e.to.kind === "void") return v;
    return this.convert(v, from, e.to);
  }

  /** Converts a value of C type `from` to C type `to` (C11 6.3.1.3, 6.3.2.3). */
  private convert(v: Value, from: Type, to: Type): Value {
    const target = this.mb.irType(to);
    if (isInteger(to) && to.rank === "bool") {
      const flag = this.compare("ne", v, this.const(0n, typeOf(v)));
      return this.conv("trunc", flag, "i8");
    }
    const source = typeOf(v);
    if (source === target) return v;
    if (v.kind === "const") return this.const(isInteger(to) ? wrap(v.value, to, this.abi) : v.value, target);
    if (source === "ptr") return this.conv("ptrtoint", v, target);
    if (target === "ptr") return this.conv("inttoptr", this.convert(v, from, { kind: "int", rank: "long", unsigned: true }), "ptr");
    const fs = sizeOfIR(source);
    const ts = sizeOfIR(target);
    if (ts < fs) return this.conv("trunc", v, target);
    return this.conv(this.signed(from) ? "sext" : "zext", v, target);
  }

  private conv(kind: "sext" | "zext" | "trunc" | "ptrtoint" | "inttoptr", a: Value, type: IRType): Temp {
    const dest = this.temp(type);
    this.emit({ op: "convert", kind, dest, a });
    return dest;
  }
}

function wrap(v: bigint, t: IntType, abi: Abi): bigint {
  const bits = sizeOf(t, abi) * 8;
  return isSigned(t, abi) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}
