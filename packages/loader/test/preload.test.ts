// LD_PRELOAD, on both targets, against the real ld.so (natively under setarch -R; AArch64 under
// qemu-aarch64 -E LD_PRELOAD=…): a program using libfoo.so (RUNPATH $ORIGIN) and a preloaded
// libpre.so that defines foo_add and puts too. ld.so loads libpre.so right after the program,
// before the program's DT_NEEDED libraries, so its definitions come first in the global scope
// and interpose on libfoo's and libc's.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandCategories, formatDebug, load, loadMain, type LoaderIO } from "@glass/loader";
import { hostHasAll } from "../../../tests/support/host.js";
import { bindingLines, compileIn, nodeRead, runTarget, simBindingLines, tempDir, toolsFor, traceLines } from "./support.js";

const FOO = "int foo_counter = 1;\nint foo_add(int a, int b) { foo_counter++; return a + b; }\n";
const PRE = '#include <stdio.h>\nint foo_add(int a, int b) { return a * b; }\n' +
  'int puts(const char *s) { fputs("[pre] ", stdout); fputs(s, stdout); return fputs("\\n", stdout); }\n';
const MAIN = '#include <stdio.h>\nint foo_add(int, int);\nint main(void) { printf("%d\\n", foo_add(3, 4)); puts("hi"); return 0; }\n';

/** Which file each object was, in loading order (LD_DEBUG=files), and, on x86-64, where. */
const fileLines = (lines: string[], exact: boolean): string[] =>
  lines.filter((l) => /^file=|^ {2}dynamic:|^ {4}entry:/.test(l))
    .map((l) => (exact ? l : l.replace(/0x[0-9a-f]{16}/g, "ADDR")));

describe.each(["x86_64", "aarch64"] as const)("LD_PRELOAD (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools);
  if (!ok) console.warn(`skipping ${target} LD_PRELOAD: needs ${t.tools.join(", ")}`);
  const dir = ok ? tempDir() : "";
  if (ok) {
    compileIn(dir, t.cc, FOO, ["-fPIC", "-shared", "-o", "libfoo.so"]);
    compileIn(dir, t.cc, PRE, ["-fPIC", "-shared", "-o", "libpre.so"]);
    compileIn(dir, t.cc, MAIN, ["-L.", "-lfoo", "-Wl,-rpath,$ORIGIN", "-o", "main"]);
  }
  const readFile = (p: string) => nodeRead()(p.startsWith("/") ? p : join(dir, p));
  const sim = (env: string[], bindNow = false) => load("./main", { readFile, argv: ["./main"], envp: env, aslr: false, cwd: dir, sysroot: t.sysroot, bindNow });
  const simTrace = (env: string[], cats: string, bindNow = false) => traceLines(formatDebug(sim(env, bindNow).debug, expandCategories(cats) as Set<never>, 1));

  it.skipIf(!ok)("the real program is interposed on: foo_add multiplies, puts is libpre's", () => {
    expect(runTarget(target, dir, "./main").stdout).toBe("7\nhi\n");
    expect(runTarget(target, dir, "./main", { LD_PRELOAD: "./libpre.so" }).stdout).toBe("12\n[pre] hi\n");
  });

  it.skipIf(!ok)("load order (LD_DEBUG=files) and init order (LD_DEBUG=libs) equal ld.so's: libpre.so right after the program", () => {
    const real = traceLines(runTarget(target, dir, "./main", { LD_PRELOAD: "./libpre.so", LD_DEBUG: "files" }).stderr);
    const mine = simTrace(["LD_PRELOAD=./libpre.so"], "files");
    expect(fileLines(real, false)[0]).toBe("file=./libpre.so [0];  needed by ./main [0]");
    expect(fileLines(mine, target === "x86_64")).toEqual(fileLines(real, target === "x86_64"));
    const inits = (ls: string[]) => ls.filter((l) => /^calling init:|^initialize program:/.test(l));
    const realLibs = traceLines(runTarget(target, dir, "./main", { LD_PRELOAD: "./libpre.so", LD_DEBUG: "libs" }).stderr);
    expect(inits(simTrace(["LD_PRELOAD=./libpre.so"], "libs"))).toEqual(inits(realLibs));
    expect(sim(["LD_PRELOAD=./libpre.so"]).objects.map((o) => o.name).slice(0, 3)).toEqual(["./main", "./libpre.so", `${dir}/libfoo.so`]);
  });

  it.skipIf(!ok)("a bare name is searched for like the program's DT_NEEDED (its RUNPATH): the search lines equal LD_DEBUG=libs", () => {
    // glibc also tries hardware-capability subdirectories; compare each list's last directory.
    const search = (ls: string[]) => ls.filter((l) => /^find library=|^ search (path|cache)=/.test(l)).map((l) => l.replace(/search path=(?:[^\t]*:)?([^:\t]*)\t/, "search path=$1\t"));
    const real = traceLines(runTarget(target, dir, "./main", { LD_PRELOAD: "libpre.so", LD_DEBUG: "libs" }).stderr);
    const mine = simTrace(["LD_PRELOAD=libpre.so"], "libs");
    expect(search(mine)[0]).toBe("find library=libpre.so [0]; searching");
    expect(search(mine)).toEqual(search(real));
  });

  it.skipIf(!ok)("--bind-now bindings equal LD_BIND_NOW=1 LD_DEBUG=bindings: the program's foo_add and puts bind to libpre.so", () => {
    const real = bindingLines(traceLines(runTarget(target, dir, "./main", { LD_PRELOAD: "./libpre.so", LD_BIND_NOW: "1", LD_DEBUG: "bindings" }).stderr));
    const mine = simBindingLines(sim(["LD_PRELOAD=./libpre.so"], true));
    expect(mine).toContain("./main [0] to ./libpre.so [0]: normal symbol `foo_add'");
    expect(mine.filter((l) => l.startsWith("./main [0] to ./libpre.so"))).toHaveLength(2);
    expect(mine).toEqual(real);
  });

  it.skipIf(!ok)("lazily, the program's first calls of foo_add and puts bind to libpre.so, as in the real run", () => {
    const real = bindingLines(traceLines(runTarget(target, dir, "./main", { LD_PRELOAD: "./libpre.so", LD_DEBUG: "bindings" }).stderr));
    const lazy = simBindingLines(sim(["LD_PRELOAD=./libpre.so"]), "lazy").filter((l) => l.startsWith("./main [0] to ./libpre.so"));
    expect(lazy).toHaveLength(2);
    for (const l of lazy) expect(real).toContain(l);
  });

  it.skipIf(!ok)("glass load --env LD_PRELOAD=…: a preload that cannot be found is reported as ld.so does and skipped (exit 0)", () => {
    const real = runTarget(target, dir, "./main", { LD_PRELOAD: "./nope.so" });
    const message = "ERROR: ld.so: object './nope.so' from LD_PRELOAD cannot be preloaded (cannot open shared object file): ignored.";
    expect(real.stderr).toContain(message);
    expect(real.status).toBe(0);
    const o = { out: "", err: "", readFile, cwd: dir, stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s) } satisfies LoaderIO & { out: string; err: string };
    const sysroot = t.sysroot ? [`--sysroot=${t.sysroot}`] : [];
    expect(loadMain(["--no-aslr", ...sysroot, "--env", "LD_PRELOAD=./nope.so ./libpre.so", "./main"], o)).toBe(0);
    expect(o.err).toContain(message);
    expect(o.out).toMatch(/library {5}\.\/libpre\.so at 0x/);
  });
});
