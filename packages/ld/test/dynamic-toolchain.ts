// Test support for dynamic links: build PIC objects with the host gcc, link them with Glass
// (against the host's glibc: Scrt1.o/crt1.o and the libc.so linker script) or with gcc, and
// run the results under the real dynamic linker (natively on x86-64; on AArch64 under
// `qemu-aarch64 -L /usr/aarch64-linux-gnu`, which finds ld.so and libc.so.6 in the sysroot).
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { gnu, run, type RunResult } from "../../../tests/support/host.js";
import { link, type LinkInput, type LinkOptions, type LinkResult } from "@glass/ld";
import { type Target, Workdir } from "./toolchain.js";

/** Where each target's glibc crt files and libc.so are. */
export const glibcDir: Record<Target, string> = {
  x86_64: "/usr/lib/x86_64-linux-gnu",
  aarch64: "/usr/aarch64-linux-gnu/lib",
};

export const hasGlibc = (target: Target): boolean => {
  const ok = existsSync(`${glibcDir[target]}/Scrt1.o`) && existsSync(`${glibcDir[target]}/libc.so`);
  if (!ok) console.warn(`SKIP: glibc for ${target} not found in ${glibcDir[target]}: apt-get install ${target === "x86_64" ? "libc6-dev" : "libc6-dev-arm64-cross"}`);
  return ok;
};

export const gccFor = (target: Target): string => (target === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc");

function readIfExists(dir: string, name: string): Uint8Array | undefined {
  const path = `${dir}/${name}`;
  return existsSync(path) ? readFileSync(path) : undefined;
}

export class DynWorkdir extends Workdir {
  /** Links a program against glibc: crt file, the objects, then `-lc` through the libc.so script. */
  glassProgram(out: string, objects: string[], options: LinkOptions = {}, crt = options.pie ? "Scrt1.o" : "crt1.o"): LinkResult {
    return this.glassLink(out, [`${glibcDir[this.target]}/${crt}`, ...objects], {
      libraryPaths: [this.dir, glibcDir[this.target]],
      libraries: ["c"],
      ...options,
    });
  }

  /** Links files (paths) and `-l` libraries with their positional flags, searching this directory and glibc's. */
  glassInputs(out: string, inputs: (string | LinkInput)[], options: LinkOptions = {}): LinkResult {
    const result = link(
      inputs.map((i) => (typeof i === "string" ? { path: i, data: readFileSync(i) } : i)),
      { libraryPaths: [this.dir, glibcDir[this.target]], findFile: readIfExists, ...options },
    );
    writeFileSync(this.path(out), result.output);
    chmodSync(this.path(out), 0o755);
    return result;
  }

  /** Runs a dynamically linked program, with extra environment variables (for the guest only under qemu). */
  execDynamic(program: string, env: Record<string, string> = {}, args: string[] = []): RunResult {
    const path = this.path(program);
    if (this.target === "x86_64") return run(path, args, { env: { ...process.env, ...env } });
    const guestEnv = Object.entries(env).flatMap(([k, v]) => ["-E", `${k}=${v}`]);
    return run("qemu-aarch64", ["-L", "/usr/aarch64-linux-gnu", ...guestEnv, path, ...args]);
  }

  /** gcc (the host's or the cross one) with arguments, in this directory. */
  gcc(args: string[]): RunResult {
    const r = run(gccFor(this.target), args, { cwd: this.dir });
    if (r.status !== 0) throw new Error(`gcc ${args.join(" ")} failed:\n${r.stderr}`);
    return r;
  }

  objdump(args: string[], file: string): string {
    return run(gnu("objdump", this.target), [...args, this.path(file)]).stdout;
  }

  readelfOf(args: string[], file: string): string {
    const r = run(gnu("readelf", this.target), [...args, this.path(file)]);
    if (r.stderr !== "") throw new Error(`readelf ${args.join(" ")} ${file}: ${r.stderr}`);
    return r.stdout;
  }
}
