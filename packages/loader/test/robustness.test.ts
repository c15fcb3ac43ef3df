// Hostile or broken ELF files end in the kernel's or ld.so's error, never a crash; memory
// stays bounded by the files' sizes (pages are materialized only when written).
import { GlassError } from "@glass/diagnostics";
import { describe, expect, it } from "vitest";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatMaps, load, loadMain } from "@glass/loader";
import { hostHas, run } from "../../../tests/support/host.js";
import { buildC, nodeRead, tempDir } from "./support.js";

const ok = hostHas("gcc");

/** The error message load() gives (its first diagnostic and notes), or "ok". */
function outcome(bytes: Uint8Array, extra: Record<string, Uint8Array> = {}, bindNow = false): string {
  const files: Record<string, Uint8Array> = { "/prog": bytes, ...extra };
  try {
    load("/prog", { readFile: (p) => files[p] ?? nodeRead()(p), argv: ["/prog"], aslr: false, bindNow });
    return "ok";
  } catch (e) {
    if (!(e instanceof GlassError)) throw e;
    const d = e.diagnostics[0]!;
    return [d.message, ...(d.notes ?? []).map((n) => n.message)].join(" | ");
  }
}

const patch = (bytes: Uint8Array, at: number, value: bigint, size: 2 | 4 | 8): Uint8Array => {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  if (size === 2) v.setUint16(at, Number(value), true);
  else if (size === 4) v.setUint32(at, Number(value), true);
  else v.setBigUint64(at, value, true);
  return out;
};

describe.skipIf(!ok)("broken executables", () => {
  const dir = tempDir();
  const stat = nodeRead()(buildC(dir, "s", "int main(void){return 0;}\n", "gcc", ["-static", "-O2"]))!;
  const phoff = Number(new DataView(stat.buffer, stat.byteOffset).getBigUint64(32, true));
  const firstLoad = (() => {
    const v = new DataView(stat.buffer, stat.byteOffset);
    for (let i = 0; ; i++) if (v.getUint32(phoff + i * 56, true) === 1) return phoff + i * 56;
  })();

  it("bad magic, class, machine, type, phentsize, phnum → Exec format error", () => {
    expect(outcome(patch(stat, 0, 0x7fn, 4))).toMatch(/Exec format error \| execve: no ELF magic/);
    expect(outcome(patch(stat, 4, 0x010101n, 4).map((b, i) => (i === 4 ? 1 : b)))).toMatch(/Exec format error.*ELFCLASS64/);
    expect(outcome(patch(stat, 18, 40n, 2))).toMatch(/Exec format error.*e_machine 40/);
    expect(outcome(patch(stat, 16, 1n, 2))).toMatch(/Exec format error.*e_type is 1/);
    expect(outcome(patch(stat, 54, 48n, 2))).toMatch(/Exec format error.*e_phentsize is 48/);
    expect(outcome(patch(stat, 56, 200n, 2))).toMatch(/Exec format error.*e_phnum is 200/);
  });
  it("e_phoff past the end → Input/output error", () => {
    expect(outcome(patch(stat, 32, 0xffffffffn, 8))).toMatch(/Input\/output error/);
  });
  it("p_filesz > p_memsz, misaligned p_offset, huge p_memsz → Invalid argument", () => {
    expect(outcome(patch(stat, firstLoad + 32, 0x100000000n, 8))).toMatch(/Invalid argument.*p_filesz .* > p_memsz/);
    expect(outcome(patch(stat, firstLoad + 8, 0x10n, 8))).toMatch(/Invalid argument.*not congruent/);
    expect(outcome(patch(stat, firstLoad + 40, 0xffff000000000000n, 8))).toMatch(/Invalid argument.*TASK_SIZE/);
  });
  it("a huge .bss is mapped without allocating it", () => {
    // Last PT_LOAD (the data segment) gets a 1 TiB p_memsz.
    const v = new DataView(stat.buffer, stat.byteOffset);
    let last = 0;
    for (let i = 0; i < v.getUint16(56, true); i++) if (v.getUint32(phoff + i * 56, true) === 1) last = phoff + i * 56;
    const files = { "/prog": patch(stat, last + 40, 1n << 40n, 8) };
    const p = load("/prog", { readFile: (f) => files[f as "/prog"], argv: ["/prog"], aslr: false });
    expect(p.memory.mappings.some((m) => m.end - m.start >= (1n << 40n) - (1n << 30n))).toBe(true);
    expect(p.memory.materializedPages).toBeLessThan(16);
  });
  it("missing interpreter → No such file or directory", () => {
    const dyn = nodeRead()(buildC(dir, "d", "int main(void){return 0;}\n", "gcc", ["-O2"]))!;
    const files: Record<string, Uint8Array> = { "/prog": dyn };
    expect(() => load("/prog", { readFile: (p) => files[p], aslr: false })).toThrow(/No such file or directory/);
  });
});

