// Test helpers: build C programs with the host compilers into a temp directory and give the
// loader a node-backed readFile.
import { existsSync, mkdtempSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../../tests/support/host.js";
import { glass, repoRoot } from "../../../tests/support/glass.js";
import type { Process } from "@glass/loader";

export const nodeRead = (root = "") => (path: string): Uint8Array | undefined => {
  try {
    const p = root + path;
    return statSync(p).isFile() ? new Uint8Array(readFileSync(p)) : undefined;
  } catch {
    return undefined;
  }
};

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "glass-loader-"));
}

/** Compiles `source` with `compiler` and `flags` into dir/name; throws with gcc's output on failure. */
export function buildC(dir: string, name: string, source: string, compiler: string, flags: string[]): string {
  const src = join(dir, `${name}.c`);
  writeFileSync(src, source);
  const out = join(dir, name);
  const r = run(compiler, [src, ...flags, "-o", out]);
  if (r.status !== 0) throw new Error(`${compiler} failed: ${r.stderr}`);
  return out;
}

/** The maps lines and "AT_NAME hex" values a SELF_REPORT program printed. */
export function parseSelfReport(stdout: string): { maps: string[]; aux: Map<string, bigint> } {
  const maps: string[] = [];
  const aux = new Map<string, bigint>();
  for (const line of stdout.split("\n")) {
    const m = /^(AT_\w+) ([0-9a-f]+)$/.exec(line);
    if (m) aux.set(AUX_NUMBERS[m[1]!] ?? m[1]!, BigInt("0x" + m[2]));
    else if (line) maps.push(line);
  }
  return { maps, aux };
}
const AUX_NUMBERS: Record<string, string> = { AT_3: "AT_PHDR", AT_5: "AT_PHNUM", AT_6: "AT_PAGESZ", AT_7: "AT_BASE", AT_9: "AT_ENTRY" };

/**
 * SELF_REPORT for a libc without getauxval (Glass's): /proc/self/maps, then each
 * /proc/self/auxv entry as "AT_<number> hex".
 */
export const SELF_REPORT_RAW = `
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  char buf[4096]; long n; unsigned long aux[128];
  int fd = open("/proc/self/maps", O_RDONLY);
  while ((n = read(fd, buf, sizeof buf)) > 0) fwrite(buf, 1, n, stdout);
  close(fd);
  fd = open("/proc/self/auxv", O_RDONLY);
  n = read(fd, aux, sizeof aux);
  for (long i = 0; i + 1 < n / 8 && aux[i]; i += 2) printf("AT_%lu %lx\\n", aux[i], aux[i + 1]);
  return 0;
}
`;

/** A program that prints its /proc/self/maps and a few getauxval values. */
export const SELF_REPORT = `
#include <stdio.h>
#include <sys/auxv.h>
int main(void) {
  FILE *f = fopen("/proc/self/maps", "r"); char buf[512];
  while (fgets(buf, sizeof buf, f)) fputs(buf, stdout);
  printf("AT_PHDR %lx\\nAT_PHNUM %lx\\nAT_ENTRY %lx\\nAT_PAGESZ %lx\\nAT_BASE %lx\\nAT_RANDOM %lx\\nAT_EXECFN %lx\\nAT_PLATFORM %lx\\n",
    getauxval(AT_PHDR), getauxval(AT_PHNUM), getauxval(AT_ENTRY), getauxval(AT_PAGESZ), getauxval(AT_BASE),
    getauxval(AT_RANDOM), getauxval(AT_EXECFN), getauxval(AT_PLATFORM));
  return 0;
}
`;

export const SYSROOT = "/usr/aarch64-linux-gnu";

/** The host tools that build and run a program of `target` (AArch64 runs under qemu-aarch64). */
export const toolsFor = (target: "x86_64" | "aarch64") =>
  target === "x86_64"
    ? { cc: "gcc", runner: [] as string[], sysroot: undefined, tools: ["gcc", "setarch"] }
    : { cc: "aarch64-linux-gnu-gcc", runner: ["qemu-aarch64", "-L", SYSROOT], sysroot: SYSROOT, tools: ["aarch64-linux-gnu-gcc", "qemu-aarch64"] };

/**
 * Runs `prog` (relative to `cwd`) with only the environment variables given: natively with
 * randomization off (`env -i setarch -R env …`), or under qemu-aarch64 (`-E …`).
 */
export function runTarget(target: "x86_64" | "aarch64", cwd: string, prog: string, env: Record<string, string> = {}): ReturnType<typeof run> {
  const t = toolsFor(target);
  if (t.runner.length === 0) return run("env", ["-i", "setarch", "-R", "/usr/bin/env", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), prog], { cwd });
  // qemu's -E splits its argument at commas; LD_DEBUG also takes ':' between categories.
  const sets = Object.entries(env).flatMap(([k, v]) => ["-E", `${k}=${k === "LD_DEBUG" ? v.replace(/,/g, ":") : v}`]);
  return run("env", ["-i", ...t.runner, ...sets, prog], { cwd });
}

/** "start-end perms offset path" of a maps line: addresses unpadded (qemu does not pad them), the path resolved as the kernel shows it. */
export function normMapsLine(line: string): string {
  const f = line.trim().split(/\s+/);
  const path = f[5] ? (f[5].startsWith("/") ? realpathSync(f[5]) : f[5]) : "";
  const range = f[0]!.split("-").map((x) => BigInt("0x" + x).toString(16)).join("-");
  return `${range} ${f[1]} ${f[2]} ${path}`;
}

/** True when the glass CLI is built (Glass-compiled test programs need it). */
export function hasGlass(): boolean {
  const ok = existsSync(join(repoRoot, "packages/driver/dist/glass.js"));
  if (!ok) console.warn("SKIP: tests building with Glass need the CLI: run `npm run build`");
  return ok;
}

/** Compiles `source` with Glass (its own libc, static) for `target` into dir/name. */
export function buildGlass(dir: string, name: string, source: string, target: "x86_64" | "aarch64"): string {
  writeFileSync(join(dir, `${name}.c`), source);
  const r = glass(["cc", `--target=${target}-linux-gnu`, `${name}.c`, "-o", name], dir);
  if (r.status !== 0) throw new Error(`glass cc failed: ${r.stderr}`);
  return join(dir, name);
}

/** An LD_DEBUG trace (real or simulated) without glibc's "   PID:\t" prefixes. */
export const traceLines = (trace: string): string[] => trace.split("\n").map((l) => l.replace(/^\s*\d+:\t?/, ""));

/** The "binding file …" lines of a trace, without the prefix words, the vdso's own bindings (not simulated) and sorted. */
export const bindingLines = (lines: string[]): string[] =>
  lines.filter((l) => l.startsWith("binding file") && !l.includes("linux-vdso")).map((l) => l.replace(/^binding file /, "")).sort();

/** The simulated bindings of `when`, in the words of LD_DEBUG=bindings (sorted). */
export const simBindingLines = (p: Process, when?: "startup" | "lazy"): string[] =>
  p.bindings.filter((b) => when === undefined || b.when === when)
    .map((b) => `${b.from} [0] to ${b.to} [0]: normal symbol \`${b.symbol}'${b.version ? ` [${b.version}]` : ""}`).sort();

/** Compiles C `source` read from stdin with `cc` in `dir`; throws with the compiler's output on failure. */
export function compileIn(dir: string, cc: string, source: string, args: string[]): void {
  const r = run(cc, ["-O2", "-x", "c", "-", ...args], { input: source, cwd: dir });
  if (r.status !== 0) throw new Error(`${cc} failed: ${r.stderr}`);
}
