// How each example in examples/ is built and run, for one target; shared by the example
// runner (`npm run example -- NAME`) and its e2e test (tests/e2e/examples.test.ts).
//
// An example is every .c file of its folder plus the assembly written for that target
// (`name.x86_64.s`, `name.aarch64.s`), compiled into one program named after the folder
// (`hello` is the single file examples/hello.c). Its expect.json says what the program must
// do, and, for an example that is more than one program, how to build and run it:
//   stdout, status       what the program prints on standard output, and its exit status
//   stderr               what it prints on standard error (checked only when given)
//   libc: "glibc"        build everything with --libc=glibc: a dynamic program, run by the
//                        system's ld.so (AArch64: qemu-aarch64 -L /usr/aarch64-linux-gnu)
//   shared: {"libx.so": ["x.c"]}   shared libraries built first with -shared -fPIC; their
//                        sources are not part of the program
//   args: [...]          the program's arguments
//   stdin: "file"        a file of the folder to feed to standard input
//   preload: "libx.so"   run with LD_PRELOAD=./libx.so (for qemu, passed to the guest with -E)
// Everything is built into, and run from, one output directory.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const AARCH64_SYSROOT = "/usr/aarch64-linux-gnu";

export function exampleNames(root) {
  return ["hello", ...readdirSync(join(root, "examples"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()];
}

/** The example's expect.json, or undefined when it has none. */
export function exampleExpect(root, name) {
  const file = join(root, "examples", name, "expect.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** The source files of the example's program for `machine`. */
export function exampleSources(root, name, machine) {
  if (name === "hello") return [join(root, "examples/hello.c")];
  const dir = join(root, "examples", name);
  if (!existsSync(dir)) throw new Error(`no example named '${name}' (see examples/)`);
  const libraries = new Set(Object.values(exampleExpect(root, name)?.shared ?? {}).flat());
  return readdirSync(dir)
    .filter((f) => (f.endsWith(".c") && !libraries.has(f)) || f.endsWith(`.${machine}.s`))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The plan for one target: `builds` are argument lists for `glass` (each writes one file into
 * `out`), `run` is the command to start the program with, in `out`: `{ cmd, args, env, stdin }`
 * (`env` holds only the variables to add; `stdin` is a path or undefined). AArch64 runs
 * under qemu-aarch64 unless the host is an AArch64 machine.
 */
export function examplePlan(root, name, machine, out) {
  const expect = exampleExpect(root, name) ?? {};
  const dir = join(root, "examples", name);
  const target = `--target=${machine}-linux-gnu`;
  const libc = expect.libc ? [`--libc=${expect.libc}`] : [];
  const builds = Object.entries(expect.shared ?? {}).map(([lib, sources]) => [
    "cc", target, ...libc, "-shared", "-fPIC", ...sources.map((s) => join(dir, s)), "-o", join(out, lib),
  ]);
  builds.push(["cc", target, ...libc, ...exampleSources(root, name, machine), "-o", join(out, name)]);
  const args = expect.args ?? [];
  const preload = expect.preload ? `./${expect.preload}` : undefined;
  const run = machine !== "aarch64" || process.arch === "arm64"
    ? { cmd: `./${name}`, args, env: preload ? { LD_PRELOAD: preload } : {} }
    : {
        cmd: "qemu-aarch64",
        args: [...(expect.libc === "glibc" ? ["-L", AARCH64_SYSROOT] : []), ...(preload ? ["-E", `LD_PRELOAD=${preload}`] : []), `./${name}`, ...args],
        env: {},
      };
  return { builds, run: { ...run, stdin: expect.stdin ? join(dir, expect.stdin) : undefined } };
}
