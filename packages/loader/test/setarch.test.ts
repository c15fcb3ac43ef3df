// The bar: with ASLR off, the simulated process matches what a real process reads about
// itself under `setarch -R` — its /proc/self/maps (program and libraries) and getauxval().
import { realpathSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load, formatMaps } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, nodeRead, SELF_REPORT, tempDir } from "./support.js";

const ok = hostHasAll("gcc", "setarch");
const SKIP_ANON = /\[(heap|vvar|vvar_vclock|vdso|vsyscall)\]/;

function realRun(prog: string): { maps: string[]; aux: Map<string, bigint> } {
  const r = run("env", ["-i", "A=1", "setarch", "-R", prog, "x"]);
  const maps: string[] = [];
  const aux = new Map<string, bigint>();
  for (const line of r.stdout.split("\n")) {
    const m = /^(AT_\w+) ([0-9a-f]+)$/.exec(line);
    if (m) aux.set(m[1]!, BigInt("0x" + m[2]));
    else if (line) maps.push(line);
  }
  return { maps, aux };
}

/** "start-end perms offset path" with the path resolved like the kernel shows it. */
function norm(line: string): string {
  const f = line.trim().split(/\s+/);
  const path = f[5] ? (f[5].startsWith("/") ? realpathSync(f[5]) : f[5]) : "";
  return `${f[0]} ${f[1]} ${f[2]} ${path}`;
}

describe.skipIf(!ok)("setarch -R comparison (x86-64)", () => {
  const dir = tempDir();
  for (const [kind, flags] of [["static", ["-O2", "-static"]], ["dynamic PIE", ["-O2"]], ["dynamic non-PIE", ["-O2", "-no-pie"]], ["static-pie", ["-O2", "-static-pie"]]] as const) {
    it(`${kind}: maps and auxv equal the real process's`, () => {
      const prog = buildC(dir, kind.replace(/\W/g, "_"), SELF_REPORT, "gcc", [...flags]);
      const real = realRun(prog);
      const p = load(prog, { readFile: nodeRead(), argv: [prog, "x"], envp: ["A=1"], aslr: false });
      const sim = formatMaps(p).trimEnd().split("\n").filter((l) => !SKIP_ANON.test(l)).map(norm);
      const realLines = real.maps.filter((l) => !SKIP_ANON.test(l)).map(norm);
      const fileBacked = (l: string): boolean => l.split(" ")[3] !== "" && !l.endsWith("]");
      expect(sim.filter(fileBacked)).toEqual(realLines.filter(fileBacked));
      // Every anonymous mapping the simulation makes (bss, ld.so's allocations) is real too.
      for (const l of sim.filter((l) => !fileBacked(l))) expect(realLines).toContain(l);
      const auxv = new Map(p.auxv.map((a) => [a.name, a.value]));
      for (const name of ["AT_PHDR", "AT_PHNUM", "AT_ENTRY", "AT_PAGESZ", "AT_BASE", "AT_RANDOM", "AT_EXECFN", "AT_PLATFORM"]) {
        expect([name, auxv.get(name)]).toEqual([name, real.aux.get(name)]);
      }
    });
  }
});
