// `readelf -d`: the dynamic section (gABI "Dynamic Section"), one tag per line up to and
// including the first DT_NULL, each value shown the way readelf 2.40 shows that tag:
// library names for DT_NEEDED/SONAME/RPATH/RUNPATH, "(bytes)" for sizes, flag words.

import { type ElfFile } from "@glass/elf";
import { dynamicEntries, dynamicTagName } from "../common/dynamic-tags.js";
import { hexPad } from "./names.js";

const BYTES = new Set([2, 8, 9, 10, 11, 18, 19, 27, 28, 33, 35, 37, 0x6ffffdf9, 0x6ffffdfa, 0x6ffffdfb, 0x6ffffdfe, 0x6ffffdff]);
const COUNTS = new Set([0x6ffffff9, 0x6ffffffa, 0x6ffffffd, 0x6fffffff]);
const LIBRARY: Record<number, string> = { 1: "Shared library", 14: "Library soname", 15: "Library rpath", 29: "Library runpath", 0x7ffffffd: "Auxiliary library", 0x7fffffff: "Filter library" };
const FLAGS = ["ORIGIN", "SYMBOLIC", "TEXTREL", "BIND_NOW", "STATIC_TLS"];
const FLAGS_1 = [
  "NOW", "GLOBAL", "GROUP", "NODELETE", "LOADFLTR", "INITFIRST", "NOOPEN", "ORIGIN", "DIRECT", "TRANS", "INTERPOSE",
  "NODEFLIB", "NODUMP", "CONFALT", "ENDFILTEE", "DISPRELDNE", "DISPRELPND", "NODIRECT", "IGNMULDEF", "NOKSYMS", "NOHDR",
  "EDITED", "NORELOC", "SYMINTPOSE", "GLOBAUDIT", "SINGLETON", "STUB", "PIE", "KMOD", "WEAKFILTER", "NOCOMMON",
];

function flagWords(value: bigint, words: string[]): string[] {
  const out: string[] = [];
  for (let bit = 0n; value !== 0n; bit++) {
    if (value & (1n << bit)) out.push(words[Number(bit)] ?? `${(1n << bit).toString(16)}`);
    value &= ~(1n << bit);
  }
  return out;
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
