// `readelf -n`: ELF notes (gABI "Note Section"): owner, size and type of each note, then the
// decoded payload for the GNU notes toolchains write (build ID, ABI tag, properties).
// Notes are walked per SHT_NOTE section, or per PT_NOTE segment in files without sections.

import { EM_AARCH64, EM_X86_64, PT_NOTE, SHT_NOTE, type ElfFile } from "@glass/elf";
import { hexPad } from "./names.js";

const latin1 = new TextDecoder("latin1");
const hexBytes = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

const GNU_TYPES: Record<number, string> = {
  1: "NT_GNU_ABI_TAG (ABI version tag)",
  2: "NT_GNU_HWCAP (DSO-supplied software HWCAP info)",
  3: "NT_GNU_BUILD_ID (unique build ID bitstring)",
  4: "NT_GNU_GOLD_VERSION (gold version)",
  5: "NT_GNU_PROPERTY_TYPE_0",
};
const ABI_OS = ["Linux", "Hurd", "Solaris", "FreeBSD", "NetBSD", "Syllable", "NaCl"];
const X86_ISA = ["x86-64-baseline", "x86-64-v2", "x86-64-v3", "x86-64-v4"];
const X86_FEATURE_1 = ["IBT", "SHSTK", "LAM_U48", "LAM_U57"];
const X86_FEATURE_2 = ["x86", "x87", "MMX", "XMM", "YMM", "ZMM", "FXSR", "XSAVE", "XSAVEOPT", "XSAVEC", "TMM", "MASK"];
const AARCH64_FEATURE_1 = ["BTI", "PAC"];

function bitNames(value: number, names: string[]): string {
  if (value === 0) return "<None>";
  const out: string[] = [];
  for (let bit = 0; bit < 32; bit++) if (value & (1 << bit)) out.push(names[bit] ?? `<unknown: ${((1 << bit) >>> 0).toString(16)}>`);
  return out.join(", ");
}

/** One GNU property (type, datum) in readelf's words. */
function property(type: number, data: Uint8Array, e_machine: number): string {
  const word = data.length === 4 ? new DataView(data.buffer, data.byteOffset).getUint32(0, true) : undefined;
  if (e_machine === EM_X86_64 && word !== undefined) {
    if (type === 0xc0008002) return `x86 ISA needed: ${bitNames(word, X86_ISA)}`;
    if (type === 0xc0010002) return `x86 ISA used: ${bitNames(word, X86_ISA)}`;
    if (type === 0xc0000002) return `x86 feature: ${bitNames(word, X86_FEATURE_1)}`;
    if (type === 0xc0010001) return `x86 feature used: ${bitNames(word, X86_FEATURE_2)}`;
    if (type === 0xc0008001) return `x86 feature needed: ${bitNames(word, X86_FEATURE_2)}`;
  }
  if (e_machine === EM_AARCH64 && type === 0xc0000000 && word !== undefined) return `AArch64 feature: ${bitNames(word, AARCH64_FEATURE_1)}`;
  if (type === 2) return "stack size: " + (data.length === 8 ? "0x" + new DataView(data.buffer, data.byteOffset).getBigUint64(0, true).toString(16) : "<corrupt length>");
  if (type === 3 && data.length === 0) return "no copy on protected ";
  return `<unknown type 0x${type.toString(16)} data: ${[...data].map((b) => b.toString(16).padStart(2, "0")).join(" ")} >`;
}

function properties(desc: Uint8Array, e_machine: number, wide: boolean): string {
  const view = new DataView(desc.buffer, desc.byteOffset, desc.byteLength);
  const parts: string[] = [];
  for (let at = 0; at + 8 <= desc.length; ) {
    const type = view.getUint32(at, true);
    const size = view.getUint32(at + 4, true);
    if (at + 8 + size > desc.length) {
      parts.push(`<corrupt descsz: ${size.toString(16)}>`);
      break;
    }
    parts.push(property(type, desc.subarray(at + 8, at + 8 + size), e_machine));
    at += 8 + ((size + 7) & ~7);
  }
  return "      Properties: " + parts.join(wide ? ", " : "\n\t") + "\n";
}

function payload(owner: string, type: number, desc: Uint8Array, e_machine: number, wide: boolean): string {
  if (owner !== "GNU") return "";
  const view = new DataView(desc.buffer, desc.byteOffset, desc.byteLength);
  if (type === 3) return `    Build ID: ${hexBytes(desc)}\n`;
  if (type === 1 && desc.length >= 16) {
    const os = view.getUint32(0, true);
    const version = [4, 8, 12].map((o) => view.getUint32(o, true)).join(".");
    return `    OS: ${ABI_OS[os] ?? "Unknown"}, ABI: ${version}\n`;
  }
  if (type === 5) return properties(desc, e_machine, wide);
  if (type === 4) return `    Version: ${latin1.decode(desc).replace(/\0.*$/s, "")}\n`;
  return "";
}

/** The notes in [data], aligned to `align` (4 or 8); undefined payload on a corrupt note. */
function listNotes(elf: ElfFile, data: Uint8Array, align: number, wide: boolean): string {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const pad = (n: number): number => (n + align - 1) & ~(align - 1);
  let out = "  Owner                Data size \tDescription\n";
  for (let at = 0; at + 12 <= data.length; ) {
    const namesz = view.getUint32(at, true);
    const descsz = view.getUint32(at + 4, true);
    const type = view.getUint32(at + 8, true);
    const nameAt = at + 12;
    const descAt = at + pad(12 + namesz);
    if (descAt + descsz > data.length) {
      return out + `readelf: Warning: note with invalid namesz and/or descsz found at offset 0x${at.toString(16)}\n`;
    }
    const owner = latin1.decode(data.subarray(nameAt, nameAt + namesz)).replace(/\0.*$/s, "");
    const desc = data.subarray(descAt, descAt + descsz);
    const typeName = owner === "GNU" ? GNU_TYPES[type] : undefined;
    out += `  ${owner.padEnd(20)} 0x${hexPad(descsz, 8)}\t${typeName ?? `Unknown note type: (0x${hexPad(type, 8)})`}`;
    const detail = payload(owner, type, desc, elf.header.e_machine, wide);
    out += detail === "" ? "\n" : (wide ? "\t" : "\n") + detail;
    at = descAt + pad(descsz);
  }
  return out;
}

export function notes(elf: ElfFile, wide: boolean): string {
  let out = "";
  if (elf.sections.length > 0) {
    for (const s of elf.sections) {
      if (s.sh_type !== SHT_NOTE || s.sh_size === 0n) continue;
      out += `\nDisplaying notes found in: ${s.name}\n` + listNotes(elf, s.data, s.sh_addralign === 8n ? 8 : 4, wide);
    }
    return out;
  }
  for (const p of elf.programHeaders) {
    if (p.p_type !== PT_NOTE || p.p_filesz === 0n) continue;
    out += `\nDisplaying notes found at file offset 0x${hexPad(p.p_offset, 8)} with length 0x${hexPad(p.p_filesz, 8)}:\n`;
    const data = elf.bytes.subarray(Number(p.p_offset), Number(p.p_offset + p.p_filesz));
    out += listNotes(elf, data, p.p_align === 8n ? 8 : 4, wide);
  }
  return out;
}
