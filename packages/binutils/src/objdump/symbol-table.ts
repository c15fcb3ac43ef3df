// objdump -t and -T: every symbol of .symtab or .dynsym as BFD reads it (bfd/elfcode.h
// elf_slurp_symbol_table) and prints it (bfd/syms.c bfd_print_symbol_vandf, bfd/elf.c
// bfd_elf_print_symbol): value, seven flag columns, section, size (a common symbol's
// alignment), version, visibility, name.
//
//   0000000000000000 g     F .text	000000000000001b call_ext
//   0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.34) __libc_start_main

import {
  SHN_ABS, SHN_COMMON, SHN_LORESERVE, SHN_UNDEF, STB_GLOBAL, STB_GNU_UNIQUE, STB_LOCAL, STB_WEAK, STT_COMMON, STT_FILE, STT_FUNC, STT_GNU_IFUNC,
  STT_OBJECT, STT_SECTION, type ElfFile, type ElfSymbol,
} from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";
import { isMappingSymbol } from "../common/symbol-class.js";
import { bfdSymbolVersions, type BfdVersion } from "../common/versions.js";
import { bfdName } from "./relocs.js";

const hex16 = (n: bigint): string => n.toString(16).padStart(16, "0");

/** The name of the BFD section a symbol belongs to. */
export function sectionName(sym: ElfSymbol, bfdNames: Map<number, string>): string {
  if (sym.st_shndx === SHN_UNDEF) return "*UND*";
  if (sym.st_shndx === SHN_COMMON) return "*COM*";
  if (sym.st_shndx === SHN_ABS || sym.st_shndx >= SHN_LORESERVE) return "*ABS*";
  return bfdNames.get(sym.st_shndx) ?? "*ABS*";
}

/** bfd_print_symbol_vandf's seven flag columns. */
export function flagColumns(sym: ElfSymbol, dynamic: boolean): string {
  const defined = sym.st_shndx !== SHN_UNDEF && sym.st_shndx !== SHN_COMMON;
  const scope = sym.bind === STB_LOCAL ? "l" : sym.bind === STB_GLOBAL && defined ? "g" : sym.bind === STB_GNU_UNIQUE ? "u" : " ";
  const debugging = sym.type === STT_SECTION || sym.type === STT_FILE;
  const kind = sym.type === STT_FUNC ? "F" : sym.type === STT_FILE ? "f" : sym.type === STT_OBJECT || sym.type === STT_COMMON ? "O" : " ";
  return `${scope}${sym.bind === STB_WEAK ? "w" : " "}  ${sym.type === STT_GNU_IFUNC ? "i" : " "}${debugging ? "d" : dynamic ? "D" : " "}${kind}`;
}

function versionColumn(v: BfdVersion | undefined): string {
  if (!v) return "";
  return v.hidden ? ` (${v.name})${" ".repeat(Math.max(0, 10 - v.name.length))}` : `  ${v.name.padEnd(11)}`;
}

const VISIBILITY = ["", " .internal", " .hidden", " .protected"];

/** objdump -t (`dynamic` false) or -T; `want` is -j's filter on the symbol's section. */
export function symbolTable(elf: ElfFile, dynamic: boolean, want: (name: string) => boolean): string {
  const syms = (dynamic ? elf.dynamicSymbols() : elf.symbols()).slice(1);
  const bfdNames = new Map(bfdSections(elf).map((b) => [b.section.index, b.section.name]));
  const versions = bfdSymbolVersions(elf);
  let out = dynamic ? "DYNAMIC SYMBOL TABLE:\n" : "SYMBOL TABLE:\n";
  if (syms.length === 0) out += "no symbols\n";
  for (const sym of syms) {
    const section = sectionName(sym, bfdNames);
    if (!want(section) || isMappingSymbol(elf, sym)) continue;
    const common = sym.st_shndx === SHN_COMMON;
    const v = versions && (dynamic ? versions[sym.index] : { name: "", hidden: false });
    const other = sym.st_other < 4 ? VISIBILITY[sym.st_other]! : ` 0x${sym.st_other.toString(16).padStart(2, "0")}`;
    out += `${hex16(common ? sym.st_size : sym.st_value)} ${flagColumns(sym, dynamic)} ${section}\t${hex16(common ? sym.st_value : sym.st_size)}`;
    out += `${versionColumn(v)}${other} ${bfdName(elf, sym)}\n`;
  }
  return out + "\n\n";
}
