// Glass libc against glibc. Each program in test/programs/ prints what one area of the
// library does (printf, string/ctype, stdlib, files/setjmp, strtod/scanf, math); it is built
// three ways on each target and run:
//   gcc + glibc                       the reference output
//   gcc + Glass libc (built by gcc)   the library's logic, whatever the state of Glass's cc
//   glass cc + Glass libc             the real thing: Glass builds the library and the program
// and the outputs must be identical (math: within 1 ulp, see math.c).
// The archive built by `npm run build` must also hold what the headers promise.
// GLASS_LIBC_DIR=DIR tests a library built with `node scripts/build.mjs --out DIR` instead of
// packages/libc/build (glass cc then links DIR/<machine>/{crt1.o,libc.a} explicitly).
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readArchive, readElf, STB_GLOBAL, SHN_UNDEF } from "@glass/elf";
import { glass, machines, repoRoot, scratch, targetFlag, type TestMachine } from "../../../tests/support/glass.js";
import { hostHas, run, runner, type RunResult } from "../../../tests/support/host.js";

const libc = join(repoRoot, "packages/libc");
const programs = readdirSync(join(libc, "test/programs")).filter((f) => f.endsWith(".c")).sort();
const gccFor = (m: TestMachine) => (m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc");
const canRun = (m: TestMachine) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64"));
const hasGcc = (m: TestMachine) => hostHas(gccFor(m));

/** Every libc source for a machine: the portable areas plus src/<machine>/. */
function librarySources(m: TestMachine): string[] {
  const src = join(libc, "src");
  return readdirSync(src)
    .filter((d) => d !== "internal" && (d === m || !machines.includes(d as TestMachine)))
    .flatMap((d) => readdirSync(join(src, d)).map((f) => join(src, d, f)))
    .filter((f) => /\.[cs]$/.test(f));
}

/** Glass libc compiled by gcc, freestanding against Glass's own headers. */
function buildWithGcc(m: TestMachine, dir: string): { crt1: string; archive: string } {
  const cc = gccFor(m);
  const flags = ["-O1", "-w", "-ffreestanding", "-fno-builtin", "-nostdinc", "-I", join(libc, "include"), "-fno-stack-protector", "-fno-pie", "-D_GLASS_LIBC_SOURCE"];
  const objects = librarySources(m).map((src) => {
    const obj = join(dir, `${basename(src).replace(/\.[cs]$/, "")}.o`);
    const r = run(cc, [...flags, "-c", src, "-o", obj]);
    if (r.status !== 0) throw new Error(`gcc could not compile ${src}:\n${r.stderr}`);
    return obj;
  });
  const archive = join(dir, "libc.a");
  run(m === "x86_64" ? "ar" : "aarch64-linux-gnu-ar", ["rcs", archive, ...objects.filter((o) => !o.endsWith("crt1.o"))]);
  return { crt1: join(dir, "crt1.o"), archive };
}

function execute(m: TestMachine, exe: string, cwd: string): RunResult {
  const [cmd, ...pre] = [...runner(m), exe];
  return run(cmd!, pre, { cwd, encoding: "latin1", env: { PATH: process.env.PATH ?? "/usr/bin" } });
}

/** math.c prints "name(input) = %a" lines: results may differ from glibc by 1 ulp (of a
 *  float for the float functions, whose names end in "f"). */
function withinOneUlp(expected: string, actual: string): void {
  const e = expected.split("\n");
  const a = actual.split("\n");
  expect(a.length).toBe(e.length);
  const ordinal = (hex: string, float: boolean): bigint => {
    const view = new DataView(new ArrayBuffer(8));
    if (float) {
      view.setFloat32(0, hexFloat(hex));
      const b = view.getInt32(0);
      return BigInt(b < 0 ? -(b & 0x7fffffff) : b);
    }
    view.setFloat64(0, hexFloat(hex));
    const b = view.getBigInt64(0);
    return b < 0n ? -(b & 0x7fffffffffffffffn) : b; // monotonic in the value
  };
  e.forEach((line, i) => {
    const [lname, lvalue] = line.split(" = ");
    const [rname, rvalue] = a[i]!.split(" = ");
    expect(rname).toBe(lname);
    if (lvalue === rvalue || (/nan/.test(lvalue!) && /nan/.test(rvalue!))) return;
    const float = /^\w+f\(/.test(lname!);
    const ulps = ordinal(lvalue!, float) - ordinal(rvalue!, float);
    expect(ulps >= -1n && ulps <= 1n, `${line} vs ${a[i]}`).toBe(true);
  });
}

function hexFloat(s: string): number {
  if (/^-?(inf|nan)$/.test(s)) return s.includes("nan") ? NaN : s.startsWith("-") ? -Infinity : Infinity;
  const m = /^(-?)0x([01])\.?([0-9a-f]*)p([-+]\d+)$/.exec(s);
  if (!m) throw new Error(`not a %a number: ${s}`);
  const mantissa = parseInt(m[2]! + (m[3] ?? ""), 16) / 16 ** (m[3] ?? "").length;
  return (m[1] ? -1 : 1) * mantissa * 2 ** Number(m[4]);
}

const libcDir = process.env.GLASS_LIBC_DIR;

describe.each(machines)("Glass libc for %s", (m) => {
  const build = libcDir ? join(libcDir, m) : join(libc, "build", m);
  /** glass cc's arguments that link `sources` against the library under test. */
  const linkWith = (...sources: string[]) =>
    libcDir ? ["-nostdlib", join(build, "crt1.o"), ...sources, join(build, "libc.a")] : sources;
  const compare = (name: string, expected: RunResult, actual: RunResult) => {
    expect(actual.status).toBe(expected.status);
    if (name === "math.c") withinOneUlp(expected.stdout, actual.stdout);
    else expect(actual.stdout).toBe(expected.stdout);
  };
  let gccLibc: { crt1: string; archive: string } | undefined;
  const reference = new Map<string, RunResult>();

  beforeAll(() => {
    if (!hasGcc(m) || !canRun(m)) return;
    gccLibc = buildWithGcc(m, scratch(`glass-libc-gcc-${m}-`));
    for (const name of programs) {
      const dir = scratch(`glass-libc-ref-${m}-`);
      const exe = join(dir, "ref");
      const r = run(gccFor(m), ["-O0", "-w", "-static", join(libc, "test/programs", name), "-o", exe, "-lm"]);
      if (r.status !== 0) throw new Error(`gcc + glibc could not build ${name}:\n${r.stderr}`);
      reference.set(name, execute(m, exe, dir));
    }
  }, 300_000);

  it("crt1.o defines _start, libc.a indexes the library's functions", () => {
    const crt1 = readElf(readFileSync(join(build, "crt1.o")), "crt1.o");
    const defined = crt1.symbols().filter((s) => s.bind === STB_GLOBAL && s.st_shndx !== SHN_UNDEF).map((s) => s.name);
    expect(defined).toEqual(["_start"]);
    expect(crt1.header.e_machine).toBe(m === "x86_64" ? 62 : 183);
    const index = [...readArchive(readFileSync(join(build, "libc.a")), "libc.a").symbolIndex.keys()];
    for (const name of ["__syscall", "__libc_start_main", "write", "_exit", "setjmp", "longjmp", "strlen", "memcpy", "strerror", "isdigit", "strtol"])
      expect(index, name).toContain(name);
  });

  it.skipIf(!canRun(m))("glass cc: a va_list handed to a v-function is read correctly (test/probes/va_list_parameter.c)", () => {
    const dir = scratch(`glass-libc-probe-${m}-`);
    const c = glass(["cc", targetFlag(m), ...linkWith(join(libc, "test/probes/va_list_parameter.c")), "-o", join(dir, "probe")]);
    expect(c.stderr).toBe("");
    expect(execute(m, join(dir, "probe"), dir).stdout).toBe("6\n55\n");
  });

  it("libc.so is a shared object named libc.so exporting the library", () => {
    const so = readElf(readFileSync(join(build, "libc.so")), "libc.so");
    expect(so.header.e_type).toBe(3); // ET_DYN
    const exported = so.dynamicSymbols().filter((s) => s.st_shndx !== SHN_UNDEF).map((s) => s.name);
    for (const name of ["printf", "malloc", "free", "__libc_start_main", "strlen", "exit"]) expect(exported, name).toContain(name);
  });

  it.skipIf(!canRun(m))("glass cc: puts, putchar, strlen, malloc, atexit and exit behave as in C", () => {
    const dir = scratch(`glass-libc-${m}-`);
    writeFileSync(
      join(dir, "t.c"),
      `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void bye(void) { puts("atexit handler, then the buffer is flushed"); }
int main(int argc, char **argv) {
  char *copy = strdup(argv[1]);
  atexit(bye);
  puts("line one");
  putchar('o'); putchar('k'); putchar('\\n');
  if (strlen("twelve chars") != 12) return 1;
  if (putchar(200) != 200) return 2;
  puts(copy);
  free(copy);
  exit(argc + 40);
}
`,
    );
    const exe = join(dir, "t");
    const c = glass(["cc", targetFlag(m), ...linkWith(join(dir, "t.c")), "-o", exe]);
    expect(c.stderr).toBe("");
    const [cmd, ...pre] = [...runner(m), exe];
    const r = run(cmd!, [...pre, "argument"], { encoding: "latin1" });
    expect(r.stdout).toBe("line one\nok\n\u00c8argument\natexit handler, then the buffer is flushed\n");
    expect(r.status).toBe(42);
  });

  describe.each(programs)("%s", (name) => {
    it.skipIf(!hasGcc(m) || !canRun(m))("gcc + Glass libc prints what gcc + glibc prints", () => {
      const dir = scratch(`glass-libc-gcc-${m}-`);
      const obj = join(dir, "t.o");
      const exe = join(dir, "t");
      const cc = gccFor(m);
      const flags = ["-O0", "-w", "-ffreestanding", "-fno-builtin", "-nostdinc", "-I", join(libc, "include"), "-fno-stack-protector", "-fno-pie"];
      expect(run(cc, [...flags, "-c", join(libc, "test/programs", name), "-o", obj]).stderr).toBe("");
      const link = run(cc, ["-nostdlib", "-static", "-no-pie", "-o", exe, gccLibc!.crt1, obj, gccLibc!.archive, "-lgcc"]);
      expect(link.stderr).toBe("");
      compare(name, reference.get(name)!, execute(m, exe, dir));
    });

    it.skipIf(!hasGcc(m) || !canRun(m))("glass cc + Glass libc prints what gcc + glibc prints", () => {
      const dir = scratch(`glass-libc-${m}-`);
      const exe = join(dir, "t");
      const c = glass(["cc", targetFlag(m), ...linkWith(join(libc, "test/programs", name)), "-o", exe]);
      expect(c.stderr).toBe("");
      expect(existsSync(exe)).toBe(true);
      compare(name, reference.get(name)!, execute(m, exe, dir));
    });
  });
});
