// Differential testing against gcc with a fixed set of csmith programs: each seed is generated
// with the options in scripts/fuzz-csmith.mjs, built by gcc -O0 and by `glass cc` (Glass libc)
// for one target, run with a time limit, and the checksums the two binaries print must agree.
// The seeds are ones whose gcc build finishes quickly; `npm run fuzz:csmith` explores new ones.
import { describe, expect, it } from "vitest";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error: a plain .mjs helper shared with scripts/fuzz-csmith.mjs
import { checkSeed, csmithInclude, pool } from "../../scripts/fuzz-csmith.mjs";
import { hostHas } from "../support/host.js";
import { repoRoot } from "../support/glass.js";

const seeds = {
  x86_64: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 26],
  aarch64: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 26],
} as const;

interface Outcome {
  seed: number;
  verdict: string;
  detail: string;
  dir: string;
}

const hasCsmith = hostHas("csmith") && csmithInclude() !== undefined;
const built = existsSync(join(repoRoot, "packages/driver/dist/glass.js"));
if (hasCsmith && !built) console.warn("SKIP: csmith tests need the glass CLI: run `npm run build`");

describe.each(["x86_64", "aarch64"] as const)("csmith programs on %s match gcc", (target) => {
  const tools = target === "x86_64" ? hostHas("gcc") : hostHas("aarch64-linux-gnu-gcc") && hostHas("qemu-aarch64");
  it.skipIf(!hasCsmith || !built || !tools)(`seeds ${seeds[target].join(", ")}`, async () => {
    const outcomes: Outcome[] = await pool(seeds[target].map((seed) => () => checkSeed(seed, target)), 2);
    for (const o of outcomes) rmSync(o.dir, { recursive: true, force: true });
    const report = outcomes.map((o) => `seed ${o.seed}: ${o.verdict}${o.detail ? `\n${o.detail}` : ""}`).join("\n");
    expect(outcomes.filter((o) => o.verdict !== "pass").map((o) => o.seed), report).toEqual([]);
  }, 120_000);
});
