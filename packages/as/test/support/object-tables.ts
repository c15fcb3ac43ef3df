// What `readelf -SW` and `readelf -sW` show of a relocatable object, minus file offsets,
// as lines a test can compare between Glass's object and GNU as's: the section header
// table (order, names, types, flags, sizes, alignment, entry sizes, links) and the symbol
// table (order, values, sizes, types, bindings, visibility, sections, names). File offsets
// are left out: where the writer puts each section in the file is its own business.
import type { ElfFile } from "@glass/elf";

export function sectionTable(elf: ElfFile): string[] {
  return elf.sections.map(
    (s) => `${s.name} type=${s.sh_type} flags=${s.sh_flags} size=${s.sh_size} align=${s.sh_addralign} entsize=${s.sh_entsize} link=${s.sh_link} info=${s.sh_info}`,
  );
}

export function symbolTable(elf: ElfFile): string[] {
  return elf.symbols().map((s) => {
    const section = s.st_shndx === 0 ? "UND" : s.st_shndx >= 0xff00 ? `0x${s.st_shndx.toString(16)}` : elf.sections[s.st_shndx]?.name;
    return `${s.index}: ${s.st_value.toString(16)} ${s.st_size} type=${s.type} bind=${s.bind} vis=${s.visibility} ${section} ${s.name}`;
  });
}
