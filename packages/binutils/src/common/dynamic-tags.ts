// The dynamic section (gABI "Dynamic Section"): its entries up to the first DT_NULL and the
// names of the tags, shared by readelf -d and objdump -p.

import { EM_AARCH64, SHT_DYNAMIC, type ElfFile } from "@glass/elf";

const NAMES: Record<number, string> = {
  0: "NULL", 1: "NEEDED", 2: "PLTRELSZ", 3: "PLTGOT", 4: "HASH", 5: "STRTAB", 6: "SYMTAB", 7: "RELA",
  8: "RELASZ", 9: "RELAENT", 10: "STRSZ", 11: "SYMENT", 12: "INIT", 13: "FINI", 14: "SONAME",
  15: "RPATH", 16: "SYMBOLIC", 17: "REL", 18: "RELSZ", 19: "RELENT", 20: "PLTREL", 21: "DEBUG",
  22: "TEXTREL", 23: "JMPREL", 24: "BIND_NOW", 25: "INIT_ARRAY", 26: "FINI_ARRAY",
  27: "INIT_ARRAYSZ", 28: "FINI_ARRAYSZ", 29: "RUNPATH", 30: "FLAGS", 32: "PREINIT_ARRAY",
  33: "PREINIT_ARRAYSZ", 34: "SYMTAB_SHNDX", 35: "RELRSZ", 36: "RELR", 37: "RELRENT",
  0x6ffffdf8: "CHECKSUM", 0x6ffffdf9: "PLTPADSZ", 0x6ffffdfa: "MOVEENT", 0x6ffffdfb: "MOVESZ",
  0x6ffffdfc: "FEATURE", 0x6ffffdfd: "POSFLAG_1", 0x6ffffdfe: "SYMINSZ", 0x6ffffdff: "SYMINENT",
  0x6ffffef5: "GNU_HASH", 0x6ffffef6: "TLSDESC_PLT", 0x6ffffef7: "TLSDESC_GOT", 0x6ffffef8: "GNU_CONFLICT",
  0x6ffffef9: "GNU_LIBLIST", 0x6ffffefa: "CONFIG", 0x6ffffefb: "DEPAUDIT", 0x6ffffefc: "AUDIT",
  0x6ffffefd: "PLTPAD", 0x6ffffefe: "MOVETAB", 0x6ffffeff: "SYMINFO", 0x6ffffff0: "VERSYM",
  0x6ffffff9: "RELACOUNT", 0x6ffffffa: "RELCOUNT", 0x6ffffffb: "FLAGS_1", 0x6ffffffc: "VERDEF",
  0x6ffffffd: "VERDEFNUM", 0x6ffffffe: "VERNEED", 0x6fffffff: "VERNEEDNUM", 0x7ffffffd: "AUXILIARY",
  0x7fffffff: "FILTER",
};
const AARCH64_NAMES: Record<number, string> = { 0x70000001: "AARCH64_BTI_PLT", 0x70000003: "AARCH64_PAC_PLT", 0x70000005: "AARCH64_VARIANT_PCS" };

/** The tag's DT_ name without the prefix, if it has one for this machine. */
export function knownDynamicTag(tag: bigint, e_machine: number): string | undefined {
  const t = Number(tag & 0xffffffffn);
  return tag <= 0xffffffffn ? (NAMES[t] ?? (e_machine === EM_AARCH64 ? AARCH64_NAMES[t] : undefined)) : undefined;
}

/** readelf's name for a tag: known names, else the range it falls in. */
export function dynamicTagName(tag: bigint, e_machine: number): string {
  const known = knownDynamicTag(tag, e_machine);
  if (known) return known;
  if (tag >= 0x70000000n && tag <= 0x7fffffffn) return `Processor Specific: ${tag.toString(16)}`;
  if (tag >= 0x6000000dn && tag <= 0x6ffff000n) return `Operating System specific: ${tag.toString(16)}`;
  return `<unknown>: ${tag.toString(16)}`;
}

export interface DynamicEntry {
  tag: bigint;
  value: bigint;
}

/** The entries of the file's dynamic section up to and including DT_NULL. */
export function dynamicEntries(elf: ElfFile): { offset: bigint; link: number; entries: DynamicEntry[] } | undefined {
  const section = elf.sections.find((s) => s.sh_type === SHT_DYNAMIC);
  if (!section) return undefined;
  const view = new DataView(section.data.buffer, section.data.byteOffset, section.data.byteLength);
  const entries: DynamicEntry[] = [];
  for (let at = 0; at + 16 <= section.data.length; at += 16) {
    const tag = view.getBigInt64(at, true);
    entries.push({ tag, value: view.getBigUint64(at + 8, true) });
    if (tag === 0n) break;
  }
  return { offset: section.sh_offset, link: section.sh_link, entries };
}

