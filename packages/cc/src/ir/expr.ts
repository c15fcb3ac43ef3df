// Lowering expressions (C11 6.5) to IR. `place` gives the location of an lvalue (an address,
// plus bit positions for bit-fields); `rvalue` gives a value. Aggregates (arrays, functions,
// structs) are handled by address: the "value" of a struct expression is where it lives, and
// assigning one copies its bytes. Floating values are f32/f64 temps; conversions between
// integers and floats widen narrow integers first, as the IR's convert operations expect.

import type { Binary, Expr, InitLeaf, Stmt } from "../ast/ast.js";
import { alignOf, isAggregate, isFloat, isInteger, isPointer, isSigned, sizeOf, type IntType, type Type } from "../ast/types.js";
import { constValue } from "../sema/conversions.js";
import type { Abi } from "../target/abi.js";
import { bitBuiltin, isBitBuiltin } from "./bits.js";
import { BuilderBase, type Place } from "./builder-base.js";
import type { Block, CompareKind, IRType, StructArg, Value } from "./ir.js";
import { isFloatIR, sizeOfIR, typeOf } from "./ir.js";

export abstract class ExprLowering extends BuilderBase {
  protected abstract stmt(s: Stmt): void;

  /** Where an lvalue (or a function, string literal, compound literal) lives. */
  protected place(e: Expr): Place {
    switch (e.kind) {
      case "ident": {
        const sym = e.sym!;
        if (sym.scope === "global") return { addr: { kind: "global", name: sym.linkName } };
        return { addr: { kind: "slot", slot: this.slotFor(sym) } };
      }
      case "unary":
        return { addr: this.rvalue(e.operand) }; // e.op is "*"
      case "index":
        return { addr: this.elementAddress(this.rvalue(e.base), this.rvalue(e.index), e.base.type!) };
      case "string":
        return { addr: { kind: "global", name: this.mb.string(e.bytes) } };
      case "member":
        return this.memberPlace(this.rvalue(e.base), e.field!);
      case "compoundlit":
        return { addr: this.compoundLiteral(e) };
      default:
        return { addr: this.rvalue(e) };
    }
  }

  protected lvalue(e: Expr): Value {
    return this.place(e).addr;
  }

  /** `base + index * sizeof *base` for a pointer `base` and an i64 index. */
  protected elementAddress(base: Value, index: Value, ptrType: Type): Value {
    const size = isPointer(ptrType) ? sizeOf(ptrType.to, this.abi) : 1;
    const scaled = size === 1 ? index : this.op("mul", index, this.const(BigInt(size), "i64"));
    return this.op("add", base, scaled, "ptr");
  }

  private compoundLiteral(e: Expr & { kind: "compoundlit" }): Value {
    const sym = e.sym!;
    if (sym.scope === "global") return { kind: "global", name: sym.linkName };
    const addr: Value = { kind: "slot", slot: this.slotFor(sym) };
    this.initialize(addr, sym.type, e.inits ?? []);
    return addr;
  }

  /** Initializes an automatic object: zero it when the leaves leave gaps, then store each leaf. */
  protected initialize(addr: Value, t: Type, leaves: InitLeaf[]): void {
    const size = sizeOf(t, this.abi);
    const covered = leaves.length === 1 && leaves[0]!.offset === 0 && leaves[0]!.bitWidth === undefined && sizeOf(leaves[0]!.type, this.abi) === size && leaves[0]!.type.kind !== "array";
    if (!covered) this.zeroFill(addr, size, alignOf(t, this.abi));
    for (const leaf of leaves) {
      const at = this.offset(addr, leaf.offset);
      if (leaf.type.kind === "array" && leaf.expr.kind === "string") {
        const bytes = leaf.expr.bytes.slice(0, sizeOf(leaf.type, this.abi));
        bytes.forEach((b, i) => this.emit({ op: "store", type: "i8", value: this.const(BigInt(b), "i8"), addr: this.offset(at, i) }));
        continue;
      }
      if (leaf.type.kind === "struct") {
        this.copy(at, this.rvalue(leaf.expr), sizeOf(leaf.type, this.abi), alignOf(leaf.type, this.abi));
        continue;
      }
      const place: Place = leaf.bitWidth === undefined ? { addr: at } : {
        addr: at, bits: { unit: leaf.type, offset: leaf.bitOffset!, width: leaf.bitWidth, signed: this.signed(leaf.type) },
      };
      this.writePlace(place, leaf.type, this.rvalue(leaf.expr));
    }
  }

