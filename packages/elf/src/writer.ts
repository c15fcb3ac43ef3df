// writeElf: a generic ELF64 serializer. The caller (the linker, or writeRelocatable) has
// already decided where everything goes; the writer only puts bytes there.
//
//   offset 0         ELF header (64 bytes), fields marked "computed" below filled in here
//   e_phoff          program header table (defaults to 64, right after the ELF header)
//   sh_offset        each section's data, exactly where its header says (gaps are zero)
//   after the end    .shstrtab, built from the section names (added as the last section)
//   8-aligned        section header table; entry 0 is the null section
//
// Section numbering: image.sections[i] becomes section header i + 1, so sh_link / sh_info
// values the caller writes refer to (position in image.sections) + 1. .shstrtab gets
// index image.sections.length + 1.

import {
  EI_NIDENT,
  ELF64_EHDR_SIZE,
  ELF64_PHDR_SIZE,
  ELF64_SHDR_SIZE,
  ELFCLASS64,
  ELFDATA2LSB,
  ELFMAG,
  EV_CURRENT,
  SHT_NOBITS,
  SHT_NULL,
  SHT_STRTAB,
} from "./constants.js";
import type { ElfHeader, ProgramHeader, SectionHeader } from "./model.js";

/** The ELF header fields the caller chooses; the rest are computed by writeElf. */
export interface ElfImageHeader {
  e_type: number;
  e_machine: number;
  e_entry: bigint;
  e_flags: number;
  /** Default: 64 when there are program headers, otherwise 0. */
  e_phoff?: bigint;
  /** Default: 0 (ELFOSABI_NONE). */
  ei_osabi?: number;
  ei_abiversion?: number;
}

export interface ElfImageSection {
  name: string;
  /** Everything but sh_name, which the writer assigns from .shstrtab. */
  header: Omit<SectionHeader, "sh_name">;
  /** Contents written at header.sh_offset; must be header.sh_size bytes unless SHT_NOBITS. */
  data: Uint8Array;
}

export interface ElfImage {
  header: ElfImageHeader;
  programHeaders: ProgramHeader[];
  /** Sections in section-header order, without the null section and without .shstrtab. */
  sections: ElfImageSection[];
}

const alignUp = (value: number, align: number): number => Math.ceil(value / align) * align;

const encoder = new TextEncoder();

export function writeElf(image: ElfImage): Uint8Array {
  const phoff = image.header.e_phoff ?? (image.programHeaders.length > 0 ? BigInt(ELF64_EHDR_SIZE) : 0n);
  let end = ELF64_EHDR_SIZE;
  if (image.programHeaders.length > 0) end = Math.max(end, Number(phoff) + image.programHeaders.length * ELF64_PHDR_SIZE);
  for (const s of image.sections) {
    if (s.header.sh_type === SHT_NOBITS || s.header.sh_type === SHT_NULL) continue;
    if (BigInt(s.data.length) !== s.header.sh_size) {
      throw new Error(`writeElf: section ${s.name} has ${s.data.length} bytes but sh_size ${s.header.sh_size}`);
    }
    end = Math.max(end, Number(s.header.sh_offset) + s.data.length);
  }

  const { table: shstrtab, offsets: nameOffsets } = buildStringTable(["", ...image.sections.map((s) => s.name), ".shstrtab"]);
  const shstrtabOffset = end;
  const shoff = alignUp(shstrtabOffset + shstrtab.length, 8);
  const shnum = image.sections.length + 2;
  const out = new Uint8Array(shoff + shnum * ELF64_SHDR_SIZE);
  const view = new DataView(out.buffer);

  const header: ElfHeader = {
    ei_class: ELFCLASS64,
    ei_data: ELFDATA2LSB,
    ei_version: EV_CURRENT,
    ei_osabi: image.header.ei_osabi ?? 0,
    ei_abiversion: image.header.ei_abiversion ?? 0,
    e_type: image.header.e_type,
    e_machine: image.header.e_machine,
    e_version: EV_CURRENT,
    e_entry: image.header.e_entry,
    e_phoff: phoff,
    e_shoff: BigInt(shoff),
    e_flags: image.header.e_flags,
    e_ehsize: ELF64_EHDR_SIZE,
    e_phentsize: image.programHeaders.length > 0 ? ELF64_PHDR_SIZE : 0,
    e_phnum: image.programHeaders.length,
    e_shentsize: ELF64_SHDR_SIZE,
    e_shnum: shnum,
    e_shstrndx: shnum - 1,
  };
  writeHeader(view, header);
  image.programHeaders.forEach((ph, i) => writeProgramHeader(view, Number(phoff) + i * ELF64_PHDR_SIZE, ph));
  for (const s of image.sections) {
    if (s.header.sh_type !== SHT_NOBITS) out.set(s.data, Number(s.header.sh_offset));
  }
  out.set(shstrtab, shstrtabOffset);

  const headers: SectionHeader[] = [
    { sh_name: 0, sh_type: SHT_NULL, sh_flags: 0n, sh_addr: 0n, sh_offset: 0n, sh_size: 0n, sh_link: 0, sh_info: 0, sh_addralign: 0n, sh_entsize: 0n },
    ...image.sections.map((s) => ({ ...s.header, sh_name: nameOffsets.get(s.name)! })),
    {
      sh_name: nameOffsets.get(".shstrtab")!,
      sh_type: SHT_STRTAB,
      sh_flags: 0n,
      sh_addr: 0n,
      sh_offset: BigInt(shstrtabOffset),
      sh_size: BigInt(shstrtab.length),
      sh_link: 0,
      sh_info: 0,
      sh_addralign: 1n,
      sh_entsize: 0n,
    },
  ];
  headers.forEach((sh, i) => writeSectionHeader(view, shoff + i * ELF64_SHDR_SIZE, sh));
  return out;
}

