// readelf -V: the GNU symbol-versioning sections (LSB "Symbol Versioning"; readelf.c
// process_version_sections) in section order: .gnu.version_d (definitions), .gnu.version_r
// (needs, each file with its versions), .gnu.version (one index per .dynsym entry, four a line,
// each named after the version it selects).

import { SHN_UNDEF, SHT_GNU_verdef, SHT_GNU_verneed, SHT_GNU_versym, type ElfFile, type ElfSection } from "@glass/elf";
import { versionNames } from "../common/versions.js";
import { hexPad } from "./names.js";
import { printSymbol } from "./print-symbol.js";

/** Little-endian readers that answer undefined past the end of the section. */
function reader(s: ElfSection): { u16(at: number): number | undefined; u32(at: number): number | undefined } {
  const d = s.data;
  const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  return {
    u16: (at) => (at >= 0 && at + 2 <= d.length ? v.getUint16(at, true) : undefined),
    u32: (at) => (at >= 0 && at + 4 <= d.length ? v.getUint32(at, true) : undefined),
  };
}

function verFlags(flags: number): string {
  if (flags === 0) return "none";
  const words = [[1, "BASE"], [2, "WEAK"], [4, "INFO"]].filter(([bit]) => flags & (bit as number)).map(([, w]) => w as string);
  if (flags & ~7) words.push("<unknown>");
  return words.join(" | ");
}

/** `%#06zx`: 0 prints as 000000, anything else as 0x0010. */
const alt06 = (n: number): string => (n === 0 ? "000000" : "0x" + n.toString(16).padStart(4, "0"));

function heading(elf: ElfFile, s: ElfSection, what: string, count: number): string {
  const link = elf.sections[s.sh_link];
  const linkName = link ? printSymbol(link.name, 0, true) : `<corrupt: ${s.sh_link}>`;
  return (
    `\n${what} section '${printSymbol(s.name, 0, true)}' contains ${count} ${count === 1 ? "entry" : "entries"}:\n` +
    ` Addr: 0x${hexPad(s.sh_addr, 16)}  Offset: 0x${hexPad(s.sh_offset, 8)}  Link: ${s.sh_link} (${linkName})\n`
  );
}

function dynString(elf: ElfFile, s: ElfSection, offset: number): string | undefined {
  const strtab = elf.sections[s.sh_link];
  try {
    return strtab ? elf.stringAt(strtab, offset) : undefined;
  } catch {
    return undefined;
  }
}

function definitions(elf: ElfFile, s: ElfSection): string {
  const { u16, u32 } = reader(s);
  let out = heading(elf, s, "Version definition", s.sh_info);
  let idx = 0;
  let cnt = 0;
  for (; cnt < s.sh_info && idx + 20 <= s.data.length; cnt++) {
    const count = u16(idx + 6)!;
    const aux = u32(idx + 12)!;
    const next = u32(idx + 16)!;
    out += `  ${alt06(idx)}: Rev: ${u16(idx)}  Flags: ${verFlags(u16(idx + 2)!)}  Index: ${u16(idx + 4)}  Cnt: ${count}  `;
    let at = idx + aux;
    const name = u32(at);
    if (name === undefined) break;
    const text = dynString(elf, s, name);
    out += text !== undefined ? `Name: ${text}\n` : `Name index: ${name}\n`;
    let j = 1;
    for (; j < count; j++) {
      const step = u32(at + 4);
      if (step === undefined || u32(at + step) === undefined) break;
      at += step;
      const parent = dynString(elf, s, u32(at)!);
      out += parent !== undefined ? `  ${alt06(at)}: Parent ${j}: ${parent}\n` : `  ${alt06(at)}: Parent ${j}, name index: ${u32(at)}\n`;
    }
    if (j < count) out += "  Version def aux past end of section\n";
    if ((next < 20 && !(cnt === s.sh_info - 1 && next === 0)) || next === 0) {
      cnt++;
      break;
    }
    idx += next;
  }
  if (cnt < s.sh_info) out += "  Version definition past end of section\n";
  return out;
}

function needs(elf: ElfFile, s: ElfSection): string {
  const { u16, u32 } = reader(s);
  let out = heading(elf, s, "Version needs", s.sh_info);
  let idx = 0;
  for (let cnt = 0; cnt < s.sh_info && idx + 16 <= s.data.length; cnt++) {
    const count = u16(idx + 2)!;
    const file = u32(idx + 4)!;
    const fileName = dynString(elf, s, file);
    out += `  ${alt06(idx)}: Version: ${u16(idx)}  File: ${fileName ?? file.toString(16)}  Cnt: ${count}\n`;
    let at = idx + u32(idx + 8)!;
    for (let j = 0; j < count && at + 16 <= s.data.length; j++) {
      const name = u32(at + 8)!;
      const text = dynString(elf, s, name);
      out += `  ${alt06(at)}:   ${text !== undefined ? `Name: ${text}` : `Name index: ${name.toString(16)}`}  Flags: ${verFlags(u16(at + 4)!)}  Version: ${u16(at + 6)}\n`;
      const step = u32(at + 12)!;
      if (step === 0) break;
      at += step;
    }
    const next = u32(idx + 12)!;
    if (next === 0) break;
    idx += next;
  }
  return out;
}

function symbols(elf: ElfFile, s: ElfSection): string {
  const total = Math.floor(Number(s.sh_size) / 2);
  const { u16 } = reader(s);
  const syms = elf.dynamicSymbols();
  const names = versionNames(elf);
  let out = heading(elf, s, "Version symbols", total);
  for (let cnt = 0; cnt < total; cnt += 4) {
    out += `  ${cnt.toString(16).padStart(3, "0")}:`;
    for (let j = 0; j < 4 && cnt + j < total; j++) {
      const raw = u16((cnt + j) * 2) ?? 0;
      if (raw === 0 || raw === 1) {
        out += raw === 0 ? "   0 (*local*)    " : "   1 (*global*)   ";
        continue;
      }
      let entry = `${(raw & 0x7fff).toString(16).padStart(4)}${raw & 0x8000 ? "h" : " "}`;
      const sym = syms[cnt + j];
      if (sym) {
        // Undefined symbols name a version needed from another file, defined ones their own.
        const known = names.get(raw & 0x7fff);
        const name = known && known.needed === (sym.st_shndx === SHN_UNDEF) && raw !== 0x8001 ? known.name : undefined;
        if (name !== undefined) entry += `(${name}${")".padEnd(12 - name.length)}`;
      }
      out += entry.padEnd(18);
    }
    out += "\n";
  }
  return out;
}

export function versionSections(elf: ElfFile): string {
  let out = "";
  for (const s of elf.sections) {
    if (s.sh_type === SHT_GNU_verdef) out += definitions(elf, s);
    else if (s.sh_type === SHT_GNU_verneed) out += needs(elf, s);
    else if (s.sh_type === SHT_GNU_versym && elf.sections[s.sh_link]) out += symbols(elf, s);
  }
  return out === "" ? "\nNo version information found in this file.\n" : out;
}