  /** The value of an expression (whose arrays and functions sema has already decayed). */
  protected rvalue(e: Expr): Value {
    const t = e.type!;
    const ir = this.mb.irType(t);
    switch (e.kind) {
      case "int":
        return this.const(constValue(e, this.abi)!, ir);
      case "char":
        return this.const(constValue(e, this.abi)!, ir);
      case "float":
        return floatConst(e.value, ir);
      case "sizeof":
        return this.const(BigInt(e.value!), ir);
      case "string":
      case "compoundlit":
        return isAggregate(t) ? this.lvalue(e) : this.load(t, this.lvalue(e));
      case "ident":
        if (e.sym?.kind === "enumconst") return this.const(e.sym.value!, ir);
        return isAggregate(t) ? this.lvalue(e) : this.load(t, this.lvalue(e));
      case "index":
        return isAggregate(t) ? this.lvalue(e) : this.load(t, this.lvalue(e));
      case "member": {
        const p = this.place(e);
        return isAggregate(t) ? p.addr : this.readPlace(p, t);
      }
      case "unary":
        switch (e.op) {
          case "&":
            return this.lvalue(e.operand);
          case "*":
            return isAggregate(t) ? this.rvalue(e.operand) : this.load(t, this.rvalue(e.operand));
          case "+":
            return this.rvalue(e.operand);
          case "-":
          case "~": {
            const dest = this.temp(ir);
            this.emit({ op: e.op === "-" ? "neg" : "not", dest, a: this.rvalue(e.operand) });
            return dest;
          }
          case "!":
            return this.isZero(this.rvalue(e.operand));
        }
        break;
      case "incdec": {
        const p = this.place(e.operand);
        const old = this.readPlace(p, t);
        const step = isPointer(t) ? sizeOf(t.to, this.abi) : 1;
        const one = isPointer(t) ? this.const(BigInt(step), "i64") : isFloat(t) ? floatConst(1, ir) : this.const(1n, ir);
        const updated = this.op(e.op === "++" ? "add" : "sub", old, one, ir);
        const stored = this.writePlace(p, t, updated);
        return e.prefix ? stored : old;
      }
      case "binary":
        return this.binary(e);
      case "assign": {
        if (e.op === "=") {
          if (t.kind === "struct") {
            const src = this.rvalue(e.value);
            const dst = this.lvalue(e.target);
            this.copy(dst, src, sizeOf(t, this.abi), alignOf(t, this.abi));
            return dst;
          }
          const v = this.rvalue(e.value);
          return this.writePlace(this.place(e.target), t, v);
        }
        const p = this.place(e.target);
        const opType = e.opType!;
        const old = this.convert(this.readPlace(p, t), t, opType);
        const rhs = this.rvalue(e.value);
        const result = this.arith(e.op.slice(0, -1) as Binary["op"], old, rhs, opType, opType);
        return this.writePlace(p, t, this.convert(result, opType, t));
      }
      case "cond": {
        const then = this.newBlock();
        const els = this.newBlock();
        const join = this.newBlock();
        const slot = t.kind === "void" ? undefined : this.newSlot("cond", sizeOf(t, this.abi), alignOf(t, this.abi));
        // GNU `c ?: b` uses the condition's value; otherwise it is only tested.
        const c = e.then ? undefined : this.rvalue(e.cond);
        if (c) this.branch(this.truth(c), then, els);
        else this.condition(e.cond, then, els);
        for (const [block, arm] of [[then, e.then], [els, e.else]] as const) {
          this.current = block;
          // GNU `c ?: b`: the condition's value, converted to the result type
          const v = arm ? this.rvalue(arm) : t.kind === "void" ? c! : this.convert(c!, e.cond.type!, t);
          if (slot && t.kind === "struct") this.copy({ kind: "slot", slot }, v, slot.size, slot.align);
          else if (slot) this.emit({ op: "store", type: ir, value: v, addr: { kind: "slot", slot } });
          this.jumpTo(join);
        }
        this.current = join;
        if (!slot) return this.const(0n, "i32");
        return t.kind === "struct" ? { kind: "slot", slot } : this.load(t, { kind: "slot", slot });
      }
      case "comma":
        this.rvalue(e.left);
        return this.rvalue(e.right);
      case "call":
        return this.call(e);
      case "cast":
        return this.cast(e);
      case "stmtexpr": {
        const items = e.body.items;
        const last = items[items.length - 1];
        for (const s of last?.kind === "expr" ? items.slice(0, -1) : items) this.stmt(s);
        return last?.kind === "expr" ? this.rvalue(last.expr) : this.const(0n, "i32");
      }
      case "vaarg": {
        const list = this.rvalue(e.ap);
        // A struct or union comes out of the list into a buffer (each ABI's rules in target/*/varargs.ts).
        if (t.kind === "struct") {
          const addr: Value = { kind: "slot", slot: this.newSlot("vaarg", sizeOf(t, this.abi), alignOf(t, this.abi)) };
          this.emit({ op: "vaargStruct", list, addr, arg: { passing: this.abi.passStruct(t), size: sizeOf(t, this.abi) } });
          return addr;
        }
        const wanted = this.mb.irType(t);
        const dest = this.temp(wanted === "f32" ? "f64" : sizeOfIR(wanted) < 4 ? "i32" : wanted);
        this.emit({ op: "vaarg", dest, list });
        if (wanted === "f32") return this.conv("fptrunc", dest, "f32");
        return typeOf(dest) === wanted ? dest : this.conv("trunc", dest, wanted);
      }
      case "builtin":
        return this.builtin(e);
      case "generic":
      case "offsetof":
      case "typescompat":
        break; // replaced by semantic analysis
    }
    throw new Error(`internal error: unhandled expression kind ${e.kind}`);
  }

