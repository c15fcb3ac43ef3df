// load(path, options): the whole simulated start of a program — the kernel's execve, then,
// for a program with PT_INTERP, what ld.so does before _start. Static programs get what their
// libc's startup code does first to the image (self-relocation, IRELATIVE, RELRO).

import { execve } from "./kernel/execve.js";
import { DebugLog } from "./ldso/debug-log.js";
import { runLdso } from "./ldso/ldso.js";
import { staticStart } from "./ldso/static-start.js";
import { staticTls } from "./ldso/tls.js";
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
    const { ctx, initializers } = staticStart(k, program, debug);
    const tls = staticTls(k.arch, [{ name: program.name, l_addr: k.bias, file: k.program.bytes }]);
    return { ...base, objects: [program], relocations: ctx.relocations, bindings: [], initializers, tls, warnings: [...k.warnings, ...ctx.warnings] };
  }
  const { ctx, maps, initializers, tls, tlsBlock } = runLdso(k, opts, debug);
  return {
    ...base,
    objects: maps.map((m) => m.info),
    relocations: ctx.relocations,
    bindings: ctx.bindings,
    initializers,
    tls,
    tlsBlock,
    warnings: [...k.warnings, ...ctx.warnings, ...ctx.lazyFailures.map((f) => `the first call would fail: ${f}`)],
  };
}
