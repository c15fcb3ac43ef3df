// The state and small helpers every part of AST → IR lowering shares: the module (string
// pool, ABI, type mapping) and, per function, the blocks, slots and temps being built, plus
// the memory operations that know about C objects: loading and storing scalars, bit-fields
// (read-modify-write of their storage unit) and copying structs.

import type { SourceLocation } from "@glass/diagnostics";
import type { Expr, FieldRef, FuncDef, Sym } from "../ast/ast.js";
import { alignOf, isFloat, isInteger, isSigned, sizeOf, type Type } from "../ast/types.js";
import type { Abi } from "../target/abi.js";
import type { DataContext } from "./data.js";
import type { BinaryKind, Block, CompareKind, ConvertKind, Instr, IRString, IRType, Slot, Temp, Value } from "./ir.js";
import { sizeOfIR, typeOf } from "./ir.js";

/** Module-wide lowering state: the ABI and the string literal pool. */
export class ModuleBuilder implements DataContext {
  readonly strings: IRString[] = [];
  constructor(readonly abi: Abi) {}

  /** A string literal's label in .rodata (`.LC0`, as gcc names them). */
  string(bytes: number[]): string {
    const label = `.LC${this.strings.length}`;
    this.strings.push({ label, bytes });
    return label;
  }

  symbolOf(e: Expr): string {
    return e.kind === "compoundlit" ? e.sym!.linkName : "";
  }

  irType(t: Type): IRType {
    if (t.kind === "pointer" || t.kind === "array" || t.kind === "function" || t.kind === "struct") return "ptr";
    if (isFloat(t)) return t.size === 4 ? "f32" : "f64";
    const size = sizeOf(t, this.abi);
    return size === 1 ? "i8" : size === 2 ? "i16" : size === 4 ? "i32" : "i64";
  }
}

/** Where a C lvalue lives: an address, and for bit-fields the bits within its storage unit. */
export interface Place {
  addr: Value;
  bits?: { unit: Type; offset: number; width: number; signed: boolean };
}

export abstract class BuilderBase {
  protected blocks: Block[] = [];
  protected slots: Slot[] = [];
  protected slotOf = new Map<Sym, Slot>();
  protected tempCount = 0;
  protected current!: Block;
  protected loc: SourceLocation | undefined;
  protected readonly abi: Abi;

  constructor(
    protected readonly mb: ModuleBuilder,
    protected readonly f: FuncDef,
  ) {
    this.abi = mb.abi;
  }

  protected newBlock(): Block {
    const b: Block = { id: this.blocks.length, instrs: [] };
    this.blocks.push(b);
    return b;
  }

  protected temp(type: IRType): Temp {
    return { kind: "temp", id: this.tempCount++, type };
  }

  protected const(value: bigint, type: IRType): Value {
    return { kind: "const", value, type };
  }

  protected emit(i: Instr): void {
    this.current.instrs.push(this.loc ? { ...i, loc: this.loc } : i);
  }

  /** Ends the current block with a jump (if it is still open) and continues in `next`. */
  protected jumpTo(target: Block, next: Block = target): void {
    if (!this.current.term) this.current.term = { op: "br", target, loc: this.loc };
    this.current = next;
  }

  protected branch(cond: Value, then: Block, els: Block): void {
    if (!this.current.term) this.current.term = { op: "condbr", cond, then, else: els, loc: this.loc };
  }

  protected newSlot(name: string, size: number, align: number): Slot {
    const slot: Slot = { id: this.slots.length, name, size, align };
    this.slots.push(slot);
    return slot;
  }

  protected slotFor(sym: Sym): Slot {
    let s = this.slotOf.get(sym);
    if (!s) {
      s = this.newSlot(sym.name, sizeOf(sym.type, this.abi), Math.max(alignOf(sym.type, this.abi), sym.align ?? 1));
      this.slotOf.set(sym, s);
    }
    return s;
  }

  protected op(kind: BinaryKind, a: Value, b: Value, type: IRType = typeOf(a)): Temp {
    const dest = this.temp(type);
    this.emit({ op: "binary", kind, dest, a, b });
    return dest;
  }

  protected compare(kind: CompareKind, a: Value, b: Value): Temp {
    const dest = this.temp("i32");
    this.emit({ op: "compare", kind, dest, a, b });
    return dest;
  }

  protected conv(kind: ConvertKind, a: Value, type: IRType): Temp {
    const dest = this.temp(type);
    this.emit({ op: "convert", kind, dest, a });
    return dest;
  }