  private builtin(e: Expr & { kind: "builtin" }): Value {
    const args = e.args.map((a) => this.rvalue(a));
    if (isBitBuiltin(e.name)) {
      return bitBuiltin(e.name, args[0]!, {
        op: (kind, a, b) => this.op(kind, a, b),
        conv: (kind, a, type) => this.conv(kind, a, type),
        compare: (kind, a, b) => this.compare(kind, a, b),
        const: (value, type) => this.const(value, type),
      });
    }
    switch (e.name) {
      case "va_start":
        this.emit({ op: "vastart", list: args[0]! });
        break;
      case "va_copy": {
        const t = this.abi.vaListType;
        const rec = t.kind === "array" ? t.of : t;
        this.copy(args[0]!, args[1]!, sizeOf(rec, this.abi), alignOf(rec, this.abi));
        break;
      }
    }
    return this.const(0n, "i32");
  }

  /** `v == 0` as an i32 flag, for `!` and conditions. */
  protected isZero(v: Value): Value {
    const t = typeOf(v);
    return isFloatIR(t) ? this.compare("feq", v, floatConst(0, t)) : this.compare("eq", v, this.const(0n, t));
  }

  private binary(e: Binary): Value {
    if (e.op === "&&" || e.op === "||") {
      // The value of a short circuit: 1 on the jump its condition takes when true, 0 otherwise.
      const slot = this.newSlot(e.op === "&&" ? "and" : "or", 4, 4);
      const yes = this.newBlock();
      const no = this.newBlock();
      const join = this.newBlock();
      this.condition(e, yes, no);
      for (const [block, flag] of [[yes, 1n], [no, 0n]] as const) {
        this.current = block;
        this.emit({ op: "store", type: "i32", value: this.const(flag, "i32"), addr: { kind: "slot", slot } });
        this.jumpTo(join);
      }
      return this.load(e.type!, { kind: "slot", slot });
    }
    const l = this.rvalue(e.left);
    const r = this.rvalue(e.right);
    return this.arith(e.op, l, r, e.left.type!, e.type!);
  }

