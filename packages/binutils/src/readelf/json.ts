// `readelf --json`: one record per ELF file with the facts the text listings show — header,
// sections, segments, symbol tables, relocations (RELR expanded to addresses) and dynamic
// entries — named with readelf's words, numbers as JSON numbers and 64-bit values as "0x…".

import { relocNameOrUndefined, SHT_DYNSYM, SHT_RELA, SHT_RELR, SHT_SYMTAB, type ElfFile, type ElfSymbol } from "@glass/elf";
import { dynamicEntries, dynamicTagName } from "../common/dynamic-tags.js";
import { fileTypeName, machineName, sectionFlags, sectionIndexName, sectionTypeName, segmentTypeName, symbolBindName, symbolTypeName, visibilityName } from "./names.js";
import { relrOffsets } from "./relocations.js";
import { isPie } from "./file-header.js";
import { shownSymbolName } from "./symbol-name.js";

function symbolRecords(elf: ElfFile, symbols: ElfSymbol[]): unknown[] {
  const { e_machine, ei_osabi } = elf.header;
  return symbols.map((s) => ({
    index: s.index, name: shownSymbolName(elf, s), value: s.st_value, size: s.st_size, type: symbolTypeName(s.type, ei_osabi),
    bind: symbolBindName(s.bind, ei_osabi), visibility: visibilityName(s.visibility), section: sectionIndexName(s.st_shndx, e_machine, elf.sections.length).trim(),
  }));
}

function relocationRecords(elf: ElfFile): unknown[] {
  const out: unknown[] = [];
  for (const section of elf.sections) {
    if (section.sh_type === SHT_RELR) out.push({ section: section.name, offsets: relrOffsets(section.data) });
    if (section.sh_type !== SHT_RELA) continue;
    const link = elf.sections[section.sh_link];
    const symbols = link?.sh_type === SHT_SYMTAB ? elf.symbols() : link?.sh_type === SHT_DYNSYM ? elf.dynamicSymbols() : [];
    const entries = elf.relocations(section).map((r) => ({
      offset: r.r_offset, type: (elf.machine && relocNameOrUndefined(elf.machine, r.r_type)) ?? r.r_type, symbol: r.r_sym !== 0 ? (symbols[r.r_sym]?.name ?? null) : null, addend: r.r_addend,
    }));
    out.push({ section: section.name, entries });
  }
  return out;
}

export function jsonRecord(elf: ElfFile, file: string, member: string | undefined): unknown {
  const h = elf.header;
  const flagLetters = (f: number): string => (f & 4 ? "R" : "") + (f & 2 ? "W" : "") + (f & 1 ? "E" : "");
  return {
    file, member,
    header: { type: fileTypeName(h.e_type, isPie(elf)), machine: machineName(h.e_machine), entry: h.e_entry, flags: h.e_flags, sections: h.e_shnum, segments: h.e_phnum },
    sections: elf.sections.map((s) => ({
      index: s.index, name: s.name, type: sectionTypeName(s.sh_type, h.e_machine), flags: sectionFlags(s.sh_flags, h.e_machine, h.ei_osabi), address: s.sh_addr,
      offset: s.sh_offset, size: s.sh_size, entsize: s.sh_entsize, link: s.sh_link, info: s.sh_info, align: s.sh_addralign,
    })),
    segments: elf.programHeaders.map((p) => ({
      type: segmentTypeName(p.p_type, h.e_machine), offset: p.p_offset, vaddr: p.p_vaddr, paddr: p.p_paddr, filesz: p.p_filesz, memsz: p.p_memsz, flags: flagLetters(p.p_flags), align: p.p_align,
    })),
    symbols: symbolRecords(elf, elf.symbols()),
    dynamicSymbols: symbolRecords(elf, elf.dynamicSymbols()),
    relocations: relocationRecords(elf),
    dynamic: (dynamicEntries(elf)?.entries ?? []).map((d) => ({ tag: dynamicTagName(d.tag, h.e_machine), value: d.value })),
  };
}
