// The process image a simulated execve (+ ld.so) produces, and the options that shape it.
// Everything a viewer or a later instruction emulator needs is here: the address space, the
// registers at the first instruction, auxv, the annotated initial stack, and what ld.so did
// (objects loaded, relocations, symbol bindings, lazy slots, initializers, its trace).

import type { Arch, Registers } from "./arch/index.js";
import type { AddressSpace } from "./memory.js";
import type { DebugLog } from "./ldso/debug-log.js";
import type { TlsModule } from "./ldso/tls.js";

export interface LoadOptions {
  /** Reads a file of the simulated machine's file system; undefined if it does not exist. */
  readFile(path: string): Uint8Array | undefined;
  /** argv (argv[0] defaults to the program path) and the environment ("NAME=value"). */
  argv?: string[];
  envp?: string[];
  /** Randomize layout like Linux with randomize_va_space=2 (default), seeded; false = setarch -R. */
  aslr?: boolean;
  seed?: number;
  /** Prefix for every absolute path the loader opens (e.g. /usr/aarch64-linux-gnu). */
  sysroot?: string;
  /** The current directory: makes $ORIGIN absolute for objects opened by a relative path, as glibc does. */
  cwd?: string;
  /** Resolve every JUMP_SLOT at startup (LD_BIND_NOW=1). */
  bindNow?: boolean;
  /** Real uid/gid the kernel puts in auxv. */
  uid?: number;
  gid?: number;
  /** Process id shown in LD_DEBUG traces. */
  pid?: number;
}

export interface AuxEntry {
  type: number;
  name: string;
  value: bigint;
}

/** One 8-byte slot or string area of the initial stack, for --stack and --json. */
export interface StackItem {
  address: bigint;
  size: number;
  label: string;
  value: string;
}

/** An object in memory: the executable, the interpreter or a shared library. */
export interface LoadedObject {
  /** The name ld.so uses (l_name): argv[0] for the executable, the path found for libraries. */
  name: string;
  /** The path opened (without the sysroot). */
  path: string;
  /** l_addr: the difference between addresses in the file and in memory. */
  base: bigint;
  start: bigint;
  end: bigint;
  entry: bigint;
  phdr: bigint;
  phnum: number;
  dynamic: bigint;
  kind: "executable" | "interpreter" | "library";
  needed: string[];
}

export interface RelocationRecord {
  object: string;
  type: string;
  offset: bigint;
  symbol: string;
  value: bigint | undefined;
  note?: string;
}

export interface Binding {
  from: string;
  to: string;
  symbol: string;
  version?: string;
  /** "startup", or "lazy": the first call through the PLT binds it. */
  when: "startup" | "lazy";
}

/**
 * One function ld.so (or, for the executable, __libc_start_main) would call before main. A
 * dynamic program's come from .dynamic (DT_*); a static program's from its linker symbols or
 * sections (.preinit_array, _init, .init_array).
 */
export interface Initializer {
  object: string;
  kind: "DT_PREINIT_ARRAY" | "DT_INIT" | "DT_INIT_ARRAY" | ".preinit_array" | "_init" | ".init_array";
  address: bigint;
  /** The function's name, when the object's symbol table names the address. */
  symbol?: string;
}

export interface Process {
  arch: Arch;
  memory: AddressSpace;
  registers: Registers;
  /** The program's e_entry after relocation (AT_ENTRY); `registers` start in ld.so for dynamic programs. */
  entry: bigint;
  auxv: AuxEntry[];
  stack: StackItem[];
  stackPointer: bigint;
  brk: bigint;
  objects: LoadedObject[];
  relocations: RelocationRecord[];
  bindings: Binding[];
  initializers: Initializer[];
  /** Each PT_TLS: module id, initialization image, and its block's offset from the thread pointer. */
  tls: TlsModule[];
  /** Where ld.so allocates the static TLS area and TCB (dynamic programs; a static one sbrk()s it later). */
  tlsBlock?: { start: bigint; end: bigint };
  warnings: string[];
  /** LD_DEBUG-style events, printed by formatDebug. */
  debug: DebugLog;
}