  /**
   * Jumps to `then` when `e` is true and to `els` when it is false, as jumping code: `&&`,
   * `||` and `!` become branches (the right operand of `&&`/`||` runs only when the left does
   * not decide), so a condition never materialises a 0/1 value it only tests.
   */
  protected condition(e: Expr, then: Block, els: Block): void {
    if (e.kind === "binary" && (e.op === "&&" || e.op === "||")) {
      const right = this.newBlock();
      if (e.op === "&&") this.condition(e.left, right, els);
      else this.condition(e.left, then, right);
      this.current = right;
      this.condition(e.right, then, els);
    } else if (e.kind === "unary" && e.op === "!") this.condition(e.operand, els, then);
    else this.branch(this.truth(this.rvalue(e)), then, els);
  }

  /** A value `condbr` can test: floats become a `!= 0.0` flag. */
  protected truth(v: Value): Value {
    const t = typeOf(v);
    return isFloatIR(t) ? this.compare("fne", v, floatConst(0, t)) : v;
  }

  /** `l op r` where `l` has C type `lt` (a pointer for pointer arithmetic) and the result `t`. */
  protected arith(op: Binary["op"], l: Value, r: Value, lt: Type, t: Type): Value {
    const ir = this.mb.irType(t);
    const signed = this.signed(lt);
    const float = isFloat(lt);
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
        return this.op(float ? "fdiv" : signed ? "sdiv" : "udiv", l, r, ir);
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
        const kinds: Record<string, [CompareKind, CompareKind, CompareKind]> = {
          "<": ["slt", "ult", "flt"], ">": ["sgt", "ugt", "fgt"], "<=": ["sle", "ule", "fle"], ">=": ["sge", "uge", "fge"],
          "==": ["eq", "eq", "feq"], "!=": ["ne", "ne", "fne"],
        };
        const which = float ? 2 : isPointer(lt) || !signed ? 1 : 0;
        return this.compare(kinds[op]![which], l, r);
      }
    }
  }

  private negate(v: Value): Value {
    const dest = this.temp(typeOf(v));
    this.emit({ op: "neg", dest, a: v });
    return dest;
  }

  /**
   * A call. Struct arguments travel as the ABI says (in registers or copied to the stack by
   * the back end, or here copied to a temporary whose address is passed); a struct result
   * lands in a temporary, through registers or a hidden pointer. Narrow integer arguments are
   * extended to 32 bits, as callers compiled by gcc and clang may assume.
   */
  private call(e: Expr & { kind: "call" }): Value {
    const fnPtr = e.callee.type!;
    const fnType = isPointer(fnPtr) && fnPtr.to.kind === "function" ? fnPtr.to : undefined;
    const c = e.callee.kind === "cast" ? e.callee.operand : e.callee;
    const callee: string | Value = c.kind === "ident" && c.sym?.kind === "func" ? c.sym.linkName : this.rvalue(e.callee);
    const structArgs: (StructArg | undefined)[] = [];
    const args = e.args.map((a, n) => {
      const at = a.type!;
      const v = this.rvalue(a);
      if (at.kind === "struct") {
        const passing = this.abi.passStruct(at);
        const size = sizeOf(at, this.abi);
        if (passing.kind !== "reference") {
          structArgs[n] = { passing, size };
          return v;
        }
        const copy: Value = { kind: "slot", slot: this.newSlot("arg", size, alignOf(at, this.abi)) };
        this.copy(copy, v, size, alignOf(at, this.abi));
        return copy;
      }
      return this.widenNarrow(v, at);
    });
    const t = e.type!;
    const variadicAfter = fnType && (fnType.variadic || !fnType.prototyped) ? fnType.params.length : undefined;
    const extra = {
      ...(variadicAfter !== undefined ? { variadicAfter } : {}),
      ...(structArgs.length ? { structArgs } : {}),
    };
    this.loc = e.loc;
    if (t.kind === "struct") {
      const size = sizeOf(t, this.abi);
      const result: Value = { kind: "slot", slot: this.newSlot("result", Math.ceil(size / 8) * 8, Math.max(8, alignOf(t, this.abi))) };
      const passing = this.abi.returnStruct(t);
      if (passing.kind === "regs") this.emit({ op: "call", callee, args, resultParts: { addr: result, parts: passing.parts }, ...extra });
      else this.emit({ op: "call", callee, args, sret: result, ...extra });
      return result;
    }
    const dest = t.kind === "void" ? undefined : this.temp(this.mb.irType(t));
    this.emit({ op: "call", callee, args, ...(dest ? { dest } : {}), ...extra });
    return dest ?? this.const(0n, "i32");
  }

  /** char, short and _Bool values widened to 32 bits (sign- or zero-extended by their type). */
  protected widenNarrow(v: Value, t: Type): Value {
    const ir = typeOf(v);
    if (ir !== "i8" && ir !== "i16") return v;
    return this.conv(this.signed(t) ? "sext" : "zext", v, "i32");
  }

  private cast(e: Expr & { kind: "cast" }): Value {
    const from = e.operand.type!;
    if (from.kind === "array" || from.kind === "function") return this.lvalue(e.operand); // decay
    const v = this.rvalue(e.operand);
    if (e.to.kind === "void" || e.to.kind === "struct") return v;
    return this.convert(v, from, e.to);
  }

  /** Converts a value of C type `from` to C type `to` (C11 6.3.1.3–6.3.1.5, 6.3.2.3). */
  protected convert(v: Value, from: Type, to: Type): Value {
    const target = this.mb.irType(to);
    const source = typeOf(v);
    if (isInteger(to) && to.rank === "bool") {
      const flag = isFloatIR(source) ? this.compare("fne", v, floatConst(0, source)) : this.compare("ne", v, this.const(0n, source));
      return this.conv("trunc", flag, "i8");
    }
    if (source === target) return v;
    if (isFloatIR(source) && isFloatIR(target)) return this.conv(target === "f64" ? "fpext" : "fptrunc", v, target);
    if (isFloatIR(target)) {
      // Integer to floating: from a signed i32/i64, or an unsigned one (u32 goes through i64).
      const unsigned = !this.signed(from) && source !== "ptr";
      let wide = v;
      if (sizeOfIR(source) < 4) wide = this.conv(unsigned ? "zext" : "sext", v, "i32");
      if (unsigned && sizeOfIR(source) <= 4) return this.conv("sitofp", this.conv("zext", wide, "i64"), target);
      return this.conv(unsigned ? "uitofp" : "sitofp", wide, target);
    }
    if (isFloatIR(source)) {
      const unsigned = isInteger(to) && !isSigned(to, this.abi);
      const ts = sizeOfIR(target);
      if (unsigned && ts <= 4) return this.narrow(this.conv("fptosi", v, "i64"), target);
      const r = this.conv(unsigned ? "fptoui" : "fptosi", v, ts === 8 ? "i64" : "i32");
      return this.narrow(r, target);
    }
    if (v.kind === "const") return this.const(isInteger(to) ? wrap(v.value, to, this.abi) : v.value, target);
    if (source === "ptr") return this.conv("ptrtoint", v, target);
    if (target === "ptr") return this.conv("inttoptr", this.convert(v, from, { kind: "int", rank: "long", unsigned: true }), "ptr");
    const fs = sizeOfIR(source);
    const ts = sizeOfIR(target);
    if (ts < fs) return this.conv("trunc", v, target);
    return this.conv(this.signed(from) ? "sext" : "zext", v, target);
  }

  private narrow(v: Value, to: IRType): Value {
    return typeOf(v) === to ? v : this.conv("trunc", v, to);
  }
}

/** An f32/f64 constant as its IEEE-754 bits. */
export function floatConst(x: number, t: IRType): Value {
  const buf = new DataView(new ArrayBuffer(8));
  if (t === "f32") {
    buf.setFloat32(0, x, true);
    return { kind: "const", value: BigInt(buf.getUint32(0, true)), type: "f32" };
  }
  buf.setFloat64(0, x, true);
  return { kind: "const", value: buf.getBigUint64(0, true), type: "f64" };
}

function wrap(v: bigint, t: IntType, abi: Abi): bigint {
  const bits = sizeOf(t, abi) * 8;
  return isSigned(t, abi) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}
