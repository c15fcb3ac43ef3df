// The linker's state, passed from pass to pass (mold's `Context`): the input files, the global
// symbol table, the output sections and segments, and the reports being written.
//
// Passes communicate only through this object. Reading it top to bottom follows the link:
// `files` and `symbols` are filled by resolution, `gotSymbols` (and, in a dynamic link,
// `dynamic`'s PLT entries, copies and dynamic relocations) by the relocation scan, the
// linker's own sections by createDynamicSections, `outputSections` and `segments` by layout,
// their addresses by address assignment.

import { SHF_TLS, SHT_NOBITS, type ElfSymbol, type Machine, type RelaEntry } from "@glass/elf";
import type { Diagnostic } from "@glass/diagnostics";
import type { Arch, TlsTemplate } from "./arch/arch.js";
import type { LinkOptions } from "./options.js";
import type { ScriptLayout } from "./passes/script-layout.js";

/** One section of one input object, as it will be copied into an output section. */
export interface InputSection {
  file: ObjectFile;
  /** Index in the object's section header table. */
  index: number;
  name: string;
  sh_type: number;
  sh_flags: bigint;
  sh_addralign: bigint;
  /** Size in memory (for SHT_NOBITS there are no bytes in the file). */
  size: bigint;
  /** Contents; empty for SHT_NOBITS. Patched in place by relocation. */
  data: Uint8Array;
  relocations: RelaEntry[];
  /** False once garbage collection finds nothing reaching it. */
  live: boolean;
  /** Set by layout. */
  output?: OutputSection;
  /** Offset inside the output section, set by layout. */
  offset: bigint;
}

/** A relocatable object: a file on the command line or a member pulled from an archive. */
export interface ObjectFile {
  /** How messages and the map name it: `a.o` or `libfoo.a(foo.o)`. */
  name: string;
  /** The STT_FILE name (`a.c`) GNU ld uses in "a.c:(.text+0x9): …", if the object has one. */
  sourceName?: string;
  /** The linker's own "file" holding the sections it makes (.dynsym, .plt …). */
  internal?: boolean;
  /** Indexed like the object's section headers; undefined for sections the link ignores. */
  sections: (InputSection | undefined)[];
  /** The object's own symbol table, with names. */
  elfSymbols: ElfSymbol[];
  /** For each symbol-table index: the Symbol it resolves to (locals get their own). */
  symbols: LinkSymbol[];
}

/**
 * A symbol after resolution. Globals are shared by every file that names them; locals belong
 * to one file. `section` undefined with `defined` true means an absolute symbol.
 */
export interface LinkSymbol {
  name: string;
  binding: number;
  type: number;
  visibility: number;
  /** Where the winning definition came from; undefined while undefined. */
  file?: ObjectFile;
  section?: InputSection;
  /** Offset inside `section` (or the absolute value); then, after addresses, the address. */
  value: bigint;
  size: bigint;
  defined: boolean;
  /** A COMMON symbol waiting for a .bss slot: its alignment is `commonAlign`. */
  commonAlign?: bigint;
  /** Defined by the linker itself (`_end`, `__bss_start` …): `outputSection` + value. */
  outputSection?: OutputSection;
  /** Set when some reference is not weak (an undefined weak symbol resolves to 0). */
  strongReference: boolean;
  /** The first object that referenced it, to say why an archive member was pulled. */
  referencedBy?: ObjectFile;
  /** Index of its slot in .got when a GOT relocation names it. */
  gotIndex?: number;
  /** Index of its .got slot holding its offset from the thread pointer (TLS initial exec). */
  gotTpIndex?: number;
  /** A static link's STT_GNU_IFUNC: index of its .iplt stub, which stands for it everywhere. */
  ipltIndex?: number;

  // Dynamic linking (set only in dynamic links).
  /** The first shared object defining it; it is imported from there unless an object defines it. */
  dso?: SharedObject;
  /** The version it is imported at (`GLIBC_2.2.5`): the shared object's default version of it. */
  version?: string;
  /** A shared object has an undefined reference to it: an executable must export it. */
  dsoReferenced?: boolean;
  /** Index of its PLT entry (and of its .got.plt slot after the reserved ones). */
  pltIndex?: number;
  /** Its PLT entry is its address in this executable (its address is taken in non-PIC code). */
  canonicalPlt?: boolean;
  /** Index in .dynsym (0 is the null symbol). */
  dynsymIndex?: number;
  /** It lives in the executable's .bss as a copy of a shared object's data (or an alias of one). */
  copied?: boolean;
}

