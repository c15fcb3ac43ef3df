// Writing: turn the laid-out link into an ElfImage for @glass/elf's writeElf.
//
// The output is an ET_EXEC (ET_DYN for a PIE or a shared object) with the program headers of
// passes/program-headers.ts, the output sections with their contents, and, unless -s, a
// .symtab + .strtab like GNU ld's: the null symbol, then for each input file its STT_FILE
// symbol and locals, then, in a shared object, hidden globals (turned local, visibility
// DEFAULT, as GNU ld forces them local there), then the globals (an executable keeps hidden
// ones GLOBAL HIDDEN). A symbol a shared object provides (imported, or copied into .bss) is
// named with its version, `puts@GLIBC_2.2.5`, as GNU ld writes it. sh_info of .symtab is the
// index of the first global.

import {
  ELF64_ST_INFO,
  ELF64_SYM_SIZE,
  ET_DYN,
  ET_EXEC,
  SHN_ABS,
  SHN_UNDEF,
  SHT_NOBITS,
  SHT_STRTAB,
  SHT_SYMTAB,
  STB_GLOBAL,
  STB_LOCAL,
  STB_WEAK,
  STT_FILE,
  STT_FUNC,
  STT_GNU_IFUNC,
  STT_SECTION,
  STV_DEFAULT,
  STV_PROTECTED,
  buildStringTable,
  encodeSymbols,
  writeElf,
  type ElfImageSection,
  type SymbolEntry,
} from "@glass/elf";
import { symbolAddress, type LinkContext, type LinkSymbol, type OutputSection } from "../context.js";
import { programHeaders } from "./program-headers.js";

export function writeOutput(ctx: LinkContext): Uint8Array {
  const indexOf = (name: string | undefined): number => (name === undefined ? 0 : ctx.outputSections.findIndex((s) => s.name === name) + 1);
  const sections: ElfImageSection[] = ctx.outputSections.map((out) => ({
    name: out.name,
    header: {
      sh_type: out.sh_type,
      sh_flags: out.sh_flags,
      sh_addr: out.sh_addr,
      sh_offset: out.sh_offset,
      sh_size: out.size,
      sh_link: indexOf(out.sh_link),
      sh_info: typeof out.sh_info === "number" ? out.sh_info : indexOf(out.sh_info),
      sh_addralign: out.sh_addralign,
      sh_entsize: out.sh_entsize ?? 0n,
    },
    data: contentsOf(out),
  }));
  if (!ctx.options.strip) sections.push(...symbolTable(ctx, fileEnd(ctx), sections.length));

  return writeElf({
    header: { e_type: ctx.dynamic && ctx.dynamic.kind !== "exec" ? ET_DYN : ET_EXEC, e_machine: ctx.arch.e_machine, e_entry: ctx.entry, e_flags: 0 },
    programHeaders: programHeaders(ctx),
    sections,
  });
}

/** The output section's bytes: its input sections at their offsets, zero padding between. */
function contentsOf(out: OutputSection): Uint8Array {
  if (out.sh_type === SHT_NOBITS) return new Uint8Array(0);
  const bytes = new Uint8Array(Number(out.size));
  const members = out.members;
  for (let i = 0; i < members.length; i++) {
    const s = members[i]!;
    if (s.sh_type !== SHT_NOBITS) bytes.set(s.data, Number(s.offset));
  }
  return bytes;
}

function fileEnd(ctx: LinkContext): bigint {
  return ctx.segments.reduce((end, seg) => (seg.p_offset + seg.p_filesz > end ? seg.p_offset + seg.p_filesz : end), 0n);
}

