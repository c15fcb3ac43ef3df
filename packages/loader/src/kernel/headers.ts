// The two tables a loader reads from an ELF file before mapping it: the ELF header and the
// program headers (gABI "ELF Header", "Program Header"). Section headers are not read: the
// kernel and ld.so never look at them, so a stripped or corrupt section table must not stop
// a program from loading.
//
// This reader only decodes; each loader applies its own checks with its own wording
// (kernel: ENOEXEC, EINVAL …; ld.so: "ELF file's phentsize not the expected size" …).

import { decodeProgramHeader, ELF64_EHDR_SIZE, ELF64_PHDR_SIZE, type ProgramHeader } from "@glass/elf";

export interface ExecHeader {
  ident: Uint8Array;
  e_type: number;
  e_machine: number;
  e_version: number;
  e_entry: bigint;
  e_phoff: bigint;
  e_phentsize: number;
  e_phnum: number;
}

/** The ELF header, or undefined if the file is shorter than one. */
export function readExecHeader(bytes: Uint8Array): ExecHeader | undefined {
  if (bytes.length < ELF64_EHDR_SIZE) return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset, ELF64_EHDR_SIZE);
  return {
    ident: bytes.subarray(0, 16),
    e_type: v.getUint16(16, true),
    e_machine: v.getUint16(18, true),
    e_version: v.getUint32(20, true),
    e_entry: v.getBigUint64(24, true),
    e_phoff: v.getBigUint64(32, true),
    e_phentsize: v.getUint16(54, true),
    e_phnum: v.getUint16(56, true),
  };
}

/** The program headers, or undefined if the table does not lie inside the file. */
export function readProgramHeaders(bytes: Uint8Array, h: ExecHeader): ProgramHeader[] | undefined {
  const size = BigInt(h.e_phnum) * BigInt(ELF64_PHDR_SIZE);
  if (h.e_phoff + size > BigInt(bytes.length)) return undefined;
  const out: ProgramHeader[] = [];
  for (let i = 0; i < h.e_phnum; i++) out.push(decodeProgramHeader(bytes, Number(h.e_phoff) + i * ELF64_PHDR_SIZE));
  return out;
}

/** "r-x" for PF_R|PF_X. */
export function permsOf(p_flags: number): string {
  return (p_flags & 4 ? "r" : "-") + (p_flags & 2 ? "w" : "-") + (p_flags & 1 ? "x" : "-");
}

export const alignDown = (x: bigint, a: bigint): bigint => x - (x % a);
export const alignUp = (x: bigint, a: bigint): bigint => alignDown(x + a - 1n, a);
export const hex = (x: bigint | number): string => "0x" + x.toString(16);