/** `glass load` on a file: its exit status and what it printed on stderr. */
function cli(args: string[], files: Record<string, Uint8Array> = {}): { status: number; err: string } {
  const o = { err: "", readFile: (p: string) => files[p] ?? nodeRead()(p), stdout: () => undefined, stderr: (t: string) => void (o.err += t) };
  return { status: loadMain(["--no-aslr", ...args], o), err: o.err };
}

describe.skipIf(!ok)("glass load: exit status and message, worded like the kernel and ld.so", () => {
  const dir = tempDir();
  const src = "int x = 5; int y[1000];\nint main(void){ return x - 5 + y[9]; }\n";
  const prog = buildC(dir, "t", src, "gcc", ["-static", "-O2"]);
  const bytes = nodeRead()(prog)!;
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  const loads = Array.from({ length: v.getUint16(56, true) }, (_, i) => Number(v.getBigUint64(32, true)) + i * 56).filter((at) => v.getUint32(at, true) === 1);
  const field = (ph: number, off: number): bigint => v.getBigUint64(ph + off, true);
  const data = loads[loads.length - 1]!;
  const write = (name: string, b: Uint8Array): string => {
    writeFileSync(join(dir, name), b);
    chmodSync(join(dir, name), 0o755);
    return join(dir, name);
  };

  it("overlapping PT_LOADs: the later mapping replaces the earlier one's page (a warning, exit 0); the real program runs", () => {
    // The data segment moved one page down (same file bytes) onto the last page of the segment before it.
    let m = bytes;
    for (const [off, delta] of [[8, -0x1000n], [16, -0x1000n], [24, -0x1000n], [32, 0x1000n], [40, 0x1000n]] as const) m = patch(m, data + off, field(data, off) + delta, 8);
    const file = write("overlap", m);
    expect(run(file, []).status).toBe(0);
    const r = cli([file]);
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/warning: PT_LOAD \[\d\] \(p_vaddr 0x[0-9a-f]+\) overlaps the previous segment; the later mapping replaces it/);
    const p = load(file, { readFile: (f) => (f === file ? m : undefined), aslr: false });
    expect(p.memory.mappingAt((field(data, 16) - 0x1000n) & ~0xfffn)?.perms).toBe("rw-");
  });

  it.skipIf(!hostHas("strace"))("file bytes past the end of the file: execve succeeds with a warning, or fails with EFAULT (Bad address) when zeroing .bss touches a page past it", () => {
    const filesz = field(data, 32);
    const fileEnd = Number(field(data, 8) + filesz);
    // Cut inside the page where .bss starts: the kernel maps it, the program faults later.
    const late = write("late", bytes.slice(0, (fileEnd & ~0xfff) + 0x100));
    expect(run("strace", ["-e", "trace=execve", late]).stderr).toMatch(/execve\("[^"]+", \[[^\]]*\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) = 0/);
    const r1 = cli([late]);
    expect(r1.status).toBe(0);
    expect(r1.err).toMatch(/warning: PT_LOAD \[\d\] \(p_vaddr 0x[0-9a-f]+\): file bytes end at 0x[0-9a-f]+, past the end of the file/);
    // Cut a page before: padzero's clear_user faults, execve fails past the point of no return.
    const early = write("early", bytes.slice(0, (fileEnd & ~0xfff) - 0x1000 + 0x100));
    const real = run("strace", ["-e", "trace=execve", early]).stderr;
    expect(real).toMatch(/= -1 EFAULT \(Bad address\)/);
    expect(real).toContain("+++ killed by SIGSEGV +++");
    const r2 = cli([early]);
    expect(r2.status).toBe(1);
    expect(r2.err).toContain(`${early}: Bad address`);
    expect(r2.err).toMatch(/execve: PT_LOAD \[\d\] .*zeroing the \.bss start .* the process is killed with SIGSEGV/);
  });

  it("a W+X segment: a warning, exit 0; the real program runs", () => {
    const file = write("wx", patch(bytes, loads[1]! + 4, 7n, 4));
    expect(run(file, []).status).toBe(0);
    const r = cli([file]);
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/glass load: warning: PT_LOAD \[1\] \(p_vaddr 0x[0-9a-f]+\) is writable and executable \(W\+X\)/);
  });

  it("a missing library: ld.so's line, as the real run (which exits 127; glass load exits 1)", () => {
    run("gcc", ["-shared", "-fPIC", "-o", `${dir}/libbar.so`, "-x", "c", "-"], { input: "int bar(void){return 3;}\n" });
    const m = buildC(dir, "m", "extern int bar(void);\nint main(void){ return bar(); }\n", "gcc", [`-L${dir}`, "-lbar"]);
    const line = `${m}: error while loading shared libraries: libbar.so: cannot open shared object file: No such file or directory`;
    const real = run(m, [], { env: {} });
    expect([real.status, real.stderr.trim()]).toEqual([127, line]);
    const r = cli([m]);
    expect(r.status).toBe(1);
    expect(r.err).toContain(line);
  });

  it("an undefined symbol: ld.so's line with --bind-now, as LD_BIND_NOW=1; lazily exit 0 and a warning (the real run fails at the first call)", () => {
    run("gcc", ["-shared", "-fPIC", "-o", `${dir}/libbaz.so`, "-x", "c", "-"], { input: "int baz(void){return 3;}\n" });
    const m = buildC(dir, "u", "extern int baz(void);\nint main(void){ return baz(); }\n", "gcc", [`-L${dir}`, "-lbaz"]);
    run("gcc", ["-shared", "-fPIC", "-o", `${dir}/libbaz.so`, "-x", "c", "-"], { input: "int other(void){return 3;}\n" });
    const line = `${m}: symbol lookup error: ${m}: undefined symbol: baz`;
    for (const now of [true, false]) {
      const real = run(m, [], { env: { LD_LIBRARY_PATH: dir, ...(now ? { LD_BIND_NOW: "1" } : {}) } });
      expect([real.status, real.stderr.trim()]).toEqual([127, line]);
    }
    const r = cli(["--bind-now", "--env", `LD_LIBRARY_PATH=${dir}`, m]);
    expect([r.status, r.err]).toEqual([1, `glass load: error: ${line}\n`]);
    const lazy = cli(["--env", `LD_LIBRARY_PATH=${dir}`, m]);
    expect(lazy.status).toBe(0);
    expect(lazy.err).toContain(`glass load: warning: the first call would fail: ${line}`);
  });
});

