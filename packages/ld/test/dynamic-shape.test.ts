// The shape of Glass's dynamic outputs next to GNU ld's for the same inputs: GNU readelf reads
// them without a complaint, and the program headers, dynamic tags, relocation types and
// dynamic symbols (with their versions: `puts@GLIBC_2.2.5`, `puts@GLIBC_2.17`) match.
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { fooC } from "./dynamic-programs.js";
import { DynWorkdir, glibcDir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

const shapeC = `
#include <stdio.h>
extern char **environ;
int (*say)(const char *) = puts;
int main(int argc, char **argv) {
  printf("hello %d\\n", argc);
  fprintf(stdout, "env %d\\n", environ != 0);
  say("x");
  return 3;
}
`;

interface Shape {
  segments: string[];
  tags: string[];
  relocs: string[];
  dynsym: string[];
}

function shapeOf(w: DynWorkdir, file: string): Shape {
  const text = w.readelfOf(["-W", "-l", "-d", "-r", "--dyn-syms"], file);
  const unique = (xs: string[]): string[] => [...new Set(xs)].sort();
  return {
    segments: unique([...text.matchAll(/^ {2}([A-Z_]+) +0x/gm)].map((m) => m[1]!)),
    tags: unique([...text.matchAll(/^ 0x[0-9a-f]+ \(([A-Z_0-9]+)\)/gm)].map((m) => m[1]!)),
    relocs: [...text.matchAll(/ (R_[A-Z0-9_]+) +[0-9a-f]+ ?([^ @\n]*)/g)].map((m) => `${m[1]} ${m[2]}`).sort(),
    // (GNU ld's AArch64 back end also puts section symbols in a shared object's .dynsym.)
    dynsym: unique([...text.matchAll(/^ +\d+: [0-9a-f]+ +\d+ \w+ +\w+ +\w+ +\w+ ([^\s(]+)/gm)].map((m) => m[1]!).filter((n) => !n.startsWith("."))),
  };
}

const without = (xs: string[], drop: RegExp): string[] => xs.filter((x) => !drop.test(x));

describe.each(targets)("dynamic output shape next to GNU ld on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);
  const ld = target === "x86_64" ? "ld" : "aarch64-linux-gnu-ld";

  it.skipIf(!has)("libfoo.so: the same segments, tags, relocations and dynamic symbols", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so", hashStyle: "both" });
    expect(run(ld, ["-shared", "-soname", "libfoo.so", "--hash-style=both", foo, "-o", w.path("gnu.so")]).status).toBe(0);
    expect(shapeOf(w, "libfoo.so")).toEqual(shapeOf(w, "gnu.so"));
  });

  it.skipIf(!has)("a PIE against libc.so.6: the same segments, tags, relocations and versioned symbols", () => {
    const w = new DynWorkdir(target);
    const obj = w.compile("shape.c", shapeC, ["-O1", "-fPIE"]);
    const interp = target === "x86_64" ? "/lib64/ld-linux-x86-64.so.2" : "/lib/ld-linux-aarch64.so.1";
    w.glassProgram("glass", [obj], { pie: true, hashStyle: "gnu" });
    const scrt1 = `${glibcDir[target]}/Scrt1.o`;
    const gnuArgs = ["-pie", "--hash-style=gnu", "-z", "relro", "-dynamic-linker", interp, scrt1, obj, `-L${glibcDir[target]}`, "-lc", "-o", w.path("gnu")];
    expect(run(ld, gnuArgs).status).toBe(0);
    expect(w.execDynamic("glass").stdout).toBe(w.execDynamic("gnu").stdout);
    const [ours, gnu] = [shapeOf(w, "glass"), shapeOf(w, "gnu")];
    expect(ours.segments).toEqual(gnu.segments);
    expect(without(ours.tags, /^RELACOUNT$/)).toEqual(without(gnu.tags, /^RELACOUNT$/));
    // The same relocation types and symbols (GNU ld's AArch64 back end also gives puts, whose
    // address is stored, a PLT slot; Glass binds that pointer with an ABS64 relocation alone).
    const types = (relocs: string[]): string[] => [...new Set(relocs.map((r) => r.split(" ")[0]!))].sort();
    const names = (relocs: string[]): string[] => [...new Set(relocs.map((r) => r.split(" ")[1]!))].sort();
    expect(without(types(ours.relocs), /RELATIVE/)).toEqual(expect.arrayContaining(without(types(gnu.relocs), /RELATIVE/)));
    expect(names(ours.relocs)).toEqual(expect.arrayContaining(names(gnu.relocs)));
    // (GNU ld lists the alias __environ too when environ is reached through the GOT on AArch64.)
    expect(ours.dynsym).toEqual(expect.arrayContaining(without(gnu.dynsym, /^__environ@/)));
    expect(ours.dynsym).toContain(target === "x86_64" ? "puts@GLIBC_2.2.5" : "puts@GLIBC_2.17");
  });
});
