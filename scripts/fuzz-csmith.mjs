// `npm run fuzz:csmith -- --count N [--target x86_64|aarch64] [--seed S] [--jobs J]
//   [--timeout SECONDS] [--csmith "MORE CSMITH OPTIONS"]`:
// differential testing of the compiler with csmith. Each random program is built by gcc
// (the GNU twin, -O0) and by `glass cc` with Glass's own libc, both binaries are run with a
// time limit, and the checksums they print must agree. A mismatch, a Glass compile failure or
// a Glass crash/timeout is reported with its seed, and the program is kept as
// out/csmith/<target>-<seed>.c (with a .txt saying what went wrong) for reduction.
// Programs gcc's own build cannot finish in time are skipped: they say nothing about Glass.
//
// tests/csmith/csmith.test.ts imports `checkSeed` from here for its fixed list of seeds.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const glassCli = join(root, "packages/driver/bin/glass.js");

/**
 * What csmith may generate. Few functions keep a program small enough to compile in about a
 * second; floats are off by default in csmith and on here; everything else (bit-fields, packed
 * structs, volatiles, pointers, unions) stays on. `--builtins` works too, but on AArch64 csmith
 * also emits x86's `__builtin_ia32_crc32qi`, which gcc rejects there (such seeds are skipped).
 */
export const csmithOptions = ["--max-funcs", "4", "--float"];

/** The directory holding csmith.h (Debian: /usr/include/csmith, upstream: …/csmith-2.3.0). */
export function csmithInclude() {
  for (const base of ["/usr/include", "/usr/local/include"]) {
    if (!existsSync(base)) continue;
    const dir = readdirSync(base).filter((d) => d === "csmith" || d.startsWith("csmith-")).sort().pop();
    if (dir && existsSync(join(base, dir, "csmith.h"))) return join(base, dir);
  }
  return undefined;
}

/** Runs a command; resolves with its status (null on timeout/signal), stdout and stderr. */
function sh(cmd, args, timeoutMs, cwd = undefined) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 << 20, encoding: "utf8", cwd }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === "number" ? err.code : null) : 0;
      resolve({ status, timedOut: Boolean(err?.killed), stdout, stderr: stderr || (err && typeof err.code !== "number" ? String(err.message) : "") });
    });
  });
}

const gccFor = { x86_64: ["gcc"], aarch64: ["aarch64-linux-gnu-gcc", "-static"] };
const runnerFor = (target, exe) => (target === "x86_64" ? [exe, []] : ["qemu-aarch64", [exe]]);

/**
 * Generates the program for `seed` and compares gcc's build with Glass's for `target`.
 * Resolves with { seed, target, verdict, detail, dir } where verdict is one of
 * "pass" | "mismatch" | "glass-compile" | "glass-run" | "skip" (gcc's own build failed or
 * did not finish within `timeoutMs`). `dir` holds prog.c and both executables.
 */
export async function checkSeed(seed, target, { timeoutMs = 10_000, include = csmithInclude(), extra = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `glass-csmith-${target}-${seed}-`));
  const c = join(dir, "prog.c");
  const result = (verdict, detail = "") => ({ seed, target, verdict, detail, dir });
  const gen = await sh("csmith", ["--seed", String(seed), ...csmithOptions, ...extra, "-o", c], 60_000, dir); // it writes platform.info
  if (gen.status !== 0) return result("skip", `csmith failed: ${gen.stderr}`);
  const inc = include ? [`-I${include}`] : [];

  const [gcc, ...gccFlags] = gccFor[target];
  const gccExe = join(dir, "prog.gcc");
  const gb = await sh(gcc, [...gccFlags, "-w", "-O0", ...inc, c, "-o", gccExe], 60_000);
  if (gb.status !== 0) return result("skip", `gcc could not build it: ${gb.stderr.slice(0, 400)}`);
  const started = Date.now();
  const gr = await sh(...runnerFor(target, gccExe), timeoutMs);
  if (gr.status === null) return result("skip", `gcc's program did not finish in ${timeoutMs} ms`);
  const gccMs = Date.now() - started;

  const glassExe = join(dir, "prog.glass");
  const xb = await sh(process.execPath, [glassCli, "cc", `--target=${target}-linux-gnu`, "-w", ...inc, c, "-o", glassExe], 120_000);
  if (xb.status !== 0) return result("glass-compile", (xb.stderr || "no diagnostics").slice(0, 2000));
  // Glass's -O0 code may be slower than gcc's: allow it several times gcc's run time.
  const xr = await sh(...runnerFor(target, glassExe), Math.max(timeoutMs, 5 * gccMs + 2000));
  if (xr.status === null) return result("glass-run", xr.timedOut ? "timed out" : `killed: ${xr.stderr.slice(0, 400)}`);
  if (xr.stdout !== gr.stdout || xr.status !== gr.status)
    return result("mismatch", `gcc: ${gr.stdout.trim()} (status ${gr.status})\nglass: ${xr.stdout.trim()} (status ${xr.status})`);
  return result("pass");
}

