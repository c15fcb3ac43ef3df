// readElf: bytes → ElfFile, validating as it goes (gABI "ELF Header", "Sections",
// "Program Header", "Symbol Table", "Relocation").
//
// The header, section headers and program headers are read eagerly; symbol tables and
// relocations are decoded on demand. Every offset, size, count and index taken from the file
// is checked before use, so malformed input ends in a GlassError naming the file and the byte
// offset. Section contents are views into the input (no copies), so nothing is allocated in
// proportion to a size the file merely claims.

import { binaryError } from "@glass/diagnostics";
import { ByteView } from "./byte-view.js";
import {
  EI_NIDENT,
  ELF64_EHDR_SIZE,
  ELF64_PHDR_SIZE,
  ELF64_RELA_SIZE,
  ELF64_SHDR_SIZE,
  ELF64_ST_BIND,
  ELF64_ST_TYPE,
  ELF64_ST_VISIBILITY,
  ELF64_SYM_SIZE,
  ELFCLASS64,
  ELFDATA2LSB,
  ELFMAG,
  SHN_LORESERVE,
  SHN_UNDEF,
  SHN_XINDEX,
  SHT_DYNSYM,
  SHT_NOBITS,
  SHT_RELA,
  SHT_STRTAB,
  SHT_SYMTAB,
} from "./constants.js";
import { machineOf } from "./machines.js";
import type { ElfHeader, Machine, ProgramHeader, RelaEntry, SectionHeader, SymbolEntry } from "./model.js";
import { decodeProgramHeader } from "./program-header.js";

export interface ElfSection extends SectionHeader {
  index: number;
  name: string;
  /** File contents of the section; empty for SHT_NOBITS and SHT_NULL. */
  data: Uint8Array;
}

export interface ElfSymbol extends SymbolEntry {
  /** Index in its symbol table (0 is the null symbol). */
  index: number;
  name: string;
  /** STB_* from st_info. */
  bind: number;
  /** STT_* from st_info. */
  type: number;
  /** STV_* from st_other. */
  visibility: number;
}

export interface ElfFile {
  fileName: string;
  bytes: Uint8Array;
  header: ElfHeader;
  /** Undefined for machines Glass does not target (the file is still readable). */
  machine: Machine | undefined;
  sections: ElfSection[];
  programHeaders: ProgramHeader[];
  /** Entries of .symtab (SHT_SYMTAB), including the null symbol 0; [] if there is none. */
  symbols(): ElfSymbol[];
  /** Entries of .dynsym (SHT_DYNSYM), including the null symbol 0; [] if there is none. */
  dynamicSymbols(): ElfSymbol[];
  /** Entries of a SHT_RELA section. */
  relocations(section: ElfSection): RelaEntry[];
  /** The first section with this name. */
  sectionByName(name: string): ElfSection | undefined;
  /** The NUL-terminated string at `offset` in a string-table section. */
  stringAt(strtab: ElfSection, offset: number): string;
}

export function readElf(bytes: Uint8Array, fileName: string): ElfFile {
  const file = new ByteView(fileName, bytes);
  const header = readHeader(file);
  const sections = readSections(file, header);
  const programHeaders = readProgramHeaders(file, header);

  const stringAt = (strtab: ElfSection, offset: number): string =>
    file.cstring(strtab.data, offset, Number(strtab.sh_offset), `string in section [${strtab.index}]`);

  const symbolCache = new Map<number, ElfSymbol[]>();
  const symbolsOf = (type: number): ElfSymbol[] => {
    const table = sections.find((s) => s.sh_type === type);
    if (!table) return [];
    let symbols = symbolCache.get(table.index);
    if (!symbols) {
      symbols = readSymbols(file, sections, table, stringAt);
      symbolCache.set(table.index, symbols);
    }
    return symbols;
  };

  return {
    fileName,
    bytes,
    header,
    machine: machineOf(header.e_machine),
    sections,
    programHeaders,
    symbols: () => symbolsOf(SHT_SYMTAB),
    dynamicSymbols: () => symbolsOf(SHT_DYNSYM),
    relocations: (section) => readRelocations(file, sections, section),
    sectionByName: (name) => sections.find((s) => s.name === name),
    stringAt,
  };
}