/** A shared object given to the link: only its dynamic symbols and its name matter. */
export interface SharedObject {
  /** The path it was found at, for messages. */
  path: string;
  /** DT_NEEDED name: its DT_SONAME, or the file name it was found under. */
  soname: string;
  /** --as-needed: listed in DT_NEEDED only if `used`. */
  asNeeded: boolean;
  /** An object refers to one of its symbols. */
  used: boolean;
  /** Data symbols sharing an address (`environ`, `__environ`, `_environ`): a copy must take all the names. */
  aliases: Map<string, string[]>;
}

/** A word the dynamic linker must fill in: RELATIVE (base + A) or symbolic (S + A, R_X86_64_64 / ABS64). */
export interface DynamicReloc {
  section: InputSection;
  offset: bigint;
  kind: "relative" | "symbolic";
  sym: LinkSymbol;
  addend: bigint;
}

/** The state of a dynamic link: decided by the relocation scan, sized before layout, filled after. */
export interface DynamicLink {
  kind: "exec" | "pie" | "shared";
  sharedObjects: SharedObject[];
  /** Symbols with PLT entries, in .rela.plt order. */
  pltSymbols: LinkSymbol[];
  /** Data symbols copied into the executable's .bss (R_*_COPY). */
  copySymbols: LinkSymbol[];
  /** Words of input sections the dynamic linker relocates (GOT and PLT slots come on top). */
  relocs: DynamicReloc[];
  /** .dynsym order (without the null symbol): undefined ones first, then the hashed ones. */
  dynsym: LinkSymbol[];
  /** The linker-made sections, members of the internal file; created before layout. */
  sections: Map<string, InputSection>;
  /** Offsets of names in .dynstr. */
  strings: Map<string, number>;
}

/** A section of the output file, made by concatenating input sections. */
export interface OutputSection {
  name: string;
  sh_type: number;
  sh_flags: bigint;
  sh_addralign: bigint;
  /** Order in which it was created, to keep input order stable. */
  members: InputSection[];
  /** Section header fields of table sections (.dynsym, .rela.plt …): the linked section's name, or a number. */
  sh_link?: string;
  sh_info?: string | number;
  sh_entsize?: bigint;
  size: bigint;
  sh_addr: bigint;
  sh_offset: bigint;
}

/** A PT_LOAD: consecutive output sections with the same permissions. */
export interface Segment {
  p_flags: number;
  /** True for the first segment, which maps the ELF header and program headers too. */
  headers: boolean;
  sections: OutputSection[];
  p_offset: bigint;
  p_vaddr: bigint;
  p_filesz: bigint;
  p_memsz: bigint;
}

/** An archive given to the link, with its members not yet pulled. */
export interface ArchiveFile {
  name: string;
  members: { name: string; data: Uint8Array; loaded: boolean }[];
  /** Symbol name → index in `members` of the member that defines it. */
  symbolIndex: Map<string, number>;
}

