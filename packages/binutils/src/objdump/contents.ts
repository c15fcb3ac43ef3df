// objdump -s: the raw contents of every BFD section that has some (objdump.c dump_section),
// 16 bytes a line in four groups, then the bytes as text:
//
//    0000 03000000 04000000                    ........
//
// The address column is as wide as the section's largest address needs, at least 4 digits.

import type { ElfFile } from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";

const digits = (n: bigint): number => n.toString(16).length;

export function sectionContents(elf: ElfFile, want: (name: string) => boolean): string {
  let out = "";
  for (const b of bfdSections(elf)) {
    const s = b.section;
    if (!want(s.name) || !b.contents || s.sh_size === 0n) continue;
    const data = s.data;
    out += `Contents of section ${s.name}:\n`;
    const width = Math.max(4, digits(s.sh_addr), digits(s.sh_addr + BigInt(data.length) - 1n));
    for (let at = 0; at < data.length; at += 16) {
      const addr = (s.sh_addr + BigInt(at)).toString(16).padStart(width, "0");
      let hex = "";
      let text = "";
      for (let j = at; j < at + 16; j++) {
        const byte = data[j];
        hex += (byte === undefined ? "  " : byte.toString(16).padStart(2, "0")) + ((j & 3) === 3 ? " " : "");
        text += byte === undefined ? " " : byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".";
      }
      out += ` ${addr.slice(-width)} ${hex} ${text}\n`;
    }
  }
  return out;
}
