// x86-64 (System V AMD64 psABI, section 4.4.1 "Relocation Types"): the relocations gcc
// objects use in a static executable. A PLT32 call resolves straight to the function since
// nothing is preempted in a static link; GOT-relative loads get a .got slot holding the
// absolute address (GNU ld would instead relax `mov foo@GOTPCREL(%rip)` into `lea`).

import { MACHINES, R_X86_64 } from "@glass/elf";
import { x86_64RelocField } from "@glass/isa";
import type { Arch, RelocRule } from "./arch.js";

const relocs = new Map<number, RelocRule>([
  [R_X86_64["64"], { formula: ({ S, A }) => S + A }],
  [R_X86_64.PC32, { formula: ({ S, A, P }) => S + A - P }],
  [R_X86_64.PLT32, { formula: ({ S, A, P }) => S + A - P }], // L + A - P with L = S
  [R_X86_64["32"], { formula: ({ S, A }) => S + A }],
  [R_X86_64["32S"], { formula: ({ S, A }) => S + A }],
  [R_X86_64.PC64, { formula: ({ S, A, P }) => S + A - P }],
  [R_X86_64.GOTPCREL, { got: true, formula: ({ G, A, P }) => G + A - P }], // G + GOT + A - P
  [R_X86_64.GOTPCRELX, { got: true, formula: ({ G, A, P }) => G + A - P }],
  [R_X86_64.REX_GOTPCRELX, { got: true, formula: ({ G, A, P }) => G + A - P }],
]);

export const x86_64: Arch = {
  machine: "x86_64",
  e_machine: MACHINES.x86_64.e_machine,
  pageSize: MACHINES.x86_64.maxPageSize,
  base: 0x400000n,
  separateCode: true,
  relocs,
  writeField: x86_64RelocField,
  extraBssSymbols: { start: [], end: [] },
};
