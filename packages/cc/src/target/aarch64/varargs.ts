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
import { frameAddress, load, localOffset, moveImmediate, storeTemp } from "./operands.js";

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

export function vaArg(i: Instr & { op: "vaarg" }, fx: FunctionContext): string[] {
  const fp = isFloatIR(i.dest.type);
  const [offs, top, step] = fp ? [28, 16, 16] : [24, 8, 8];
  const stack = fx.uniqueLabel();
  const done = fx.uniqueLabel();
  return [
    ...load(i.list, 10, fx),
    `ldr w11, [x10, #${offs}]`,
    "cmp w11, #0",
    `b.ge ${stack}`,
    `add w12, w11, #${step}`,
    `str w12, [x10, #${offs}]`,
    "cmp w12, #0",
    `b.gt ${stack}`,
    `ldr x13, [x10, #${top}]`,
    "add x13, x13, w11, sxtw",
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
