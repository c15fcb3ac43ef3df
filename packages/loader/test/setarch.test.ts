// The bar: with ASLR off, the simulated process matches what a real process reads about
// itself under `setarch -R` — its /proc/self/maps (program and libraries) and getauxval().
import { describe, expect, it } from "vitest";
import { load, formatMaps } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, buildGlass, hasGlass, nodeRead, normMapsLine as norm, parseSelfReport, SELF_REPORT, SELF_REPORT_RAW, tempDir } from "./support.js";

const ok = hostHasAll("gcc", "setarch");
const SKIP_ANON = /\[(heap|vvar|vvar_vclock|vdso|vsyscall)\]/;

function realRun(prog: string): { maps: string[]; aux: Map<string, bigint> } {
  return parseSelfReport(run("env", ["-i", "A=1", "setarch", "-R", prog, "x"]).stdout);
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

describe.skipIf(!ok || !hasGlass())("setarch -R comparison: a Glass static executable (x86-64)", () => {
  it("maps of the program and AT_PHDR/AT_PHNUM/AT_ENTRY/AT_PAGESZ equal the real process's", () => {
    const dir = tempDir();
    const prog = buildGlass(dir, "g", SELF_REPORT_RAW, "x86_64");
    const real = parseSelfReport(run("env", ["-i", "setarch", "-R", prog]).stdout);
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false });
    const below = (l: string): boolean => BigInt("0x" + l.split("-")[0]) < 0x7f0000000000n;
    expect(formatMaps(p).trimEnd().split("\n").filter(below).map(norm)).toEqual(real.maps.filter((l) => below(l) && !l.includes("[heap]")).map(norm));
    const auxv = new Map(p.auxv.map((a) => [a.name, a.value]));
    for (const name of ["AT_PHDR", "AT_PHNUM", "AT_ENTRY", "AT_PAGESZ", "AT_BASE"]) expect([name, auxv.get(name)]).toEqual([name, real.aux.get(name)]);
  });
});
