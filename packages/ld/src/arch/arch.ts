// The one interface behind which each target keeps its linker facts (mold's per-arch struct
// plus its `apply_reloc` hooks): machine constants, the segment shape GNU ld gives static
// executables, and a table of relocation formulas. Shared passes ask the Arch; they never
// test the architecture's name.
//
// A relocation has two halves. The formula (psABI letters: S symbol address, A addend,
// P place, G address of the symbol's GOT slot) lives in the arch file; the bit field the
// result is written into is an ISA fact and lives in @glass/isa (`RelocFieldWriter`).

import type { Machine } from "@glass/elf";
import type { RelocFieldWriter } from "@glass/isa";

/** The values a relocation formula may use. */
export interface RelocInputs {
  /** Address of the symbol (0 for an undefined weak symbol). */
  S: bigint;
  /** r_addend. */
  A: bigint;
  /** Address of the place being patched. */
  P: bigint;
  /** Address of the symbol's GOT slot (only for relocations with `got: true`). */
  G: bigint;
}

export interface RelocRule {
  /** The value the ABI's formula gives; the field writer takes the bits it needs. */
  formula: (r: RelocInputs) => bigint;
  /** The symbol needs a GOT slot holding its address. */
  got?: boolean;
}

export interface Arch {
  machine: Machine;
  e_machine: number;
  /** Maximum page size: PT_LOAD alignment and the step between segments. */
  pageSize: bigint;
  /** Where an ET_EXEC image starts (the ELF header is mapped here). */
  base: bigint;
  /**
   * GNU ld's `-z separate-code` (the x86-64 default): headers, code, read-only data and
   * writable data each get their own page-aligned PT_LOAD. Without it (the AArch64 default)
   * headers, code and read-only data share one R+X PT_LOAD.
   */
  separateCode: boolean;
  /** Relocation formulas by r_type; a type missing here is unsupported. */
  relocs: ReadonlyMap<number, RelocRule>;
  /** Writes a computed value into a relocation's field (from @glass/isa). */
  writeField: RelocFieldWriter;
  /** Symbols GNU ld defines for this target beyond the common list (AArch64's `__bss_end__` …). */
  extraBssSymbols: { start: string[]; end: string[] };
}

/** Page(x) of the AArch64 ADRP relocations: the address with its low 12 bits cleared. */
export const page = (x: bigint): bigint => x & ~0xfffn;
