// The generated ABI conformance matrix (test/abi-matrix/generate.ts): a few hundred seeded
// signatures per target, all the callees in one file and all the calls in another. Each
// target builds three programs per seed — gcc + gcc (checks the generator itself), Glass
// caller + gcc callees, gcc caller + Glass callees — links them with the host gcc (AArch64:
// -static, run under qemu-aarch64) and runs them; every argument and every result is checked
// inside the program, which prints what differed and exits non-zero. Mismatches the matrix
// found are kept in abi-matrix/regressions.c, built the same two ways.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { generateMatrix, type Matrix } from "./abi-matrix/generate.js";
import { canRun, compileC, machines, type Machine } from "./helpers.js";

const SEEDS = [1, 2];
const COUNT = 150;

function buildAndRun(m: Machine, files: Matrix, glass: ("caller" | "callee")[]) {
  const tmp = mkdtempSync(join(tmpdir(), "glass-abi-matrix-"));
  const paths = (["caller", "callee"] as const).map((part) => {
    if (glass.includes(part)) {
      const s = join(tmp, `${part}.s`);
      writeFileSync(s, compileC(files[part], m, `${part}.c`).asm);
      return s;
    }
    const c = join(tmp, `${part}.c`);
    writeFileSync(c, files[part]);
    return c;
  });
  const exe = join(tmp, "prog");
  const gcc = m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
  const b = run(gcc, [...(m === "aarch64" ? ["-static"] : []), "-w", "-O1", ...paths, "-o", exe]);
  if (b.status !== 0) throw new Error(b.stderr);
  const r = m === "x86_64" ? run(exe, []) : run("qemu-aarch64", [exe]);
  return { status: r.status, stdout: r.stdout, dir: tmp };
}

const directions: ("caller" | "callee")[][] = [[], ["caller"], ["callee"]];

const who = (glass: ("caller" | "callee")[]) => (glass.length ? `Glass ${glass[0]}` : "gcc only");

describe.each(machines)("generated ABI matrix on %s", (m) => {
  const ok = canRun(m);
  for (const seed of SEEDS) {
    for (const glass of directions)
      it.skipIf(!ok)(`seed ${seed}: ${who(glass)}`, () => {
        const files = generateMatrix({ seed, count: COUNT });
        const r = buildAndRun(m, files, glass);
        expect(r.stdout, `program in ${r.dir}`).toBe(`${COUNT} calls, 0 failures\n`);
        expect(r.status).toBe(0);
      });
  }

  const source = readFileSync(new URL("./abi-matrix/regressions.c", import.meta.url), "utf8");
  const regressions = { caller: "#define CALLER 1\n" + source, callee: source };
  for (const glass of directions)
    it.skipIf(!ok)(`regressions: ${who(glass)}`, () => {
      const r = buildAndRun(m, regressions, glass);
      expect(r.stdout, `program in ${r.dir}`).toBe("0 failures\n");
      expect(r.status).toBe(0);
    });
});
