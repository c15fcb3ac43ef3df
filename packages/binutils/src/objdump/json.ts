// objdump --json: one record per object (archive members included) with BFD's view of it —
// format and architecture, the -h section table, the -t symbols and the -r relocations —
// for scripts; 64-bit values are "0x…" strings.

import type { ToolIO } from "../io.js";
import { bfdSections } from "../common/bfd-sections.js";
import { eachObject } from "../common/inputs.js";
import { toJson } from "../common/options.js";
import { formatName } from "./headers.js";
import { bfdName, bfdRelocs } from "./relocs.js";
import { flagColumns, sectionName } from "./symbol-table.js";

export function jsonListing(io: ToolIO, files: string[]): number {
  const records: unknown[] = [];
  const status = eachObject("objdump", io, files, {
    object({ elf, path, member }) {
      const sections = bfdSections(elf);
      const names = new Map(sections.map((b) => [b.section.index, b.section.name]));
      records.push({
        file: path, member, format: formatName(elf), start: elf.header.e_entry,
        sections: sections.map((b) => ({
          index: b.index, name: b.section.name, size: b.section.sh_size, vma: b.section.sh_addr, fileOffset: b.section.sh_offset, align: b.section.sh_addralign, flags: b.flags,
        })),
        symbols: elf.symbols().slice(1).map((s) => ({ name: bfdName(elf, s), value: s.st_value, size: s.st_size, section: sectionName(s, names), flags: flagColumns(s, false).replace(/ /g, "") })),
        relocations: sections.filter((b) => b.reloc).map((b) => ({ section: b.section.name, entries: bfdRelocs(elf, b.section) })),
      });
    },
  });
  io.stdout(toJson(records));
  return status;
}
