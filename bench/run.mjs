// Glass's benchmark suite: `npm run bench` (or `node bench/run.mjs [NAME…] [--fresh] [--keep]`).
//
// Each benchmark (one file in this folder) times Glass side by side with the GNU tools and other
// references in the same run, and reports ratios (Glass / reference): absolute times depend on
// the machine, ratios much less. See docs/benchmarks.md for what each benchmark measures.
//   NAME…    run only these benchmarks (default: all, in the order below)
//   --fresh  regenerate cached inputs (in $TMPDIR/glass-bench-inputs)
//   --keep   keep this run's scratch directory (outputs) instead of deleting it
// GLASS_BENCH_TIMER=internal times with a spawnSync loop even when hyperfine is installed.

import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { has } from "./lib/host.mjs";
import { cachedInput } from "./lib/inputs.mjs";
import { timer } from "./lib/measure.mjs";
import { renderResult, renderSummary } from "./lib/report.mjs";

const names = ["startup", "cpp", "syntax", "as", "ld", "dynlink", "runtime", "size", "inspect"];

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith("--")));
const chosen = argv.filter((a) => !a.startsWith("--"));
for (const f of flags)
  if (f !== "--fresh" && f !== "--keep") {
    console.error(`bench: unknown option ${f}\nusage: node bench/run.mjs [${names.join("|")}]… [--fresh] [--keep]`);
    process.exit(2);
  }
for (const n of chosen)
  if (!names.includes(n)) {
    console.error(`bench: unknown benchmark '${n}' (have: ${names.join(", ")})`);
    process.exit(2);
  }

const work = mkdtempSync(join(tmpdir(), "glass-bench-"));
const ctx = {
  work,
  input: (name, recipe, build) => cachedInput(name, recipe, build, { fresh: flags.has("--fresh") }),
};

console.log(`# Glass benchmarks — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
console.log(`${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}, timer: ${timer}`);
if (!has("hyperfine")) console.log("hyperfine: skipped: install hyperfine (apt-get install -y hyperfine); timing with an internal loop");
console.log(`scratch: ${work}\n`);

const results = [];
const started = Date.now();
try {
  for (const name of chosen.length ? chosen : names) {
    const t0 = Date.now();
    const bench = (await import(`./${name}.mjs`)).default;
    let res;
    try {
      res = bench(ctx);
    } catch (e) {
      console.log(`## ${name}: failed: ${e.message}\n`);
      continue;
    }
    results.push([name, res]);
    console.log(renderResult(name, res) + `(${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  console.log(renderSummary(results));
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (!flags.has("--keep")) rmSync(work, { recursive: true, force: true });
}
