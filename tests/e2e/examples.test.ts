// Every example in examples/ builds with glass and runs as its expect.json says, on both
// targets (the example runner, `npm run example -- NAME`, follows the same plan). The forth
// example must also print what the same source built by gcc prints, and static_vs_dynamic's
// timing script must run (its numbers vary, so only their shape is checked).
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, repoRoot, scratch } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";
// @ts-expect-error: a plain .mjs helper shared with scripts/example.mjs
import { AARCH64_SYSROOT, exampleExpect, exampleNames, examplePlan } from "../../scripts/example-sources.mjs";

interface Expect { stdout: string; status: number; stderr?: string; libc?: string; stdin?: string }
interface Plan { builds: string[][]; run: { cmd: string; args: string[]; env: Record<string, string>; stdin?: string } }

const names = (exampleNames(repoRoot) as string[]).filter((n) => existsSync(join(repoRoot, "examples", n, "expect.json")));
const hasGlibc = (m: string, e: Expect) => e.libc !== "glibc" || m === "x86_64" || existsSync(join(AARCH64_SYSROOT, "lib/libc.so.6"));
const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" : process.arch === "arm64" || hostHas("qemu-aarch64"));

function runPlan(plan: Plan, out: string) {
  const { cmd, args, env, stdin } = plan.run;
  return run(cmd, args, { cwd: out, env: { ...process.env, ...env }, input: stdin ? readFileSync(stdin) : "" });
}

describe.each(names)("example %s", (name) => {
  const expected = exampleExpect(repoRoot, name) as Expect;
  it.each(machines)("builds and runs on %s", (m) => {
    if (!hasGlibc(m, expected)) return void console.warn("SKIP: install libc6-dev-arm64-cross for AArch64 glibc examples");
    const out = scratch(`glass-example-${name}-`);
    const plan = examplePlan(repoRoot, name, m, out) as Plan;
    for (const args of plan.builds) {
      const c = glass(args);
      expect(c.stderr, `glass ${args.join(" ")}`).toBe("");
      expect(c.status).toBe(0);
    }
    if (!canRun(m)) return;
    const r = runPlan(plan, out);
    const want = { stdout: expected.stdout, status: expected.status, ...(expected.stderr === undefined ? {} : { stderr: expected.stderr }) };
    const got = { stdout: r.stdout, status: r.status, ...(expected.stderr === undefined ? {} : { stderr: r.stderr }) };
    expect(got).toEqual(want);
  });
});

describe("example forth", () => {
  it.skipIf(!hostHas("gcc") || process.arch !== "x64")("prints what the gcc build prints", () => {
    const out = scratch("glass-example-forth-gcc-");
    const dir = join(repoRoot, "examples/forth");
    const c = run("gcc", ["-o", join(out, "forth"), join(dir, "forth.c")]);
    expect(c.stderr).toBe("");
    const r = run(join(out, "forth"), [], { input: readFileSync(join(dir, "demo.fs")) });
    const expected = exampleExpect(repoRoot, "forth") as Expect;
    expect({ stdout: r.stdout, status: r.status }).toEqual({ stdout: expected.stdout, status: expected.status });
  });
});

describe("example static_vs_dynamic", () => {
  it.skipIf(process.arch !== "x64")("startup.sh times both programs", () => {
    const out = scratch("glass-example-startup-");
    const main = join(repoRoot, "examples/static_vs_dynamic/main.c");
    expect(glass(["cc", main, "-o", join(out, "prog-static")]).status).toBe(0);
    expect(glass(["cc", "--libc=glibc", main, "-o", join(out, "prog-dynamic")]).status).toBe(0);
    const r = run("sh", [join(repoRoot, "examples/static_vs_dynamic/startup.sh"), "./prog-static", "./prog-dynamic"], { cwd: out, env: { ...process.env, N: "3" } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^\.\/prog-static: \d+ microseconds per run \(3 runs\)\n\.\/prog-dynamic: \d+ microseconds per run \(3 runs\)\n$/);
  });
});
