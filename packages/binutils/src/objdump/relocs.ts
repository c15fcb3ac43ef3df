// objdump -r and -R: relocations as BFD canonicalises them (bfd/elfcode.h
// elf_slurp_reloc_table) and objdump prints them (objdump.c dump_relocs_in_section,
// dump_dynamic_relocs, dump_reloc_set), plus the `f: R_X86_64_PC32	.bss+0x3c` lines that -d -r
// interleaves with the instructions (disassemble_bytes).
//
// A relocation names its symbol by BFD's name (a section symbol by its section's name, index 0
// by the absolute section, `*ABS*`), a dynamic symbol with its version (`puts@GLIBC_2.2.5`).
// BFD addresses of a linked file's ordinary relocations are relative to their section; dynamic
// ones are virtual addresses.

import {
  ET_REL, SHF_ALLOC, SHN_UNDEF, SHT_DYNSYM, SHT_RELA, STT_SECTION, relocNameOrUndefined, type ElfFile, type ElfSection, type ElfSymbol, type RelaEntry,
} from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";
import { bfdSymbolVersions } from "../common/versions.js";

/** One relocation as objdump prints it. */
export interface BfdReloc {
  /** BFD's address: section-relative for ordinary relocations of linked files. */
  address: bigint;
  type: string;
  /** The symbol's printed name, version included. */
  symbol: string;
  addend: bigint;
}

const byOffset = (a: RelaEntry, b: RelaEntry): number => (a.r_offset < b.r_offset ? -1 : a.r_offset > b.r_offset ? 1 : 0);

/** The relocations that apply to `section` (from the .rela section whose sh_info names it), by address. */
export function sectionRelocs(elf: ElfFile, section: ElfSection): RelaEntry[] {
  const rela = elf.sections.find((s) => s.sh_type === SHT_RELA && s.sh_info === section.index && (s.sh_flags & SHF_ALLOC) === 0n);
  return rela ? [...elf.relocations(rela)].sort(byOffset) : [];
}

/** BFD's name for a symbol: a section symbol without a name is called after its section. */
export function bfdName(elf: ElfFile, sym: ElfSymbol): string {
  return sym.type === STT_SECTION && sym.name === "" ? (elf.sections[sym.st_shndx]?.name ?? "") : sym.name;
}

function canonical(elf: ElfFile, entries: RelaEntry[], dynamic: boolean, base: bigint): BfdReloc[] {
  const syms = dynamic ? elf.dynamicSymbols() : elf.symbols();
  const versions = dynamic ? bfdSymbolVersions(elf) : undefined;
  return entries.map((r) => {
    const sym = r.r_sym === 0 ? undefined : syms[r.r_sym];
    let symbol = sym ? bfdName(elf, sym) : "*ABS*";
    const v = sym && sym.type !== STT_SECTION ? versions?.[sym.index] : undefined;
    if (v && v.name !== "") symbol += (v.hidden || sym!.st_shndx === SHN_UNDEF ? "@" : "@@") + v.name;
    const type = (elf.machine && relocNameOrUndefined(elf.machine, r.r_type)) ?? "*unknown*";
    return { address: r.r_offset - base, type, symbol, addend: r.r_addend };
  });
}

/** The BFD relocations of `section`, by address (what -d -r interleaves), at virtual addresses. */
export function interleavedRelocs(elf: ElfFile, section: ElfSection): BfdReloc[] {
  return canonical(elf, sectionRelocs(elf, section), false, 0n);
}

const vma16 = (n: bigint): string => BigInt.asUintN(64, n).toString(16).padStart(16, "0");

/** dump_reloc_set: `OFFSET TYPE VALUE` and one line per relocation. */
function relocSet(relocs: BfdReloc[]): string {
  let out = `OFFSET ${" ".repeat(9)} TYPE ${" ".repeat(12)} VALUE\n`;
  for (const r of relocs) {
    const addend = r.addend === 0n ? "" : r.addend < 0n ? "-0x" + vma16(-r.addend) : "+0x" + vma16(r.addend);
    out += `${vma16(r.address)} ${r.type.padEnd(16)}  ${r.symbol}${addend}\n`;
  }
  return out;
}

/** The line -d -r prints under an instruction: `\t\t\tf: R_X86_64_PC32\t.bss+0x3c`. */
export function relocLine(r: BfdReloc, wide: boolean): string {
  const addend = r.addend === 0n ? "" : r.addend < 0n ? "-0x" + (-r.addend).toString(16) : "+0x" + r.addend.toString(16);
  return `${wide ? "\t" : "\t\t\t"}${r.address.toString(16)}: ${r.type}\t${r.symbol}${addend}\n`;
}

/** The ordinary relocations of a section (-r's view: addresses relative to the section in linked files). */
export function bfdRelocs(elf: ElfFile, section: ElfSection): BfdReloc[] {
  const rela = elf.sections.find((s) => s.sh_type === SHT_RELA && s.sh_info === section.index && (s.sh_flags & SHF_ALLOC) === 0n);
  return rela ? canonical(elf, elf.relocations(rela), false, elf.header.e_type === ET_REL ? 0n : section.sh_addr) : [];
}

/** objdump -r: the relocations of every BFD section that has some (`want` filters by -j). */
export function relocations(elf: ElfFile, want: (name: string) => boolean): string {
  let out = "";
  for (const b of bfdSections(elf)) {
    if (!want(b.section.name) || !b.reloc) continue;
    out += `RELOCATION RECORDS FOR [${b.section.name}]:`;
    const relocs = bfdRelocs(elf, b.section);
    out += relocs.length === 0 ? " (none)\n\n" : "\n" + relocSet(relocs) + "\n\n";
  }
  return out;
}

/** objdump -R: the relocations of every section tied to .dynsym, or undefined when there is no .dynsym. */
export function dynamicRelocations(elf: ElfFile): string | undefined {
  const dynsym = elf.sections.find((s) => s.sh_type === SHT_DYNSYM);
  if (!dynsym) return undefined;
  const entries = elf.sections.filter((s) => s.sh_type === SHT_RELA && s.sh_link === dynsym.index).flatMap((s) => elf.relocations(s));
  const relocs = canonical(elf, entries, true, 0n);
  return "DYNAMIC RELOCATION RECORDS" + (relocs.length === 0 ? " (none)\n\n" : "\n" + relocSet(relocs) + "\n\n");
}
