// AArch64 Linux: arch/arm64/include/asm/elf.h (ELF_ET_DYN_BASE = 2/3 of the 48-bit space,
// ARCH_DLINFO puts AT_SYSINFO_EHDR and AT_MINSIGSTKSZ first), processor.h (start_thread
// zeroes x0–x30), mm/util.c's generic mmap layout (18 random bits by default), and "ELF for
// the Arm 64-bit Architecture" §5.7.11 (dynamic relocations).

import { EM_AARCH64, R_AARCH64 } from "@glass/elf";
import type { Arch, RelocKind } from "../arch.js";

const kinds = new Map<number, RelocKind>([
  [R_AARCH64.NONE, "NONE"],
  [R_AARCH64.ABS64, "ABS64"],
  [R_AARCH64.COPY, "COPY"],
  [R_AARCH64.GLOB_DAT, "GLOB_DAT"],
  [R_AARCH64.JUMP_SLOT, "JUMP_SLOT"],
  [R_AARCH64.RELATIVE, "RELATIVE"],
  [R_AARCH64.TLS_DTPMOD64, "DTPMOD64"],
  [R_AARCH64.TLS_DTPREL64, "DTPOFF64"],
  [R_AARCH64.TLS_TPREL64, "TPOFF64"],
  [R_AARCH64.TLSDESC, "TLSDESC"],
  [R_AARCH64.IRELATIVE, "IRELATIVE"],
]);

const AT_SYSINFO_EHDR = 33;
const AT_MINSIGSTKSZ = 51;

export const aarch64: Arch = {
  name: "aarch64",
  e_machine: EM_AARCH64,
  pageSize: 0x1000n,
  stackTop: 0x1000000000000n,
  taskSize: 0x1000000000000n,
  etDynBase: (0x1000000000000n * 2n) / 3n,
  mmapRndBits: 18,
  stackRndMask: 0x3ffffn,
  brkRndRange: 0x40000000n,
  platform: "aarch64",
  hwcap: 0xefffffn,
  hwcap2: 0x0n,
  archAuxv: (vdsoBase) => [
    [AT_SYSINFO_EHDR, vdsoBase],
    [AT_MINSIGSTKSZ, 0x1230n],
  ],
  vdsoPages: [
    { name: "[vvar]", pages: 4, perms: "r--" },
    { name: "[vdso]", pages: 2, perms: "r-x" },
  ],
  fixedMappings: [],
  entryRegisters: (pc, sp) => ({ ...Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`x${i}`, 0n])), sp, pc, pstate: 0n }),
  pcName: "pc",
  spName: "sp",
  relocKind: (type) => kinds.get(type),
  interp: "/lib/ld-linux-aarch64.so.1",
  systemDirs: ["/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib", "/usr/lib"],
  ldCacheFlags: 0x0a03,
  vdsoSymbols: ["__kernel_clock_gettime", "__kernel_gettimeofday", "__kernel_clock_getres"],
  hpTiming: false,
  glibcBaseVersion: "GLIBC_2.17",
  tlsVariant: 1,
  tlsTcbHeader: 16n,
  tcbSize: 0x700n,
};
