// x86-64 operands for Glass IR values: registers by width, frame cells (`-24(%rbp)`),
// and the instructions that bring a value into a general register or an SSE register.
// Temps hold their bits in 8-byte cells below %rbp; float temps keep IEEE bits there too.
// Temps placed elsewhere (placement.ts): a folded load is read from its memory where it is
// used; a carried result waits in %r10, which otherwise only holds an indirect call's target
// and va_arg's scratch, both written after every operand was read.

import type { IRType, Temp, Value } from "../../ir/ir.js";
import { sizeOfIR, typeOf } from "../../ir/ir.js";
import type { StructPart } from "../abi.js";
import type { RegLocation } from "../calls.js";
import type { FunctionContext } from "../target.js";

/** The integer argument registers, in order (psABI §3.2.3). */
export const argRegs = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];

/** A register by its 64-bit name, at a width in bytes: reg("rax", 4) is %eax. */
export function reg(r: string, size: number): string {
  const legacy: Record<string, [string, string, string, string]> = {
    rax: ["al", "ax", "eax", "rax"], rcx: ["cl", "cx", "ecx", "rcx"], rdx: ["dl", "dx", "edx", "rdx"],
    rsi: ["sil", "si", "esi", "rsi"], rdi: ["dil", "di", "edi", "rdi"],
  };
  const names = legacy[r] ?? [`${r}b`, `${r}w`, `${r}d`, r];
  return "%" + names[size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3];
}

/** Arithmetic happens in 32 or 64 bits (narrower values were promoted by C's rules). */
export const opWidth = (t: IRType) => (t === "i64" || t === "ptr" ? 8 : 4);
export const suffix = (size: number) => (size === 8 ? "q" : "l");
/** `sd` / `ss`: the SSE scalar suffix for a float type. */
export const sse = (t: IRType) => (t === "f32" ? "ss" : "sd");

export function local(off: number, fx: FunctionContext): string {
  return `${off - fx.frame.localsSize}(%rbp)`;
}

export function tempCell(id: number, fx: FunctionContext): string {
  return local(fx.frame.tempOffset(id), fx);
}

/** Instructions that put a value into a register (its full 64 bits; upper bits may be garbage for narrow types). */
export function load(v: Value, r: string, fx: FunctionContext): string[] {
  switch (v.kind) {
    case "temp": {
      const p = fx.placement.get(v.id);
      if (p?.kind === "folded") {
        const m = memory(p.load.addr, fx);
        const size = sizeOfIR(v.type);
        return [...m.setup, size === 8 ? `movq ${m.operand}, %${r}` : size === 4 ? `movl ${m.operand}, ${reg(r, 4)}` : `movz${size === 2 ? "w" : "b"}l ${m.operand}, ${reg(r, 4)}`];
      }
      if (p?.kind === "carried") return r === "r10" ? [] : [`movq %r10, %${r}`];
      return [`movq ${tempCell(v.id, fx)}, %${r}`];
    }
    case "const": {
      const n = BigInt.asIntN(64, v.value);
      const fits = n >= -(1n << 31n) && n < 1n << 31n;
      return [`${fits ? "movq" : "movabsq"} $${n}, %${r}`];
    }
    case "slot":
      return [`leaq ${local(fx.frame.slotOffset[v.slot.id]!, fx)}, %${r}`];
    case "global":
      return [global(v.name, r, fx)];
  }
}

/** The address of a symbol: PC-relative, or loaded from its GOT entry in -fPIC code. */
function global(name: string, r: string, fx: FunctionContext): string {
  return fx.needsGot(name) ? `movq ${name}@GOTPCREL(%rip), %${r}` : `leaq ${name}(%rip), %${r}`;
}

/** Like `load`, but narrow values are zero-extended so 32-bit tests and compares see them whole. */
export function loadWhole(v: Value, r: string, fx: FunctionContext): string[] {
  const t = typeOf(v);
  const out = load(v, r, fx);
  const p = v.kind === "temp" ? fx.placement.get(v.id) : undefined;
  if (p?.kind === "folded" || (p?.kind === "carried" && p.loaded)) return out; // movzbl/movzwl from memory
  if (t === "i8") out.push(`movzbl ${reg(r, 1)}, ${reg(r, 4)}`);
  if (t === "i16") out.push(`movzwl ${reg(r, 2)}, ${reg(r, 4)}`);
  return out;
}

/** A float value into %xmmN (constants travel through %r11, which no argument uses). */
export function loadFP(v: Value, xmm: number, fx: FunctionContext): string[] {
  const t = typeOf(v);
  if (v.kind === "temp") {
    const p = fx.placement.get(v.id);
    if (p?.kind === "folded") return [...memory(p.load.addr, fx).setup, `mov${sse(t)} ${memory(p.load.addr, fx).operand}, %xmm${xmm}`];
    if (p?.kind === "carried") return [`mov${t === "f32" ? "d %r10d" : "q %r10"}, %xmm${xmm}`];
    return [`mov${t === "f32" ? "d" : "q"} ${tempCell(v.id, fx)}, %xmm${xmm}`];
  }
  return [...load(v, "r11", fx), `mov${t === "f32" ? "d %r11d" : "q %r11"}, %xmm${xmm}`];
}

