// objdump -d (and -d -r) against GNU objdump 2.40, byte for byte, on both targets: gcc objects (-O0, -O2,
// -fPIC), an archive, static and dynamic executables, a shared object, and Glass's own object
// and executable for examples/hello.c.
//
// Static executables carry glibc's hand-written code (x86-64 AVX/AVX2/AVX-512, AArch64 SVE,
// MTE, LSE atomics, system registers): the decoders cover it, so those listings are equal too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO, objdump } from "@glass/binutils";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { gccFor, hasTarget, SOURCE, tempDir, TARGETS, type Target } from "../../elf/test/fixtures.js";

const GLASS = join(import.meta.dirname, "../../driver/bin/glass.js");
const HELLO = join(import.meta.dirname, "../../../examples/hello.c");

const KINDS: Record<string, string[]> = {
  "obj -O0": ["-c", "-O0"],
  "obj -O2": ["-c", "-O2"],
  "obj -fPIC": ["-c", "-O2", "-fPIC"],
  archive: ["-c", "-fPIC"],
  dyn: ["-O1"],
  shared: ["-shared", "-fPIC", "-O1"],
  static: ["-static", "-O1"],
};

function build(target: Target, kind: string): string {
  const dir = tempDir();
  const src = join(dir, "disasm.c");
  writeFileSync(src, SOURCE);
  const out = join(dir, `disasm-${target}-${kind.replace(/\W/g, "")}`);
  const r = run(gccFor(target), [...KINDS[kind]!, "-o", out + ".o", src]);
  if (r.status !== 0) throw new Error(r.stderr);
  if (kind !== "archive") return out + ".o";
  run("ar", ["rcs", out + ".a", out + ".o"]);
  return out + ".a";
}

/** Glass's hello.o and hello for `target`, or undefined (with a visible note) if the driver fails. */
function glass(target: Target): { obj: string; exe: string } | undefined {
  if (!existsSync(GLASS)) return void console.warn("skipping Glass-built inputs: build the driver (npm run build)");
  const obj = join(tempDir(), `hello-${target}.o`);
  const exe = join(tempDir(), `hello-${target}`);
  for (const [out, flags] of [[obj, ["-c"]], [exe, []]] as const) {
    const r = run("node", [GLASS, "cc", `--target=${target}`, ...flags, "-o", out, HELLO]);
    if (r.status !== 0) return void console.warn(`skipping Glass-built inputs: glass cc failed: ${r.stderr.trim()}`);
  }
  return { obj, exe };
}

function compare(target: Target, path: string, flags = ["-d"]): void {
  const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)) });
  const status = objdump([...flags, path], io);
  const expected = run(gnu("objdump", target), [...flags, path]);
  expect(io.out).toBe(expected.stdout);
  expect(status).toBe(expected.status);
}

describe.each(TARGETS)("objdump -d matches GNU objdump (%s)", (target) => {
  const enabled = hasTarget(target) && hostHas(gnu("objdump", target)) && hostHas("ar");
  for (const kind of Object.keys(KINDS)) {
    it.skipIf(!enabled)(kind, () => compare(target, build(target, kind)));
    if (kind !== "static") {
      it.skipIf(!enabled)(`${kind} with -r (relocations under their instructions)`, () => compare(target, build(target, kind), ["-dr"]));
      it.skipIf(!enabled)(`${kind} with -R (objects: bfd_fatal before disassembling)`, () => compare(target, build(target, kind), ["-dR"]));
    }
  }
  const built = enabled ? glass(target) : undefined;
  it.skipIf(!built)("Glass's hello.o", () => compare(target, built!.obj));
  it.skipIf(!built)("Glass's hello executable", () => compare(target, built!.exe));
});