/** Runs `tasks` (functions returning promises) with at most `jobs` at a time, in order of start. */
export async function pool(tasks, jobs) {
  const out = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return out;
}

function parseArgs(argv) {
  const o = { count: 10, target: "x86_64", seed: undefined, jobs: 2, timeoutMs: 10_000, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf("=");
    const [flag, inline] = eq < 0 ? [argv[i], undefined] : [argv[i].slice(0, eq), argv[i].slice(eq + 1)];
    const value = () => inline ?? argv[++i];
    if (flag === "--count") o.count = Number(value());
    else if (flag === "--target") o.target = value().replace(/-linux-gnu$/, "");
    else if (flag === "--seed") o.seed = Number(value());
    else if (flag === "--jobs") o.jobs = Number(value());
    else if (flag === "--timeout") o.timeoutMs = Number(value()) * 1000;
    else if (flag === "--csmith") o.extra.push(...value().split(/\s+/).filter(Boolean));
    else throw new Error(`unknown option '${argv[i]}' (use --count N --target x86_64|aarch64 --seed S --jobs J --timeout SECONDS --csmith "OPTIONS")`);
  }
  if (!["x86_64", "aarch64"].includes(o.target)) throw new Error(`unknown target '${o.target}'`);
  if (!(o.count > 0) || !(o.jobs > 0)) throw new Error("--count and --jobs take positive numbers");
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const include = csmithInclude();
  if (!include) {
    console.error("csmith.h not found: apt-get install csmith");
    process.exit(2);
  }
  if (!existsSync(join(root, "packages/driver/dist/glass.js"))) {
    console.error("the glass CLI is not built: run `npm run build` first");
    process.exit(2);
  }
  const first = o.seed ?? Math.floor(Math.random() * 2 ** 31);
  const seeds = Array.from({ length: o.count }, (_, i) => first + i);
  const keep = join(root, "out/csmith");
  console.log(`csmith ${[...csmithOptions, ...o.extra].join(" ")} · target ${o.target} · seeds ${first}..${first + o.count - 1}`);
  const results = await pool(
    seeds.map((seed) => async () => {
      const r = await checkSeed(seed, o.target, { timeoutMs: o.timeoutMs, include, extra: o.extra });
      const line = `${String(seed).padStart(10)}  ${r.verdict}`;
      if (r.verdict === "pass" || r.verdict === "skip") {
        console.log(r.verdict === "skip" ? `${line}  (${r.detail.split("\n")[0]})` : line);
      } else {
        mkdirSync(keep, { recursive: true });
        const base = join(keep, `${o.target}-${seed}`);
        copyFileSync(join(r.dir, "prog.c"), `${base}.c`);
        writeFileSync(`${base}.txt`, `seed ${seed}, target ${o.target}: ${r.verdict}\n${r.detail}\n`);
        console.log(`${line}  → ${base.slice(root.length)}.c\n${r.detail.replace(/^/gm, "            ")}`);
      }
      rmSync(r.dir, { recursive: true, force: true });
      return r;
    }),
    o.jobs,
  );
  const count = (v) => results.filter((r) => r.verdict === v).length;
  const failed = results.length - count("pass") - count("skip");
  console.log(`\n${count("pass")} passed, ${failed} failed, ${count("skip")} skipped (gcc could not build or finish it)`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  });
}
