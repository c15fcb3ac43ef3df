// AArch64 ("ELF for the Arm 64-bit Architecture", section 5.7 "Relocation"): the static
// relocations of gcc objects and hand-written assembly. Page(x) clears the low 12 bits (ADRP
// works on 4 KiB pages whatever the max page size); the *_LO12_NC forms take the low bits of
// S + A and the field writer scales them by the access size.

import { MACHINES, R_AARCH64 } from "@glass/elf";
import { aarch64RelocField } from "@glass/isa";
import { page, type Arch, type RelocRule } from "./arch.js";

const absolute: RelocRule = { formula: ({ S, A }) => S + A };
const pcRelative: RelocRule = { formula: ({ S, A, P }) => S + A - P };

const relocs = new Map<number, RelocRule>([
  [R_AARCH64.ABS64, absolute],
  [R_AARCH64.ABS32, absolute],
  [R_AARCH64.PREL64, pcRelative],
  [R_AARCH64.PREL32, pcRelative],
  [R_AARCH64.CALL26, pcRelative],
  [R_AARCH64.JUMP26, pcRelative],
  [R_AARCH64.CONDBR19, pcRelative],
  [R_AARCH64.TSTBR14, pcRelative],
  [R_AARCH64.LD_PREL_LO19, pcRelative],
  [R_AARCH64.ADR_PREL_LO21, pcRelative],
  [R_AARCH64.ADR_PREL_PG_HI21, { formula: ({ S, A, P }) => page(S + A) - page(P) }],
  [R_AARCH64.ADD_ABS_LO12_NC, absolute],
  [R_AARCH64.LDST8_ABS_LO12_NC, absolute],
  [R_AARCH64.LDST16_ABS_LO12_NC, absolute],
  [R_AARCH64.LDST32_ABS_LO12_NC, absolute],
  [R_AARCH64.LDST64_ABS_LO12_NC, absolute],
  [R_AARCH64.LDST128_ABS_LO12_NC, absolute],
  // G(GDAT(S + A)): the address of a GOT slot; the slot holds S (gcc always emits A = 0 here).
  [R_AARCH64.ADR_GOT_PAGE, { got: true, formula: ({ G, P }) => page(G) - page(P) }],
  [R_AARCH64.LD64_GOT_LO12_NC, { got: true, formula: ({ G }) => G }],
]);

export const aarch64: Arch = {
  machine: "aarch64",
  e_machine: MACHINES.aarch64.e_machine,
  pageSize: MACHINES.aarch64.maxPageSize,
  base: 0x400000n,
  separateCode: false,
  relocs,
  writeField: aarch64RelocField,
  extraBssSymbols: { start: ["__bss_start__"], end: ["_bss_end__", "__bss_end__", "__end__"] },
};