const carried = (id: number, fx: FunctionContext) => fx.placement.get(id)?.kind === "carried";
export const isCarried = (v: Value, fx: FunctionContext) => v.kind === "temp" && carried(v.id, fx);

/** The slot store a parameter goes straight to (placement "param"), as its operand and width. */
function paramSlot(id: number, fx: FunctionContext): { operand: string; size: number } | undefined {
  const p = fx.placement.get(id);
  return p?.kind === "param" ? { operand: memory(p.store.addr, fx).operand, size: sizeOfIR(p.store.type) } : undefined;
}

export function storeTemp(id: number, r: string, fx: FunctionContext): string {
  const slot = paramSlot(id, fx);
  if (slot) return `mov${["", "b", "w", "", "l", "", "", "", "q"][slot.size]} ${reg(r, slot.size)}, ${slot.operand}`;
  return `movq %${r}, ${carried(id, fx) ? "%r10" : tempCell(id, fx)}`;
}

export function storeFP(id: number, xmm: number, t: IRType, fx: FunctionContext): string {
  const slot = paramSlot(id, fx);
  if (slot) return `mov${sse(t)} %xmm${xmm}, ${slot.operand}`;
  return `mov${t === "f32" ? "d" : "q"} %xmm${xmm}, ${carried(id, fx) ? (t === "f32" ? "%r10d" : "%r10") : tempCell(id, fx)}`;
}

/** Whether a store is the one a parameter's prologue already did (placement "param"). */
export function storedByPrologue(i: { value: Value }, fx: FunctionContext): boolean {
  return i.value.kind === "temp" && fx.placement.get(i.value.id)?.kind === "param";
}

/** Whether an instruction's result needs no code where it is defined (a folded load, a fused compare). */
export function deferred(d: Temp, fx: FunctionContext): boolean {
  const k = fx.placement.get(d.id)?.kind;
  return k === "folded" || k === "fused";
}

/** A memory operand for an address value, loading it into %rcx when it is not a slot or global. */
export function memory(addr: Value, fx: FunctionContext): { setup: string[]; operand: string } {
  if (addr.kind === "slot") return { setup: [], operand: local(fx.frame.slotOffset[addr.slot.id]!, fx) };
  if (addr.kind === "global" && !fx.needsGot(addr.name)) return { setup: [], operand: `${addr.name}(%rip)` };
  if (isCarried(addr, fx)) return { setup: [], operand: "(%r10)" };
  return { setup: load(addr, "rcx", fx), operand: "(%rcx)" };
}

/** The mov that reads `size` bytes from memory into %eax/%rax, zero-extending. */
export function loadMemory(size: number, operand: string): string {
  return size === 1 ? `movzbl ${operand}, %eax` : size === 2 ? `movzwl ${operand}, %eax` : size === 4 ? `movl ${operand}, %eax` : `movq ${operand}, %rax`;
}

/** `mov` of a part between a register and memory, either direction, at the part's width. */
export function movePart(part: StructPart, r: RegLocation | string, mem: string, toMemory: boolean): string {
  const t = part.type;
  if (typeof r !== "string" && r.kind === "fp") {
    const m = t === "f32" ? "movss" : "movsd";
    return toMemory ? `${m} %xmm${r.index}, ${mem}` : `${m} ${mem}, %xmm${r.index}`;
  }
  const name = typeof r === "string" ? r : argRegs[r.index]!;
  const size = sizeOfIR(t);
  if (toMemory) return `mov${["", "b", "w", "", "l", "", "", "", "q"][size]} ${reg(name, size)}, ${mem}`;
  return size === 8 ? `movq ${mem}, %${name}` : size === 4 ? `movl ${mem}, ${reg(name, 4)}` : `movz${size === 2 ? "w" : "b"}l ${mem}, ${reg(name, 4)}`;
}

/** Copies `size` bytes between two base-register addresses through %rax. */
export function copyBytes(src: string, srcOff: number, dst: string, dstOff: number, size: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < size; ) {
    const n = size - k >= 8 ? 8 : size - k >= 4 ? 4 : size - k >= 2 ? 2 : 1;
    const part: StructPart = { offset: 0, type: n === 8 ? "i64" : n === 4 ? "i32" : n === 2 ? "i16" : "i8" };
    out.push(movePart(part, "rax", `${srcOff + k}(${src})`, false), movePart(part, "rax", `${dstOff + k}(${dst})`, true));
    k += n;
  }
  return out;
}
