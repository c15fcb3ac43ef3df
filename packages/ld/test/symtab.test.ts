// .symtab details next to GNU ld's: a hidden global is forced LOCAL (visibility DEFAULT) in a
// shared object but stays GLOBAL HIDDEN in an executable, and a symbol a shared object provides
// is named with its version (`puts@GLIBC_2.2.5`, `puts@GLIBC_2.17` on AArch64).
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { DynWorkdir, glibcDir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

/** `Type Bind Vis Ndx Name` of the .symtab entries named by `names` (versions included). */
function entries(symtab: string, names: RegExp): string[] {
  const section = symtab.slice(symtab.indexOf("'.symtab'"));
  return [...section.matchAll(/^ +\d+: [0-9a-f]+ +\d+ (\w+) +(\w+) +(\w+) +(\w+) (\S+)$/gm)]
    .filter((m) => names.test(m[5]!))
    .map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4] === "UND" ? "UND" : "defined"} ${m[5]}`)
    .sort();
}

describe.each(targets)(".symtab next to GNU ld on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);
  const ld = target === "x86_64" ? "ld" : "aarch64-linux-gnu-ld";
  const hiddenC = '__attribute__((visibility("hidden"))) int hx = 1;\nint g2(void) { return hx; }\n';

  it.skipIf(!has)("hidden globals: LOCAL in a shared object, GLOBAL HIDDEN in an executable", () => {
    const w = new DynWorkdir(target);
    const h = w.compile("h.c", hiddenC, ["-O1", "-fPIC"]);
    w.glassLink("h.so", [h], { shared: true });
    expect(run(ld, ["-shared", h, "-o", w.path("gnu.so")]).status).toBe(0);
    const names = /^(hx|g2)$/;
    expect(entries(w.readelfOf(["-sW"], "h.so"), names)).toEqual(entries(w.readelfOf(["-sW"], "gnu.so"), names));
    expect(entries(w.readelfOf(["-sW"], "h.so"), names)).toContain("OBJECT LOCAL DEFAULT defined hx");

    const m = w.compile("m.c", hiddenC + "int main(void) { return g2() - 1; }\n", ["-O1", "-fPIE"]);
    w.glassProgram("m", [m], { pie: true });
    const dir = glibcDir[target];
    expect(run(ld, ["-pie", "-o", w.path("gnu-m"), `${dir}/Scrt1.o`, m, `-L${dir}`, "-lc"]).status).toBe(0);
    expect(entries(w.readelfOf(["-sW"], "m"), names)).toEqual(entries(w.readelfOf(["-sW"], "gnu-m"), names));
    expect(entries(w.readelfOf(["-sW"], "m"), names)).toContain("OBJECT GLOBAL HIDDEN defined hx");
  });

  it.skipIf(!has)("imported and copied symbols carry their version", () => {
    const w = new DynWorkdir(target);
    const p = w.compile("p.c", '#include <stdio.h>\nint main(void) { fputs("x\\n", stdout); return 0; }\n', ["-O1", "-fno-pie"]);
    w.glassProgram("p", [p]);
    const dir = glibcDir[target];
    expect(run(ld, ["-o", w.path("gnu-p"), `${dir}/crt1.o`, p, `-L${dir}`, "-lc", "-dynamic-linker", "/x"]).status).toBe(0);
    const names = /^(fputs|fwrite|stdout)@/; // gcc may turn fputs of a constant into fwrite
    const ours = entries(w.readelfOf(["-sW"], "p"), names);
    expect(ours).toEqual(entries(w.readelfOf(["-sW"], "gnu-p"), names));
    const version = target === "x86_64" ? "2.2.5" : "2.17";
    expect(ours.some((e) => new RegExp(`^FUNC GLOBAL DEFAULT UND f(puts|write)@GLIBC_${version}$`).test(e))).toBe(true);
    expect(ours).toContain(`OBJECT GLOBAL DEFAULT defined stdout@GLIBC_${version}`); // the COPY in .bss
    expect(w.execDynamic("p").stdout).toBe("x\n");
  });
});
