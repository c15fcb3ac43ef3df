// The linker's state, passed from pass to pass (mold's `Context`): the input files, the global
// symbol table, the output sections and segments, and the reports being written.
//
// Passes communicate only through this object. Reading it top to bottom follows the link:
// `files` and `symbols` are filled by resolution, `gotSymbols` by the relocation scan,
// `outputSections` and `segments` by layout, their addresses by address assignment.

import type { ElfSymbol, Machine, RelaEntry } from "@glass/elf";
import type { Diagnostic } from "@glass/diagnostics";
import type { Arch } from "./arch/arch.js";
import type { LinkOptions } from "./options.js";

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
}

/** A section of the output file, made by concatenating input sections. */
export interface OutputSection {
  name: string;
  sh_type: number;
  sh_flags: bigint;
  sh_addralign: bigint;
  /** Order in which it was created, to keep input order stable. */
  members: InputSection[];
  /** Bytes the linker makes itself (the GOT), used when there are no members. */
  synthetic?: Uint8Array;
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
  /** Symbols with GOT slots, in slot order. */
  gotSymbols: LinkSymbol[];
  got?: OutputSection;
  /** Lines for --trace. */
  trace: string[];
  /** Informational lines for stderr (--print-gc-sections). */
  messages: string[];
  /** Errors gathered by a pass; the pass throws them together, like GNU ld. */
  errors: Diagnostic[];
  entry: bigint;
}

/** A defined symbol's address (valid once addresses are assigned); 0 for undefined weak. */
export function symbolAddress(sym: LinkSymbol): bigint {
  if (sym.section) return sym.section.output ? sym.section.output.sh_addr + sym.section.offset + sym.value : 0n;
  return sym.value;
}