function readHeader(file: ByteView): ElfHeader {
  file.check(0, EI_NIDENT, "ELF identification");
  if (!ELFMAG.every((b, i) => file.bytes[i] === b)) binaryError(file.fileName, 0, "not an ELF file: bad magic");
  const ei_class = file.u8(4, "e_ident");
  if (ei_class !== ELFCLASS64) binaryError(file.fileName, 4, `unsupported ELF class ${ei_class} (only ELFCLASS64 is supported)`);
  const ei_data = file.u8(5, "e_ident");
  if (ei_data !== ELFDATA2LSB) binaryError(file.fileName, 5, `unsupported ELF data encoding ${ei_data} (only little endian is supported)`);
  file.check(0, ELF64_EHDR_SIZE, "ELF header");
  const what = "ELF header";
  return {
    ei_class,
    ei_data,
    ei_version: file.u8(6, what),
    ei_osabi: file.u8(7, what),
    ei_abiversion: file.u8(8, what),
    e_type: file.u16(16, what),
    e_machine: file.u16(18, what),
    e_version: file.u32(20, what),
    e_entry: file.u64(24, what),
    e_phoff: file.u64(32, what),
    e_shoff: file.u64(40, what),
    e_flags: file.u32(48, what),
    e_ehsize: file.u16(52, what),
    e_phentsize: file.u16(54, what),
    e_phnum: file.u16(56, what),
    e_shentsize: file.u16(58, what),
    e_shnum: file.u16(60, what),
    e_shstrndx: file.u16(62, what),
  };
}

function readSectionHeader(file: ByteView, at: number): SectionHeader {
  const what = "section header";
  return {
    sh_name: file.u32(at, what),
    sh_type: file.u32(at + 4, what),
    sh_flags: file.u64(at + 8, what),
    sh_addr: file.u64(at + 16, what),
    sh_offset: file.u64(at + 24, what),
    sh_size: file.u64(at + 32, what),
    sh_link: file.u32(at + 40, what),
    sh_info: file.u32(at + 44, what),
    sh_addralign: file.u64(at + 48, what),
    sh_entsize: file.u64(at + 56, what),
  };
}

function readSections(file: ByteView, header: ElfHeader): ElfSection[] {
  if (header.e_shoff === 0n) return [];
  if (header.e_shentsize !== ELF64_SHDR_SIZE) {
    binaryError(file.fileName, 58, `e_shentsize is ${header.e_shentsize}, expected ${ELF64_SHDR_SIZE}`);
  }
  const shoff = file.check(header.e_shoff, ELF64_SHDR_SIZE, "section header table");
  // Extended numbering (gABI): with e_shnum == 0 / e_shstrndx == SHN_XINDEX, the real values
  // live in section header 0's sh_size / sh_link.
  const first = readSectionHeader(file, shoff);
  const count = header.e_shnum === 0 ? first.sh_size : BigInt(header.e_shnum);
  file.check(shoff, count * BigInt(ELF64_SHDR_SIZE), "section header table");
  const headers: SectionHeader[] = [];
  for (let i = 0; i < Number(count); i++) headers.push(readSectionHeader(file, shoff + i * ELF64_SHDR_SIZE));

  const shstrndx = header.e_shstrndx === SHN_XINDEX ? first.sh_link : header.e_shstrndx;
  const sections: ElfSection[] = headers.map((sh, index) => {
    const hasData = sh.sh_type !== SHT_NOBITS && index !== 0;
    const what = `section [${index}] contents`;
    const data = hasData ? file.slice(sh.sh_offset, sh.sh_size, what) : new Uint8Array(0);
    return { ...sh, index, name: "", data };
  });
  if (shstrndx === SHN_UNDEF) return sections;
  const shstrtab = sections[shstrndx];
  if (!shstrtab || shstrtab.sh_type !== SHT_STRTAB) {
    binaryError(file.fileName, 62, `section header string table index ${shstrndx} is not a string table`);
  }
  for (const s of sections) {
    s.name = file.cstring(shstrtab.data, s.sh_name, Number(shstrtab.sh_offset), `name of section [${s.index}]`);
  }
  return sections;
}

function readProgramHeaders(file: ByteView, header: ElfHeader): ProgramHeader[] {
  if (header.e_phnum === 0) return [];
  if (header.e_phentsize !== ELF64_PHDR_SIZE) {
    binaryError(file.fileName, 54, `e_phentsize is ${header.e_phentsize}, expected ${ELF64_PHDR_SIZE}`);
  }
  const phoff = file.check(header.e_phoff, header.e_phnum * ELF64_PHDR_SIZE, "program header table");
  const result: ProgramHeader[] = [];
  for (let i = 0; i < header.e_phnum; i++) {
    const ph = decodeProgramHeader(file.bytes, phoff + i * ELF64_PHDR_SIZE);
    file.check(ph.p_offset, ph.p_filesz, `segment [${i}] contents`);
    result.push(ph);
  }
  return result;
}

