// readElf: bytes → ElfFile, validating as it goes (gABI "ELF Header", "Sections",
// "Program Header", "Symbol Table", "Relocation").
//
// The header, section headers and program headers are read eagerly; symbol tables and
// relocations are decoded on demand. Every offset, size, count and index taken from the file
// is checked before use, so malformed input ends in a GlassError naming the file and the byte
// offset. Section contents are views into the input (no copies), so nothing is allocated in
// proportion to a size the file merely claims.

import { binaryError } from "@glass/diagnostics";
import { ByteView, readI64, readU64, StringTableView } from "./byte-view.js";
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

  const tables = new Map<ElfSection, StringTableView>();
  const stringAt = (strtab: ElfSection, offset: number): string => {
    let table = tables.get(strtab);
    if (!table) {
      table = new StringTableView(file, strtab.data, Number(strtab.sh_offset));
      tables.set(strtab, table);
    }
    return table.at(offset, "string in section", strtab.index);
  };

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

/** Only the ELF header (validated as readElf does): enough to tell an object from a shared object, and its machine. */
export function readElfHeader(bytes: Uint8Array, fileName: string): ElfHeader {
  return readHeader(new ByteView(fileName, bytes));
}

function readHeader(file: ByteView): ElfHeader {
  file.check(0, EI_NIDENT, "ELF identification");
  if (!ELFMAG.every((b, i) => file.bytes[i] === b)) binaryError(file.fileName, 0, "not an ELF file: bad magic");
  const ei_class = file.u8(4, "e_ident");
  if (ei_class !== ELFCLASS64) binaryError(file.fileName, 4, `unsupported ELF class ${ei_class} (only ELFCLASS64 is supported)`);
  const ei_data = file.u8(5, "e_ident");
  if (ei_data !== ELFDATA2LSB) binaryError(file.fileName, 5, `unsupported ELF data encoding ${ei_data} (only little endian is supported)`);
  file.check(0, ELF64_EHDR_SIZE, "ELF header");
  const view = file.view; // the whole header was checked just above
  return {
    ei_class,
    ei_data,
    ei_version: view.getUint8(6),
    ei_osabi: view.getUint8(7),
    ei_abiversion: view.getUint8(8),
    e_type: view.getUint16(16, true),
    e_machine: view.getUint16(18, true),
    e_version: view.getUint32(20, true),
    e_entry: readU64(view, 24),
    e_phoff: readU64(view, 32),
    e_shoff: readU64(view, 40),
    e_flags: view.getUint32(48, true),
    e_ehsize: view.getUint16(52, true),
    e_phentsize: view.getUint16(54, true),
    e_phnum: view.getUint16(56, true),
    e_shentsize: view.getUint16(58, true),
    e_shnum: view.getUint16(60, true),
    e_shstrndx: view.getUint16(62, true),
  };
}

/** Contents of NOBITS and NULL sections (nothing to write into: one array serves all). */
const noData = new Uint8Array(0);

/** Section header `index` of the table at `shoff` (checked as a whole), with its contents (its name comes later). */
function readSection(file: ByteView, shoff: number, index: number): ElfSection {
  const at = shoff + index * ELF64_SHDR_SIZE;
  const view = file.view;
  const sh_type = view.getUint32(at + 4, true);
  const sh_offset = readU64(view, at + 24);
  const sh_size = readU64(view, at + 32);
  const hasData = sh_type !== SHT_NOBITS && index !== 0;
  return {
    sh_name: view.getUint32(at, true),
    sh_type,
    sh_flags: readU64(view, at + 8),
    sh_addr: readU64(view, at + 16),
    sh_offset,
    sh_size,
    sh_link: view.getUint32(at + 40, true),
    sh_info: view.getUint32(at + 44, true),
    sh_addralign: readU64(view, at + 48),
    sh_entsize: readU64(view, at + 56),
    index,
    name: "",
    data: hasData ? sectionData(file, sh_offset, sh_size, index) : noData,
  };
}

