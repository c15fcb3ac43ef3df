// The one interface behind which each target keeps its linker facts (mold's per-arch struct
// plus its `apply_reloc` hooks): machine constants, the segment shape GNU ld gives static
// executables, and a table of relocation formulas. Shared passes ask the Arch; they never
// test the architecture's name.
//
// A relocation has two halves. The formula (psABI letters: S symbol address, A addend,
// P place, G address of the symbol's GOT slot) lives in the arch file; the bit field the
// result is written into is an ISA fact and lives in @glass/isa (`RelocFieldWriter`).

import type { Machine, RelaEntry } from "@glass/elf";
import type { RelocFieldWriter } from "@glass/isa/reloc-fields";

/** The values a relocation formula may use. */
export interface RelocInputs {
  /** Address of the symbol (0 for an undefined weak symbol). */
  S: bigint;
  /** r_addend. */
  A: bigint;
  /** Address of the place being patched. */
  P: bigint;
  /** Address of the symbol's GOT slot (kind `got`), or of its thread-pointer-offset slot (kind `gotTpoff`). */
  G: bigint;
  /** Address of the GOT itself (`_GLOBAL_OFFSET_TABLE_`). */
  GOT: bigint;
  /** Where the thread pointer would point if the TLS template were the thread's block (see `threadPointer`). */
  TP: bigint;
}

/**
 * How a relocation uses its symbol's address; a dynamic link decides from this what it must
 * make when the symbol lives in a shared object or the image moves (see passes/scan-relocations.ts).
 */
export type RelocKind =
  /** An absolute address in a pointer-sized word: can become a dynamic relocation. */
  | "word"
  /** An absolute address in a smaller field (x86-64 32/32S): only in a fixed-address executable. */
  | "absolute"
  /** PC-relative (or the low bits of an address): the target must be inside the image. */
  | "relative"
  /** A branch: goes through a PLT entry when the function is imported. */
  | "call"
  /** Through a GOT slot, which holds the symbol's address. */
  | "got"
  /** TLS local exec: the symbol's offset from the thread pointer, S + A - TP (executables only). */
  | "tpoff"
  /** TLS initial exec: through a GOT slot holding the symbol's offset from the thread pointer. */
  | "gotTpoff";

export interface RelocRule {
  /** The value the ABI's formula gives; the field writer takes the bits it needs. */
  formula: (r: RelocInputs) => bigint;
  kind: RelocKind;
  /**
   * A PC-relative reach (x86-64 PC32, AArch64 ADRP/ADR/LDR literal) that a shared object
   * cannot point at a preemptible symbol: the definition that wins at run time may be in
   * another module, out of reach and not where the link put it. GNU ld refuses it.
   */
  bindsLocally?: true;
}

/** What GNU ld says when non-PIC code meets a shared object (or a PIE). */
export interface NonPicQuery {
  file: string;
  reloc: string;
  /** The symbol's name, or for a section symbol the section's. */
  target: string;
  /** A section symbol (GNU ld names it without "symbol"). */
  section: boolean;
  defined: boolean;
  /** The relocation's kind is `absolute` (a 32-bit address) rather than a `bindsLocally` reach. */
  absolute: boolean;
  shared: boolean;
}

/** The dynamic relocation types the linker writes into .rela.dyn and .rela.plt. */
export interface DynamicRelocTypes {
  /** B + A: the load base plus a link-time address. */
  relative: number;
  /** S + A into a 64-bit word (R_X86_64_64, R_AARCH64_ABS64). */
  symbolic: number;
  globDat: number;
  jumpSlot: number;
  copy: number;
  /** The resolver's result: (B + A)(), for IFUNC slots. */
  irelative: number;
  /** S + A - TP of a TLS symbol, for initial-exec GOT slots. */
  tpoff: number;
}

/**
 * The PLT (psABI "Procedure Linkage Table"): PLT0 pushes the link map and jumps to the
 * dynamic linker's resolver through .got.plt[1..2]; entry n jumps through its .got.plt slot,
 * which at first leads back into the PLT (lazy binding) and is overwritten by the resolver.
 */
export interface PltHooks {
  headerSize: bigint;
  entrySize: bigint;
  /** Writes PLT0 at `buf[0]`; `plt` and `gotPlt` are the section addresses. */
  writeHeader(buf: Uint8Array, plt: bigint, gotPlt: bigint): void;
  /** Writes entry `index` at `buf[at]`, located at `entry`, jumping through `slot`. */
  writeEntry(buf: Uint8Array, at: number, entry: bigint, slot: bigint, index: number, plt: bigint): void;
  /** What a lazy .got.plt slot holds before the first call. */
  lazySlot(entry: bigint, plt: bigint): bigint;
  /** A static link's IFUNC stub (.iplt): jump through `slot`, which an IRELATIVE fills. */
  ipltEntrySize: bigint;
  writeIpltEntry(buf: Uint8Array, at: number, entry: bigint, slot: bigint): void;
}

