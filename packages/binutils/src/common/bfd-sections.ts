// The sections BFD-based tools (objdump -h, size) see in an ELF file and the BFD flags they
// carry (bfd/elf.c _bfd_elf_make_section_from_shdr): symbol and string tables of the file's
// own symtab and the relocation sections that belong to another section are not sections to
// BFD; everything else is, with flags derived from sh_type and sh_flags.

import {
  SHF_ALLOC, SHF_EXECINSTR, SHF_EXCLUDE, SHF_LINK_ORDER, SHF_TLS, SHF_WRITE, SHT_GROUP, SHT_NOBITS, SHT_NULL, SHT_REL, SHT_RELA,
  SHT_STRTAB, SHT_SYMTAB, SHT_SYMTAB_SHNDX, type ElfFile, type ElfSection,
} from "@glass/elf";
import { isDebugSection } from "./symbol-class.js";

export interface BfdSection {
  section: ElfSection;
  /** objdump -h's "Idx": position among BFD sections. */
  index: number;
  contents: boolean;
  alloc: boolean;
  load: boolean;
  readonly: boolean;
  code: boolean;
  data: boolean;
  /** Relocations from a .rela section that targets this one. */
  reloc: boolean;
  debugging: boolean;
  flags: string[];
}

/** The BFD sections of an ELF file, in section header order. */
export function bfdSections(elf: ElfFile): BfdSection[] {
  const symtab = elf.sections.find((s) => s.sh_type === SHT_SYMTAB);
  const isRelocOf = (s: ElfSection): boolean =>
    (s.sh_type === SHT_RELA || s.sh_type === SHT_REL) && symtab !== undefined && s.sh_link === symtab.index && s.sh_info !== 0 && (s.sh_flags & SHF_ALLOC) === 0n;
  const relocated = new Set(elf.sections.filter(isRelocOf).map((s) => s.sh_info));
  const out: BfdSection[] = [];
  for (const s of elf.sections) {
    if (s.index === 0 || s.sh_type === SHT_NULL || s.sh_type === SHT_SYMTAB || s.sh_type === SHT_SYMTAB_SHNDX || isRelocOf(s)) continue;
    if (s.sh_type === SHT_STRTAB && (s.sh_flags & SHF_ALLOC) === 0n) continue;
    const contents = s.sh_type !== SHT_NOBITS;
    const alloc = (s.sh_flags & SHF_ALLOC) !== 0n;
    const load = alloc && contents;
    const readonly = (s.sh_flags & SHF_WRITE) === 0n;
    const code = (s.sh_flags & SHF_EXECINSTR) !== 0n;
    const data = !code && load;
    const reloc = relocated.has(s.index);
    const debugging = isDebugSection(s.name);
    const flags: string[] = [];
    if (contents) flags.push("CONTENTS");
    if (alloc) flags.push("ALLOC");
    if (load) flags.push("LOAD");
    if (reloc) flags.push("RELOC");
    if (readonly) flags.push("READONLY");
    if (code) flags.push("CODE");
    if (data) flags.push("DATA");
    if (debugging) flags.push("DEBUGGING");
    if (s.sh_flags & SHF_TLS) flags.push("THREAD_LOCAL");
    if (s.sh_flags & SHF_EXCLUDE) flags.push("EXCLUDE");
    if (s.sh_type === SHT_GROUP) flags.push("GROUP");
    // A COMDAT group (GRP_COMDAT in its first word) is SEC_LINK_ONCE with duplicates discarded.
    if ((s.sh_type === SHT_GROUP && (s.data[0] ?? 0) & 1) || s.sh_flags & SHF_LINK_ORDER) flags.push("LINK_ONCE_DISCARD");
    out.push({ section: s, index: out.length, contents, alloc, load, readonly, code, data, reloc, debugging, flags });
  }
  return out;
}
