// The foundation program through every stage, on both targets: -E, -S, -c, -o, run; and the
// GNU twins of each stage reading Glass's artifacts (as, ld, readelf, objdump).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { glass, machines, repoRoot, scratch, targetFlag } from "../support/glass.js";
import { gnu, hostHas, run, runner } from "../support/host.js";

const hello = join(repoRoot, "examples/hello.c");
const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64"));
const noWarnings = (r: { stdout: string; stderr: string }) => expect(r.stderr + r.stdout).not.toMatch(/warning|error/i);

describe.each(machines)("hello.c on %s", (m) => {
  const dir = scratch(`glass-hello-${m}-`);
  const exe = join(dir, "hello");
  const gnuTools = hostHas(gnu("readelf", m)) && hostHas(gnu("as", m)) && hostHas(gnu("ld", m));

  it("-E prints the text with gcc-style line markers", () => {
    const r = glass(["cc", targetFlag(m), "-E", hello]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").slice(0, 4)).toEqual([`# 0 "${hello}"`, '# 0 "<built-in>"', '# 0 "<command-line>"', `# 1 "${hello}"`]);
    expect(r.stdout).toContain("int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }");
  });

  it.skipIf(!hostHas(gnu("gcc", m)))("-E output equals gcc -E -nostdinc", () => {
    const r = glass(["cc", targetFlag(m), "-E", hello]);
    expect(r.stdout).toBe(run(gnu("gcc", m), ["-E", "-nostdinc", hello]).stdout);
  });

  it("-o builds a static executable that prints hello and exits 55", () => {
    const r = glass(["cc", targetFlag(m), hello, "-o", exe]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    if (!canRun(m)) return;
    const [cmd, ...pre] = [...runner(m), exe];
    const p = run(cmd!, [...pre]);
    expect(p.stdout).toBe("hello\n");
    expect(p.status).toBe(55);
  });

  it.skipIf(!gnuTools)("-S output is accepted by GNU as", () => {
    const s = join(dir, "hello.s");
    expect(glass(["cc", targetFlag(m), "-S", hello, "-o", s]).status).toBe(0);
    const r = run(gnu("as", m), [s, "-o", join(dir, "gnu-as.o")]);
    expect(r.status).toBe(0);
    noWarnings(r);
  });

  it.skipIf(!gnuTools)("-c writes an object GNU readelf reads cleanly and GNU ld links", () => {
    const o = join(dir, "hello.o");
    expect(glass(["cc", targetFlag(m), "-c", hello, "-o", o]).status).toBe(0);
    const re = run(gnu("readelf", m), ["-a", "-W", o]);
    expect(re.status).toBe(0);
    noWarnings(re);
    for (const s of [".text", ".data", ".bss", ".rodata", ".rela.text", ".symtab", ".strtab", ".shstrtab", ".note.GNU-stack"])
      expect(re.stdout).toContain(` ${s} `);
    const od = run(gnu("objdump", m), ["-d", "-r", o]);
    expect(od.stderr).toBe("");
    expect(od.stdout).toMatch(m === "x86_64" ? /R_X86_64_PLT32\s+puts-0x4/ : /R_AARCH64_CALL26\s+puts/);
    const libc = join(repoRoot, `packages/libc/build/${m}`);
    const out = join(dir, "hello-gnu-ld");
    const ld = run(gnu("ld", m), ["-static", "-o", out, join(libc, "crt1.o"), o, join(libc, "libc.a")]);
    expect(ld.stderr).toBe("");
    expect(ld.status).toBe(0);
    if (!canRun(m)) return;
    const [cmd, ...pre] = [...runner(m), out];
    const p = run(cmd!, pre);
    expect([p.stdout, p.status]).toEqual(["hello\n", 55]);
  });

  it.skipIf(!gnuTools)("the executable reads cleanly with GNU readelf and objdump", () => {
    if (!existsSync(exe)) expect(glass(["cc", targetFlag(m), hello, "-o", exe]).status).toBe(0);
    const re = run(gnu("readelf", m), ["-a", "-W", exe]);
    expect(re.status).toBe(0);
    noWarnings(re);
    expect(re.stdout).toMatch(/Type:\s+EXEC \(Executable file\)/);
    const od = run(gnu("objdump", m), ["-d", exe]);
    expect(od.status).toBe(0);
    expect(od.stderr).toBe("");
    expect(od.stdout).toMatch(/<_start>:/);
    expect(od.stdout).toMatch(/<main>:/);
  });

  it.skipIf(!gnuTools)("glass readelf -h -S -s -r agrees with GNU readelf on the object and the executable", () => {
    const o = join(dir, "hello.o");
    if (!existsSync(o)) expect(glass(["cc", targetFlag(m), "-c", hello, "-o", o]).status).toBe(0);
    if (!existsSync(exe)) expect(glass(["cc", targetFlag(m), hello, "-o", exe]).status).toBe(0);
    for (const file of [o, exe]) {
      const ours = glass(["readelf", "-h", "-S", "-s", "-r", "-W", file]);
      const theirs = run(gnu("readelf", m), ["-h", "-S", "-s", "-r", "-W", file]);
      expect(ours.status).toBe(0);
      expect(ours.stdout).toBe(theirs.stdout);
    }
  });

  it("the -S text names the target's instructions", () => {
    const r = glass(["cc", targetFlag(m), "-S", hello, "-o", "-"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(m === "x86_64" ? /\bcall\s+(fib|puts)/ : /\bbl\s+(fib|puts)/);
  });
});
