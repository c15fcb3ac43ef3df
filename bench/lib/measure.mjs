// Timing: the median wall-clock time of a command over a few runs.
//
// Every command is first run once, untimed, to check that it works (a failing tool becomes a
// "failed: …" cell instead of aborting the run) and to let callers check its output. The
// commands that work are then timed together, side by side, by hyperfine (`--shell=none`, so
// no shell start-up is included; medians read back from `--export-json`), or, when hyperfine is
// missing or GLASS_BENCH_TIMER=internal, by a simple loop around spawnSync.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { has, missing, quote } from "./host.mjs";

export const timer = has("hyperfine") && process.env.GLASS_BENCH_TIMER !== "internal" ? "hyperfine" : "internal";

/**
 * Times `commands` ([{ key, argv, needs?, check?(stdout) }]) in `cwd`.
 * Returns { key: seconds | { skip } | { fail } }. `needs` lists the tools the command needs
 * (default: its argv[0] when that is a bare name); a missing one gives a { skip } cell.
 * `check` gets the untimed run's stdout and returns an error message or null.
 */
export function measure(commands, { cwd, runs = 5, warmup = 1 }) {
  const result = {};
  const good = [];
  for (const c of commands) {
    const gone = missing(...(c.needs ?? (c.argv[0].includes("/") ? [] : [c.argv[0]])));
    if (gone) {
      result[c.key] = gone;
      continue;
    }
    const r = spawnSync(c.argv[0], c.argv.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
    const problem = r.error
      ? r.error.message
      : r.status !== 0
        ? `exit ${r.status}: ${String(r.stderr).trim().split("\n")[0] ?? ""}`
        : (c.check?.(r.stdout) ?? null);
    if (problem) result[c.key] = { fail: problem.slice(0, 160) };
    else good.push(c);
  }
  if (good.length === 0) return result;
  const extraWarmup = Math.max(0, warmup - 1); // the checking run above was the first warm-up
  const medians = (timer === "hyperfine" ? hyperfine : loop)(good, cwd, runs, extraWarmup);
  good.forEach((c, i) => (result[c.key] = medians[i]));
  return result;
}

function hyperfine(commands, cwd, runs, warmup) {
  const dir = mkdtempSync(join(tmpdir(), "glass-hyperfine-"));
  const json = join(dir, "out.json");
  try {
    const args = ["-N", "--style", "none", "--runs", String(runs), "--warmup", String(warmup), "--export-json", json];
    for (const c of commands) args.push("-n", c.key, quote(c.argv));
    // Standard input /dev/null (not node's socket): bin/glass's compile server serves a
    // command only when it can reopen the command's streams.
    const r = spawnSync("hyperfine", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (r.status !== 0) throw new Error(`hyperfine failed: ${String(r.stderr).trim()}`);
    return JSON.parse(readFileSync(json, "utf8")).results.map((x) => x.median);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function loop(commands, cwd, runs, warmup) {
  return commands.map((c) => {
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = process.hrtime.bigint();
      spawnSync(c.argv[0], c.argv.slice(1), { cwd, stdio: "ignore" });
      if (i >= warmup) times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    return median(times);
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
