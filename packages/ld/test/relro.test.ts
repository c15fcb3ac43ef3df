// PT_GNU_RELRO next to GNU ld's for the same inputs: which sections it covers, that it ends on
// a page boundary (the data segment moves up for it), -z now folding .got.plt into .got, and
// the static links GNU ld gives one (glibc's libc.a) or none (Glass's libc, nothing to protect).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { fooC, useFooC, useFooOut } from "./dynamic-programs.js";
import { DynWorkdir, glibcDir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor, type Target } from "./toolchain.js";

const pageSize: Record<Target, number> = { x86_64: 0x1000, aarch64: 0x10000 };

interface Layout {
  /** Program header types in order. */
  types: string[];
  /** "Section to Segment mapping" lines, without sections of size 0 (GNU ld drops those). */
  mapping: string[];
  relroEnd?: number;
}

function layoutOf(readelf: (args: string[]) => string): Layout {
  const text = readelf(["-lSW"]);
  const empty = new Set([...text.matchAll(/^ +\[ *\d+\] (\S+) +\S+ +[0-9a-f]+ [0-9a-f]+ 0+ /gm)].map((m) => m[1]!));
  const relro = /^ +GNU_RELRO +0x[0-9a-f]+ 0x([0-9a-f]+) 0x[0-9a-f]+ 0x[0-9a-f]+ 0x([0-9a-f]+)/m.exec(text);
  return {
    types: [...text.matchAll(/^ {2}([A-Z_]+) +0x/gm)].map((m) => m[1]!),
    mapping: [...text.matchAll(/^ +\d\d {5}(.*)$/gm)].map((m) => m[1]!.split(" ").filter((s) => s !== "" && !empty.has(s)).join(" ")),
    relroEnd: relro ? parseInt(relro[1]!, 16) + parseInt(relro[2]!, 16) : undefined,
  };
}

describe.each(targets)("PT_GNU_RELRO on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);
  const ld = target === "x86_64" ? "ld" : "aarch64-linux-gnu-ld";

  it.skipIf(!has)("a shared object, lazy and -z now: GNU ld's segments and sections, RELRO ending on a page", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    for (const now of [false, true]) {
      const z = now ? ["-z", "now"] : [];
      w.glassLink("libfoo.so", [foo], { shared: true, bindNow: now });
      expect(run(ld, ["-shared", ...z, foo, "-o", w.path("gnu.so")]).status).toBe(0);
      const ours = layoutOf((args) => w.readelfOf(args, "libfoo.so"));
      const gnu = layoutOf((args) => w.readelfOf(args, "gnu.so"));
      expect(ours.types).toEqual(gnu.types);
      expect(ours.mapping).toEqual(gnu.mapping);
      // Lazy: .got.plt stays writable (RELRO takes only its 3 reserved words); -z now: no .got.plt.
      expect(ours.mapping.some((m) => m.includes(".got.plt"))).toBe(!now);
      expect(ours.relroEnd! % pageSize[target]).toBe(0);
      expect(gnu.relroEnd! % pageSize[target]).toBe(0);
    }
  });

  it.skipIf(!has)("a -z now program and library still run under ld.so", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so", bindNow: true });
    const use = w.compile("use.c", useFooC, ["-O1", "-fPIE"]);
    w.glassProgram("use", [use, w.path("libfoo.so")], { pie: true, bindNow: true, rpath: ["$ORIGIN"] });
    expect(w.execDynamic("use").stdout).toBe(useFooOut);
    expect(w.readelfOf(["-SW"], "use")).not.toContain(".got.plt");
  });

  it.skipIf(!has)("a static glibc program: RELRO over .tdata … .got as GNU ld makes it, and it runs", () => {
    const w = new DynWorkdir(target);
    const hello = w.compile("hello.c", '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n', ["-O1"]);
    const gccLib = run(target === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc", ["-print-libgcc-file-name"]).stdout.trim().replace(/\/[^/]+$/, "");
    const dir = glibcDir[target];
    const files = [`${dir}/crt1.o`, `${dir}/crti.o`, hello];
    const libs = [`${gccLib}/libgcc.a`, `${gccLib}/libgcc_eh.a`, `${dir}/libc.a`];
    w.glassInputs("st", [...files, ...libs.map((path) => ({ path, data: readFileSync(path), group: 1 })), `${dir}/crtn.o`]);
    expect(run(ld, ["-static", "-o", w.path("gnu-st"), ...files, "--start-group", ...libs, "--end-group", `${dir}/crtn.o`]).status).toBe(0);
    const ours = layoutOf((args) => w.readelfOf(args, "st"));
    const gnu = layoutOf((args) => w.readelfOf(args, "gnu-st"));
    expect(ours.types).toEqual(gnu.types);
    expect(ours.mapping).toEqual(gnu.mapping);
    expect(ours.mapping.at(-1)).toMatch(/^\.tdata .*\.data\.rel\.ro \.got$/);
    expect(ours.relroEnd! % pageSize[target]).toBe(0);
    w.exec("st");
    expect(w.exec("st").stdout).toBe("hi\n");
  });
});
