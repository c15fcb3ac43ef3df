// `readelf -S`: the section header table (gABI "Sections"), in readelf 2.40's two layouts:
// --wide puts a section on one line; the default splits it over two 80-column lines.

import { type ElfFile } from "@glass/elf";
import { altHex, hexPad, sectionFlags, sectionTypeName } from "./names.js";
import { printSymbol } from "./print-symbol.js";

/** The legend printed after the table; its middle depends on OS/ABI and machine. */
function flagsKey(elf: ElfFile): string {
  const osabi = elf.header.ei_osabi;
  let extra = "";
  if (osabi === 3 || osabi === 9) extra += "R (retain), ";
  if (osabi === 3 || osabi === 9 || osabi === 0) extra += "D (mbind), ";
  if (elf.header.e_machine === 62) extra += "l (large), ";
  return (
    "Key to Flags:\n" +
    "  W (write), A (alloc), X (execute), M (merge), S (strings), I (info),\n" +
    "  L (link order), O (extra OS processing required), G (group), T (TLS),\n" +
    "  C (compressed), x (unknown), o (OS specific), E (exclude),\n" +
    `  ${extra}p (processor specific)\n`
  );
}

/**
 * What both section listings (`-S`, `-t`) print before the table: the count and offset (unless
 * the file header was printed just before), then the title; `done` when there are no sections.
 */
export function sectionTableIntro(elf: ElfFile, withFileHeader: boolean): { out: string; done: boolean } {
  const h = elf.header;
  const count = elf.sections.length;
  let out = "";
  if (!withFileHeader) {
    out += count === 1 ? `There is 1 section header, starting at offset ${altHex(h.e_shoff)}:\n` : `There are ${count} section headers, starting at offset ${altHex(h.e_shoff)}:\n`;
  }
  if (count === 0) return { out: out + "\nThere are no sections in this file.\n", done: true };
  return { out: out + (count > 1 ? "\nSection Headers:\n" : "\nSection Header:\n"), done: false };
}

export function sectionHeaders(elf: ElfFile, wide: boolean, withFileHeader: boolean): string {
  const h = elf.header;
  const intro = sectionTableIntro(elf, withFileHeader);
  if (intro.done) return intro.out;
  let out = intro.out;
  out += wide
    ? "  [Nr] Name              Type            Address          Off    Size   ES Flg Lk Inf Al\n"
    : "  [Nr] Name              Type             Address           Offset\n       Size              EntSize          Flags  Link  Info  Align\n";
  for (const s of elf.sections) {
    const flags = sectionFlags(s.sh_flags, h.e_machine, h.ei_osabi).padStart(3);
    const type = sectionTypeName(s.sh_type, h.e_machine);
    out += `  [${String(s.index).padStart(2)}] ${printSymbol(s.name, -17, wide)} `;
    if (wide) {
      out +=
        `${type.padEnd(15)} ${hexPad(s.sh_addr, 16)} ${hexPad(s.sh_offset, 6)} ${hexPad(s.sh_size, 6)} ${hexPad(s.sh_entsize, 2)} ` +
        `${flags} ${String(s.sh_link).padStart(2)} ${String(s.sh_info).padStart(3)} ${String(s.sh_addralign).padStart(2)}\n`;
    } else {
      out +=
        `${type.slice(0, 15).padEnd(15)}  ${hexPad(s.sh_addr, 16)}  ${hexPad(s.sh_offset, 8)}\n` +
        `       ${hexPad(s.sh_size, 16)}  ${hexPad(s.sh_entsize, 16)} ${flags} ` +
        `     ${String(s.sh_link).padStart(2)}   ${String(s.sh_info).padStart(3)}     ${s.sh_addralign}\n`;
    }
  }
  return out + flagsKey(elf);
}

