// Lazy binding through the PLT, and -z now: with LD_DEBUG=bindings, ld.so reports binding
// `puts' only when main first calls it (after main has written "in main"); with -z now every
// symbol is bound before main runs, and .dynamic says BIND_NOW.
import { describe, expect, it } from "vitest";
import { lazyC } from "./dynamic-programs.js";
import { DynWorkdir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

describe.each(targets)("lazy PLT on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);

  const bindingOrder = (w: DynWorkdir, program: string): { main: number; puts: number; stdout: string } => {
    const r = w.execDynamic(program, { LD_DEBUG: "bindings" });
    const lines = r.stderr.split("\n");
    return {
      main: lines.findIndex((l) => l === "in main"),
      puts: lines.findIndex((l) => /binding file .* normal symbol `puts'/.test(l)),
      stdout: r.stdout,
    };
  };

  it.skipIf(!has)("binds puts at its first call by default, at start-up with -z now", () => {
    const w = new DynWorkdir(target);
    const obj = w.compile("lazy.c", lazyC, ["-O1", "-fPIE"]);
    for (const pie of [true, false]) {
      w.glassProgram("lazy", [obj], { pie });
      const lazy = bindingOrder(w, "lazy");
      expect(lazy.stdout).toBe("called puts\n");
      expect(lazy.main).toBeGreaterThanOrEqual(0);
      expect(lazy.puts).toBeGreaterThan(lazy.main);
      const d = w.readelfOf(["-d"], "lazy");
      for (const tag of ["PLTGOT", "PLTRELSZ", "PLTREL", "JMPREL"]) expect(d).toContain(`(${tag})`);
      expect(d).not.toContain("BIND_NOW");

      w.glassProgram("now", [obj], { pie, bindNow: true });
      const now = bindingOrder(w, "now");
      expect(now.stdout).toBe("called puts\n");
      expect(now.puts).toBeGreaterThanOrEqual(0);
      expect(now.puts).toBeLessThan(now.main);
      const dn = w.readelfOf(["-d"], "now");
      expect(dn).toMatch(/\(FLAGS\)\s+BIND_NOW/);
      expect(dn).toMatch(/\(FLAGS_1\)\s+Flags: NOW/);
    }
  });

  it.skipIf(!has)("writes PLT entries whose disassembly jumps through .got.plt", () => {
    const w = new DynWorkdir(target);
    const obj = w.compile("lazy.c", lazyC, ["-O1", "-fPIE"]);
    w.glassProgram("lazy", [obj], { pie: true });
    const r = w.objdump(["-d", "-j", ".plt"], "lazy");
    const gotPlt = parseInt(/\.got\.plt\s+PROGBITS\s+([0-9a-f]+)/.exec(w.readelfOf(["-SW"], "lazy"))![1]!, 16);
    // PLT0 reaches .got.plt+16 (the resolver), each entry a slot from .got.plt+24 on: objdump
    // shows x86's targets in "# addr" comments, AArch64's as adrp's page plus add's low bits.
    const targetsOf =
      target === "x86_64"
        ? [...r.matchAll(/# ([0-9a-f]+)/g)].map((m) => parseInt(m[1]!, 16))
        : [...r.matchAll(/adrp\s+x16, ([0-9a-f]+).*\n.*\n.*add\s+x16, x16, #0x([0-9a-f]+)/g)].map((m) => parseInt(m[1]!, 16) + parseInt(m[2]!, 16));
    if (target === "x86_64") {
      expect(targetsOf).toContain(gotPlt + 8);
      expect(targetsOf).toContain(gotPlt + 16);
      expect(targetsOf).toContain(gotPlt + 24);
      expect(r).toMatch(/push\s+\$0x0/);
    } else {
      expect(r).toMatch(/stp\s+x16, x30, \[sp, #-16\]!/);
      expect(r).toMatch(/br\s+x17/);
      expect(targetsOf).toContain(gotPlt + 16);
      expect(targetsOf).toContain(gotPlt + 24);
    }
  });
});
