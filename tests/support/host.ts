// Host tools the tests lean on (GNU binutils, gcc, qemu-aarch64) and how to run them.
//
// A test that needs a missing tool is skipped with a visible line naming the Debian package
// to install; CI (.ci/run) installs them all, so nothing is skipped there.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";

const packageOf: Record<string, string> = {
  gcc: "gcc",
  as: "binutils",
  ld: "binutils",
  readelf: "binutils",
  objdump: "binutils",
  nm: "binutils",
  "aarch64-linux-gnu-gcc": "gcc-aarch64-linux-gnu",
  "aarch64-linux-gnu-as": "binutils-aarch64-linux-gnu",
  "aarch64-linux-gnu-ld": "binutils-aarch64-linux-gnu",
  "aarch64-linux-gnu-readelf": "binutils-aarch64-linux-gnu",
  "aarch64-linux-gnu-objdump": "binutils-aarch64-linux-gnu",
  "qemu-aarch64": "qemu-user",
  csmith: "csmith",
  make: "make",
  cmake: "cmake",
  ccache: "ccache",
};

const cache = new Map<string, boolean>();

/** True when `tool` is on PATH. Prints a visible skip line once when it is not. */
export function hostHas(tool: string): boolean {
  let ok = cache.get(tool);
  if (ok === undefined) {
    ok = spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0;
    cache.set(tool, ok);
    if (!ok) console.warn(`SKIP: tests needing '${tool}' are skipped: apt-get install ${packageOf[tool] ?? tool}`);
  }
  return ok;
}

/** True when every tool is present (each missing one is reported). */
export function hostHasAll(...tools: string[]): boolean {
  return tools.map(hostHas).every(Boolean);
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and returns its exit status and output as text. */
export function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}): RunResult {
  // Listings of large files (objdump -d of a static executable) run to megabytes.
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000, maxBuffer: 1 << 28, ...opts });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? "") };
}

/** The GNU tool name for a target: `readelf` on x86-64, `aarch64-linux-gnu-readelf` on AArch64. */
export function gnu(tool: string, target: "x86_64" | "aarch64"): string {
  return target === "x86_64" ? tool : `aarch64-linux-gnu-${tool}`;
}

/** How to run a static executable of a target on this host. */
export function runner(target: "x86_64" | "aarch64"): string[] {
  return target === "x86_64" ? [] : ["qemu-aarch64"];
}