/**
 * Section `index`'s bytes. (Its name for the message is made only when it does not fit: a
 * message, or a closure making one, for every section of every object is garbage to collect.)
 */
function sectionData(file: ByteView, offset: bigint, size: bigint, index: number): Uint8Array {
  const fits = Number(offset) + Number(size) <= file.length;
  return file.slice(offset, size, fits ? "section contents" : `section [${index}] contents`);
}

function readSections(file: ByteView, header: ElfHeader): ElfSection[] {
  if (header.e_shoff === 0n) return [];
  if (header.e_shentsize !== ELF64_SHDR_SIZE) {
    binaryError(file.fileName, 58, `e_shentsize is ${header.e_shentsize}, expected ${ELF64_SHDR_SIZE}`);
  }
  const shoff = file.check(header.e_shoff, ELF64_SHDR_SIZE, "section header table");
  // Extended numbering (gABI): with e_shnum == 0 / e_shstrndx == SHN_XINDEX, the real values
  // live in section header 0's sh_size / sh_link. (Header 0 was checked just above.)
  const first = readSection(file, shoff, 0);
  const count = header.e_shnum === 0 ? first.sh_size : BigInt(header.e_shnum);
  file.check(shoff, count * BigInt(ELF64_SHDR_SIZE), "section header table");
  const sections: ElfSection[] = [first];
  for (let index = 1; index < Number(count); index++) sections.push(readSection(file, shoff, index));

  const shstrndx = header.e_shstrndx === SHN_XINDEX ? first.sh_link : header.e_shstrndx;
  if (shstrndx === SHN_UNDEF) return sections;
  const shstrtab = sections[shstrndx];
  if (!shstrtab || shstrtab.sh_type !== SHT_STRTAB) {
    binaryError(file.fileName, 62, `section header string table index ${shstrndx} is not a string table`);
  }
  const names = new StringTableView(file, shstrtab.data, Number(shstrtab.sh_offset));
  for (let i = 0; i < sections.length; i++) sections[i]!.name = names.at(sections[i]!.sh_name, "name of section", i);
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
  const count = Number(section.sh_size) / entsize;
  // (Only section 0 has no contents among these types: a malformed file's.)
  if (section.data.length < count * entsize) binaryError(file.fileName, where, `${kind} section [${section.index}] has no contents`);
  return count;
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
  // The entries lie inside the table's contents (entryCount checked the size), so they are
  // read from its bytes without checking each field.
  const view = new DataView(table.data.buffer, table.data.byteOffset, table.data.byteLength);
  const symbols: ElfSymbol[] = [];
  for (let index = 0; index < count; index++) {
    const at = index * ELF64_SYM_SIZE;
    const st_name = view.getUint32(at, true);
    const st_info = view.getUint8(at + 4);
    const st_other = view.getUint8(at + 5);
    const st_shndx = view.getUint16(at + 6, true);
    if (st_shndx !== SHN_UNDEF && st_shndx < SHN_LORESERVE && st_shndx >= sections.length) {
      binaryError(file.fileName, base + at + 6, `symbol ${index} refers to section ${st_shndx}, which does not exist`);
    }
    symbols.push({
      st_name,
      st_info,
      st_other,
      st_shndx,
      st_value: readU64(view, at + 8),
      st_size: readU64(view, at + 16),
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
  // Read from the section's own bytes, which hold `count` whole entries (see readSymbols).
  const view = new DataView(section.data.buffer, section.data.byteOffset, section.data.byteLength);
  const entries: RelaEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * ELF64_RELA_SIZE;
    // r_info: ELF64_R_SYM in the high word, ELF64_R_TYPE in the low one (little endian).
    const r_type = view.getUint32(at + 8, true);
    const r_sym = view.getUint32(at + 12, true);
    if (r_sym >= symbolCount) {
      binaryError(file.fileName, base + at + 8, `relocation ${i} in section [${section.index}] refers to symbol ${r_sym}, past the end of its symbol table`);
    }
    entries.push({ r_offset: readU64(view, at), r_sym, r_type, r_addend: readI64(view, at + 16) });
  }
  return entries;
}
