// How ld.so maps a shared library (glibc elf/dl-load.c _dl_map_object_from_fd and
// dl-map-segments.h), with its checks and their exact messages:
//
//   e_ident / e_phentsize / e_type / e_machine checks ("ELF file OS ABI invalid" …)
//   each PT_LOAD: p_align page-aligned, p_vaddr ≡ p_offset (mod page)
//   one mmap of the whole span (aligned to the largest p_align), placed top-down;
//   every segment re-mapped over it at its place; holes between segments set PROT_NONE
//   (they show as "---p" lines); .bss zero-filled, then anonymous pages past the file
//   no PT_DYNAMIC → "object file has no dynamic section"

import { ELFCLASS64, ELFMAG, ELF64_PHDR_SIZE, ET_DYN, ET_EXEC, PT_DYNAMIC, PT_GNU_RELRO, PT_LOAD, PT_PHDR, PT_TLS } from "@glass/elf";
import type { Arch } from "../arch/index.js";
import { alignDown, alignUp, permsOf, readExecHeader, readProgramHeaders } from "../kernel/headers.js";
import type { AddressSpace } from "../memory.js";
import type { LoadedObject } from "../process.js";

export interface MappedObject {
  info: LoadedObject;
  /** l_map_end - l_map_start: the span of the PT_LOADs, not page-rounded. */
  size: bigint;
  /** PT_TLS p_memsz (0 without thread-local storage). */
  tlsSize: bigint;
  relro?: { start: bigint; end: bigint };
}

/** Maps `bytes` as a shared library, or returns ld.so's error message. */
export function mapLibrary(space: AddressSpace, arch: Arch, bytes: Uint8Array, name: string, path: string, mmapTop: bigint): MappedObject | string {
  const h = readExecHeader(bytes);
  if (!h || !ELFMAG.every((b, i) => h.ident[i] === b)) return "invalid ELF header";
  if (h.ident[4] !== ELFCLASS64) return "wrong ELF class: ELFCLASS32";
  if (h.ident[5] !== 1) return "ELF file data encoding not little-endian";
  if (h.ident[6] !== 1) return "ELF file version ident does not match current one";
  if (h.ident[7] !== 0 && h.ident[7] !== 3) return "ELF file OS ABI invalid";
  if (h.ident[8] !== 0 && !(h.ident[7] === 3 && h.ident[8] <= 4)) return "ELF file ABI version invalid";
  if (h.e_version !== 1) return "ELF file version does not match current one";
  if (h.e_machine !== arch.e_machine) return "ELF file machine does not match";
  if (h.e_type === ET_EXEC) return "cannot dynamically load executable";
  if (h.e_type !== ET_DYN) return "only ET_DYN and ET_EXEC can be loaded";
  if (h.e_phentsize !== ELF64_PHDR_SIZE) return "ELF file's phentsize not the expected size";
  const phdrs = readProgramHeaders(bytes, h);
  if (!phdrs) return "cannot read file data";
  const page = arch.pageSize;
  const loads = phdrs.filter((p) => p.p_type === PT_LOAD);
  for (const p of loads) {
    if (p.p_align % page !== 0n) return "ELF load command alignment not page-aligned";
    if ((p.p_vaddr - p.p_offset) % page !== 0n) return "ELF load command address/offset not page-aligned";
    if (p.p_filesz > p.p_memsz) return "ELF load command filesz greater than memsz";
  }
  if (loads.length === 0) return "object file has no loadable segments";
  const dyn = phdrs.find((p) => p.p_type === PT_DYNAMIC);
  if (!dyn) return "object file has no dynamic section";

  const first = loads[0]!;
  const last = loads[loads.length - 1]!;
  const mapStart = alignDown(first.p_vaddr, page);
  const maplength = last.p_vaddr + last.p_memsz - mapStart;
  if (maplength <= 0n || maplength > arch.taskSize) return "failed to map segment from shared object";
  const align = loads.reduce((a, p) => (p.p_align > a && (p.p_align & (p.p_align - 1n)) === 0n ? p.p_align : a), page);
  const size = alignUp(maplength, page);
  const low = space.findFree(size + (align > page ? align : 0n), mmapTop);
  if (low === undefined) return "failed to map segment from shared object";
  const base = alignUp(low, align);
  const l_addr = base - mapStart;
  const fileOff = alignDown(first.p_offset, page);

  // The reservation: the whole span from the first segment's file offset, then holes PROT_NONE.
  space.map({ start: base, end: base + size, perms: "---", offset: fileOff, path, file: bytes });
  let top = base + size;
  for (const p of loads) {
    const start = l_addr + alignDown(p.p_vaddr, page);
    const mapEnd = l_addr + alignUp(p.p_vaddr + p.p_filesz, page);
    const perms = permsOf(p.p_flags);
    if (mapEnd > start) space.map({ start, end: mapEnd, perms, offset: alignDown(p.p_offset, page), path, file: bytes });
    const zero = l_addr + p.p_vaddr + p.p_filesz;
    const allocEnd = l_addr + p.p_vaddr + p.p_memsz;
    let zeroPage = alignUp(zero, page);
    if (allocEnd < zeroPage) zeroPage = allocEnd;
    if (zeroPage > zero) space.write(zero, new Uint8Array(Number(zeroPage - zero)));
    if (allocEnd > zeroPage) space.map({ start: zeroPage, end: alignUp(allocEnd, page), perms, offset: 0n, path: "" });
    const end = alignUp(allocEnd, page);
    if (end > top) top = end;
  }
  const relroPh = phdrs.find((p) => p.p_type === PT_GNU_RELRO);
  const phdrPh = phdrs.find((p) => p.p_type === PT_PHDR);
  const phdrLoad = loads.find((p) => p.p_offset <= h.e_phoff && h.e_phoff < p.p_offset + p.p_filesz);
  const phdr = phdrPh ? l_addr + phdrPh.p_vaddr : phdrLoad ? l_addr + phdrLoad.p_vaddr + (h.e_phoff - phdrLoad.p_offset) : 0n;
  return {
    info: {
      name, path, base: l_addr, start: base, end: top, entry: l_addr + h.e_entry, phdr, phnum: h.e_phnum,
      dynamic: l_addr + dyn.p_vaddr, kind: "library", needed: [],
    },
    size: maplength,
    tlsSize: phdrs.find((p) => p.p_type === PT_TLS)?.p_memsz ?? 0n,
    relro: relroPh ? relroRange(l_addr, relroPh.p_vaddr, relroPh.p_memsz, page) : undefined,
  };
}

/** _dl_protect_relro: the whole pages of [l_addr + p_vaddr, + p_memsz). */
export function relroRange(l_addr: bigint, vaddr: bigint, memsz: bigint, page: bigint): { start: bigint; end: bigint } | undefined {
  const start = alignDown(l_addr + vaddr, page);
  const end = alignDown(l_addr + vaddr + memsz, page);
  return end > start ? { start, end } : undefined;
}
