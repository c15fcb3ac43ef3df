// `readelf -g` (--section-groups): each SHT_GROUP section (gABI "Section Groups") with its
// signature symbol and member sections, "COMDAT " when the GRP_COMDAT flag is set.

import { SHT_GROUP, SHT_SYMTAB, STT_SECTION, type ElfFile } from "@glass/elf";

const GRP_COMDAT = 1;

export function sectionGroups(elf: ElfFile): string {
  if (elf.sections.length === 0) return "\nThere are no sections to group in this file.\n";
  const groups = elf.sections.filter((s) => s.sh_type === SHT_GROUP);
  if (groups.length === 0) return "\nThere are no section groups in this file.\n";
  let out = "";
  for (const g of groups) {
    const view = new DataView(g.data.buffer, g.data.byteOffset, g.data.byteLength);
    const words = Array.from({ length: Math.floor(g.data.length / 4) }, (_, i) => view.getUint32(i * 4, true));
    const symtab = elf.sections[g.sh_link];
    const sym = symtab?.sh_type === SHT_SYMTAB ? elf.symbols()[g.sh_info] : undefined;
    const signature = sym ? (sym.type === STT_SECTION ? (elf.sections[sym.st_shndx]?.name ?? "") : sym.name) : "<corrupt>";
    const members = words.slice(1);
    out += `\n${(words[0] ?? 0) & GRP_COMDAT ? "COMDAT " : ""}group section [${String(g.index).padStart(5)}] \`${g.name}' [${signature}] contains ${members.length} sections:\n`;
    out += "   [Index]    Name\n";
    for (const m of members) out += `   [${String(m).padStart(5)}]   ${elf.sections[m]?.name ?? ""}\n`;
  }
  return out;
}
