// What a caller hands to `link` and gets back. The core never touches a file system: inputs
// arrive as bytes, and `-lfoo` is looked up through the `findFile` callback.

import type { Machine } from "@glass/elf";

/** Flags that GNU ld attaches to the position of an input on the command line. */
export interface InputPosition {
  /** --whole-archive: load every member of this archive. */
  wholeArchive?: boolean;
  /** Inputs sharing a number were between --start-group and --end-group: rescanned together. */
  group?: number;
}

/** An object file or archive, already read. */
export interface FileInput extends InputPosition {
  path: string;
  data: Uint8Array;
}

/** `-lfoo`: found as `libfoo.a` in the library paths (or `-l:name` for an exact file name). */
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
  /** -s: leave out .symtab and .strtab. */
  strip?: boolean;
  /** -Map / -M: produce the map file text. */
  map?: boolean;
  /** --trace / -t: list the files the link reads. */
  trace?: boolean;
}

export interface LinkResult {
  output: Uint8Array;
  map?: string;
  trace?: string;
  /** Informational lines GNU ld prints on stderr (--print-gc-sections). */
  messages: string[];
}
