// GNU symbol versioning (LSB "Symbol Versioning"): .gnu.version holds one 16-bit index per
// .dynsym entry (bit 15 = hidden); .gnu.version_r (verneed) names the versions required from
// each needed library, .gnu.version_d (verdef) the versions this file defines. Tools show a
// dynamic symbol as `name@VERSION` (a reference or hidden definition) or `name@@VERSION`.

import { SHN_ABS, SHT_GNU_verdef, SHT_GNU_verneed, SHT_GNU_versym, type ElfFile, type ElfSection } from "@glass/elf";

export interface SymbolVersion {
  name: string;
  /** Index in the version tables (what readelf prints in parentheses). */
  index: number;
  hidden: boolean;
  /** Required from another file (verneed) rather than defined here (verdef). */
  needed: boolean;
}

function view(s: ElfSection): DataView {
  return new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
}

/** Version names by index, from verneed and verdef; unreadable entries are skipped. */
export function versionNames(elf: ElfFile): Map<number, { name: string; needed: boolean }> {
  const names = new Map<number, { name: string; needed: boolean }>();
  const str = (s: ElfSection, off: number): string | undefined => {
    const strtab = elf.sections[s.sh_link];
    try {
      return strtab ? elf.stringAt(strtab, off) : undefined;
    } catch {
      return undefined;
    }
  };
  for (const s of elf.sections) {
    if (s.sh_type !== SHT_GNU_verneed && s.sh_type !== SHT_GNU_verdef) continue;
    const v = view(s);
    const u32 = (at: number): number => (at + 4 <= s.data.length ? v.getUint32(at, true) : 0);
    const u16 = (at: number): number => (at + 2 <= s.data.length ? v.getUint16(at, true) : 0);
    let at = 0;
    for (let n = 0; n < s.sh_info && at + 16 <= s.data.length; n++) {
      if (s.sh_type === SHT_GNU_verneed) {
        let aux = at + u32(at + 8);
        for (let k = 0; k < u16(at + 2) && aux + 16 <= s.data.length; k++) {
          const name = str(s, u32(aux + 8));
          if (name !== undefined) names.set(u16(aux + 6) & 0x7fff, { name, needed: true });
          const next = u32(aux + 12);
          if (next === 0) break;
          aux += next;
        }
      } else {
        const aux = at + u32(at + 12);
        const name = aux + 8 <= s.data.length ? str(s, u32(aux)) : undefined;
        if (name !== undefined) names.set(u16(at + 4) & 0x7fff, { name, needed: false });
      }
      const next = u32(at + (s.sh_type === SHT_GNU_verneed ? 12 : 16));
      if (next === 0) break;
      at += next;
    }
  }
  return names;
}

export interface BfdVersion {
  /** "" for version 0 (local), "Base" for 1, else the version's name. */
  name: string;
  /** Bit 15 of the entry, or a version required from another file. */
  hidden: boolean;
}

/**
 * The version BFD gives each .dynsym entry (bfd _bfd_elf_get_symbol_version_string), or
 * undefined when the file lacks .gnu.version or both version tables.
 */
export function bfdSymbolVersions(elf: ElfFile): BfdVersion[] | undefined {
  const versym = elf.sections.find((s) => s.sh_type === SHT_GNU_versym);
  if (!versym || !elf.sections.some((s) => s.sh_type === SHT_GNU_verdef || s.sh_type === SHT_GNU_verneed)) return undefined;
  const names = versionNames(elf);
  const v = view(versym);
  const out: BfdVersion[] = [];
  for (let i = 0; i * 2 + 2 <= versym.data.length; i++) {
    const raw = v.getUint16(i * 2, true);
    const index = raw & 0x7fff;
    const known = names.get(index);
    const hidden = (raw & 0x8000) !== 0 || (index > 1 && known?.needed !== false);
    out.push({ name: index === 0 ? "" : index === 1 ? "Base" : (known?.name ?? "<corrupt>"), hidden });
  }
  return out;
}

/** The version of each .dynsym entry (undefined where none applies), by symbol index. */
export function dynamicSymbolVersions(elf: ElfFile): (SymbolVersion | undefined)[] {
  const versym = elf.sections.find((s) => s.sh_type === SHT_GNU_versym);
  if (!versym) return [];
  const names = versionNames(elf);
  const v = view(versym);
  const out: (SymbolVersion | undefined)[] = [];
  for (let i = 0; i * 2 + 2 <= versym.data.length; i++) {
    const raw = v.getUint16(i * 2, true);
    const index = raw & 0x7fff;
    const known = index > 1 ? names.get(index) : undefined;
    out.push(known && { name: known.name, index, hidden: (raw & 0x8000) !== 0, needed: known.needed });
  }
  // A version's own definition symbol (ABS, named like the version) carries no suffix.
  elf.dynamicSymbols().forEach((sym, i) => {
    if (sym.st_shndx === SHN_ABS && out[i]?.name === sym.name) out[i] = undefined;
  });
  return out;
}
