// How readelf names a symbol in listings: a section symbol without a name of its own is shown
// under its section's name ("ABS", "COMMON" or "<section 0x…>" for special indexes).

import { SHN_ABS, SHN_COMMON, STT_SECTION, type ElfFile, type ElfSymbol } from "@glass/elf";
import { hex } from "./names.js";

export function shownSymbolName(elf: ElfFile, sym: ElfSymbol): string {
  if (sym.type !== STT_SECTION || sym.name !== "") return sym.name;
  const section = elf.sections[sym.st_shndx];
  if (section && sym.st_shndx < elf.sections.length) return section.name;
  if (sym.st_shndx === SHN_ABS) return "ABS";
  if (sym.st_shndx === SHN_COMMON) return "COMMON";
  return `<section 0x${hex(sym.st_shndx)}>`;
}
