// `readelf -d`: the dynamic section (gABI "Dynamic Section"), one tag per line up to and
// including the first DT_NULL, each value shown the way readelf 2.40 shows that tag:
// library names for DT_NEEDED/SONAME/RPATH/RUNPATH, "(bytes)" for sizes, flag words.

import { EM_AARCH64, SHT_DYNAMIC, type ElfFile } from "@glass/elf";
import { hexPad } from "./names.js";

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

const BYTES = new Set([2, 8, 9, 10, 11, 18, 19, 27, 28, 33, 35, 37, 0x6ffffdf9, 0x6ffffdfa, 0x6ffffdfb, 0x6ffffdfe, 0x6ffffdff]);
const COUNTS = new Set([0x6ffffff9, 0x6ffffffa, 0x6ffffffd, 0x6fffffff]);
const LIBRARY: Record<number, string> = { 1: "Shared library", 14: "Library soname", 15: "Library rpath", 29: "Library runpath", 0x7ffffffd: "Auxiliary library", 0x7fffffff: "Filter library" };
const FLAGS = ["ORIGIN", "SYMBOLIC", "TEXTREL", "BIND_NOW", "STATIC_TLS"];
const FLAGS_1 = [
  "NOW", "GLOBAL", "GROUP", "NODELETE", "LOADFLTR", "INITFIRST", "NOOPEN", "ORIGIN", "DIRECT", "TRANS", "INTERPOSE",
  "NODEFLIB", "NODUMP", "CONFALT", "ENDFILTEE", "DISPRELDNE", "DISPRELPND", "NODIRECT", "IGNMULDEF", "NOKSYMS", "NOHDR",
  "EDITED", "NORELOC", "SYMINTPOSE", "GLOBAUDIT", "SINGLETON", "STUB", "PIE", "KMOD", "WEAKFILTER", "NOCOMMON",
];

export function dynamicTagName(tag: bigint, e_machine: number): string {
  const t = Number(tag & 0xffffffffn);
  const known = tag <= 0xffffffffn ? (NAMES[t] ?? (e_machine === EM_AARCH64 ? AARCH64_NAMES[t] : undefined)) : undefined;
  if (known) return known;
  if (tag >= 0x70000000n && tag <= 0x7fffffffn) return `Processor Specific: ${tag.toString(16)}`;
  if (tag >= 0x6000000dn && tag <= 0x6ffff000n) return `Operating System specific: ${tag.toString(16)}`;
  return `<unknown>: ${tag.toString(16)}`;
}

function flagWords(value: bigint, words: string[]): string[] {
  const out: string[] = [];
  for (let bit = 0n; value !== 0n; bit++) {
    if (value & (1n << bit)) out.push(words[Number(bit)] ?? `${(1n << bit).toString(16)}`);
    value &= ~(1n << bit);
  }
  return out;
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

export function dynamicSection(elf: ElfFile): string {
  const dynamic = dynamicEntries(elf);
  if (!dynamic) return "\nThere is no dynamic section in this file.\n";
  const strtab = elf.sections[dynamic.link];
  const str = (offset: bigint): string => {
    try {
      return strtab && dynamic.link !== 0 ? elf.stringAt(strtab, Number(offset)) : `<string table index: ${offset}>`;
    } catch {
      return `<string table index: ${offset}>`;
    }
  };
  const n = dynamic.entries.length;
  let out = `\nDynamic section at offset 0x${dynamic.offset.toString(16)} contains ${n} ${n === 1 ? "entry" : "entries"}:\n`;
  out += "  Tag        Type                         Name/Value\n";
  for (const { tag, value } of dynamic.entries) {
    const name = dynamicTagName(tag, elf.header.e_machine);
    out += ` 0x${hexPad(BigInt.asUintN(64, tag), 16)} (${name})${" ".repeat(Math.max(1, 19 - name.length))}`;
    const t = Number(tag);
    if (LIBRARY[t]) out += `${LIBRARY[t]}: [${str(value)}]`;
    else if (BYTES.has(t)) out += `${value} (bytes)`;
    else if (COUNTS.has(t)) out += `${value}`;
    else if (t === 20) out += value === 7n ? "RELA" : value === 17n ? "REL" : dynamicTagName(value, elf.header.e_machine);
    else if (t === 30) out += flagWords(value, FLAGS).join(" ");
    else if (t === 0x6ffffffb) out += "Flags:" + flagWords(value, FLAGS_1).map((w) => " " + w).join("");
    else out += "0x" + value.toString(16);
    out += "\n";
  }
  return out;
}
