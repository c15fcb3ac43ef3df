// IRELATIVE relocations are noted with their resolver (a gcc -static glibc program has them in
// .rela.iplt, applied by its own startup), and PT_TLS is recorded with the offset of each
// block from the thread pointer — checked against what real programs print about their own
// thread-local variables, on both targets.
import { describe, expect, it } from "vitest";
import { expandCategories, formatDebug, formatLayout, load, loadMain, processJson } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, nodeRead, runTarget, tempDir, toolsFor } from "./support.js";

const TLS = '#include <stdio.h>\n__thread long big[3] = {1, 2, 3};\n__thread char small __attribute__((aligned(64)));\n' +
  'int main(void) { printf("%ld %ld\\n", (long)((char *)big - (char *)__builtin_thread_pointer()), (long)((char *)&small - (char *)__builtin_thread_pointer())); return 0; }\n';

describe.each(["x86_64", "aarch64"] as const)("IRELATIVE and TLS (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools, target === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf");
  const readelf = target === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf";
  const dir = tempDir();

  it.skipIf(!ok)("gcc -static: each .rela.iplt IRELATIVE is listed with its resolver in --json and --debug=reloc", () => {
    const prog = buildC(dir, "s", "#include <string.h>\n#include <stdio.h>\nint main(int c, char **v) { printf(\"%zu\\n\", strlen(v[0])); return 0; }\n", t.cc, ["-static", "-O2"]);
    const real = run(readelf, ["-rW", prog]).stdout.split("\n").filter((l) => /IRELATIVE/.test(l)).map((l) => l.trim().split(/\s+/));
    expect(real.length).toBeGreaterThan(5);
    const io = { out: "", err: "", readFile: nodeRead(), stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
    expect(loadMain(["--no-aslr", "--json", "--debug=reloc", prog], io)).toBe(0);
    const json = processJson(load(prog, { readFile: nodeRead(), aslr: false })) as { relocations: Array<{ type: string; offset: string; value: string; note: string }> };
    const irel = json.relocations.filter((r) => r.type.endsWith("IRELATIVE"));
    // readelf -r: offset, info, type, and (no symbol) the addend = the resolver's address.
    expect(irel.map((r) => [r.offset, r.value])).toEqual(real.map((f) => ["0x" + BigInt("0x" + f[0]).toString(16), "0x" + BigInt("0x" + f[f.length - 1]).toString(16)]));
    expect(irel.some((r) => /IFUNC resolver \w+ \(0x/.test(r.note))).toBe(true);
    expect(JSON.parse(io.out).relocations).toEqual(json.relocations);
    const reloc = io.err.split("\n").filter((l) => l.includes("IRELATIVE at "));
    expect(reloc.length).toBe(real.length);
    expect(reloc[0]).toMatch(/^\s+1:\t  R_\w+_IRELATIVE at 0x[0-9a-f]+: IFUNC resolver .*\(not run\)$/);
    expect(formatDebug(load(prog, { readFile: nodeRead(), aslr: false }).debug, expandCategories("reloc") as Set<never>, 1)).toContain("apply_irel");
  });

  for (const [kind, flags] of [["static", ["-static", "-O2"]], ["dynamic", ["-O2"]]] as const) {
    it.skipIf(!ok)(`${kind}: the TLS block of the program is where the program finds its variables`, () => {
      const prog = buildC(dir, `tls-${kind}`, TLS, t.cc, [...flags]);
      const [big, small] = runTarget(target, dir, prog).stdout.trim().split(" ").map(BigInt);
      const p = load(prog, { readFile: nodeRead(), aslr: false, sysroot: t.sysroot });
      const main = p.tls.find((m) => m.modid === 1)!;
      const syms = run(readelf, ["-sW", prog]).stdout.split("\n").filter((l) => / TLS /.test(l));
      const value = (name: string): bigint => BigInt("0x" + syms.find((l) => l.trim().endsWith(` ${name}`))!.trim().split(/\s+/)[1]);
      expect([main.tpOffset + value("big"), main.tpOffset + value("small")]).toEqual([big, small]);
      expect(main.align).toBe(64n);
      const layout = formatLayout(p);
      expect(layout).toMatch(/TLS module 1 at tp[-+]0x[0-9a-f]+: /);
      if (kind === "dynamic") expect(layout).toContain("static TLS + TCB");
      expect((processJson(p) as { tls: { modules: unknown[] } }).tls.modules).toHaveLength(p.tls.length);
    });
  }
});