/** The TLS template: PT_TLS's address, size in memory and alignment. */
export interface TlsTemplate {
  start: bigint;
  memsz: bigint;
  align: bigint;
  /** Bytes of .tdata (the rest, .tbss, is zero) and their file offset. */
  filesz: bigint;
  offset: bigint;
}

/** What a relaxation may know about a relocation's symbol. */
export interface RelaxQuery {
  /** Patched in place (r_type, r_offset, r_addend) when relaxed; so is `data`. */
  rel: RelaEntry;
  data: Uint8Array;
  /** The symbol's address is fixed inside this image ("local"), a plain number ("absolute"), or unknown. */
  binding: "import" | "local" | "absolute";
  /** The output is position-independent (a PIE or a shared object). */
  pic: boolean;
  /** The output is an executable (static, dynamic or PIE). */
  executable: boolean;
}

export interface Arch {
  machine: Machine;
  e_machine: number;
  /** Maximum page size: PT_LOAD alignment and the step between segments. */
  pageSize: bigint;
  /** Where an ET_EXEC image starts (the ELF header is mapped here). */
  base: bigint;
  /**
   * GNU ld's `-z separate-code` (the x86-64 default): headers, code, read-only data and
   * writable data each get their own page-aligned PT_LOAD. Without it (the AArch64 default)
   * headers, code and read-only data share one R+X PT_LOAD.
   */
  separateCode: boolean;
  /** Relocation formulas by r_type; a type missing here is unsupported. */
  relocs: ReadonlyMap<number, RelocRule>;
  /** Writes a computed value into a relocation's field (from @glass/isa). */
  writeField: RelocFieldWriter;
  /** Symbols GNU ld defines for this target beyond the common list (AArch64's `__bss_end__` …). */
  extraBssSymbols: { start: string[]; end: string[] };
  /** glibc's dynamic linker, the default PT_INTERP. */
  dynamicLinker: string;
  dynamicRelocs: DynamicRelocTypes;
  plt: PltHooks;
  /** GNU ld puts `_GLOBAL_OFFSET_TABLE_` at .got.plt (x86-64) or at .got (AArch64, where LD64_GOTPAGE_LO15 counts from it). */
  gotSymbolSection: ".got" | ".got.plt";
  /** The thread pointer's place relative to the TLS template (psABI TLS variant I or II). */
  threadPointer(tls: TlsTemplate): bigint;
  /**
   * Rewrites an instruction that goes through the GOT (or a TLS GOT slot) into one that does not,
   * as GNU ld does, when the symbol's address is known at link time; true when it did.
   */
  relax(q: RelaxQuery): boolean;
  /**
   * GNU ld's wording for a non-PIC relocation in a position-independent output; `dangerous`
   * adds the "dangerous relocation: unsupported relocation" line at the place (AArch64).
   */
  nonPicError(q: NonPicQuery): { message: string; dangerous: boolean };
  /** Range-extension veneers for branches (`call` relocations) that cannot reach their target; absent where every branch reaches. */
  veneers?: VeneerHooks;
}

/** A range-extension veneer: a stub near the branch that jumps anywhere (passes/veneers.ts). */
export interface VeneerHooks {
  /** A branch reaches targets with `-reach <= target - place < reach`. */
  reach: bigint;
  /** Bytes before the first veneer of a stub group (a branch over the group), and of each veneer. */
  headerSize: bigint;
  entrySize: bigint;
  /** The bytes of a veneer group's header, at address `at`, jumping to `end`. */
  writeHeader(buf: Uint8Array, at: bigint, end: bigint): void;
  /** One veneer at `buf[offset]`, address `at`, jumping to `target`; a message when `target` is beyond even the veneer's reach. */
  writeEntry(buf: Uint8Array, offset: number, at: bigint, target: bigint): string | undefined;
  /** The veneer's size in .symtab (its instructions, not its padding). */
  symbolSize: bigint;
}

export const alignUp = (x: bigint, a: bigint): bigint => (a <= 1n ? x : ((x + a - 1n) / a) * a);

/** Page(x) of the AArch64 ADRP relocations: the address with its low 12 bits cleared. */
export const page = (x: bigint): bigint => x & ~0xfffn;
