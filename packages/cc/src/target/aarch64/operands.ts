// AArch64 operands for Glass IR values: sp-relative frame cells (`[sp, #24]`), constants
// built with mov/movz/movk, and the instructions that bring a value into x<n> or into a
// floating-point register d<n>/s<n>. Temps hold their bits in 8-byte cells; float temps keep
// IEEE bits there too. x16/x17 (the intra-procedure scratch registers) build addresses and
// constants that do not fit an instruction. Temps placed elsewhere (placement.ts): a folded
// load is read from its stack slot where it is used; a carried result waits in x14, which
// nothing else uses.

import type { IRType, Temp, Value } from "../../ir/ir.js";
import { sizeOfIR, typeOf } from "../../ir/ir.js";
import type { FunctionContext } from "../target.js";

/** Arithmetic happens in w (32-bit) or x (64-bit) registers. */
export const wide = (t: IRType) => t === "i64" || t === "ptr";
export const r = (n: number | string, t: IRType) => `${wide(t) ? "x" : "w"}${n}`;
/** The FP register name for a float type: d<n> for double, s<n> for float. */
export const fr = (n: number, t: IRType) => `${t === "f32" ? "s" : "d"}${n}`;

/** `mov` for constants that fit one instruction, else movz + movk per non-zero 16-bit chunk. */
export function moveImmediate(dest: string, value: bigint): string[] {
  const n = BigInt.asIntN(64, value);
  if (n >= -65536n && n < 65536n) return [`mov ${dest}, #${n}`];
  const u = BigInt.asUintN(64, value);
  const out = [`movz ${dest}, #${u & 0xffffn}`];
  for (const shift of [16n, 32n, 48n]) {
    const chunk = (u >> shift) & 0xffffn;
    if (chunk) out.push(`movk ${dest}, #${chunk}, lsl #${shift}`);
  }
  return out;
}

/** `[sp, #off]` for an access of `size` bytes, or x17 loaded with the address when out of range. */
export function spAddress(off: number, size: number): { setup: string[]; operand: string } {
  if (off % size === 0 && off / size < 4096) return { setup: [], operand: off ? `[sp, #${off}]` : "[sp]" };
  return { setup: [...moveImmediate("x17", BigInt(off)), "add x17, sp, x17"], operand: "[x17]" };
}

export function localOffset(off: number, fx: FunctionContext): number {
  return fx.frame.outgoingSize + off;
}

/** A temp's 8-byte frame cell, for an access of `size` bytes (`str s0` reaches less far than `str x0`). */
export function tempAddress(id: number, fx: FunctionContext, size = 8) {
  return spAddress(localOffset(fx.frame.tempOffset(id), fx), size);
}

/** `add xN, sp, #off` for a frame offset of any size. */
export function frameAddress(x: string, off: number): string[] {
  if (off < 4096) return [`add ${x}, sp, #${off}`];
  return [...moveImmediate("x16", BigInt(off)), `add ${x}, sp, x16`];
}

/** Instructions that put a value into x<n> (all 64 bits; the upper ones may be garbage for narrow types). */
export function load(v: Value, n: number | string, fx: FunctionContext): string[] {
  const x = `x${n}`;
  switch (v.kind) {
    case "temp": {
      const p = fx.placement.get(v.id);
      if (p?.kind === "folded") {
        const size = sizeOfIR(v.type);
        const m = memory(p.load.addr, size, fx);
        return [...m.setup, `${["", "ldrb w", "ldrh w", "", "ldr w", "", "", "", "ldr x"][size]}${n}, ${m.operand}`];
      }
      if (p?.kind === "carried") return [`mov ${x}, x14`];
      const a = tempAddress(v.id, fx);
      return [...a.setup, `ldr ${x}, ${a.operand}`];
    }
    case "const":
      return moveImmediate(x, v.value);
    case "slot":
      return frameAddress(x, localOffset(fx.frame.slotOffset[v.slot.id]!, fx));
    case "global":
      if (fx.needsGot(v.name)) return [`adrp ${x}, :got:${v.name}`, `ldr ${x}, [${x}, :got_lo12:${v.name}]`];
      return [`adrp ${x}, ${v.name}`, `add ${x}, ${x}, :lo12:${v.name}`];
  }
}

