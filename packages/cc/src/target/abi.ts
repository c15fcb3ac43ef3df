// The target ABI as the front end and the back ends see it: sizes and alignments of the C
// scalar types and whether plain `char` is signed. One module per target implements it
// (x86_64/abi.ts from the System V AMD64 psABI §3.1.2, aarch64/abi.ts from AAPCS64 §10.1);
// nothing else in the compiler hard-codes a size.

import type { Loc } from "../ast/ast.js";
import type { StructType, Type } from "../ast/types.js";
import type { IRType } from "../ir/ir.js";

/** The integer type ranks of C11 6.3.1.1, from narrowest to widest. */
export type IntRank = "bool" | "char" | "short" | "int" | "long" | "llong";

export interface Abi {
  /** Size in bytes of each integer rank (alignment equals size for these scalars). */
  intSize: Record<IntRank, number>;
  /** Size (and alignment) of a data pointer. */
  pointerSize: number;
  /** Whether plain `char` behaves as `signed char`. */
  charIsSigned: boolean;
  /** The type `__builtin_va_list` stands for (psABI §3.5.7 / AAPCS64 §B.3). */
  vaListType: Type;
  /** How a struct or union argument travels (psABI §3.2.3 classification / AAPCS64 §6.8.2). */
  passStruct(t: StructType): StructPassing;
  /** How a struct or union is returned: in registers, or through a caller-supplied buffer. */
  returnStruct(t: StructType): StructPassing;
  /** Where the caller puts the address of an indirect result: the first integer argument
   *  register (x86-64 %rdi), or a register of its own (AArch64 x8). */
  indirectResultInFirstArg: boolean;
  /** AAPCS64: once an aggregate goes to the stack, later arguments of its class do too. */
  stackExhaustsRegisters: boolean;
}

/** One register's worth of an aggregate passed or returned in registers. */
export interface StructPart {
  offset: number;
  type: IRType;
}

/**
 * "regs": the parts in registers (all or none; none means the stack, as a copy);
 * "memory": copied onto the argument stack (x86-64 MEMORY class) / returned indirectly;
 * "reference": the caller makes a copy and passes its address (AArch64 composites > 16 bytes).
 */
export type StructPassing = { kind: "regs"; parts: StructPart[] } | { kind: "memory" } | { kind: "reference" };

/** Integer parts covering `size` bytes from `offset`, eight at a time (the last may be narrower). */
export function integerPart(offset: number, size: number): StructPart {
  const n = Math.min(8, size - offset);
  return { offset, type: n > 4 ? "i64" : n > 2 ? "i32" : n > 1 ? "i16" : "i8" };
}

/** A struct type from (name, type) member pairs, for the ABI-defined va_list records. */
export function abiStruct(tag: string, members: [string, Type][]): Type {
  const loc = undefined as unknown as Loc; // ABI types have no source position
  return { kind: "struct", def: { kind: "struct", tag, loc, members: members.map(([name, type]) => ({ name, type, loc })), checked: true } };
}

/** The LP64 data model shared by both Linux targets: int 32 bits, long and pointers 64. */
export const LP64_INT_SIZES: Record<IntRank, number> = {
  bool: 1,
  char: 1,
  short: 2,
  int: 4,
  long: 8,
  llong: 8,
};
