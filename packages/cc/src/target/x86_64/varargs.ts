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
import { argRegs, copyBytes, load, local, movePart, storeTemp } from "./operands.js";

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

/**
 * va_arg of a struct or union (§3.5.7): one of the MEMORY class is read from the overflow
 * area; one that travels in registers takes them all from the save area — its INTEGER
 * eightbytes at gp_offset, its SSE ones at fp_offset — or, when either class has too few
 * left, the whole struct comes from the overflow area. Either way it is copied to `addr`.
 */
export function vaArgStruct(i: Instr & { op: "vaargStruct" }, fx: FunctionContext): string[] {
  const { size, passing } = i.arg;
  const done = fx.uniqueLabel();
  const overflow = fx.uniqueLabel();
  const out = [...load(i.list, "rcx", fx), ...load(i.addr, "rdi", fx)];
  if (passing.kind === "regs") {
    const gp = passing.parts.filter((p) => !isFloatIR(p.type)).length;
    const fp = passing.parts.length - gp;
    out.push("movl (%rcx), %eax", "movl 4(%rcx), %edx");
    if (gp) out.push(`cmpl $${48 - 8 * gp}, %eax`, `ja ${overflow}`);
    if (fp) out.push(`cmpl $${176 - 16 * fp}, %edx`, `ja ${overflow}`);
    out.push("movq 16(%rcx), %rsi", "leaq (%rsi,%rax), %r8", "leaq (%rsi,%rdx), %r9");
    let g = 0;
    let f = 0;
    for (const part of passing.parts) {
      const from = isFloatIR(part.type) ? `${16 * f++}(%r9)` : `${8 * g++}(%r8)`;
      out.push(movePart(part, "r10", from, false), movePart(part, "r10", `${part.offset}(%rdi)`, true));
    }
    out.push(`addl $${8 * gp}, %eax`, "movl %eax, (%rcx)", `addl $${16 * fp}, %edx`, "movl %edx, 4(%rcx)", `jmp ${done}`);
  }
  return [
    ...out,
    `${overflow}:`,
    "movq 8(%rcx), %rsi",
    `leaq ${Math.ceil(size / 8) * 8}(%rsi), %rax`,
    "movq %rax, 8(%rcx)",
    ...copyBytes("%rsi", 0, "%rdi", 0, size),
    `${done}:`,
  ];
}