/** Checks that `section` is a table of fixed-size entries; returns the entry count. */
function entryCount(file: ByteView, section: ElfSection, entsize: number, kind: string): number {
  const where = Number(section.sh_offset);
  if (section.sh_entsize !== BigInt(entsize)) {
    binaryError(file.fileName, where, `${kind} section [${section.index}] has sh_entsize ${section.sh_entsize}, expected ${entsize}`);
  }
  if (section.sh_size % BigInt(entsize) !== 0n) {
    binaryError(file.fileName, where, `${kind} section [${section.index}] size is not a multiple of ${entsize}`);
  }
  return Number(section.sh_size) / entsize;
}

/** The section a sh_link refers to, checked to exist and to have the expected type. */
function linkedSection(file: ByteView, sections: ElfSection[], from: ElfSection, types: number[], kind: string): ElfSection {
  const target = sections[from.sh_link];
  if (!target || from.sh_link === SHN_UNDEF || !types.includes(target.sh_type)) {
    binaryError(file.fileName, Number(from.sh_offset), `section [${from.index}] links to section ${from.sh_link}, which is not a ${kind}`);
  }
  return target;
}

function readSymbols(
  file: ByteView,
  sections: ElfSection[],
  table: ElfSection,
  stringAt: (strtab: ElfSection, offset: number) => string,
): ElfSymbol[] {
  const count = entryCount(file, table, ELF64_SYM_SIZE, "symbol table");
  const strtab = linkedSection(file, sections, table, [SHT_STRTAB], "string table");
  const base = Number(table.sh_offset);
  const symbols: ElfSymbol[] = [];
  for (let index = 0; index < count; index++) {
    const at = base + index * ELF64_SYM_SIZE;
    const what = "symbol table entry";
    const st_name = file.u32(at, what);
    const st_info = file.u8(at + 4, what);
    const st_other = file.u8(at + 5, what);
    const st_shndx = file.u16(at + 6, what);
    if (st_shndx !== SHN_UNDEF && st_shndx < SHN_LORESERVE && st_shndx >= sections.length) {
      binaryError(file.fileName, at + 6, `symbol ${index} refers to section ${st_shndx}, which does not exist`);
    }
    symbols.push({
      st_name,
      st_info,
      st_other,
      st_shndx,
      st_value: file.u64(at + 8, what),
      st_size: file.u64(at + 16, what),
      index,
      name: stringAt(strtab, st_name),
      bind: ELF64_ST_BIND(st_info),
      type: ELF64_ST_TYPE(st_info),
      visibility: ELF64_ST_VISIBILITY(st_other),
    });
  }
  return symbols;
}

function readRelocations(file: ByteView, sections: ElfSection[], section: ElfSection): RelaEntry[] {
  if (section.sh_type !== SHT_RELA) {
    binaryError(file.fileName, Number(section.sh_offset), `section [${section.index}] '${section.name}' is not a SHT_RELA section`);
  }
  const count = entryCount(file, section, ELF64_RELA_SIZE, "relocation");
  // sh_link 0 is allowed for dynamic relocation sections without a symbol table reference.
  const symtab = section.sh_link === 0 ? undefined : linkedSection(file, sections, section, [SHT_SYMTAB, SHT_DYNSYM], "symbol table");
  const symbolCount = symtab ? Number(symtab.sh_size) / ELF64_SYM_SIZE : 1;
  const base = Number(section.sh_offset);
  const entries: RelaEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = base + i * ELF64_RELA_SIZE;
    const what = "relocation entry";
    const r_info = file.u64(at + 8, what);
    const r_sym = Number(r_info >> 32n);
    if (r_sym >= symbolCount) {
      binaryError(file.fileName, at + 8, `relocation ${i} in section [${section.index}] refers to symbol ${r_sym}, past the end of its symbol table`);
    }
    entries.push({ r_offset: file.u64(at, what), r_sym, r_type: Number(r_info & 0xffffffffn), r_addend: file.i64(at + 16, what) });
  }
  return entries;
}
