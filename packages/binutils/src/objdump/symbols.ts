// The symbols objdump names addresses with, and how it picks one (binutils objdump.c:
// remove_useless_symbols, compare_symbols, find_symbol_for_address, objdump_print_addr).
//
// objdump sorts the static symbols (or the dynamic ones when there are none), minus section,
// file, undefined and common symbols, plus the synthetic `name@plt` symbols, by address; ties
// go to functions, then objects, then globals, then the larger symbol. An address is named by
// the last symbol at or below it (a linked file's section symbols count only inside their
// section: `<.got.plt+0x18>`); in a relocatable file, when the address lies in the section
// being disassembled, only that section's symbols count. Where no symbol sits exactly on the
// address, a dynamic relocation at it names it instead (`# 4018 <puts@GLIBC_2.2.5>`).

import {
  ET_REL, SHT_DYNSYM, SHF_ALLOC, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_GNU_verdef, SHT_GNU_verneed, SHT_GNU_versym, SHT_RELA, STB_GLOBAL, STB_LOCAL, STT_FILE, STT_FUNC,
  STT_OBJECT, STT_SECTION, type ElfFile, type ElfSection, type ElfSymbol,
} from "@glass/elf";
import { dynamicSymbolVersions } from "../common/versions.js";

/** A symbol as BFD sees it. `section` is a section index, SHN_ABS or SHN_UNDEF. */
export interface BfdSymbol {
  name: string;
  value: bigint;
  section: number;
  size: bigint;
  func: boolean;
  object: boolean;
  local: boolean;
  global: boolean;
  synthetic: boolean;
  /** A linked file's section symbol: it names only addresses inside its section. */
  sectionEnd?: bigint;
  /** `@VER` or `@@VER` as objdump prints after a dynamic symbol's name, else "". */
  version: string;
}

export function bfdSymbol(sym: ElfSymbol, version = ""): BfdSymbol {
  const section = sym.st_shndx;
  return {
    name: sym.name,
    value: sym.st_value,
    section,
    size: sym.st_size,
    func: sym.type === STT_FUNC,
    object: sym.type === STT_OBJECT,
    local: sym.bind === STB_LOCAL,
    global: sym.bind === STB_GLOBAL && section !== SHN_UNDEF && section !== SHN_COMMON,
    synthetic: false,
    version,
  };
}

/** Dynamic symbols with the version suffix objdump prints (bfd _bfd_elf_get_symbol_version_string). */
export function dynamicBfdSymbols(elf: ElfFile): BfdSymbol[] {
  const syms = elf.dynamicSymbols();
  const versym = elf.sections.find((s) => s.sh_type === SHT_GNU_versym);
  const hasDefs = elf.sections.some((s) => s.sh_type === SHT_GNU_verdef);
  const versioned = versym !== undefined && (hasDefs || elf.sections.some((s) => s.sh_type === SHT_GNU_verneed));
  const names = versioned ? dynamicSymbolVersions(elf) : [];
  return syms.map((sym, i) => {
    let version = "";
    if (versioned && 2 * i + 2 <= versym.data.length) {
      const raw = versym.data[2 * i]! | (versym.data[2 * i + 1]! << 8);
      const hidden = (raw & 0x8000) !== 0 || sym.st_shndx === SHN_UNDEF;
      const name = (raw & 0x7fff) === 1 ? "Base" : names[i]?.name;
      if (name) version = (hidden ? "@" : "@@") + name;
    }
    return bfdSymbol(sym, version);
  });
}

const fileLike = (s: BfdSymbol): boolean => s.name.length > 2 && (s.name.endsWith(".o") || s.name.endsWith(".a"));
const compiled = (s: BfdSymbol): boolean => s.name.includes("gnu_compiled") || s.name.includes("gcc2_compiled");

