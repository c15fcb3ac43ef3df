// `readelf -s`: each symbol table (.dynsym, .symtab; gABI "Symbol Table") in section order.

import { SHT_DYNSYM, SHT_SYMTAB, type ElfFile } from "@glass/elf";
import { hex, hexPad, sectionIndexName, symbolBindName, symbolOtherName, symbolTypeName, visibilityName } from "./names.js";
import { printSymbol } from "./print-symbol.js";
import { shownSymbolName } from "./symbol-name.js";

export function symbolTables(elf: ElfFile, wide: boolean): string {
  const { e_machine, ei_osabi } = elf.header;
  let out = "";
  for (const section of elf.sections) {
    if (section.sh_type !== SHT_SYMTAB && section.sh_type !== SHT_DYNSYM) continue;
    const symbols = section.sh_type === SHT_SYMTAB ? elf.symbols() : elf.dynamicSymbols();
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
        ` ${sectionIndexName(s.st_shndx, e_machine, elf.sections.length).padStart(4)} ${printSymbol(shownSymbolName(elf, s), 21, wide)}\n`;
    }
  }
  return out;
}
