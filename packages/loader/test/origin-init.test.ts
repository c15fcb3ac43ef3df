// A program in bin/ and two libraries in lib/ with constructors, on both targets:
//   bin/im     DT_RUNPATH $ORIGIN/../lib, DT_NEEDED libone.so, a DT_PREINIT_ARRAY entry, a constructor
//   lib/libone DT_RUNPATH $ORIGIN, DT_NEEDED libtwo.so, two constructors (one with a priority)
//   lib/libtwo a constructor
// $ORIGIN must expand to each object's own directory (the program is started by a relative
// path, as glibc makes it absolute from the current directory), and the initializers listed
// must be the ones the real program prints, in the same order.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDebug, expandCategories, load } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { nodeRead, runTarget, tempDir, toolsFor } from "./support.js";

const LIB2 = '#include <stdio.h>\n__attribute__((constructor)) static void lib2_ctor(void) { puts("lib2_ctor"); }\nint two(void) { return 2; }\n';
const LIB1 = '#include <stdio.h>\nint two(void);\n__attribute__((constructor)) static void lib1_ctor(void) { puts("lib1_ctor"); }\n' +
  '__attribute__((constructor(200))) static void lib1_early(void) { puts("lib1_early"); }\nint one(void) { return two() - 1; }\n';
const MAIN = '#include <stdio.h>\nint one(void);\nstatic void main_preinit(void) { puts("main_preinit"); }\n' +
  '__attribute__((section(".preinit_array"), used)) static void (*pre)(void) = main_preinit;\n' +
  '__attribute__((constructor)) static void main_ctor(void) { puts("main_ctor"); }\nint main(void) { puts("main"); return one(); }\n';

function buildTree(target: "x86_64" | "aarch64"): string {
  const { cc } = toolsFor(target);
  const dir = tempDir();
  mkdirSync(join(dir, "bin"));
  mkdirSync(join(dir, "lib"));
  const build = (src: string, args: string[]): void => {
    const r = run(cc, ["-O2", "-x", "c", "-", ...args], { input: src, cwd: dir });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  build(LIB2, ["-shared", "-fPIC", "-o", "lib/libtwo.so"]);
  build(LIB1, ["-shared", "-fPIC", "-Llib", "-ltwo", "-Wl,-rpath,$ORIGIN", "-o", "lib/libone.so"]);
  build(MAIN, ["-Llib", "-lone", "-Wl,-rpath-link,lib", "-Wl,-rpath,$ORIGIN/../lib", "-o", "bin/im"]);
  return dir;
}

// glibc also tries the hardware-capability subdirectories (glibc-hwcaps/x86-64-v3, tls/…) of a
// directory the first time; the simulation does not, so only each list's last entry is compared.
const libsLines = (trace: string): string[] =>
  trace.split("\n").map((l) => l.replace(/^\s*\d+:\t/, "").replace(/search path=(?:[^\t]*:)?([^:\t]*)\t/, "search path=$1\t")).filter((l) => /^ search path=.*RUNPATH|^calling (pre)?init:|^initialize program:/.test(l));

describe.each(["x86_64", "aarch64"] as const)("$ORIGIN and initializers (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools);
  const dir = ok ? buildTree(target) : "";
  const sim = () => load("bin/im", { readFile: (p) => nodeRead()(p.startsWith("/") ? p : join(dir, p)), argv: ["bin/im"], aslr: false, cwd: dir, sysroot: t.sysroot });

  it.skipIf(!ok)("$ORIGIN is each object's directory: the RUNPATH searches and the objects found equal ld.so's (LD_DEBUG=libs)", () => {
    const real = libsLines(runTarget(target, dir, "bin/im", { LD_DEBUG: "libs" }).stderr);
    const p = sim();
    expect(real).toContain(` search path=${dir}/bin/../lib\t\t(RUNPATH from file bin/im)`);
    expect(p.objects.map((o) => o.path)).toContain(`${dir}/bin/../lib/libtwo.so`);
    expect(libsLines(formatDebug(p.debug, expandCategories("libs") as Set<never>, 1))).toEqual(real);
  });

  it.skipIf(!ok)("the initializers listed are the constructors the program prints, in the same order", () => {
    const printed = runTarget(target, dir, "bin/im").stdout.trim().split("\n");
    expect(printed).toEqual(["main_preinit", "lib2_ctor", "lib1_early", "lib1_ctor", "main_ctor", "main"]);
    const p = sim();
    const named = p.initializers.filter((i) => i.symbol && printed.includes(i.symbol)).map((i) => i.symbol);
    expect(named).toEqual(printed.slice(0, -1));
    // glibc's order: the program's preinit array, then each object (dependencies first) with
    // DT_INIT before DT_INIT_ARRAY, the program last.
    expect(p.initializers[0]).toMatchObject({ kind: "DT_PREINIT_ARRAY", object: "bin/im", symbol: "main_preinit" });
    const objects = [...new Set(p.initializers.slice(1).map((i) => i.object))];
    expect(objects.slice(-3)).toEqual([`${dir}/bin/../lib/libtwo.so`, `${dir}/bin/../lib/libone.so`, "bin/im"]);
    const mainInits = p.initializers.filter((i) => i.object === "bin/im").map((i) => i.kind);
    expect(mainInits).toEqual(["DT_PREINIT_ARRAY", ...(mainInits.includes("DT_INIT") ? ["DT_INIT"] : []), "DT_INIT_ARRAY", "DT_INIT_ARRAY"]);
  });
});
