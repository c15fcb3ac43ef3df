// objdump -f (file header: BFD format, architecture, BFD flags, start address) and
// -h (the BFD section table with its flag words), as objdump 2.40 prints them.

import { EM_AARCH64, ET_DYN, ET_EXEC, type ElfFile } from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";

export function formatName(elf: ElfFile): string {
  return elf.header.e_machine === EM_AARCH64 ? "elf64-littleaarch64" : "elf64-x86-64";
}

const FLAG_NAMES: [number, string][] = [[0x1, "HAS_RELOC"], [0x2, "EXEC_P"], [0x4, "HAS_LINENO"], [0x8, "HAS_DEBUG"], [0x10, "HAS_SYMS"], [0x20, "HAS_LOCALS"], [0x40, "DYNAMIC"], [0x80, "WP_TEXT"], [0x100, "D_PAGED"]];

export function fileHeader(elf: ElfFile): string {
  const t = elf.header.e_type;
  let flags = 0;
  if (bfdSections(elf).some((b) => b.reloc)) flags |= 0x1;
  if (t === ET_EXEC) flags |= 0x2;
  if (elf.symbols().length > 0 || elf.dynamicSymbols().length > 0) flags |= 0x10;
  if (t === ET_DYN) flags |= 0x40;
  if ((t === ET_EXEC || t === ET_DYN) && elf.programHeaders.length > 0) flags |= 0x100;
  const arch = elf.header.e_machine === EM_AARCH64 ? "aarch64" : "i386:x86-64";
  const words = FLAG_NAMES.filter(([bit]) => flags & bit).map(([, n]) => n);
  return `architecture: ${arch}, flags 0x${flags.toString(16).padStart(8, "0")}:\n${words.join(", ")}\nstart address 0x${elf.header.e_entry.toString(16).padStart(16, "0")}\n`;
}

export function sectionHeaders(elf: ElfFile, want: (name: string) => boolean): string {
  let out = "Sections:\nIdx Name          Size      VMA               LMA               File off  Algn\n";
  const h16 = (n: bigint): string => n.toString(16).padStart(16, "0");
  for (const b of bfdSections(elf)) {
    const s = b.section;
    if (!want(s.name)) continue;
    const align = s.sh_addralign === 0n ? 0 : s.sh_addralign.toString(2).length - 1;
    out += `${String(b.index).padStart(3)} ${s.name.padEnd(13)} ${s.sh_size.toString(16).padStart(8, "0")}  ${h16(s.sh_addr)}  ${h16(lma(elf, s.sh_addr, s.sh_offset))}  ${s.sh_offset.toString(16).padStart(8, "0")}  2**${align}\n`;
    out += `                  ${b.flags.join(", ")}\n`;
  }
  return out;
}

/** The load address: a section in a PT_LOAD segment is loaded at the segment's p_paddr. */
function lma(elf: ElfFile, addr: bigint, offset: bigint): bigint {
  const seg = elf.programHeaders.find((p) => p.p_type === 1 && offset >= p.p_offset && offset < p.p_offset + p.p_filesz && addr >= p.p_vaddr);
  return seg ? addr - seg.p_vaddr + seg.p_paddr : addr;
}