/** .symtab and .strtab, placed after the loaded part of the file. */
function symbolTable(ctx: LinkContext, start: bigint, sectionCount: number): ElfImageSection[] {
  const indexOf = new Map(ctx.outputSections.map((out, i) => [out, i + 1]));
  const shndx = (sym: LinkSymbol): number => {
    const out = sym.section?.output ?? sym.outputSection;
    if (out) return indexOf.get(out)!;
    return sym.defined ? SHN_ABS : SHN_UNDEF;
  };
  // The null symbol, then one entry per written symbol; st_name is filled in once .strtab is built.
  const entries: (SymbolEntry & { name: string })[] = [{ name: "", st_name: 0, st_info: 0, st_other: 0, st_shndx: SHN_UNDEF, st_value: 0n, st_size: 0n }];
  const entry = (name: string, bind: number, type: number, st_shndx: number, st_value: bigint, st_size: bigint, st_other: number): void => {
    entries.push({ name, st_name: 0, st_info: ELF64_ST_INFO(bind, type), st_other, st_shndx, st_value, st_size });
  };
  const add = (sym: LinkSymbol, bind: number, visibility = sym.visibility): void => {
    const index = shndx(sym);
    const name = sym.version !== undefined && (index === SHN_UNDEF || sym.copied) ? `${sym.name}@${sym.version}` : sym.name;
    if (index === SHN_UNDEF) {
      // Imported from a shared object: GNU ld writes it as a plain FUNC/OBJECT of size 0 (the
      // library's size and IFUNC-ness are the library's business).
      const type = sym.type === STT_GNU_IFUNC ? STT_FUNC : sym.type;
      entry(name, bind, type, index, 0n, 0n, visibility);
    } else entry(name, bind, sym.type, index, symbolAddress(sym), sym.size, visibility);
  };

  for (const file of ctx.files) {
    if (file.sourceName) entry(file.sourceName, STB_LOCAL, STT_FILE, SHN_ABS, 0n, 0n, STV_DEFAULT);
    const symbols = file.symbols;
    for (let i = 0; i < symbols.length; i++) {
      const sym = symbols[i]!;
      const placed = sym.section === undefined ? sym.defined : sym.section.live && sym.section.output !== undefined;
      if (sym.binding === STB_LOCAL && sym.name !== "" && sym.type !== STT_SECTION && sym.type !== STT_FILE && placed)
        add(sym, STB_LOCAL);
    }
  }
  // Globals an object defines or refers to (not every name a shared object offers).
  const globals = [...ctx.symbols.values()].filter((s) => (s.defined || s.referencedBy) && (!s.section || s.section.output !== undefined));
  const forcedLocal = ctx.dynamic?.kind === "shared";
  const isHidden = (s: LinkSymbol): boolean => forcedLocal && s.defined && s.visibility !== STV_DEFAULT && s.visibility !== STV_PROTECTED;
  globals.filter(isHidden).forEach((s) => add(s, STB_LOCAL, STV_DEFAULT));
  const firstGlobal = entries.length;
  for (const s of globals) {
    if (!isHidden(s)) add(s, s.defined ? s.binding : s.strongReference ? STB_GLOBAL : STB_WEAK);
  }

  const { table: strtab, offsets } = buildStringTable(entries.map((e) => e.name));
  for (const e of entries) e.st_name = offsets.get(e.name)!;
  const symtab = encodeSymbols(entries);
  const symtabOffset = (start + 7n) & ~7n;
  const strtabIndex = sectionCount + 2; // sections are numbered from 1, .symtab comes first
  return [
    {
      name: ".symtab",
      header: { sh_type: SHT_SYMTAB, sh_flags: 0n, sh_addr: 0n, sh_offset: symtabOffset, sh_size: BigInt(symtab.length), sh_link: strtabIndex, sh_info: firstGlobal, sh_addralign: 8n, sh_entsize: BigInt(ELF64_SYM_SIZE) },
      data: symtab,
    },
    {
      name: ".strtab",
      header: { sh_type: SHT_STRTAB, sh_flags: 0n, sh_addr: 0n, sh_offset: symtabOffset + BigInt(symtab.length), sh_size: BigInt(strtab.length), sh_link: 0, sh_info: 0, sh_addralign: 1n, sh_entsize: 0n },
      data: strtab,
    },
  ];
}
