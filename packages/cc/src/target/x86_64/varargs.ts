// Variable arguments on x86-64 (psABI §3.5.7). A variadic function's prologue stores the six
// integer argument registers and, when %al (the caller's count of vector registers used) is
// non-zero, %xmm0–%xmm7 into a 176-byte register save area:
//
//   save+0 … save+47     %rdi %rsi %rdx %rcx %r8 %r9
//   save+48 … save+175   %xmm0 … %xmm7 (16 bytes each)
//
// va_list is `struct { unsigned gp_offset, fp_offset; void *overflow_arg_area, *reg_save_area; }[1]`.
// va_start sets gp_offset/fp_offset past the named arguments' registers and
// overflow_arg_area to the first unnamed stack argument. va_arg takes the next register slot
// of its class while one is left (gp_offset < 48, fp_offset < 176), else the next 8 bytes of
// the overflow area.

import type { Instr } from "../../ir/ir.js";
import { isFloatIR } from "../../ir/ir.js";
import { namedUsage, paramArgs } from "../calls.js";
import { x86_64Abi } from "./abi.js";
import type { FunctionContext } from "../target.js";
import { load, local, storeTemp } from "./operands.js";

export const argRegs = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];
export const saveAreaSize = 176;

/** Prologue part of a variadic function: spill the argument registers into the save area. */
export function saveArgumentRegisters(fx: FunctionContext): string[] {
  const at = (n: number) => local(fx.frame.regSaveOffset + n, fx);
  const skip = fx.uniqueLabel();
  const out = argRegs.map((r, n) => `movq %${r}, ${at(8 * n)}`);
  out.push("testb %al, %al", `je ${skip}`);
  for (let n = 0; n < 8; n++) out.push(`movaps %xmm${n}, ${at(48 + 16 * n)}`);
  out.push(`${skip}:`);
  return out;
}

export function vaStart(i: Instr & { op: "vastart" }, fx: FunctionContext): string[] {
  const named = namedUsage(paramArgs(fx.f, x86_64Abi), { gp: argRegs.length, fp: 8, exhaust: false });
  return [
    ...load(i.list, "rcx", fx),
    `movl $${8 * named.gp}, (%rcx)`,
    `movl $${48 + 16 * named.fp}, 4(%rcx)`,
    `leaq ${16 + named.stack}(%rbp), %rax`,
    "movq %rax, 8(%rcx)",
    `leaq ${local(fx.frame.regSaveOffset, fx)}, %rax`,
    "movq %rax, 16(%rcx)",
  ];
}

export function vaArg(i: Instr & { op: "vaarg" }, fx: FunctionContext): string[] {
  const fp = isFloatIR(i.dest.type);
  const [field, limit, step] = fp ? ["4(%rcx)", 176, 16] : ["(%rcx)", 48, 8];
  const overflow = fx.uniqueLabel();
  const done = fx.uniqueLabel();
  return [
    ...load(i.list, "rcx", fx),
    `movl ${field}, %eax`,
    `cmpl $${limit}, %eax`,
    `jae ${overflow}`,
    "movq 16(%rcx), %rdx",
    "addq %rax, %rdx",
    `addl $${step}, %eax`,
    `movl %eax, ${field}`,
    `jmp ${done}`,
    `${overflow}:`,
    "movq 8(%rcx), %rdx",
    "leaq 8(%rdx), %rax",
    "movq %rax, 8(%rcx)",
    `${done}:`,
    "movq (%rdx), %rax",
    storeTemp(i.dest.id, "rax", fx),
  ];
}
