// writeRelocatable: ObjectModel → ET_REL bytes, laid out the way GNU as lays out its output.
//
//   [0] null
//   one SHT_GROUP `.group` per section group (sh_link = .symtab, sh_info = the signature
//       symbol; contents: the group flags word, then member section indexes, each section
//       followed by its `.rela` section, which carries SHF_GROUP like its section)
//   the model's sections in order, each followed by `.rela<name>` when it has relocations
//       (SHT_RELA, SHF_INFO_LINK, sh_link = .symtab, sh_info = the patched section)
//   .symtab   null symbol, then every STB_LOCAL symbol (model order), then the rest;
//             sh_info = index of the first non-local (gABI: "one greater than the symbol
//             table index of the last local symbol")
//   .strtab, .shstrtab, then the section header table
//
// Data are placed one after another from offset 64, each aligned to its sh_addralign
// (SHT_NOBITS sections take an offset but no bytes), like GNU as does.

import {
  ELF64_EHDR_SIZE,
  ELF64_RELA_SIZE,
  ELF64_ST_INFO,
  ELF64_SYM_SIZE,
  ET_REL,
  SHF_GROUP,
  SHF_INFO_LINK,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHT_GROUP,
  SHT_NOBITS,
  SHT_RELA,
  SHT_STRTAB,
  SHT_SYMTAB,
  STB_LOCAL,
} from "./constants.js";
import { E_MACHINE } from "./machines.js";
import type { SectionHeader, SymbolEntry } from "./model.js";
import type { ObjectModel, ObjectSymbol } from "./object-model.js";
import { encodeRela, encodeSymbols } from "./tables.js";
import { buildStringTable, writeElf, type ElfImageSection } from "./writer.js";

type PendingSection = { name: string; header: Omit<SectionHeader, "sh_name" | "sh_offset">; data: Uint8Array };

export function writeRelocatable(obj: ObjectModel): Uint8Array {
  // 1. Section indexes: the groups, each model section, then its .rela section if any.
  const groups = obj.groups ?? [];
  const sectionIndex: number[] = [];
  let next = 1 + groups.length;
  for (const s of obj.sections) {
    sectionIndex.push(next);
    next += s.relocations.length > 0 ? 2 : 1;
  }
  const symtabIndex = next;
  const strtabIndex = next + 1;

  // 2. Symbol table: locals first, in model order, then globals and weaks.
  const order = [...obj.symbols.keys()];
  const locals = order.filter((i) => obj.symbols[i]!.binding === STB_LOCAL);
  const others = order.filter((i) => obj.symbols[i]!.binding !== STB_LOCAL);
  const sorted = [...locals, ...others];
  const elfIndexOf = new Map<number, number>(sorted.map((modelIndex, k) => [modelIndex, k + 1]));
  const { table: strtab, offsets: strOffsets } = buildStringTable(obj.symbols.map((s) => s.name));
  const shndxOf = (s: ObjectSymbol): number => {
    if (s.section === "undef") return SHN_UNDEF;
    if (s.section === "abs") return SHN_ABS;
    if (s.section === "common") return SHN_COMMON;
    if (typeof s.section === "object") return 1 + s.section.group;
    const index = sectionIndex[s.section];
    if (index === undefined) throw new Error(`writeRelocatable: symbol ${s.name} refers to section ${s.section}`);
    return index;
  };
  const entries: SymbolEntry[] = [
    { st_name: 0, st_info: 0, st_other: 0, st_shndx: 0, st_value: 0n, st_size: 0n },
    ...sorted.map((i) => {
      const s = obj.symbols[i]!;
      return {
        st_name: strOffsets.get(s.name)!,
        st_info: ELF64_ST_INFO(s.binding, s.type),
        st_other: s.visibility & 3,
        st_shndx: shndxOf(s),
        st_value: s.value,
        st_size: s.size,
      };
    }),
  ];

  // 3. Sections in file order.
  const pending: PendingSection[] = groups.map((g) => {
    const words = [g.flags, ...g.members.flatMap((m) => (obj.sections[m]!.relocations.length > 0 ? [sectionIndex[m]!, sectionIndex[m]! + 1] : [sectionIndex[m]!]))];
    const data = new Uint8Array(words.length * 4);
    const view = new DataView(data.buffer);
    words.forEach((w, i) => view.setUint32(i * 4, w, true));
    const info = elfIndexOf.get(g.signature);
    if (info === undefined) throw new Error(`writeRelocatable: a group's signature is symbol ${g.signature}`);
    return {
      name: ".group",
      header: { sh_type: SHT_GROUP, sh_flags: 0n, sh_addr: 0n, sh_size: BigInt(data.length), sh_link: symtabIndex, sh_info: info, sh_addralign: 4n, sh_entsize: 4n },
      data,
    };
  });
  obj.sections.forEach((s, i) => {
    const isNobits = s.sh_type === SHT_NOBITS;
    pending.push({
      name: s.name,
      header: {
        sh_type: s.sh_type,
        sh_flags: s.sh_flags,
        sh_addr: 0n,
        sh_size: isNobits ? s.size : BigInt(s.data.length),
        sh_link: 0,
        sh_info: 0,
        sh_addralign: s.sh_addralign,
        sh_entsize: s.sh_entsize,
      },
      data: isNobits ? new Uint8Array(0) : s.data,
    });
    if (s.relocations.length === 0) return;
    const rela = encodeRela(
      s.relocations.map((r) => {
        const sym = elfIndexOf.get(r.symbol);
        if (sym === undefined) throw new Error(`writeRelocatable: relocation in ${s.name} refers to symbol ${r.symbol}`);
        return { r_offset: r.offset, r_sym: sym, r_type: r.type, r_addend: r.addend };
      }),
    );
    pending.push({
      name: `.rela${s.name}`,
      header: {
        sh_type: SHT_RELA,
        sh_flags: SHF_INFO_LINK | (s.sh_flags & SHF_GROUP),
        sh_addr: 0n,
        sh_size: BigInt(rela.length),
        sh_link: symtabIndex,
        sh_info: sectionIndex[i]!,
        sh_addralign: 8n,
        sh_entsize: BigInt(ELF64_RELA_SIZE),
      },
      data: rela,
    });
  });
  const symtab = encodeSymbols(entries);
  pending.push({
    name: ".symtab",
    header: {
      sh_type: SHT_SYMTAB,
      sh_flags: 0n,
      sh_addr: 0n,
      sh_size: BigInt(symtab.length),
      sh_link: strtabIndex,
      sh_info: locals.length + 1,
      sh_addralign: 8n,
      sh_entsize: BigInt(ELF64_SYM_SIZE),
    },
    data: symtab,
  });
  pending.push({
    name: ".strtab",
    header: { sh_type: SHT_STRTAB, sh_flags: 0n, sh_addr: 0n, sh_size: BigInt(strtab.length), sh_link: 0, sh_info: 0, sh_addralign: 1n, sh_entsize: 0n },
    data: strtab,
  });

  // 4. File offsets: one after another, each aligned.
  let offset = BigInt(ELF64_EHDR_SIZE);
  const sections: ElfImageSection[] = pending.map((p) => {
    const align = p.header.sh_addralign > 1n ? p.header.sh_addralign : 1n;
    offset = ((offset + align - 1n) / align) * align;
    const placed = { name: p.name, header: { ...p.header, sh_offset: offset }, data: p.data };
    offset += BigInt(p.data.length);
    return placed;
  });

  return writeElf({
    header: { e_type: ET_REL, e_machine: E_MACHINE[obj.machine], e_entry: 0n, e_flags: 0 },
    programHeaders: [],
    sections,
  });
}
