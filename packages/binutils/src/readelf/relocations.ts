// `readelf -r`: every SHT_RELA section (gABI "Relocation"), one entry per line:
// offset, r_info, type name, then the symbol's value and name with the addend, or only the
// addend when the entry has no symbol (r_sym 0, as in R_X86_64_IRELATIVE / RELATIVE).
// A SHT_RELR section (gABI "Relative relocations", GNU ld -z pack-relative-relocs) lists the
// addresses its address and bitmap words stand for.

import { relocNameOrUndefined, SHT_DYNSYM, SHT_RELA, SHT_RELR, SHT_SYMTAB, type ElfFile, type ElfSection, type ElfSymbol, type RelaEntry } from "@glass/elf";
import { altHex, hex, hexPad } from "./names.js";
import { printSymbol } from "./print-symbol.js";
import { shownSymbolName } from "./symbol-name.js";
import { versionSuffix } from "./symbols.js";
import { dynamicSymbolVersions, type SymbolVersion } from "../common/versions.js";

const signedHex = (n: bigint): string => (n < 0n ? "-" + hex(-n) : hex(n));

function entryLine(elf: ElfFile, r: RelaEntry, symbols: ElfSymbol[] | undefined, versions: (SymbolVersion | undefined)[], wide: boolean): string {
  const info = (BigInt(r.r_sym) << 32n) | BigInt(r.r_type);
  let line = wide ? `${hexPad(r.r_offset, 16)}  ${hexPad(info, 16)} ` : `${hexPad(r.r_offset & 0xffffffffffffn, 12)}  ${hexPad(info & 0xffffffffffffn, 12)} `;
  const name = elf.machine ? relocNameOrUndefined(elf.machine, r.r_type) : undefined;
  line += name === undefined ? `unrecognized: ${hex(r.r_type).padEnd(7)}` : wide ? name.padEnd(22) : name.slice(0, 17).padEnd(17);
  const sym = r.r_sym !== 0 ? symbols?.[r.r_sym] : undefined;
  if (!sym) return line + " ".repeat(20) + signedHex(r.r_addend) + "\n";
  const addend = r.r_addend < 0n ? ` - ${hex(-r.r_addend)}` : ` + ${hex(r.r_addend)}`;
  return line + ` ${hexPad(sym.st_value, 16)} ${printSymbol(shownSymbolName(elf, sym), 22, wide)}${versionSuffix(versions[sym.index], sym.st_shndx === 0, false)}${addend}\n`;
}

/** The addresses of a RELR table: an even word is an address; an odd word's bits 1–63 mark the 63 words after the last. */
export function relrOffsets(data: Uint8Array): bigint[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const offsets: bigint[] = [];
  let base = 0n;
  for (let at = 0; at + 8 <= data.length; at += 8) {
    const word = view.getBigUint64(at, true);
    if ((word & 1n) === 0n) {
      offsets.push(word);
      base = word + 8n;
      continue;
    }
    for (let bit = 1n; bit < 64n; bit++) if ((word >> bit) & 1n) offsets.push(base + (bit - 1n) * 8n);
    base += 63n * 8n;
  }
  return offsets;
}

function relrListing(section: ElfSection): string {
  const offsets = relrOffsets(section.data);
  const n = Math.floor(section.data.length / 8);
  let out = `\nRelocation section '${printSymbol(section.name, 0, true)}' at offset ${altHex(section.sh_offset)} contains ${n} ${n === 1 ? "entry" : "entries"}:\n`;
  out += `  ${offsets.length} ${offsets.length === 1 ? "offset" : "offsets"}\n`;
  for (const o of offsets) out += hexPad(o, 16) + "\n";
  return out;
}

export function relocations(elf: ElfFile, wide: boolean): string {
  let out = "";
  for (const section of elf.sections) {
    if (section.sh_type === SHT_RELR && section.sh_size !== 0n) out += relrListing(section);
    if (section.sh_type !== SHT_RELA || section.sh_size === 0n) continue;
    const entries = elf.relocations(section);
    const link = elf.sections[section.sh_link];
    const symbols = link && section.sh_link !== 0 ? (link.sh_type === SHT_SYMTAB ? elf.symbols() : link.sh_type === SHT_DYNSYM ? elf.dynamicSymbols() : undefined) : undefined;
    const n = entries.length;
    out += `\nRelocation section '${printSymbol(section.name, 0, true)}' at offset ${altHex(section.sh_offset)} contains ${n} ${n === 1 ? "entry" : "entries"}:\n`;
    out += wide
      ? "    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend\n"
      : "  Offset          Info           Type           Sym. Value    Sym. Name + Addend\n";
    const versions = link?.sh_type === SHT_DYNSYM ? dynamicSymbolVersions(elf) : [];
    for (const r of entries) out += entryLine(elf, r, symbols, versions, wide);
  }
  return out === "" ? "\nThere are no relocations in this file.\n" : out;
}
