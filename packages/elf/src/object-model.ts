// What an assembler hands to the ELF writer to make a relocatable object (ET_REL).
//
// The model is deliberately close to the file: sections in output order, symbols (the
// writer puts locals first, as the gABI requires, and remaps relocation symbol indexes),
// relocations with explicit addends (RELA, the only kind x86-64 and AArch64 use). The writer
// adds the bookkeeping sections itself: a `.group` section per section group first,
// `.rela<name>` after each section that has relocations, then `.symtab`, `.strtab`, `.shstrtab`.

import type { Machine } from "./model.js";

export interface ObjectRelocation {
  /** Offset of the patched field inside its section. */
  offset: bigint;
  /** R_X86_64_* / R_AARCH64_* number. */
  type: number;
  /** Index into ObjectModel.symbols. */
  symbol: number;
  addend: bigint;
}

export interface ObjectSection {
  name: string;
  sh_type: number;
  sh_flags: bigint;
  sh_addralign: bigint;
  sh_entsize: bigint;
  /** Contents; empty for SHT_NOBITS. */
  data: Uint8Array;
  /** Size in memory: data.length, except for SHT_NOBITS. */
  size: bigint;
  relocations: ObjectRelocation[];
}

export interface ObjectSymbol {
  name: string;
  /** STB_LOCAL / STB_GLOBAL / STB_WEAK. */
  binding: number;
  /** STT_NOTYPE / STT_OBJECT / STT_FUNC / STT_SECTION / STT_FILE. */
  type: number;
  /** STV_DEFAULT / STV_HIDDEN / STV_PROTECTED / STV_INTERNAL. */
  visibility: number;
  /**
   * Index into ObjectModel.sections, a special section, or the `.group` section of
   * ObjectModel.groups[group] (a group signature symbol made for the group, or its section symbol).
   */
  section: number | "undef" | "abs" | "common" | { group: number };
  value: bigint;
  size: bigint;
}

/**
 * A section group (gABI "Section Groups"): sections the linker keeps or drops together.
 * With GRP_COMDAT, only the first group of a signature is kept across all inputs.
 */
export interface ObjectGroup {
  /** Index into ObjectModel.symbols of the signature symbol (it names the group). */
  signature: number;
  /** GRP_COMDAT or 0. */
  flags: number;
  /** Indexes into ObjectModel.sections; their `.rela` sections join the group too. */
  members: number[];
}

export interface ObjectModel {
  machine: Machine;
  sections: ObjectSection[];
  symbols: ObjectSymbol[];
  groups?: ObjectGroup[];
}
