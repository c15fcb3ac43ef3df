// Running the built `glass` CLI from tests, the way a user runs it: a real process, real
// files, real exit statuses. `npm test` builds first; run `npm run build` after changing code.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type RunResult } from "./host.js";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const cli = join(repoRoot, "packages/driver/bin/glass.js");
const bundle = join(repoRoot, "packages/driver/dist/glass.js");

/** Runs `glass args…` in `cwd` (default: the repo root). */
export function glass(args: string[], cwd = repoRoot): RunResult {
  if (!existsSync(bundle)) throw new Error("the glass CLI is not built: run `npm run build` (npm test does it for you)");
  return run(process.execPath, [cli, ...args], { cwd });
}

/** A fresh temporary directory for one test's outputs. */
export function scratch(prefix = "glass-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const machines = ["x86_64", "aarch64"] as const;
export type TestMachine = (typeof machines)[number];
export const targetFlag = (m: TestMachine) => `--target=${m}-linux-gnu`;
