// The one interface shared code asks about a machine: the Linux kernel's per-arch constants
// for placing a process (arch/*/include/asm/elf.h, processor.h, mm/mmap.c), the auxv values
// it hands over, the registers at the first instruction, and the ld.so facts (relocation
// kinds, PT_INTERP name, system library directories) of glibc on that machine.
//
// Shared code never tests the arch name; it asks this interface.

export type Registers = Record<string, bigint>;

/** What a dynamic relocation does, independent of its per-machine number. */
export type RelocKind =
  | "NONE"
  | "RELATIVE" // B + A
  | "GLOB_DAT" // S (+ A on AArch64)
  | "JUMP_SLOT" // S, lazily bound unless BIND_NOW
  | "ABS64" // S + A
  | "COPY" // copy st_size bytes of the definition into the executable
  | "IRELATIVE" // (B + A)() — an IFUNC resolver runs
  | "TPOFF64" // offset from the thread pointer (static TLS)
  | "DTPMOD64" // TLS module id
  | "DTPOFF64" // offset in the module's TLS block
  | "TLSDESC"; // TLS descriptor

export interface Arch {
  name: "x86_64" | "aarch64";
  e_machine: number;
  /** The kernel's page size (4 KiB on both, the common Linux configuration). */
  pageSize: bigint;
  /** Top of the user address space; the stack starts just below (STACK_TOP). */
  stackTop: bigint;
  /** TASK_SIZE: no mapping may reach past it. */
  taskSize: bigint;
  /** ELF_ET_DYN_BASE: where a PIE goes (before randomization and alignment). */
  etDynBase: bigint;
  /** Bits of page-granular randomness: mmap base / PIE bias, stack, brk range in bytes. */
  mmapRndBits: number;
  stackRndMask: bigint;
  brkRndRange: bigint;
  /** AT_PLATFORM string. */
  platform: string;
  /** Default AT_HWCAP / AT_HWCAP2 values (the host's CPU features; overridable). */
  hwcap: bigint;
  hwcap2: bigint;
  /** Extra entries the arch puts first (ARCH_DLINFO), given the vdso base. */
  archAuxv(vdsoBase: bigint): Array<[number, bigint]>;
  /** The vdso and its data pages: names and sizes in pages, from low to high. */
  vdsoPages: Array<{ name: string; pages: number; perms: string }>;
  /** Fixed special mappings outside the normal layout (x86-64's [vsyscall]). */
  fixedMappings: Array<{ start: bigint; end: bigint; perms: string; name: string }>;
  /** Registers at the first user instruction (ELF_PLAT_INIT / start_thread). */
  entryRegisters(pc: bigint, sp: bigint): Registers;
  /** The register that holds the program counter / stack pointer, for display. */
  pcName: string;
  spName: string;
  /** Dynamic relocation number → kind. */
  relocKind(type: number): RelocKind | undefined;
  /** glibc's PT_INTERP path and system library directories (ld.so --help). */
  interp: string;
  systemDirs: string[];
  /** The ld.so.cache entry flags of this machine's libraries (FLAG_ELF_LIBC6 | FLAG_X8664_LIB64 …). */
  ldCacheFlags: number;
  /** The vdso functions glibc's setup_vdso_pointers looks up at startup (each lookup is counted in LD_DEBUG=statistics). */
  vdsoSymbols: string[];
  /**
   * glibc's HP_TIMING_AVAIL (a cycle counter ld.so times itself with): with it, LD_DEBUG=statistics
   * at startup opens with "runtime linker statistics:" and cycle counts; without it (AArch64),
   * only the counts are printed.
   */
  hpTiming: boolean;
  /** The oldest glibc symbol version on this machine (ld.so looks malloc up with it). */
  glibcBaseVersion: string;
  /** TLS variant ("ELF Handling For Thread-Local Storage" §3.4): 2 = blocks below the thread pointer, 1 = above a TCB. */
  tlsVariant: 1 | 2;
  /** Variant I: the TCB header at the thread pointer that blocks follow (glibc's TLS_TCB_SIZE). */
  tlsTcbHeader: bigint;
  /** glibc 2.36: sizeof(struct pthread) + TLS_PRE_TCB_SIZE, for the static TLS block ld.so mallocs. */
  tcbSize: bigint;
}
