// x86-64 operands for Glass IR values: registers by width, frame cells (`-24(%rbp)`),
// and the instructions that bring a value into a general register or an SSE register.
// Temps hold their bits in 8-byte cells below %rbp; float temps keep IEEE bits there too.

import type { IRType, Value } from "../../ir/ir.js";
import { typeOf } from "../../ir/ir.js";
import type { FunctionContext } from "../target.js";

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
    case "temp":
      return [`movq ${tempCell(v.id, fx)}, %${r}`];
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
  if (t === "i8") out.push(`movzbl ${reg(r, 1)}, ${reg(r, 4)}`);
  if (t === "i16") out.push(`movzwl ${reg(r, 2)}, ${reg(r, 4)}`);
  return out;
}

/** A float value into %xmmN (constants travel through %r11, which no argument uses). */
export function loadFP(v: Value, xmm: number, fx: FunctionContext): string[] {
  const t = typeOf(v);
  if (v.kind === "temp") return [`mov${t === "f32" ? "d" : "q"} ${tempCell(v.id, fx)}, %xmm${xmm}`];
  return [...load(v, "r11", fx), `mov${t === "f32" ? "d %r11d" : "q %r11"}, %xmm${xmm}`];
}

export function storeTemp(id: number, r: string, fx: FunctionContext): string {
  return `movq %${r}, ${tempCell(id, fx)}`;
}

export function storeFP(id: number, xmm: number, t: IRType, fx: FunctionContext): string {
  return `mov${t === "f32" ? "d" : "q"} %xmm${xmm}, ${tempCell(id, fx)}`;
}

/** A memory operand for an address value, loading it into %rcx when it is not a slot or global. */
export function memory(addr: Value, fx: FunctionContext): { setup: string[]; operand: string } {
  if (addr.kind === "slot") return { setup: [], operand: local(fx.frame.slotOffset[addr.slot.id]!, fx) };
  if (addr.kind === "global" && !fx.needsGot(addr.name)) return { setup: [], operand: `${addr.name}(%rip)` };
  return { setup: load(addr, "rcx", fx), operand: "(%rcx)" };
}

/** The mov that reads `size` bytes from memory into %eax/%rax, zero-extending. */
export function loadMemory(size: number, operand: string): string {
  return size === 1 ? `movzbl ${operand}, %eax` : size === 2 ? `movzwl ${operand}, %eax` : size === 4 ? `movl ${operand}, %eax` : `movq ${operand}, %rax`;
}
