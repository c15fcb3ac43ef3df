// --debug=statistics against LD_DEBUG=statistics, both targets. glibc 2.36 counts symbol
// lookups, not relocations applied: "number of relocations" is the number of
// _dl_lookup_symbol_x calls so far (relocations against global symbols whose answer was not in
// the one-entry lookup cache, ld.so's own malloc lookups, the vdso's functions), "from cache"
// the cache hits, and "relative relocations" the DT_RELACOUNT of every object in the global
// scope. The "final" block at exit adds the lookups of lazy PLT calls made while the program
// ran, so the simulation prints it only when every slot is bound at startup.
// The cycle counts of the real output are left out (the simulation prints no timings).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandCategories, formatDebug, load } from "@glass/loader";
import { hostHasAll } from "../../../tests/support/host.js";
import { bindingLines, compileIn, nodeRead, runTarget, simBindingLines, tempDir, toolsFor, traceLines } from "./support.js";

const FOO = "int foo_counter = 1;\nint foo_add(int a, int b) { foo_counter++; return a + b; }\n";
const MAIN = '#include <stdio.h>\n#include <stdlib.h>\nextern int foo_counter; int foo_add(int, int);\nint main(void) { char *p = malloc(4); printf("%d\\n", foo_add(3, foo_counter)); free(p); return 0; }\n';
const HELLO = '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n';

/** The statistics lines of a trace, without the timing lines. */
const statLines = (lines: string[]): string[] => lines.filter((l) => /number of|^runtime linker statistics:/.test(l));
const count = (lines: string[], label: string): number => Number(/: (\d+)$/.exec(lines.find((l) => l.trim().startsWith(label))!)![1]);

describe.each(["x86_64", "aarch64"] as const)("LD_DEBUG=statistics (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools);
  if (!ok) console.warn(`skipping ${target} statistics: needs ${t.tools.join(", ")}`);
  const dir = ok ? tempDir() : "";
  if (ok) {
    compileIn(dir, t.cc, HELLO, ["-o", "hello"]);
    compileIn(dir, t.cc, FOO, ["-fPIC", "-shared", "-o", "libfoo.so"]);
    compileIn(dir, t.cc, MAIN, ["-L.", "-lfoo", "-Wl,-rpath,$ORIGIN", "-o", "main"]);
  }
  const sim = (prog: string, bindNow: boolean) =>
    load(prog, { readFile: (p) => nodeRead()(p.startsWith("/") ? p : join(dir, p)), argv: [prog], aslr: false, cwd: dir, sysroot: t.sysroot, bindNow });
  const real = (prog: string, bindNow: boolean) => traceLines(runTarget(target, dir, prog, { LD_DEBUG: "statistics,bindings", ...(bindNow ? { LD_BIND_NOW: "1" } : {}) }).stderr);

  for (const prog of ["./hello", "./main"]) {
    it.skipIf(!ok)(`${prog} --bind-now: the lines and numbers equal LD_BIND_NOW=1 (vdso lookups aside where the run has no vdso)`, () => {
      const p = sim(prog, true);
      const r = real(prog, true);
      // qemu-aarch64 7.x gives the guest no vdso, so ld.so looks nothing up there; Linux does.
      const vdsoGap = p.arch.vdsoSymbols.length - r.filter((l) => l.startsWith("binding file linux-vdso")).length;
      if (target === "x86_64") expect(vdsoGap).toBe(0);
      const realLines = statLines(r).map((l) => l.replace(/(number of relocations: )(\d+)$/, (_, a: string, n: string) => a + (Number(n) + vdsoGap)));
      const mine = statLines(traceLines(formatDebug(p.debug, expandCategories("statistics") as Set<never>, 1)));
      expect(mine).toHaveLength(target === "x86_64" ? 7 : 6); // AArch64's startup block has no header (no HP_TIMING)
      expect(mine).toEqual(realLines);
      expect(count(mine, "number of relocations:")).toBeLessThan(p.relocations.length);
    });
    it.skipIf(!ok)(`${prog} lazy: the startup numbers equal the real ones once the PLT calls made by startup code are added`, () => {
      const p = sim(prog, false);
      const r = real(prog, false);
      const vdsoGap = p.arch.vdsoSymbols.length - r.filter((l) => l.startsWith("binding file linux-vdso")).length;
      const mine = statLines(traceLines(formatDebug(p.debug, expandCategories("statistics") as Set<never>, 1)));
      expect(mine).toHaveLength(target === "x86_64" ? 4 : 3); // no "final" block: the lazy lookups of the run are not simulated
      // Bindings the real ld.so made before printing its statistics that the simulation lists
      // as lazy: PLT calls from IFUNC resolvers, which run no code here.
      const cut = r.findIndex((l) => l.trim().startsWith("number of relocations:"));
      const startup = simBindingLines(p, "startup");
      const byCode = bindingLines(r.slice(0, cut)).filter((l) => !startup.includes(l));
      for (const l of byCode) expect(simBindingLines(p, "lazy")).toContain(l);
      expect(count(mine, "number of relocations:") - vdsoGap + byCode.length).toBe(count(r, "number of relocations:"));
      expect(count(mine, "number of relocations from cache:")).toBe(count(r, "number of relocations from cache:"));
      expect(count(mine, "number of relative relocations:")).toBe(count(r, "number of relative relocations:"));
    });
  }
});
