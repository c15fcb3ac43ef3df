// `readelf -l`: the program header table (gABI "Program Header") and the section-to-segment
// mapping, in readelf 2.40's wide and 80-column layouts.

import { PT_INTERP, PF_R, PF_W, PF_X, type ElfFile } from "@glass/elf";
import { sectionInSegment } from "../common/segments.js";
import { fileTypeName, hexPad, segmentTypeName } from "./names.js";
import { isPie } from "./file-header.js";

const latin1 = new TextDecoder("latin1");

export function programHeaders(elf: ElfFile, wide: boolean, withFileHeader: boolean): string {
  const h = elf.header;
  const phdrs = elf.programHeaders;
  if (phdrs.length === 0) return "\nThere are no program headers in this file.\n";
  let out = "";
  if (!withFileHeader) {
    out += `\nElf file type is ${fileTypeName(h.e_type, isPie(elf))}\nEntry point 0x${h.e_entry.toString(16)}\n`;
    out += `There ${phdrs.length === 1 ? "is 1 program header" : `are ${phdrs.length} program headers`}, starting at offset ${h.e_phoff}\n`;
  }
  out += phdrs.length > 1 ? "\nProgram Headers:\n" : "\nProgram Header:\n";
  out += wide
    ? "  Type           Offset   VirtAddr           PhysAddr           FileSiz  MemSiz   Flg Align\n"
    : "  Type           Offset             VirtAddr           PhysAddr\n                 FileSiz            MemSiz              Flags  Align\n";
  const x16 = (n: bigint): string => "0x" + hexPad(n, 16);
  const x6 = (n: bigint): string => "0x" + hexPad(n, 6);
  const align = (n: bigint): string => (n === 0n ? "0" : "0x" + n.toString(16));
  for (const p of phdrs) {
    const flags = (p.p_flags & PF_R ? "R" : " ") + (p.p_flags & PF_W ? "W" : " ") + (p.p_flags & PF_X ? "E" : " ");
    const type = segmentTypeName(p.p_type, h.e_machine);
    out += `  ${wide ? type.padEnd(14) : type.slice(0, 14).padEnd(14)} `;
    out += wide
      ? `${x6(p.p_offset)} ${x16(p.p_vaddr)} ${x16(p.p_paddr)} ${x6(p.p_filesz)} ${x6(p.p_memsz)} ${flags} ${align(p.p_align)}\n`
      : `${x16(p.p_offset)} ${x16(p.p_vaddr)} ${x16(p.p_paddr)}\n                 ${x16(p.p_filesz)} ${x16(p.p_memsz)}  ${flags}    ${align(p.p_align)}\n`;
    if (p.p_type === PT_INTERP) {
      const start = Number(p.p_offset);
      const bytes = elf.bytes.subarray(start, start + Number(p.p_filesz));
      const end = bytes.indexOf(0);
      out += `      [Requesting program interpreter: ${latin1.decode(end < 0 ? bytes : bytes.subarray(0, end))}]\n`;
    }
  }
  if (elf.sections.length === 0) return out;
  out += "\n Section to Segment mapping:\n  Segment Sections...\n";
  phdrs.forEach((p, i) => {
    const names = elf.sections.slice(1).filter((s) => sectionInSegment(s, p)).map((s) => s.name + " ");
    out += `   ${String(i).padStart(2, "0")}     ${names.join("")}\n`;
  });
  return out;
}
