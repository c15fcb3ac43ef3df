// fs/binfmt_elf.c, the part that checks an ELF file and maps its PT_LOAD segments: for the
// program (load_elf_binary) and for its interpreter (load_elf_interp).
//
// Per segment (elf_load / elf_map): map the file pages [PAGESTART(p_vaddr), PAGEALIGN(p_vaddr
// + p_filesz)) from file offset p_offset - PAGEOFFSET(p_vaddr), which must be page-aligned
// (else mmap fails with EINVAL); zero the rest of the last file page; map anonymous zero
// pages up to p_vaddr + p_memsz (that is .bss — it shows as its own "rw-p … 0" line).
// The first mapping of an ET_DYN reserves the whole span (total_mapping_size) and unmaps the
// tail, so the object lands as one block; holes between segments are left unmapped.

import { ELFCLASS64, ELFMAG, ELF64_PHDR_SIZE, ET_DYN, ET_EXEC, PT_LOAD, type ProgramHeader } from "@glass/elf";
import { archFor, type Arch } from "../arch/index.js";
import { execError, type Errno } from "../errors.js";
import type { AddressSpace } from "../memory.js";
import { alignDown, alignUp, hex, permsOf, readExecHeader, readProgramHeaders, type ExecHeader } from "./headers.js";

export interface CheckedElf {
  path: string;
  bytes: Uint8Array;
  header: ExecHeader;
  phdrs: ProgramHeader[];
  loads: ProgramHeader[];
}

const MMAP_MIN_ADDR = 0x10000n;

/** The checks load_elf_binary (errno ENOEXEC/EIO) or load_elf_interp (ELIBBAD/EINVAL) make. */
export function checkElf(path: string, bytes: Uint8Array, arch: Arch | undefined, role: "program" | "interpreter"): CheckedElf & { arch: Arch } {
  const fail = (errno: Errno, why: string, offset?: number): never =>
    execError(path, role === "program" ? errno : errno === "ENOEXEC" ? "ELIBBAD" : errno, role === "program" ? why : `interpreter: ${why}`, offset);
  const header = readExecHeader(bytes);
  if (!header || !ELFMAG.every((b, i) => header.ident[i] === b)) return fail("ENOEXEC", "no ELF magic (\\x7fELF) at the start of the file", 0);
  if (header.ident[4] !== ELFCLASS64) return fail("ENOEXEC", `EI_CLASS is ${header.ident[4]}: only ELFCLASS64 programs are run by the 64-bit ELF loader`, 4);
  if (header.e_type !== ET_EXEC && header.e_type !== ET_DYN) {
    return fail(role === "program" ? "ENOEXEC" : "EINVAL", `e_type is ${header.e_type}: only ET_EXEC and ET_DYN can be executed`, 16);
  }
  const machine = arch ? (header.e_machine === arch.e_machine ? arch : undefined) : archFor(header.e_machine);
  if (!machine) return fail(role === "program" ? "ENOEXEC" : "EINVAL", `e_machine ${header.e_machine} is not a machine this kernel runs (elf_check_arch)`, 18);
  if (header.ident[5] !== 1) return fail("ENOEXEC", `EI_DATA is ${header.ident[5]}: this is a little-endian kernel`, 5);
  if (header.e_phentsize !== ELF64_PHDR_SIZE) return fail("ENOEXEC", `e_phentsize is ${header.e_phentsize}, not sizeof(struct elf64_phdr) = 56`, 54);
  const size = header.e_phnum * ELF64_PHDR_SIZE;
  if (size === 0 || size > Number(machine.pageSize)) return fail("ENOEXEC", `e_phnum is ${header.e_phnum}: the program header table must be 1 to ${Number(machine.pageSize) / 56} entries`, 56);
  const phdrs = readProgramHeaders(bytes, header);
  if (!phdrs) return fail("EIO", `e_phoff ${hex(header.e_phoff)} + ${size} bytes of program headers is past the end of the file (${bytes.length} bytes)`, 32);
  const loads = phdrs.filter((p) => p.p_type === PT_LOAD);
  return { path, bytes, header, phdrs, loads, arch: machine };
}

/** maximum_alignment(): the largest power-of-two PT_LOAD p_align, at least a page. */
export function maximumAlignment(loads: ProgramHeader[], page: bigint): bigint {
  let a = 0n;
  for (const p of loads) if (p.p_align > 0n && (p.p_align & (p.p_align - 1n)) === 0n && p.p_align > a) a = p.p_align;
  return alignUp(a, page);
}

/** total_mapping_size(): from the first PT_LOAD's page to the end of the last one. */
export function totalMappingSize(loads: ProgramHeader[], page: bigint): bigint {
  const first = loads[0]!;
  const last = loads[loads.length - 1]!;
  return last.p_vaddr + last.p_memsz - alignDown(first.p_vaddr, page);
}

export interface MapResult {
  /** Lowest and highest mapped addresses and the end of .bss (for brk). */
  start: bigint;
  end: bigint;
  bssEnd: bigint;
  warnings: string[];
}

/**
 * Maps the PT_LOAD segments of `elf` with `bias` added to every p_vaddr. With `bias` undefined
 * (the interpreter, or a static PIE), the first segment goes wherever mmap puts the whole span.
 */