/** Like `load`, but narrow values are zero-extended so 32-bit compares and tests see them whole. */
export function loadWhole(v: Value, n: number, fx: FunctionContext): string[] {
  const t = typeOf(v);
  const out = load(v, n, fx);
  const p = v.kind === "temp" ? fx.placement.get(v.id) : undefined;
  if (p?.kind === "folded" || (p?.kind === "carried" && p.loaded)) return out; // ldrb/ldrh zero-extend
  if (t === "i8") out.push(`uxtb w${n}, w${n}`);
  if (t === "i16") out.push(`uxth w${n}, w${n}`);
  return out;
}

/** A float value into d<n>/s<n> (constants travel through x16). */
export function loadFP(v: Value, n: number, fx: FunctionContext): string[] {
  const t = typeOf(v);
  if (v.kind === "temp") {
    const p = fx.placement.get(v.id);
    if (p?.kind === "folded") {
      const m = memory(p.load.addr, t === "f32" ? 4 : 8, fx);
      return [...m.setup, `ldr ${fr(n, t)}, ${m.operand}`];
    }
    if (p?.kind === "carried") return [`fmov ${fr(n, t)}, ${t === "f32" ? "w14" : "x14"}`];
    const a = tempAddress(v.id, fx, t === "f32" ? 4 : 8);
    return [...a.setup, `ldr ${fr(n, t)}, ${a.operand}`];
  }
  return [...load(v, 16, fx), `fmov ${fr(n, t)}, ${t === "f32" ? "w16" : "x16"}`];
}

const carried = (id: number, fx: FunctionContext) => fx.placement.get(id)?.kind === "carried";
export const isCarried = (v: Value, fx: FunctionContext) => v.kind === "temp" && carried(v.id, fx);

/** Whether an instruction's result needs no code where it is defined (a folded load, a fused compare). */
export function deferred(d: Temp, fx: FunctionContext): boolean {
  const k = fx.placement.get(d.id)?.kind;
  return k === "folded" || k === "fused";
}

/** Whether a store is the one a parameter's prologue already did (placement "param"). */
export function storedByPrologue(i: { value: Value }, fx: FunctionContext): boolean {
  return i.value.kind === "temp" && fx.placement.get(i.value.id)?.kind === "param";
}

export function storeTemp(id: number, n: number, fx: FunctionContext): string[] {
  if (carried(id, fx)) return [`mov x14, x${n}`];
  const p = fx.placement.get(id);
  if (p?.kind === "param") {
    const size = sizeOfIR(p.store.type);
    const m = memory(p.store.addr, size, fx);
    return [...m.setup, `${["", "strb w", "strh w", "", "str w", "", "", "", "str x"][size]}${n}, ${m.operand}`];
  }
  const a = tempAddress(id, fx);
  return [...a.setup, `str x${n}, ${a.operand}`];
}

export function storeFP(id: number, n: number, t: IRType, fx: FunctionContext): string[] {
  if (carried(id, fx)) return [`fmov ${t === "f32" ? "w14" : "x14"}, ${fr(n, t)}`];
  const p = fx.placement.get(id);
  if (p?.kind === "param") {
    const m = memory(p.store.addr, t === "f32" ? 4 : 8, fx);
    return [...m.setup, `str ${fr(n, t)}, ${m.operand}`];
  }
  const a = tempAddress(id, fx, t === "f32" ? 4 : 8);
  return [...a.setup, `str ${fr(n, t)}, ${a.operand}`];
}

/** A memory operand for an access of `size` bytes at an address value (x10 holds computed addresses). */
export function memory(addr: Value, size: number, fx: FunctionContext): { setup: string[]; operand: string } {
  if (addr.kind === "slot") return spAddress(localOffset(fx.frame.slotOffset[addr.slot.id]!, fx), size);
  if (isCarried(addr, fx)) return { setup: [], operand: "[x14]" };
  return { setup: load(addr, 10, fx), operand: "[x10]" };
}

/** Copies `size` bytes from `[src, #srcOff]` to `[dst, #dstOff]` through x9. */
export function copyBytes(src: string, srcOff: number, dst: string, dstOff: number, size: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < size; ) {
    const n = size - k >= 8 ? 8 : size - k >= 4 ? 4 : size - k >= 2 ? 2 : 1;
    const reg = n === 8 ? "x9" : "w9";
    const sfx = n === 2 ? "h" : n === 1 ? "b" : "";
    out.push(`ldr${sfx} ${reg}, [${src}, #${srcOff + k}]`, `str${sfx} ${reg}, [${dst}, #${dstOff + k}]`);
    k += n;
  }
  return out;
}
