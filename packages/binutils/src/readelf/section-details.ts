// `readelf -t` (--section-details): the section header table with each section's name on a
// line of its own, its fields below, and its flags spelled out in words ("WRITE, ALLOC"),
// in readelf 2.40's wide and 80-column layouts. No key to the flags follows.

import { type ElfFile } from "@glass/elf";
import { hexPad, sectionFlagWords, sectionTypeName } from "./names.js";
import { sectionTableIntro } from "./section-headers.js";

export function sectionDetails(elf: ElfFile, wide: boolean, withFileHeader: boolean): string {
  const h = elf.header;
  const intro = sectionTableIntro(elf, withFileHeader);
  if (intro.done) return intro.out;
  let out = intro.out;
  out += wide
    ? "  [Nr] Name\n       Type            Address          Off    Size   ES   Lk Inf Al\n       Flags\n"
    : "  [Nr] Name\n       Type              Address          Offset            Link\n       Size              EntSize          Info              Align\n       Flags\n";
  for (const s of elf.sections) {
    const type = sectionTypeName(s.sh_type, h.e_machine);
    out += `  [${String(s.index).padStart(2)}] ${s.name}\n       `;
    out += wide
      ? `${type.padEnd(15)} ${hexPad(s.sh_addr, 16)} ${hexPad(s.sh_offset, 6)} ${hexPad(s.sh_size, 6)} ${hexPad(s.sh_entsize, 2)}  ` +
        `${String(s.sh_link).padStart(2)} ${String(s.sh_info).padStart(3)} ${String(s.sh_addralign).padStart(2)}\n`
      : `${type.padEnd(15)}  ${hexPad(s.sh_addr, 16)}  ${hexPad(s.sh_offset, 16)}  ${s.sh_link}\n` +
        `       ${hexPad(s.sh_size, 16)} ${hexPad(s.sh_entsize, 16)}  ${String(s.sh_info).padEnd(16)}  ${s.sh_addralign}\n`;
    out += `       [${hexPad(s.sh_flags, 16)}]: ${sectionFlagWords(s.sh_flags, h.e_machine, h.ei_osabi)}\n`;
  }
  return out;
}
