// `readelf -h`: the ELF header (gABI "ELF Header"), field by field, as readelf 2.40 words it.

import { DF_1_PIE, DT_FLAGS_1, DT_NULL, ELF64_DYN_SIZE, ET_DYN, EV_CURRENT, SHT_DYNAMIC, type ElfFile } from "@glass/elf";
import { fileTypeName, hex, machineName, osabiName } from "./names.js";

/** True for an ET_DYN whose .dynamic carries DF_1_PIE (a position-independent executable). */
export function isPie(elf: ElfFile): boolean {
  if (elf.header.e_type !== ET_DYN) return false;
  const dynamic = elf.sections.find((s) => s.sh_type === SHT_DYNAMIC);
  if (!dynamic) return false;
  const view = new DataView(dynamic.data.buffer, dynamic.data.byteOffset, dynamic.data.byteLength);
  for (let at = 0; at + ELF64_DYN_SIZE <= dynamic.data.length; at += ELF64_DYN_SIZE) {
    const tag = view.getBigInt64(at, true);
    if (tag === BigInt(DT_NULL)) break;
    if (tag === BigInt(DT_FLAGS_1)) return (view.getBigUint64(at + 8, true) & BigInt(DF_1_PIE)) !== 0n;
  }
  return false;
}

export function fileHeader(elf: ElfFile): string {
  const h = elf.header;
  const ident = [...elf.bytes.subarray(0, 16)].map((b) => b.toString(16).padStart(2, "0") + " ").join("");
  const version = h.ei_version === EV_CURRENT ? " (current)" : h.ei_version !== 0 ? " <unknown>" : "";
  const section0 = elf.sections[0];
  const phnumNote = h.e_phnum === 0xffff && section0 ? ` (${section0.sh_info})` : "";
  const shnumNote = h.e_shnum === 0 && section0 ? ` (${section0.sh_size})` : "";
  const shstrndxNote =
    h.e_shstrndx === 0xffff && section0 ? ` (${section0.sh_link})` : elf.sections.length > 0 && h.e_shstrndx >= elf.sections.length ? " <corrupt: out of range>" : "";
  const line = (label: string, value: string): string => `  ${(label + ":").padEnd(35)}${value}\n`;
  return (
    "ELF Header:\n" +
    `  Magic:   ${ident}\n` +
    line("Class", "ELF64") +
    line("Data", "2's complement, little endian") +
    line("Version", `${h.ei_version}${version}`) +
    line("OS/ABI", osabiName(h.ei_osabi)) +
    line("ABI Version", String(h.ei_abiversion)) +
    line("Type", fileTypeName(h.e_type, isPie(elf))) +
    line("Machine", machineName(h.e_machine)) +
    line("Version", "0x" + hex(h.e_version)) +
    line("Entry point address", "0x" + hex(h.e_entry)) +
    line("Start of program headers", `${h.e_phoff} (bytes into file)`) +
    line("Start of section headers", `${h.e_shoff} (bytes into file)`) +
    line("Flags", "0x" + hex(h.e_flags)) +
    line("Size of this header", `${h.e_ehsize} (bytes)`) +
    line("Size of program headers", `${h.e_phentsize} (bytes)`) +
    line("Number of program headers", `${h.e_phnum}${phnumNote}`) +
    line("Size of section headers", `${h.e_shentsize} (bytes)`) +
    line("Number of section headers", `${h.e_shnum}${shnumNote}`) +
    line("Section header string table index", `${h.e_shstrndx}${shstrndxNote}`)
  );
}
