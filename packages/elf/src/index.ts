// @glass/elf: the ELF64 model, constants, relocation tables, reader and writers, archives.
export * from "./constants.js";
export type { Machine, ElfHeader, SectionHeader, ProgramHeader, SymbolEntry, RelaEntry } from "./model.js";
export type { ObjectGroup, ObjectModel, ObjectSection, ObjectSymbol, ObjectRelocation } from "./object-model.js";
export { R_X86_64, R_AARCH64, relocName, relocNameOrUndefined, type X86_64RelocName, type AArch64RelocName } from "./relocations/index.js";
export { MACHINES, E_MACHINE, machineOf, type MachineInfo } from "./machines.js";
export { readElf, readElfHeader, type ElfFile, type ElfSection, type ElfSymbol } from "./reader.js";
export { writeElf, buildStringTable, type ElfImage, type ElfImageHeader, type ElfImageSection } from "./writer.js";
export { encodeSymbols, encodeRela, encodeDynamic, type DynamicEntry } from "./tables.js";
export { writeRelocatable } from "./object-writer.js";
export { readArchive, writeArchive, isArchive, ARMAG, type Archive, type ArchiveMember } from "./archive.js";
export { decodeProgramHeader } from "./program-header.js";
