// x86-64 Linux: arch/x86/include/asm/elf.h (ELF_ET_DYN_BASE = 2/3 of the 47-bit window,
// ARCH_DLINFO puts AT_SYSINFO_EHDR and AT_MINSIGSTKSZ first, ELF_PLAT_INIT clears the
// registers), arch/x86/mm/mmap.c (28 random bits), and the psABI's dynamic relocations
// (§4.4 table 4.9).

import { EM_X86_64, R_X86_64 } from "@glass/elf";
import type { Arch, RelocKind } from "../arch.js";

const kinds = new Map<number, RelocKind>([
  [R_X86_64.NONE, "NONE"],
  [R_X86_64.RELATIVE, "RELATIVE"],
  [R_X86_64.GLOB_DAT, "GLOB_DAT"],
  [R_X86_64.JUMP_SLOT, "JUMP_SLOT"],
  [R_X86_64["64"], "ABS64"],
  [R_X86_64.COPY, "COPY"],
  [R_X86_64.IRELATIVE, "IRELATIVE"],
  [R_X86_64.TPOFF64, "TPOFF64"],
  [R_X86_64.DTPMOD64, "DTPMOD64"],
  [R_X86_64.DTPOFF64, "DTPOFF64"],
  [R_X86_64.TLSDESC, "TLSDESC"],
]);

const GPRS = ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];
const AT_SYSINFO_EHDR = 33;
const AT_MINSIGSTKSZ = 51;

export const x86_64: Arch = {
  name: "x86_64",
  e_machine: EM_X86_64,
  pageSize: 0x1000n,
  stackTop: 0x7ffffffff000n,
  taskSize: 0x7ffffffff000n,
  etDynBase: (0x7ffffffff000n / 3n) * 2n,
  mmapRndBits: 28,
  stackRndMask: 0x3fffffn,
  brkRndRange: 0x02000000n,
  platform: "x86_64",
  hwcap: 0x178bfbffn,
  hwcap2: 0x2n,
  archAuxv: (vdsoBase) => [
    [AT_SYSINFO_EHDR, vdsoBase],
    [AT_MINSIGSTKSZ, 0xe30n],
  ],
  // Linux 6.x: [vvar] 4 pages, [vvar_vclock] 2 pages, then the 2-page [vdso].
  vdsoPages: [
    { name: "[vvar]", pages: 4, perms: "r--" },
    { name: "[vvar_vclock]", pages: 2, perms: "r--" },
    { name: "[vdso]", pages: 2, perms: "r-x" },
  ],
  fixedMappings: [{ start: 0xffffffffff600000n, end: 0xffffffffff601000n, perms: "--x", name: "[vsyscall]" }],
  entryRegisters: (pc, sp) => ({ ...Object.fromEntries(GPRS.map((r) => [r, 0n])), rsp: sp, rip: pc, rflags: 0x200n }),
  pcName: "rip",
  spName: "rsp",
  relocKind: (type) => kinds.get(type),
  interp: "/lib64/ld-linux-x86-64.so.2",
  systemDirs: ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib", "/usr/lib"],
  ldCacheFlags: 0x0303,
  vdsoSymbols: ["__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time", "__vdso_getcpu", "__vdso_clock_getres"],
  hpTiming: true,
  glibcBaseVersion: "GLIBC_2.2.5",
  tlsVariant: 2,
  tlsTcbHeader: 0n,
  tcbSize: 0x900n,
};
