// load(path, options): the whole simulated start of a program — the kernel's execve, then,
// for a program with PT_INTERP, what ld.so does before _start. Static programs get what their
// libc's startup code does first to the address space (glibc applies PT_GNU_RELRO itself).

import { PT_GNU_RELRO } from "@glass/elf";
import { execve } from "./kernel/execve.js";
import { DebugLog } from "./ldso/debug-log.js";
import { runLdso } from "./ldso/ldso.js";
import { relroRange } from "./ldso/map-object.js";
import type { LoadOptions, Process } from "./process.js";

export function load(path: string, opts: LoadOptions): Process {
  const k = execve(path, opts);
  const debug = new DebugLog();
  const base = {
    arch: k.arch, memory: k.space, registers: k.registers, entry: k.entry, auxv: k.auxv, stack: k.stack,
    stackPointer: k.sp, brk: k.brk, debug,
  };
  const program = {
    name: k.argv[0] ?? path, path, base: k.bias, start: k.bias, end: k.brk, entry: k.entry, phdr: k.phdr,
    phnum: k.program.header.e_phnum, dynamic: 0n, kind: "executable" as const, needed: [],
  };
  if (!k.interp) {
    const relro = k.program.phdrs.find((p) => p.p_type === PT_GNU_RELRO);
    const range = relro ? relroRange(k.bias, relro.p_vaddr, relro.p_memsz, k.arch.pageSize) : undefined;
    if (range) k.space.protect(range.start, range.end, "r--");
    return { ...base, objects: [program], relocations: [], bindings: [], initializers: [], warnings: k.warnings };
  }
  const { ctx, maps, initializers } = runLdso(k, opts, debug);
  return {
    ...base,
    objects: maps.map((m) => m.info),
    relocations: ctx.relocations,
    bindings: ctx.bindings,
    initializers,
    warnings: [...k.warnings, ...ctx.warnings, ...ctx.lazyFailures.map((f) => `the first call would fail: ${f}`)],
  };
}
