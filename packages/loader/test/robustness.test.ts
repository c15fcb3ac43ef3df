// Hostile or broken ELF files end in the kernel's or ld.so's error, never a crash; memory
// stays bounded by the files' sizes (pages are materialized only when written).
import { GlassError } from "@glass/diagnostics";
import { describe, expect, it } from "vitest";
import { load } from "@glass/loader";
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
  it("W+X segments are warned about", () => {
    const p = load("/prog", { readFile: (f) => (f === "/prog" ? patch(stat, firstLoad + 4, 7n, 4) : undefined), argv: ["/prog"], aslr: false });
    expect(p.warnings.join("\n")).toMatch(/writable and executable/);
  });
  it("missing interpreter → No such file or directory", () => {
    const dyn = nodeRead()(buildC(dir, "d", "int main(void){return 0;}\n", "gcc", ["-O2"]))!;
    const files: Record<string, Uint8Array> = { "/prog": dyn };
    expect(() => load("/prog", { readFile: (p) => files[p], aslr: false })).toThrow(/No such file or directory/);
  });
});

describe.skipIf(!ok)("ld.so errors", () => {
  const dir = tempDir();
  run("gcc", ["-shared", "-fPIC", "-o", `${dir}/libfoo.so`, "-x", "c", "-"], { input: "int foo(void){return 3;}\n" });
  const prog = buildC(dir, "m", "extern int foo(void);\nint main(void){ return foo(); }\n", "gcc", [`-L${dir}`, "-lfoo"]);
  it("a missing library is 'cannot open shared object file', as ld.so says", () => {
    const real = run(prog, []);
    const sim = outcome(nodeRead()(prog)!);
    expect(real.stderr).toContain("error while loading shared libraries: libfoo.so: cannot open shared object file: No such file or directory");
    expect(sim).toBe("/prog: error while loading shared libraries: libfoo.so: cannot open shared object file: No such file or directory");
  });
  it("an undefined symbol is 'symbol lookup error' (at startup with --bind-now, at the first call lazily)", () => {
    run("gcc", ["-shared", "-fPIC", "-o", `${dir}/libfoo.so`, "-x", "c", "-"], { input: "int bar(void){return 3;}\n" });
    const real = run(prog, [], { env: { LD_LIBRARY_PATH: dir, LD_BIND_NOW: "1" } });
    expect(real.stderr).toContain(`${prog}: symbol lookup error: ${prog}: undefined symbol: foo`);
    const read = nodeRead();
    const opts = { readFile: read, argv: [prog], envp: [`LD_LIBRARY_PATH=${dir}`], aslr: false };
    expect(() => load(prog, { ...opts, bindNow: true })).toThrow(`${prog}: symbol lookup error: ${prog}: undefined symbol: foo`);
    expect(load(prog, opts).warnings.join("\n")).toContain(`the first call would fail: ${prog}: symbol lookup error: ${prog}: undefined symbol: foo`);
  });
});

describe.skipIf(!ok)("fuzz: random mutations of valid executables", () => {
  const dir = tempDir();
  const seeds = [
    nodeRead()(buildC(dir, "fs", "int main(void){return 0;}\n", "gcc", ["-static", "-O2"]))!,
    nodeRead()(buildC(dir, "fd", "#include <stdio.h>\nint main(void){puts(\"x\");return 0;}\n", "gcc", ["-O2"]))!,
  ];
  it("300 mutants: no uncaught exception, bounded time", () => {
    let state = 12345;
    const rnd = (n: number): number => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const started = Date.now();
    for (let i = 0; i < 300; i++) {
      const base = seeds[i % seeds.length]!;
      const m = base.slice();
      // Mutate mostly the headers the loaders read: ELF header, program headers, .dynamic.
      for (let j = 0, n = 1 + rnd(8); j < n; j++) {
        const at = rnd(4) === 0 ? rnd(m.length) : rnd(Math.min(m.length, 0x1000));
        m[at] = rnd(4) === 0 ? 0xff : rnd(256);
      }
      const t0 = Date.now();
      outcome(m);
      expect(Date.now() - t0).toBeLessThan(5000);
    }
    expect(Date.now() - started).toBeLessThan(50_000);
  });
});
