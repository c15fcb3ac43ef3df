// What a caller hands to `link` and gets back. The core never touches a file system: inputs
// arrive as bytes, and `-lfoo` is looked up through the `findFile` callback.

import type { Machine } from "@glass/elf";

/** Flags that GNU ld attaches to the position of an input on the command line. */
export interface InputPosition {
  /** --whole-archive: load every member of this archive. */
  wholeArchive?: boolean;
  /** Inputs sharing a number were between --start-group and --end-group: rescanned together. */
  group?: number;
  /** --as-needed: a shared object gets a DT_NEEDED entry only if an object uses one of its symbols. */
  asNeeded?: boolean;
  /** -Bstatic / -static: `-lfoo` looks for libfoo.a only (otherwise libfoo.so first). */
  static?: boolean;
}

/** An object file, archive, shared object or linker script (`libc.so`), already read. */
export interface FileInput extends InputPosition {
  path: string;
  data: Uint8Array;
}

/** `-lfoo`: found as `libfoo.so` or `libfoo.a` in the library paths (`-l:name`: that exact file name). */
export interface LibraryInput extends InputPosition {
  library: string;
}

export type LinkInput = FileInput | LibraryInput;

export interface LinkOptions {
  /** Inferred from the first object when absent. */
  machine?: Machine;
  /** Entry symbol; `_start` by default. */
  entry?: string;
  /** Directories searched for `-l` libraries, in order. */
  libraryPaths?: string[];
  /** Libraries linked after all inputs (`-lfoo` → "foo"). */
  libraries?: string[];
  /** Returns the bytes of `dir/name`, or undefined when there is no such file. */
  findFile?: (dir: string, name: string) => Uint8Array | undefined;
  gcSections?: boolean;
  /** --print-gc-sections: say which sections were removed (in `messages`). */
  printGcSections?: boolean;
  /** -T FILE: a linker script (read through findFile) whose SECTIONS replace the default layout; static links only. */
  script?: string;
  /** --build-id (sha1): a .note.gnu.build-id holding the SHA-1 of the output. */
  buildId?: boolean;
  /** --eh-frame-hdr: .eh_frame_hdr and PT_GNU_EH_FRAME, the unwinder's binary-search table of FDEs. */
  ehFrameHdr?: boolean;
  /** -s: leave out .symtab and .strtab. */
  strip?: boolean;
  /** -Map / -M: produce the map file text. */
  map?: boolean;
  /** --trace / -t: list the files the link reads. */
  trace?: boolean;

  // Dynamic linking. A link is dynamic when it is -shared or -pie, or a shared object is an input.
  /** -shared: make a shared object (ET_DYN, no PT_INTERP, undefined symbols allowed). */
  shared?: boolean;
  /** -pie: make a position-independent executable (ET_DYN, DF_1_PIE, RELATIVE relocations). */
  pie?: boolean;
  /** -dynamic-linker / -I: PT_INTERP; by default the target's glibc ld.so. */
  dynamicLinker?: string;
  /** -soname / -h: DT_SONAME of a shared object. */
  soname?: string;
  /** -rpath (repeatable): DT_RUNPATH, the directories joined by ':' (`$ORIGIN` kept as written). */
  rpath?: string[];
  /** -z now: DF_BIND_NOW + DF_1_NOW, every PLT slot bound at start-up; default lazy (-z lazy). */
  bindNow?: boolean;
  /** -z relro (default) / -z norelro: PT_GNU_RELRO over .dynamic, .got and the other read-after-relocation data. */
  relro?: boolean;
  /**
   * -z separate-code / -z noseparate-code: whether code gets PT_LOADs and file pages of its
   * own, apart from the headers and read-only data; by default what GNU ld does on the
   * target (`Arch.separateCode`: yes on x86-64, no on AArch64).
   */
  separateCode?: boolean;
  /** --hash-style: which symbol hash tables to write; "both" by default. */
  hashStyle?: "sysv" | "gnu" | "both";
  /** --export-dynamic / -E: put every global symbol of an executable in .dynsym. */
  exportDynamic?: boolean;
  /** -Bsymbolic: a shared object's references to its own symbols bind inside it. */
  symbolic?: boolean;
  /** -z defs / --no-undefined: undefined symbols are errors in a shared object too. */
  noUndefined?: boolean;
}

export interface LinkResult {
  output: Uint8Array;
  map?: string;
  trace?: string;
  /** Informational lines GNU ld prints on stderr (--print-gc-sections). */
  messages: string[];
}
