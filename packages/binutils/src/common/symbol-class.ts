// The one-letter symbol classes of nm (and objdump's symbol flags), as BFD decides them
// (bfd/syms.c bfd_decode_symclass): undefined U/w/v, common C, indirect function i, weak W/V,
// unique u, absolute A, otherwise a letter from the symbol's section — by name for the usual
// sections (.text → t, .rodata.str1.1 → r, .bss → b) or by its flags — upper case if global.

import {
  EM_AARCH64, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_NOBITS, STB_GLOBAL, STB_GNU_UNIQUE, STB_LOCAL, STB_WEAK,
  STT_FILE, STT_GNU_IFUNC, STT_OBJECT, STT_SECTION, type ElfFile, type ElfSection, type ElfSymbol,
} from "@glass/elf";

// bfd's coff_section_type table: a section name, or that name followed by . $ or a digit.
const BY_NAME: [string, string][] = [
  [".bss", "b"], ["code", "t"], [".data", "d"], ["*DEBUG*", "N"], [".debug", "N"], [".drectve", "i"], [".edata", "e"],
  [".fini", "t"], [".idata", "i"], [".init", "t"], [".pdata", "p"], [".rdata", "r"], [".rodata", "r"], [".sbss", "s"],
  [".scommon", "c"], [".sdata", "g"], [".text", "t"], ["vars", "d"], ["zerovars", "b"],
];

/** True for the sections BFD marks SEC_DEBUGGING. */
export function isDebugSection(name: string): boolean {
  return [".debug", ".gnu.linkonce.wi.", ".zdebug", ".line", ".stab"].some((p) => name.startsWith(p));
}

/** The class letter a section gives its symbols (lower case). */
export function sectionLetter(s: ElfSection): string {
  for (const [prefix, letter] of BY_NAME) {
    if (s.name.startsWith(prefix) && (s.name.length === prefix.length || ".$0123456789".includes(s.name[prefix.length]!))) return letter;
  }
  const alloc = (s.sh_flags & SHF_ALLOC) !== 0n;
  const readonly = (s.sh_flags & SHF_WRITE) === 0n;
  const contents = s.sh_type !== SHT_NOBITS;
  if (s.sh_flags & SHF_EXECINSTR) return "t";
  if (alloc && contents) return readonly ? "r" : "d";
  if (!contents) return "b";
  if (isDebugSection(s.name)) return "N";
  return readonly ? "n" : "?";
}

/** AArch64 mapping symbols ($x, $d, $x.foo — AAELF64 §5.7.2) are hidden by nm and objdump. */
export function isMappingSymbol(elf: ElfFile, sym: ElfSymbol): boolean {
  return elf.header.e_machine === EM_AARCH64 && sym.bind === STB_LOCAL && /^\$[xd](\.|$)/.test(sym.name);
}

/** BFD hides section and file symbols (BSF_DEBUGGING) unless asked for all symbols. */
export function isDebuggingSymbol(sym: ElfSymbol): boolean {
  return sym.type === STT_SECTION || sym.type === STT_FILE;
}

export function symbolLetter(elf: ElfFile, sym: ElfSymbol): string {
  if (sym.st_shndx === SHN_COMMON) return "C";
  if (sym.st_shndx === SHN_UNDEF) return sym.bind === STB_WEAK ? (sym.type === STT_OBJECT ? "v" : "w") : "U";
  if (sym.type === STT_GNU_IFUNC) return "i";
  if (sym.bind === STB_WEAK) return sym.type === STT_OBJECT ? "V" : "W";
  if (sym.bind === STB_GNU_UNIQUE) return "u";
  if (sym.bind !== STB_GLOBAL && sym.bind !== STB_LOCAL) return "?";
  const section = elf.sections[sym.st_shndx];
  const letter = sym.st_shndx === SHN_ABS ? "a" : section && sym.st_shndx < 0xff00 ? sectionLetter(section) : "?";
  return sym.bind === STB_GLOBAL ? letter.toUpperCase() : letter;
}
