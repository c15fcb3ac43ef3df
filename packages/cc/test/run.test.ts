// Run tests: each program in test/programs is compiled by Glass for x86-64 and AArch64,
// assembled and linked by the host toolchain, and run; its stdout and exit status must
// match the same program built by the host gcc for the same target (the GNU twin), and
// every ASSERT in it must hold.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, type RunResult } from "../../../tests/support/host.js";
import { canRun, compileC, machines, runC, type Machine } from "./helpers.js";
import { prelude } from "./prelude.js";

const dir = new URL("./programs/", import.meta.url).pathname;
const programs = readdirSync(dir).filter((f) => f.endsWith(".c")).sort();

/** The same C program built by the host gcc for `m` and run. */
function runWithGcc(source: string, m: Machine): RunResult {
  const tmp = mkdtempSync(join(tmpdir(), "glass-twin-"));
  const c = join(tmp, "prog.c");
  const exe = join(tmp, "prog");
  writeFileSync(c, source);
  const build = m === "x86_64" ? run("gcc", ["-w", c, "-o", exe]) : run("aarch64-linux-gnu-gcc", ["-static", "-w", c, "-o", exe]);
  if (build.status !== 0) throw new Error(build.stderr);
  return m === "x86_64" ? run(exe, []) : run("qemu-aarch64", [exe]);
}

describe.each(machines)("run on %s", (m) => {
  const ok = canRun(m);

  it.skipIf(!ok)("foundation: hello + fib(10) exits 55", () => {
    const src = `int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } int puts(const char *s); int main(void) { puts("hello"); return fib(10); }`;
    const r = runC(src, m);
    expect(r.stdout).toBe("hello\n");
    expect(r.status).toBe(55);
  });

  it.skipIf(!ok)("main without return exits 0; exit status is the low byte", () => {
    expect(runC("int main(void) { int x = 1; }", m).status).toBe(0);
    expect(runC("int main(void) { return 256 + 7; }", m).status).toBe(7);
  });

  for (const p of programs) {
    it.skipIf(!ok)(`${p} matches gcc`, () => {
      const source = prelude + readFileSync(join(dir, p), "utf8");
      const ours = runC(source, m);
      expect(ours.stdout).not.toContain("expected but got");
      expect(ours.status).toBe(0);
      const twin = runWithGcc(source, m);
      expect(ours.stdout).toBe(twin.stdout);
      expect(ours.status).toBe(twin.status);
    });
  }

  it("compiles every program without diagnostics", () => {
    for (const p of programs) {
      const r = compileC(prelude + readFileSync(join(dir, p), "utf8"), m, p);
      expect(r.diagnostics, p).toEqual([]);
    }
  });
});