  protected load(type: Type, addr: Value): Value {
    const dest = this.temp(this.mb.irType(type));
    this.emit({ op: "load", dest, addr });
    return dest;
  }

  protected signed(t: Type): boolean {
    return isInteger(t) && isSigned(t, this.abi);
  }

  /** `addr + n` (no instruction when n is 0). */
  protected offset(addr: Value, n: number): Value {
    return n === 0 ? addr : this.op("add", addr, this.const(BigInt(n), "i64"), "ptr");
  }

  /** The place of a struct member at `base`. */
  protected memberPlace(base: Value, field: FieldRef): Place {
    const addr = this.offset(base, field.offset);
    if (field.bitWidth === undefined) return { addr };
    const unit = field.declType;
    return { addr, bits: { unit, offset: field.bitOffset!, width: field.bitWidth, signed: this.signed(unit) } };
  }

  /** Reads a place as a value of C type `t` (bit-fields are extracted and extended). */
  protected readPlace(p: Place, t: Type): Value {
    if (!p.bits) return this.load(t, p.addr);
    const { unit, offset, width, signed } = p.bits;
    const raw = this.load(unit, p.addr);
    const w: IRType = sizeOfIR(typeOf(raw)) === 8 ? "i64" : "i32";
    const bits = BigInt(sizeOfIR(w) * 8);
    const wide = typeOf(raw) === w ? raw : this.conv("zext", raw, w);
    let v: Value;
    if (signed) {
      const up = this.op("shl", wide, this.const(bits - BigInt(offset + width), w));
      v = this.op("ashr", up, this.const(bits - BigInt(width), w));
    } else {
      const down = offset ? this.op("lshr", wide, this.const(BigInt(offset), w)) : wide;
      v = this.op("and", down, this.const((1n << BigInt(width)) - 1n, w));
    }
    const to = this.mb.irType(t);
    if (to === w) return v;
    return sizeOfIR(to) < sizeOfIR(w) ? this.conv("trunc", v, to) : this.conv(signed ? "sext" : "zext", v, to);
  }

  /** Stores value `v` (of C type `t`) into a place; returns the value the place now holds. */
  protected writePlace(p: Place, t: Type, v: Value): Value {
    if (!p.bits) {
      this.emit({ op: "store", type: this.mb.irType(t), value: v, addr: p.addr });
      return v;
    }
    const { unit, offset, width } = p.bits;
    const ut = this.mb.irType(unit);
    const w: IRType = sizeOfIR(ut) === 8 ? "i64" : "i32";
    const mask = ((1n << BigInt(width)) - 1n) << BigInt(offset);
    const all = (1n << BigInt(sizeOfIR(w) * 8)) - 1n;
    const vt = typeOf(v);
    const vw = vt === w ? v : sizeOfIR(vt) > sizeOfIR(w) ? this.conv("trunc", v, w) : this.conv("zext", v, w);
    const shifted = offset ? this.op("shl", vw, this.const(BigInt(offset), w)) : vw;
    const field = this.op("and", shifted, this.const(mask, w));
    const old = this.load(unit, p.addr);
    const oldw = ut === w ? old : this.conv("zext", old, w);
    const kept = this.op("and", oldw, this.const(all & ~mask, w));
    const merged = this.op("or", kept, field);
    const stored = ut === w ? merged : this.conv("trunc", merged, ut);
    this.emit({ op: "store", type: ut, value: stored, addr: p.addr });
    return this.readPlace(p, t);
  }

  /** Copies `size` bytes from `src` to `dst` in the widest moves their alignment allows. */
  protected copy(dst: Value, src: Value, size: number, align: number): void {
    let off = 0;
    for (const [n, t] of [[8, "i64"], [4, "i32"], [2, "i16"], [1, "i8"]] as const) {
      if (n > align && n > 1) continue;
      for (; off + n <= size; off += n) {
        const v = this.temp(t);
        this.emit({ op: "load", dest: v, addr: this.offset(src, off) });
        this.emit({ op: "store", type: t, value: v, addr: this.offset(dst, off) });
      }
    }
  }

  /** Stores zeros over `size` bytes at `dst`. */
  protected zeroFill(dst: Value, size: number, align: number): void {
    let off = 0;
    for (const [n, t] of [[8, "i64"], [4, "i32"], [2, "i16"], [1, "i8"]] as const) {
      if (n > align && n > 1) continue;
      for (; off + n <= size; off += n) this.emit({ op: "store", type: t, value: this.const(0n, t), addr: this.offset(dst, off) });
    }
  }
}
