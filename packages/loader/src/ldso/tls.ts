// Thread-local storage at startup, recorded, not emulated: each object's PT_TLS (its
// initialization image .tdata, zero-filled up to p_memsz for .tbss, and its alignment), the
// module id ld.so gives it, and where its block sits relative to the thread pointer in the
// static TLS area — glibc's _dl_determine_tlsoffset (elf/dl-tls.c), which both ld.so and a
// static program's __libc_setup_tls follow ("ELF Handling For Thread-Local Storage" §3.4):
//
//   variant II (x86-64, TLS_TCB_AT_TP)   blocks below tp: offset = roundup(prev + size, align)
//   variant I  (AArch64, TLS_DTV_AT_TP)  a 16-byte TCB at tp, blocks above it
//
// Both keep the gap an alignment leaves and put a later, small enough block into it.

import { PT_TLS } from "@glass/elf";
import type { Arch } from "../arch/index.js";
import { readExecHeader, readProgramHeaders } from "../kernel/headers.js";

export interface TlsModule {
  object: string;
  /** The module id (1 for the executable when it has PT_TLS). */
  modid: number;
  /** Run-time address of the initialization image and its size (.tdata); memsz adds .tbss. */
  image: bigint;
  filesz: bigint;
  memsz: bigint;
  align: bigint;
  /** The block's start relative to the thread pointer (negative below it). */
  tpOffset: bigint;
}

const roundup = (x: bigint, a: bigint): bigint => ((x + a - 1n) / a) * a;

/** The static TLS layout of `objects` (in module-id order: the executable, then load order). */
export function staticTls(arch: Arch, objects: Array<{ name: string; l_addr: bigint; file: Uint8Array }>): TlsModule[] {
  const out: TlsModule[] = [];
  let offset = arch.tlsVariant === 1 ? arch.tlsTcbHeader : 0n;
  let freetop = 0n;
  let freebottom = 0n;
  for (const o of objects) {
    const header = readExecHeader(o.file);
    const ph = (header && readProgramHeaders(o.file, header))?.find((p) => p.p_type === PT_TLS);
    if (!ph || ph.p_memsz === 0n) continue;
    const align = ph.p_align > 0n ? ph.p_align : 1n;
    const size = ph.p_memsz;
    const firstbyte = -(ph.p_vaddr & (align - 1n)) & (align - 1n);
    let off: bigint;
    if (arch.tlsVariant === 2) {
      off = roundup(offset + size - firstbyte, align) + firstbyte;
      const gap = freebottom - freetop >= size ? roundup(freetop + size - firstbyte, align) + firstbyte : undefined;
      if (gap !== undefined && gap <= freebottom) {
        freetop = gap;
        off = gap;
      } else {
        if (off > offset + size + (freebottom - freetop)) [freetop, freebottom] = [offset, off - size];
        offset = off;
      }
      off = -off;
    } else {
      let at = roundup(freebottom, align);
      if (at - freebottom < firstbyte) at += align;
      if (size <= freetop - freebottom && at + size - firstbyte <= freetop) {
        off = at - firstbyte;
        freebottom = at + size - firstbyte;
      } else {
        at = roundup(offset, align);
        if (at - offset < firstbyte) at += align;
        off = at - firstbyte;
        if (off - offset > freetop - freebottom) [freebottom, freetop] = [offset, off];
        offset = at + size - firstbyte;
      }
    }
    out.push({ object: o.name, modid: out.length + 1, image: o.l_addr + ph.p_vaddr, filesz: ph.p_filesz, memsz: size, align, tpOffset: off });
  }
  return out;
}