/** objdump's compare_symbols (its comparison of section pointers is left out: it follows heap order). */
function compareSymbols(a: BfdSymbol, b: BfdSymbol): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  const byFlag = (x: boolean, y: boolean): number => (x === y ? 0 : x ? -1 : 1);
  return (
    byFlag(!compiled(a), !compiled(b)) ||
    byFlag(!fileLike(a), !fileLike(b)) ||
    byFlag(a.func, b.func) ||
    byFlag(a.object, b.object) ||
    byFlag(!a.local, !b.local) ||
    byFlag(a.global, b.global) ||
    (a.size === b.size ? 0 : a.size > b.size ? -1 : 1) ||
    byFlag(!a.name.startsWith("."), !b.name.startsWith(".")) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** objdump's sorted_syms: useful symbols of the file plus `synthetic` ones, sorted. */
export function sortedSymbols(elf: ElfFile, synthetic: BfdSymbol[]): BfdSymbol[] {
  const raw = elf.symbols().length > 1 ? elf.symbols() : elf.dynamicSymbols();
  const own = elf.symbols().length > 1 ? raw.map((s) => bfdSymbol(s)) : dynamicBfdSymbols(elf);
  const linked = elf.header.e_type !== ET_REL;
  const useful = own.filter((s, i) => {
    const e = raw[i]!;
    const sec = elf.sections[e.st_shndx];
    if (e.type === STT_SECTION) {
      if (!linked || !sec || (sec.sh_flags & SHF_ALLOC) === 0n) return false;
      s.name = sec.name;
      s.sectionEnd = sec.sh_addr + sec.sh_size;
    }
    return i > 0 && s.name !== "" && e.type !== STT_FILE && e.st_shndx !== SHN_UNDEF && e.st_shndx !== SHN_COMMON;
  });
  return [...useful, ...synthetic].sort(compareSymbols);
}

export interface DynamicReloc {
  address: bigint;
  symbol: BfdSymbol | undefined;
}

/** The relocations of sections tied to .dynsym, by address (bfd_canonicalize_dynamic_reloc). */
export function dynamicRelocs(elf: ElfFile): DynamicReloc[] {
  const dynsym = elf.sections.find((s) => s.sh_type === SHT_DYNSYM);
  if (!dynsym) return [];
  const syms = dynamicBfdSymbols(elf);
  const out: DynamicReloc[] = [];
  for (const s of elf.sections.filter((x) => x.sh_type === SHT_RELA && x.sh_link === dynsym.index)) {
    for (const r of elf.relocations(s)) out.push({ address: r.r_offset, symbol: r.r_sym === 0 ? undefined : syms[r.r_sym] });
  }
  return out.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

export interface FindContext {
  syms: BfdSymbol[];
  dynrels: DynamicReloc[];
  /** HAS_RELOC: the file is relocatable. */
  relocatable: boolean;
  isValid(s: BfdSymbol): boolean;
}

/** objdump's find_symbol_for_address: the symbol naming `vma` while disassembling `sec`. */
export function findSymbol(ctx: FindContext, vma: bigint, sec: ElfSection, requireSec: boolean): { sym: BfdSymbol; place: number } | undefined {
  const { syms } = ctx;
  const isValid = (s: BfdSymbol): boolean => ctx.isValid(s) && (s.sectionEnd === undefined || (vma >= s.value && vma < s.sectionEnd));
  if (syms.length === 0) return undefined;
  let min = 0;
  let max = syms.length;
  while (min + 1 < max) {
    const mid = Math.floor((min + max) / 2);
    const v = syms[mid]!.value;
    if (v > vma) max = mid;
    else if (v < vma) min = mid;
    else {
      min = mid;
      break;
    }
  }
  let place = min;
  while (place > 0 && syms[place]!.value === syms[place - 1]!.value) place--;
  for (min = place; min < max && syms[min]!.value === syms[place]!.value; min++) {
    if (syms[min]!.section === sec.index && isValid(syms[min]!)) return { sym: syms[min]!, place: min };
  }
  const wantSection = requireSec || (ctx.relocatable && vma >= sec.sh_addr && vma < sec.sh_addr + sec.sh_size);
  const fits = (s: BfdSymbol): boolean => (s.section === sec.index || !wantSection) && isValid(s);
  if (!fits(syms[place]!)) {
    let found = -1;
    for (let i = min - 1; i >= 0; i--) {
      if (!fits(syms[i]!)) continue;
      if (found >= 0 && syms[i]!.value !== syms[found]!.value) break;
      found = i;
    }
    for (let i = place + 1; i < syms.length && found < 0; i++) if (fits(syms[i]!)) found = i;
    if (found < 0) return undefined;
    place = found;
  }
  const best = syms[place]!;
  if (!wantSection && best.value !== vma && !best.synthetic) {
    const rel = ctx.dynrels.find((r) => r.address === vma && r.symbol && r.symbol.section !== SHN_ABS);
    if (rel) return { sym: rel.symbol!, place };
  }
  return { sym: best, place };
}

const hex = (n: bigint): string => n.toString(16);

/** objdump_print_addr_with_sym: `vma <sym+0xoff>`, or `<section+0xoff>` without a symbol. */
export function addressWithSymbol(elf: ElfFile, sec: ElfSection, sym: BfdSymbol | undefined, vma: bigint, padded: boolean): string {
  const addr = padded ? vma.toString(16).padStart(16, "0") : hex(vma);
  const offset = (base: bigint): string => (vma < base ? "-0x" + hex(base - vma) : vma > base ? "+0x" + hex(vma - base) : "");
  if (!sym) return `${addr} <${sec.name}${offset(sec.sh_addr)}>`;
  const linked = elf.header.e_type !== 1;
  const off = linked && sym.section === SHN_UNDEF ? "" : offset(sym.value);
  return `${addr} <${sym.name}${sym.version}${off}>`;
}