/**
 * The fuzz: mutants of valid executables (static, dynamic, and a program's own library) go
 * through load() directly, in memory, with every file read once. Each run must end as a
 * process image (exit status 0) or as the kernel's / ld.so's error (a GlassError, status 1):
 * any other exception fails the test. Mutations aim mostly at what the loaders read: the ELF
 * header and program headers, and the .dynamic section.
 */
describe.skipIf(!ok)("fuzz: random mutations of valid executables", () => {
  const dir = tempDir();
  run("gcc", ["-O2", "-shared", "-fPIC", "-o", `${dir}/libfoo.so`, "-x", "c", "-"], { input: "int foo_counter = 1;\nint foo(void){ return ++foo_counter; }\n" });
  const cached = new Map<string, Uint8Array | undefined>();
  const readOnce = (path: string): Uint8Array | undefined => {
    if (!cached.has(path)) cached.set(path, nodeRead()(path));
    return cached.get(path);
  };
  const seeds = [
    buildC(dir, "fs", "int main(void){return 0;}\n", "gcc", ["-static", "-O2"]),
    buildC(dir, "fd", "#include <stdio.h>\nint main(void){puts(\"x\");return 0;}\n", "gcc", ["-O2"]),
    buildC(dir, "fl", "extern int foo_counter; int foo(void);\nint main(void){return foo() + foo_counter;}\n", "gcc", ["-O2", `-L${dir}`, "-lfoo", "-Wl,-rpath,$ORIGIN"]),
  ].map((path) => ({ path, bytes: readOnce(path)! }));
  /** [offset, size) of the .dynamic section in the file, from PT_DYNAMIC. */
  const dynamicRange = (bytes: Uint8Array): [number, number] => {
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    const phoff = Number(v.getBigUint64(32, true));
    for (let i = 0; i < v.getUint16(56, true); i++) {
      if (v.getUint32(phoff + i * 56, true) === 2) return [Number(v.getBigUint64(phoff + i * 56 + 8, true)), Number(v.getBigUint64(phoff + i * 56 + 32, true))];
    }
    return [0, 0x1000];
  };

  it("2,000 mutants: every run loads (0) or ends in the kernel's or ld.so's error (1), memory bounded, none hangs", () => {
    let state = 12345;
    const rnd = (n: number): number => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const statuses = [0, 0];
    const started = Date.now();
    const N = 2000;
    for (let i = 0; i < N; i++) {
      const seed = seeds[i % seeds.length]!;
      // The program's library is mutated instead of the program one time in three (for the one that has a library).
      const target = seed.path.endsWith("fl") && rnd(3) === 0 ? `${dir}/libfoo.so` : seed.path;
      const m = readOnce(target)!.slice();
      const [dynOff, dynSize] = dynamicRange(m);
      for (let j = 0, n = 1 + rnd(8); j < n; j++) {
        const where = rnd(10);
        const at = where < 5 ? rnd(Math.min(m.length, 0x400)) : where < 8 ? dynOff + rnd(Math.max(dynSize, 1)) : rnd(m.length);
        if (at < m.length) m[at] = rnd(4) === 0 ? 0xff : rnd(256);
      }
      const read = (p: string) => (p === target ? m : readOnce(p));
      const t0 = Date.now();
      try {
        const p = load(seed.path, { readFile: read, argv: [seed.path], aslr: i % 2 === 0, seed: i, bindNow: i % 3 === 0 });
        formatMaps(p);
        // Pages are materialized only when written: bounded by the files' sizes, not by p_memsz.
        expect(p.memory.materializedPages).toBeLessThan(4096);
        statuses[0]!++;
      } catch (e) {
        if (!(e instanceof GlassError)) throw new Error(`mutant ${i} of ${target}: uncaught ${e instanceof Error ? e.stack : String(e)}`);
        statuses[1]!++;
      }
      // A hang guard, not a speed test: one load takes milliseconds; a loop would take forever.
      expect(Date.now() - t0).toBeLessThan(10_000);
    }
    const elapsed = Date.now() - started;
    console.log(`fuzz: ${N} mutants in ${elapsed} ms: ${statuses[0]} loaded, ${statuses[1]} errors`);
    expect(statuses[0]! + statuses[1]!).toBe(N);
    expect(statuses[0]).toBeGreaterThan(N / 10);
    expect(statuses[1]).toBeGreaterThan(N / 10);
  });
});
