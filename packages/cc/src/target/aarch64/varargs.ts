// Variable arguments on AArch64 (AAPCS64 Appendix B). A variadic function's prologue stores
// x0–x7 and q0–q7 into a register save area:
//
//   save+0 … save+63      x0 … x7          (__gr_top = save+64)
//   save+64 … save+191    q0 … q7          (__vr_top = save+192)
//
// va_list is `struct { void *__stack, *__gr_top, *__vr_top; int __gr_offs, __vr_offs; }`.
// The offsets are negative distances from the tops to the next unnamed register argument
// (-64 + 8 × named GP registers; -128 + 16 × named FP registers). va_arg: if the offset is
// already >= 0 the argument is on the stack; else bump it, and if it is still <= 0 the
// argument is at top + old offset; otherwise (the class ran out) at __stack, which advances
// by 8.

import type { Instr } from "../../ir/ir.js";
import { isFloatIR } from "../../ir/ir.js";
import { namedUsage, paramArgs } from "../calls.js";
import { aarch64Abi } from "./abi.js";
import type { FunctionContext } from "../target.js";
import { copyBytes, frameAddress, load, localOffset, moveImmediate, storeTemp } from "./operands.js";

export const argRegCount = 8;
export const saveAreaSize = 192;

export function saveArgumentRegisters(fx: FunctionContext): string[] {
  const out = frameAddress("x16", localOffset(fx.frame.regSaveOffset, fx));
  for (let n = 0; n < 8; n += 2) out.push(`stp x${n}, x${n + 1}, [x16, #${8 * n}]`);
  for (let n = 0; n < 8; n += 2) out.push(`stp q${n}, q${n + 1}, [x16, #${64 + 16 * n}]`);
  return out;
}

export function vaStart(i: Instr & { op: "vastart" }, fx: FunctionContext): string[] {
  const named = namedUsage(paramArgs(fx.f, aarch64Abi), { gp: argRegCount, fp: 8, exhaust: true });
  return [
    ...load(i.list, 10, fx),
    `add x11, x29, #${16 + named.stack}`,
    "str x11, [x10]",
    ...frameAddress("x11", localOffset(fx.frame.regSaveOffset, fx)),
    "add x12, x11, #64",
    "str x12, [x10, #8]",
    "add x12, x11, #192",
    "str x12, [x10, #16]",
    ...moveImmediate("w11", BigInt(-64 + 8 * named.gp)),
    "str w11, [x10, #24]",
    ...moveImmediate("w11", BigInt(-128 + 16 * named.fp)),
    "str w11, [x10, #28]",
  ];
}

/**
 * With the va_list at x10: if the register save area named by the offset field at `offs`
 * (__gr_offs 24, __vr_offs 28) still holds `step` bytes, advance the field and leave their
 * address in x13 (from the top pointer at `top`); otherwise branch to `stack`.
 */
function takeFromSaveArea(offs: number, top: number, step: number, stack: string): string[] {
  return [
    `ldr w11, [x10, #${offs}]`,
    "cmp w11, #0",
    `b.ge ${stack}`,
    `add w12, w11, #${step}`,
    `str w12, [x10, #${offs}]`,
    "cmp w12, #0",
    `b.gt ${stack}`,
    `ldr x13, [x10, #${top}]`,
    "add x13, x13, w11, sxtw",
  ];
}

export function vaArg(i: Instr & { op: "vaarg" }, fx: FunctionContext): string[] {
  const fp = isFloatIR(i.dest.type);
  const [offs, top, step] = fp ? [28, 16, 16] : [24, 8, 8];
  const stack = fx.uniqueLabel();
  const done = fx.uniqueLabel();
  return [
    ...load(i.list, 10, fx),
    ...takeFromSaveArea(offs, top, step, stack),
    `b ${done}`,
    `${stack}:`,
    "ldr x13, [x10]",
    "add x12, x13, #8",
    "str x12, [x10]",
    `${done}:`,
    "ldr x9, [x13]",
    ...storeTemp(i.dest.id, 9, fx),
  ];
}

/**
 * va_arg of a struct or union (§B.4): an HFA takes its members from consecutive vector
 * registers' slots (16 bytes apart) while __vr_offs allows, a composite of at most 16 bytes
 * takes consecutive general registers' slots, and a larger one was passed by reference (a
 * pointer in one general register or stack slot). When its class has too few registers left,
 * the composite (or the pointer) is read from __stack, which advances by its size rounded
 * up to 8. The bytes are copied to `addr`.
 */
export function vaArgStruct(i: Instr & { op: "vaargStruct" }, fx: FunctionContext): string[] {
  const { size, passing } = i.arg;
  const hfa = passing.kind === "regs" && passing.parts.every((p) => isFloatIR(p.type)) ? passing.parts : undefined;
  const byReference = passing.kind !== "regs";
  const [offs, top, step] = hfa ? [28, 16, 16 * hfa.length] : [24, 8, byReference ? 8 : 8 * Math.ceil(size / 8)];
  const stack = fx.uniqueLabel();
  const copy = fx.uniqueLabel();
  const done = fx.uniqueLabel();
  const out = [
    ...load(i.list, 10, fx),
    ...load(i.addr, 15, fx),
    ...takeFromSaveArea(offs, top, step, stack),
  ];
  if (hfa) {
    hfa.forEach((p, k) => {
      const r = p.type === "f32" ? "w9" : "x9";
      out.push(`ldr ${r}, [x13, #${16 * k}]`, `str ${r}, [x15, #${p.offset}]`);
    });
    out.push(`b ${done}`);
  } else out.push(`b ${copy}`);
  out.push(
    `${stack}:`,
    "ldr x13, [x10]",
    `add x12, x13, #${byReference ? 8 : Math.ceil(size / 8) * 8}`,
    "str x12, [x10]",
    `${copy}:`,
    ...(byReference ? ["ldr x13, [x13]"] : []),
    ...copyBytes("x13", 0, "x15", 0, size),
    `${done}:`,
  );
  return out;
}