/**
 * A string table (gABI "String Table"): a NUL byte, then each distinct name NUL-terminated.
 * A name that is the tail of a longer one shares its bytes (".text" inside ".rela.text"),
 * as GNU as and ld do.
 */
export function buildStringTable(names: string[]): { table: Uint8Array; offsets: Map<string, number> } {
  // Placement order: longest first, then alphabetical. (Linkers pass thousands of names, so
  // both orders below come from the built-in sort of strings, which compares UTF-16 code
  // units without calling back into JavaScript for every comparison.)
  const byLength: string[][] = [];
  for (const name of new Set(names)) if (name !== "") (byLength[name.length] ??= []).push(name);
  const unique: string[] = [];
  for (let length = byLength.length - 1; length > 0; length--) for (const name of byLength[length]?.sort() ?? []) unique.push(name);
  // Byte lengths: a name's length when every name is ASCII (the usual case), else its UTF-8 size.
  const ascii = /^[\x00-\x7f]*$/.test(unique.join(""));
  const byteLength = ascii ? (name: string) => name.length : (name: string) => encoder.encode(name).length;

  // A name that ends another name is not stored: it points into the first name in placement
  // order that ends with it (which is stored, being the longest). Sorted by their reversed
  // text, the names ending with a name are the ones right after it.
  const reversed = unique.map((name) => name.split("").reverse().join(""));
  const indexOfReversed = new Map(reversed.map((r, i) => [r, i]));
  const byTail = [...reversed].sort().map((r) => indexOfReversed.get(r)!);
  const host = new Int32Array(unique.length).fill(-1);
  for (let k = 0; k < byTail.length; k++) {
    const name = unique[byTail[k]!]!;
    for (let m = k + 1; m < byTail.length && unique[byTail[m]!]!.endsWith(name); m++) {
      if (host[byTail[k]!] === -1 || byTail[m]! < host[byTail[k]!]!) host[byTail[k]!] = byTail[m]!;
    }
  }

  const offsets = new Map<string, number>([["", 0]]);
  const placed: string[] = [];
  const at = new Int32Array(unique.length);
  let size = 1;
  unique.forEach((name, i) => {
    if (host[i] !== -1) return;
    placed.push(name);
    at[i] = size;
    size += byteLength(name) + 1;
  });
  unique.forEach((name, i) => {
    const h = host[i]!;
    offsets.set(name, h === -1 ? at[i]! : at[h]! + byteLength(unique[h]!) - byteLength(name));
  });
  // The stored names in order, each followed by its NUL, after the empty string at offset 0.
  const table = new Uint8Array(size);
  encoder.encodeInto(placed.join("\0"), table.subarray(1));
  return { table, offsets };
}

function writeHeader(view: DataView, h: ElfHeader): void {
  ELFMAG.forEach((b, i) => view.setUint8(i, b));
  view.setUint8(4, h.ei_class);
  view.setUint8(5, h.ei_data);
  view.setUint8(6, h.ei_version);
  view.setUint8(7, h.ei_osabi);
  view.setUint8(8, h.ei_abiversion);
  for (let i = 9; i < EI_NIDENT; i++) view.setUint8(i, 0);
  view.setUint16(16, h.e_type, true);
  view.setUint16(18, h.e_machine, true);
  view.setUint32(20, h.e_version, true);
  view.setBigUint64(24, h.e_entry, true);
  view.setBigUint64(32, h.e_phoff, true);
  view.setBigUint64(40, h.e_shoff, true);
  view.setUint32(48, h.e_flags, true);
  view.setUint16(52, h.e_ehsize, true);
  view.setUint16(54, h.e_phentsize, true);
  view.setUint16(56, h.e_phnum, true);
  view.setUint16(58, h.e_shentsize, true);
  view.setUint16(60, h.e_shnum, true);
  view.setUint16(62, h.e_shstrndx, true);
}

function writeProgramHeader(view: DataView, at: number, ph: ProgramHeader): void {
  view.setUint32(at, ph.p_type, true);
  view.setUint32(at + 4, ph.p_flags, true);
  view.setBigUint64(at + 8, ph.p_offset, true);
  view.setBigUint64(at + 16, ph.p_vaddr, true);
  view.setBigUint64(at + 24, ph.p_paddr, true);
  view.setBigUint64(at + 32, ph.p_filesz, true);
  view.setBigUint64(at + 40, ph.p_memsz, true);
  view.setBigUint64(at + 48, ph.p_align, true);
}

function writeSectionHeader(view: DataView, at: number, sh: SectionHeader): void {
  view.setUint32(at, sh.sh_name, true);
  view.setUint32(at + 4, sh.sh_type, true);
  view.setBigUint64(at + 8, sh.sh_flags, true);
  view.setBigUint64(at + 16, sh.sh_addr, true);
  view.setBigUint64(at + 24, sh.sh_offset, true);
  view.setBigUint64(at + 32, sh.sh_size, true);
  view.setUint32(at + 40, sh.sh_link, true);
  view.setUint32(at + 44, sh.sh_info, true);
  view.setBigUint64(at + 48, sh.sh_addralign, true);
  view.setBigUint64(at + 56, sh.sh_entsize, true);
}
