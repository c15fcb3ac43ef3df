// A static program's constructors, both targets: its startup code (glibc's call_init, Glass
// libc's __libc_start_main) finds them through the linker symbols __preinit_array_start/end
// and __init_array_start/end (plus glibc's _init), not through .dynamic. The initializers
// listed must be the constructors the real program prints, in the same order — for a Glass
// static executable, a gcc -static one and a gcc -static-pie one (whose tables are only
// right after self-relocation); a stripped program gives the same list from its sections.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { load } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildGlass, compileIn, hasGlass, nodeRead, runTarget, tempDir, toolsFor } from "./support.js";

const CTORS = '#include <stdio.h>\nstatic void main_preinit(void) { puts("main_preinit"); }\n' +
  '__attribute__((section(".preinit_array"), used)) static void (*pre)(void) = main_preinit;\n' +
  '__attribute__((constructor)) static void ctor_b(void) { puts("ctor_b"); }\n' +
  '__attribute__((constructor(101))) static void ctor_a(void) { puts("ctor_a"); }\n' +
  'int main(void) { puts("main"); return 0; }\n';

describe.each(["x86_64", "aarch64"] as const)("static programs' initializers (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools, target === "x86_64" ? "strip" : "aarch64-linux-gnu-strip");
  if (!ok) console.warn(`skipping ${target} static initializers: needs ${t.tools.join(", ")} and strip`);
  const dir = ok ? tempDir() : "";
  const sim = (prog: string) => load(prog, { readFile: (p) => nodeRead()(p.startsWith("/") ? p : join(dir, p)), argv: [prog], aslr: false });
  const printed = (prog: string): string[] => runTarget(target, dir, prog).stdout.trim().split("\n").slice(0, -1);

  it.skipIf(!ok || !hasGlass())("Glass static executable: the preinit and init arrays, in the order the program prints", () => {
    buildGlass(dir, "glass-ctors", CTORS, target);
    const p = sim("./glass-ctors");
    const real = printed("./glass-ctors");
    expect(real[0]).toBe("main_preinit");
    expect(p.initializers.map((i) => i.symbol)).toEqual(real);
    expect(p.initializers.map((i) => i.kind)).toEqual([".preinit_array", ".init_array", ".init_array"]);
  });

  for (const flag of ["-static", "-static-pie"]) {
    it.skipIf(!ok)(`gcc ${flag}: preinit array, _init, init array (with libc's own), the constructors in the printed order`, () => {
      const name = `gcc${flag}`;
      compileIn(dir, t.cc, CTORS, [flag, "-o", name]);
      const p = sim(`./${name}`);
      const real = printed(`./${name}`);
      expect(real).toEqual(["main_preinit", "ctor_a", "ctor_b"]);
      expect(p.initializers.filter((i) => real.includes(i.symbol ?? "")).map((i) => i.symbol)).toEqual(real);
      expect(p.initializers[0]).toMatchObject({ kind: ".preinit_array", symbol: "main_preinit" });
      expect(p.initializers[1]).toMatchObject({ kind: "_init", symbol: "_init" });
      expect(p.initializers.slice(2).every((i) => i.kind === ".init_array")).toBe(true);
      // Every entry is an address inside the program's code.
      for (const i of p.initializers) expect(p.memory.mappingAt(i.address)?.perms).toBe("r-x");
      // Stripped: no linker symbols left, the sections give the same addresses.
      copyFileSync(join(dir, name), join(dir, `${name}-stripped`));
      run(target === "x86_64" ? "strip" : "aarch64-linux-gnu-strip", [join(dir, `${name}-stripped`)]);
      expect(sim(`./${name}-stripped`).initializers.map((i) => [i.kind, i.address])).toEqual(p.initializers.map((i) => [i.kind, i.address]));
    });
  }
});
