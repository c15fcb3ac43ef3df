// The ELF64 data model shared by every Glass stage: what a reader returns and a writer takes.
//
// Field names are the gABI's (`sh_flags`, `st_shndx`, `r_addend` …) so a reader can hold the
// spec next to the code. Every 64-bit quantity (addresses, sizes, offsets, addends) is a
// bigint; small fields (types, indexes, counts) are numbers.

export type Machine = "x86_64" | "aarch64";

export interface ElfHeader {
  ei_class: number; // 2 = ELFCLASS64
  ei_data: number; // 1 = little endian
  ei_version: number;
  ei_osabi: number;
  ei_abiversion: number;
  e_type: number;
  e_machine: number;
  e_version: number;
  e_entry: bigint;
  e_phoff: bigint;
  e_shoff: bigint;
  e_flags: number;
  e_ehsize: number;
  e_phentsize: number;
  e_phnum: number;
  e_shentsize: number;
  e_shnum: number;
  e_shstrndx: number;
}

export interface SectionHeader {
  sh_name: number;
  sh_type: number;
  sh_flags: bigint;
  sh_addr: bigint;
  sh_offset: bigint;
  sh_size: bigint;
  sh_link: number;
  sh_info: number;
  sh_addralign: bigint;
  sh_entsize: bigint;
}

export interface ProgramHeader {
  p_type: number;
  p_flags: number;
  p_offset: bigint;
  p_vaddr: bigint;
  p_paddr: bigint;
  p_filesz: bigint;
  p_memsz: bigint;
  p_align: bigint;
}

export interface SymbolEntry {
  st_name: number;
  st_info: number;
  st_other: number;
  st_shndx: number;
  st_value: bigint;
  st_size: bigint;
}

export interface RelaEntry {
  r_offset: bigint;
  r_sym: number;
  r_type: number;
  r_addend: bigint;
}