export function mapSegments(space: AddressSpace, elf: CheckedElf, arch: Arch, bias: bigint | undefined, mmapTop: bigint, shownPath: string): MapResult & { bias: bigint } {
  const page = arch.pageSize;
  const fail = (errno: Errno, why: string): never => execError(elf.path, errno, why);
  const warnings: string[] = [];
  if (elf.loads.length === 0) fail("EINVAL", "no PT_LOAD segment");
  const total = totalMappingSize(elf.loads, page);
  if (elf.header.e_type === ET_DYN && (total <= 0n || total > arch.taskSize)) fail("EINVAL", `total mapping size ${hex(total)} is empty or larger than the address space`);
  if (bias === undefined) {
    const at = space.findFree(alignUp(total, page), mmapTop);
    if (at === undefined) return fail("ENOMEM", `no room for ${hex(total)} bytes`);
    bias = at - alignDown(elf.loads[0]!.p_vaddr, page);
  }
  let start: bigint | undefined;
  let end = 0n;
  let bssEnd = 0n;
  elf.loads.forEach((ph, i) => {
    const what = `PT_LOAD [${i}] (p_vaddr ${hex(ph.p_vaddr)})`;
    if (ph.p_filesz > ph.p_memsz) fail("EINVAL", `${what}: p_filesz ${hex(ph.p_filesz)} > p_memsz ${hex(ph.p_memsz)}`);
    const k = bias! + ph.p_vaddr;
    if (k >= arch.taskSize || ph.p_memsz > arch.taskSize || arch.taskSize - ph.p_memsz < k) fail("EINVAL", `${what}: the segment does not fit below TASK_SIZE ${hex(arch.taskSize)}`);
    if ((ph.p_offset - ph.p_vaddr) % page !== 0n) fail("EINVAL", `${what}: p_offset ${hex(ph.p_offset)} and p_vaddr are not congruent modulo the page size, so mmap's offset is not page-aligned`);
    const mapStart = alignDown(k, page);
    if (i === 0 && mapStart < MMAP_MIN_ADDR) fail("EPERM", `${what}: address ${hex(mapStart)} is below vm.mmap_min_addr (${hex(MMAP_MIN_ADDR)})`);
    if (i === 0 && space.overlaps(mapStart, alignUp(k + ph.p_memsz, page))) fail("EEXIST", `${what}: the first segment would overlap an existing mapping (MAP_FIXED_NOREPLACE)`);
    if (i > 0 && space.overlaps(mapStart, alignUp(k + ph.p_memsz, page)) && mapStart < end) warnings.push(`${what} overlaps the previous segment; the later mapping replaces it`);
    if ((ph.p_flags & 3) === 3) warnings.push(`${what} is writable and executable (W+X)`);
    if (ph.p_offset + ph.p_filesz > BigInt(elf.bytes.length)) warnings.push(`${what}: file bytes end at ${hex(ph.p_offset + ph.p_filesz)}, past the end of the file (${hex(elf.bytes.length)}); the program would fault touching them`);
    const perms = permsOf(ph.p_flags);
    const fileEnd = alignUp(k + ph.p_filesz, page);
    if (ph.p_filesz > 0n) {
      space.map({ start: mapStart, end: fileEnd, perms, offset: ph.p_offset - (k - mapStart), path: shownPath, file: elf.bytes });
    }
    if (ph.p_memsz > ph.p_filesz) {
      const zeroStart = k + ph.p_filesz;
      const pageEnd = ph.p_filesz > 0n ? alignUp(zeroStart, page) : alignDown(zeroStart, page);
      // padzero: clearing the tail of the last file page faults if that page lies wholly past
      // the end of the file (SIGBUS inside clear_user) — execve then fails with EFAULT, past
      // the point of no return, so the process is killed with SIGSEGV.
      const tailPage = alignDown(ph.p_offset + ph.p_filesz, page);
      if (ph.p_filesz > 0n && zeroStart < pageEnd && (ph.p_flags & 2) !== 0 && tailPage >= alignUp(BigInt(elf.bytes.length), page)) {
        fail("EFAULT", `${what}: zeroing the .bss start at ${hex(zeroStart)} touches file offset ${hex(ph.p_offset + ph.p_filesz)}, a page past the end of the file (${hex(elf.bytes.length)}); the process is killed with SIGSEGV`);
      }
      if (ph.p_filesz > 0n && zeroStart < pageEnd && (ph.p_flags & 2) !== 0) space.write(zeroStart, new Uint8Array(Number(pageEnd - zeroStart)));
      const anonEnd = alignUp(k + ph.p_memsz, page);
      if (anonEnd > pageEnd) space.map({ start: pageEnd, end: anonEnd, perms: ph.p_filesz > 0n ? `rw${perms[2]}` : perms, offset: 0n, path: "" });
    }
    start = start === undefined || mapStart < start ? mapStart : start;
    const segEnd = alignUp(k + ph.p_memsz, page);
    if (segEnd > end) end = segEnd;
    if (k + ph.p_memsz > bssEnd) bssEnd = k + ph.p_memsz;
  });
  return { start: start!, end, bssEnd, warnings, bias };
}
