// `readelf -s`: each symbol table (.dynsym, .symtab; gABI "Symbol Table") in section order.

import { SHT_DYNSYM, SHT_SYMTAB, type ElfFile } from "@glass/elf";
import { hex, hexPad, sectionIndexName, symbolBindName, symbolOtherName, symbolTypeName, visibilityName } from "./names.js";
import { printSymbol } from "./print-symbol.js";
import { shownSymbolName } from "./symbol-name.js";
import { dynamicSymbolVersions, type SymbolVersion } from "../common/versions.js";

/** The suffix readelf adds to a .dynsym name: `@VER (n)` for references, `@@VER` for definitions. */
export function versionSuffix(v: SymbolVersion | undefined, undefinedSym: boolean, withIndex: boolean): string {
  if (!v) return "";
  if (undefinedSym || v.needed) return `@${v.name}` + (withIndex ? ` (${v.index})` : "");
  return (v.hidden ? "@" : "@@") + v.name;
}

/** A name in the 21-column Name field; a version suffix is kept whole and the name shortened. */
function named(name: string, suffix: string, wide: boolean): string {
  return printSymbol(name, 21 - suffix.length, wide) + suffix;
}

/** readelf -s (both tables) or --dyn-syms (`dynamicOnly`). */
export function symbolTables(elf: ElfFile, wide: boolean, dynamicOnly: boolean): string {
  const { e_machine, ei_osabi } = elf.header;
  let out = "";
  for (const section of elf.sections) {
    if ((section.sh_type !== SHT_SYMTAB || dynamicOnly) && section.sh_type !== SHT_DYNSYM) continue;
    const symbols = section.sh_type === SHT_SYMTAB ? elf.symbols() : elf.dynamicSymbols();
    const versions = section.sh_type === SHT_DYNSYM ? dynamicSymbolVersions(elf) : [];
    const n = symbols.length;
    out += `\nSymbol table '${printSymbol(section.name, 0, true)}' contains ${n} ${n === 1 ? "entry" : "entries"}:\n`;
    out += "   Num:    Value          Size Type    Bind   Vis      Ndx Name\n";
    for (const s of symbols) {
      const size = s.st_size <= 99999n ? String(s.st_size).padStart(5) : "0x" + hex(s.st_size);
      const other = s.st_other ^ s.visibility;
      out +=
        `${String(s.index).padStart(6)}: ${hexPad(s.st_value, 16)} ${size}` +
        ` ${symbolTypeName(s.type, ei_osabi).padEnd(7)} ${symbolBindName(s.bind, ei_osabi).padEnd(6)} ${visibilityName(s.visibility).padEnd(7)}` +
        (other !== 0 ? ` [${symbolOtherName(other, e_machine)}] ` : "") +
        ` ${sectionIndexName(s.st_shndx, e_machine, elf.sections.length).padStart(4)} ${named(shownSymbolName(elf, s), versionSuffix(versions[s.index], s.st_shndx === 0, true), wide)}\n`;
    }
  }
  return out;
}
