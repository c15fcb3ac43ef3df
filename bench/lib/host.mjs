// The host side of the benchmarks: finding tools on PATH, running them, and the `glass`
// command itself. A reference tool that is missing is not an error: the benchmark reports its
// column as "skipped: install <package>" and carries on.

import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const glassJs = join(repoRoot, "packages", "driver", "bin", "glass.js");
const glassDist = join(repoRoot, "packages", "driver", "dist", "glass.js");

function requireBuild() {
  if (!existsSync(glassDist)) throw new Error(`${glassDist} is missing: run \`npm run build\` first`);
}

/** argv prefix that runs the built `glass` CLI. */
export function glass(...args) {
  requireBuild();
  return [process.execPath, glassJs, ...args];
}

/**
 * argv prefix that runs the installed command, bin/glass: served by its compile server when
 * one runs (the warm-up runs start it), or with `fresh`, GLASS_SERVER=0: a new node from the
 * start-up snapshot every time.
 */
export function installedGlass({ fresh = false } = {}, ...args) {
  requireBuild();
  return [...(fresh ? ["env", "GLASS_SERVER=0"] : []), join(repoRoot, "packages", "driver", "bin", "glass"), ...args];
}

const found = new Map();
/** True when `tool` is an executable on PATH. */
export function has(tool) {
  if (!found.has(tool)) {
    const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
    found.set(
      tool,
      dirs.some((d) => {
        try {
          accessSync(join(d, tool), constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }),
    );
  }
  return found.get(tool);
}

/** Debian packages that provide the reference tools, for the "skipped: install X" lines. */
const packages = {
  gcc: "gcc",
  as: "binutils",
  "ld.bfd": "binutils",
  "ld.gold": "binutils-gold",
  readelf: "binutils",
  "ld.lld": "lld",
  mold: "mold",
  tcc: "tcc",
  hyperfine: "hyperfine",
  "aarch64-linux-gnu-gcc": "gcc-aarch64-linux-gnu",
  "aarch64-linux-gnu-as": "binutils-aarch64-linux-gnu",
  "aarch64-linux-gnu-ld": "binutils-aarch64-linux-gnu",
  "qemu-aarch64": "qemu-user",
};

/** The cell value for a reference whose tool(s) are missing, or null when all are present. */
export function missing(...tools) {
  const gone = tools.filter((t) => !has(t));
  if (gone.length === 0) return null;
  const pkgs = [...new Set(gone.map((t) => packages[t] ?? t))];
  return { skip: `install ${pkgs.join(" ")} (apt-get install -y ${pkgs.join(" ")})` };
}

/** Runs argv synchronously; throws with the tool's stderr on a non-zero exit. */
export function run(argv, opts = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: opts.encoding ?? "utf8", maxBuffer: 1 << 28, ...opts });
  if (r.error) throw new Error(`${argv[0]}: ${r.error.message}`);
  if (r.status !== 0 && !opts.allowFail) {
    const err = String(r.stderr ?? "").trim().split("\n").slice(0, 3).join(" | ");
    throw new Error(`${argv.slice(0, 2).join(" ")} … exited ${r.status}${err ? `: ${err}` : ""}`);
  }
  return r;
}

/** Quotes argv for hyperfine's `--shell=none` word splitting (POSIX shell quoting rules). */
export function quote(argv) {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(" ");
}
