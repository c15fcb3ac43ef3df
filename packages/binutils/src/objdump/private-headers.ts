// objdump -p for ELF (BFD's _bfd_elf_print_private_bfd_data): the program headers, the
// dynamic section (string-valued tags as strings, the rest as 0x%016x) and the version
// definitions and references (LSB "Symbol Versioning"), each as BFD prints them; AArch64's
// backend then prints e_flags ("private flags = 0x0:").

import { EM_AARCH64, SHT_GNU_verdef, SHT_GNU_verneed, type ElfFile, type ElfSection } from "@glass/elf";
import { dynamicEntries, knownDynamicTag } from "../common/dynamic-tags.js";

const SEGMENTS: Record<number, string> = {
  0: "NULL", 1: "LOAD", 2: "DYNAMIC", 3: "INTERP", 4: "NOTE", 5: "SHLIB", 6: "PHDR", 7: "TLS",
  0x6474e550: "EH_FRAME", 0x6474e551: "STACK", 0x6474e552: "RELRO", 0x6474e554: "SFRAME",
};
/** DT_NEEDED, SONAME, RPATH, RUNPATH, AUXILIARY, FILTER, CONFIG, DEPAUDIT, AUDIT: strings. */
const STRING_TAGS = new Set([1, 14, 15, 29, 0x7ffffffd, 0x7fffffff, 0x6ffffefa, 0x6ffffefb, 0x6ffffefc]);

const vma = (n: bigint): string => "0x" + n.toString(16).padStart(16, "0");
const hex = (n: number, width: number): string => "0x" + n.toString(16).padStart(width, "0");

/** bfd_log2: the smallest power of two at least n. */
function log2(n: bigint): number {
  let bits = 0;
  for (let x = n - 1n; x > 0n; x >>= 1n) bits++;
  return bits;
}

function programHeaders(elf: ElfFile): string {
  let out = "\nProgram Header:\n";
  for (const p of elf.programHeaders) {
    const type = SEGMENTS[p.p_type] ?? "0x" + p.p_type.toString(16);
    out += `${type.padStart(8)} off    ${vma(p.p_offset)} vaddr ${vma(p.p_vaddr)} paddr ${vma(p.p_paddr)} align 2**${log2(p.p_align)}\n`;
    out += `         filesz ${vma(p.p_filesz)} memsz ${vma(p.p_memsz)} flags ${p.p_flags & 4 ? "r" : "-"}${p.p_flags & 2 ? "w" : "-"}${p.p_flags & 1 ? "x" : "-"}`;
    const other = p.p_flags & ~7;
    out += (other !== 0 ? ` ${(other >>> 0).toString(16)}` : "") + "\n";
  }
  return out;
}

function reader(elf: ElfFile, s: ElfSection): { u16(at: number): number; u32(at: number): number; str(off: number): string } {
  const v = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
  const strtab = elf.sections[s.sh_link];
  return {
    u16: (at) => (at >= 0 && at + 2 <= s.data.length ? v.getUint16(at, true) : 0),
    u32: (at) => (at >= 0 && at + 4 <= s.data.length ? v.getUint32(at, true) : 0),
    str(off) {
      try {
        return strtab ? elf.stringAt(strtab, off) : "";
      } catch {
        return "";
      }
    },
  };
}

/** Verdef: index, flags, hash and name; the names of further Verdaux entries (parents) indented below. */
function definitions(elf: ElfFile, s: ElfSection): string {
  const r = reader(elf, s);
  let out = "\nVersion definitions:\n";
  let at = 0;
  for (let n = 0; n < s.sh_info && at + 20 <= s.data.length; n++) {
    let aux = at + r.u32(at + 12);
    out += `${r.u16(at + 4)} ${hex(r.u16(at + 2), 2)} ${hex(r.u32(at + 8), 8)} ${r.str(r.u32(aux))}\n`;
    const parents: string[] = [];
    for (let k = 1; k < r.u16(at + 6) && r.u32(aux + 4) !== 0; k++) {
      aux += r.u32(aux + 4);
      parents.push(r.str(r.u32(aux)) + " ");
    }
    if (parents.length > 0) out += `\t${parents.join("")}\n`;
    const next = r.u32(at + 16);
    if (next === 0) break;
    at += next;
  }
  return out;
}

/** Verneed: each needed file, then its Vernaux entries (hash, flags, version index, name). */
function references(elf: ElfFile, s: ElfSection): string {
  const r = reader(elf, s);
  let out = "\nVersion References:\n";
  let at = 0;
  for (let n = 0; n < s.sh_info && at + 16 <= s.data.length; n++) {
    out += `  required from ${r.str(r.u32(at + 4))}:\n`;
    let aux = at + r.u32(at + 8);
    for (let k = 0; k < r.u16(at + 2) && aux + 16 <= s.data.length; k++) {
      out += `    ${hex(r.u32(aux), 8)} ${hex(r.u16(aux + 4), 2)} ${String(r.u16(aux + 6)).padStart(2, "0")} ${r.str(r.u32(aux + 8))}\n`;
      const next = r.u32(aux + 12);
      if (next === 0) break;
      aux += next;
    }
    const next = r.u32(at + 12);
    if (next === 0) break;
    at += next;
  }
  return out;
}

export function privateHeaders(elf: ElfFile): string {
  let out = elf.programHeaders.length > 0 ? programHeaders(elf) : "";
  const dynamic = dynamicEntries(elf);
  if (dynamic) {
    out += "\nDynamic Section:\n";
    const strtab = elf.sections[dynamic.link];
    for (const { tag, value } of dynamic.entries) {
      if (tag === 0n) break;
      const name = knownDynamicTag(tag, elf.header.e_machine) ?? "0x" + BigInt.asUintN(64, tag).toString(16);
      let shown = vma(value);
      if (STRING_TAGS.has(Number(tag)) && strtab) {
        try {
          shown = elf.stringAt(strtab, Number(value));
        } catch {
          /* an unreadable name shows as its number */
        }
      }
      out += `  ${name.padEnd(20)} ${shown}\n`;
    }
  }
  const verdef = elf.sections.find((s) => s.sh_type === SHT_GNU_verdef);
  if (verdef) out += definitions(elf, verdef);
  const verneed = elf.sections.find((s) => s.sh_type === SHT_GNU_verneed);
  if (verneed) out += references(elf, verneed);
  if (elf.header.e_machine === EM_AARCH64) out += `private flags = 0x${elf.header.e_flags.toString(16)}:\n`;
  return out;
}
