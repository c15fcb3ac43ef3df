// Every example in examples/ builds with glass cc and runs as its expect.json says, on both
// targets (the example runner, `npm run example -- NAME`, picks the same sources).
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, repoRoot, scratch, targetFlag } from "../support/glass.js";
import { hostHas, run, runner } from "../support/host.js";
// @ts-expect-error: a plain .mjs helper shared with scripts/example.mjs
import { exampleNames, exampleSources } from "../../scripts/example-sources.mjs";

const names = (exampleNames(repoRoot) as string[]).filter((n) => existsSync(join(repoRoot, "examples", n, "expect.json")));
const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64"));

describe.each(names)("example %s", (name) => {
  const expected = JSON.parse(readFileSync(join(repoRoot, "examples", name, "expect.json"), "utf8")) as { stdout: string; status: number };
  it.each(machines)("builds and runs on %s", (m) => {
    const exe = join(scratch(`glass-example-${name}-`), name);
    const c = glass(["cc", targetFlag(m), ...(exampleSources(repoRoot, name, m) as string[]), "-o", exe]);
    expect(c.stderr).toBe("");
    expect(c.status).toBe(0);
    if (!canRun(m)) return;
    const [cmd, ...pre] = [...runner(m), exe];
    const r = run(cmd!, pre);
    expect({ stdout: r.stdout, status: r.status }).toEqual(expected);
  });
});