export interface LinkContext {
  options: LinkOptions;
  machine: Machine;
  arch: Arch;
  /** Present when the link is dynamic (-shared, -pie, or a shared object among the inputs). */
  dynamic?: DynamicLink;
  /** Address of the ELF header: the arch's base for ET_EXEC, 0 for ET_DYN. */
  imageBase: bigint;
  /** Objects in link order: command-line objects, then archive members as they are pulled. */
  files: ObjectFile[];
  /** The global symbol table. */
  symbols: Map<string, LinkSymbol>;
  /** Map-file lines: which archive member was pulled and by whom. */
  archiveReasons: { member: string; by: string; symbol: string }[];
  /** Input sections removed by --gc-sections or discarded by layout. */
  discarded: InputSection[];
  outputSections: OutputSection[];
  segments: Segment[];
  /** Symbols with GOT slots holding their address, in slot order. */
  gotSymbols: LinkSymbol[];
  /** TLS symbols with GOT slots holding their offset from the thread pointer; after `gotSymbols` in .got. */
  tlsGotSymbols: LinkSymbol[];
  /** IFUNC symbols with .iplt stubs (static links), in stub order. */
  ifuncSymbols: LinkSymbol[];
  /** Signatures of the COMDAT groups kept so far; a later group with the same one is dropped. */
  comdatGroups: Set<string>;
  /** The .got slots the linker makes (address slots, then thread-pointer-offset slots), set by layout. */
  got?: InputSection;
  /** Lines for --trace. */
  trace: string[];
  /** Informational lines for stderr (--print-gc-sections). */
  messages: string[];
  /** Errors gathered by a pass; the pass throws them together, like GNU ld. */
  errors: Diagnostic[];
  entry: bigint;
  /** Range-extension veneers by target: a branch that cannot reach the target lands on its veneer (passes/veneers.ts). */
  veneers?: Map<LinkSymbol, { veneer: LinkSymbol; addend: bigint }>;
  /** A -T script's layout, which replaces the default placement (passes/script-layout.ts). */
  script?: ScriptLayout;
}

/** The address a call or a taken address of `sym` lands on: its PLT entry when it has one. */
/** Whether code gets pages of its own (`-z separate-code`; by default the target's choice). */
export function separateCode(ctx: LinkContext): boolean {
  return ctx.options.separateCode ?? ctx.arch.separateCode;
}

export function pltAddress(ctx: LinkContext, sym: LinkSymbol): bigint | undefined {
  // Asked for every relocation: answer the common case before looking the section up.
  if (sym.pltIndex === undefined) return undefined;
  const plt = ctx.dynamic?.sections.get(".plt");
  if (!plt?.output) return undefined;
  return plt.output.sh_addr + plt.offset + ctx.arch.plt.headerSize + BigInt(sym.pltIndex) * ctx.arch.plt.entrySize;
}

/** A defined symbol's address (valid once addresses are assigned); 0 for undefined weak. */
export function symbolAddress(sym: LinkSymbol): bigint {
  if (sym.section) return sym.section.output ? sym.section.output.sh_addr + sym.section.offset + sym.value : 0n;
  return sym.value;
}

/** The address of .got slot `index` (address slots first, then thread-pointer-offset slots). */
export function gotSlotAddress(ctx: LinkContext, index: number): bigint {
  const got = ctx.got;
  return (got?.output ? got.output.sh_addr + got.offset : 0n) + BigInt(index * 8);
}

/** A static link's IFUNC stub for `sym`: calls, taken addresses and GOT slots all use it. */
export function ipltAddress(ctx: LinkContext, sym: LinkSymbol): bigint | undefined {
  // Asked for every relocation: answer the common case before searching the files.
  if (sym.ipltIndex === undefined) return undefined;
  const iplt = ctx.files.find((f) => f.internal && f.sections.some((s) => s?.name === ".iplt"))?.sections.find((s) => s?.name === ".iplt");
  if (!iplt?.output) return undefined;
  return iplt.output.sh_addr + iplt.offset + BigInt(sym.ipltIndex) * ctx.arch.plt.ipltEntrySize;
}

/** What a reference to `sym` means: its IFUNC stub, if it has one, else its address. */
export function targetAddress(ctx: LinkContext, sym: LinkSymbol): bigint {
  return ipltAddress(ctx, sym) ?? symbolAddress(sym);
}

/** The TLS template (PT_TLS): .tdata then .tbss, once addresses are assigned. */
export function tlsTemplate(ctx: LinkContext): TlsTemplate | undefined {
  const tls = ctx.outputSections.filter((s) => (s.sh_flags & SHF_TLS) !== 0n);
  if (tls.length === 0) return undefined;
  const last = tls[tls.length - 1]!;
  return {
    start: tls[0]!.sh_addr,
    memsz: last.sh_addr + last.size - tls[0]!.sh_addr,
    filesz: tls.filter((s) => s.sh_type !== SHT_NOBITS).reduce((_, s) => s.sh_addr + s.size - tls[0]!.sh_addr, 0n),
    align: tls.reduce((a, s) => (s.sh_addralign > a ? s.sh_addralign : a), 1n),
    offset: tls[0]!.sh_offset,
  };
}
