// Test fixtures built at test time by the host's GNU toolchains: relocatable objects and
// static executables for both machines, cached per process in one temp directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { hostHas, run } from "../../../tests/support/host.js";

export const SOURCE = `
#include <stdio.h>
int counter = 3;
static int hidden;
int zeroed[16];
const char *greeting = "hello";
extern int ext_value;
static int helper(int x) { return x * 2 + hidden; }
int (*fp)(int) = helper;
int call_ext(void) { return ext_value + helper(counter); }
__attribute__((weak)) int maybe(void) { return 1; }
int main(void) { printf("%s %d\\n", greeting, fp(counter)); return maybe() - 1; }
int ext_value = 4;
`;

export type Target = "x86_64" | "aarch64";
export const TARGETS: Target[] = ["x86_64", "aarch64"];

export function gccFor(target: Target): string {
  return target === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
}

export interface Fixture {
  name: string;
  path: string;
  bytes: Uint8Array;
}

let dir: string | undefined;
const cache = new Map<string, Fixture>();

// Registered at import, so it runs after the importing test file's tests.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** This test file's scratch directory, removed when the file's tests are done. */
export function tempDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), "glass-elf-"));
  return dir;
}

/** Compiles SOURCE with the target's gcc and `flags`; `kind` names the output. */
export function build(target: Target, kind: "obj" | "pic" | "static"): Fixture {
  const name = `${target}-${kind}`;
  const cached = cache.get(name);
  if (cached) return cached;
  const d = tempDir();
  const src = join(d, "fixture.c");
  writeFileSync(src, SOURCE);
  const out = join(d, kind === "static" ? name : `${name}.o`);
  const flags = kind === "obj" ? ["-c", "-O0"] : kind === "pic" ? ["-c", "-O2", "-fPIC"] : ["-static", "-O1"];
  const r = run(gccFor(target), [...flags, "-o", out, src]);
  if (r.status !== 0) throw new Error(`${gccFor(target)} failed: ${r.stderr}`);
  const fixture = { name, path: out, bytes: new Uint8Array(readFileSync(out)) };
  cache.set(name, fixture);
  return fixture;
}

export function hasTarget(target: Target): boolean {
  return hostHas(gccFor(target));
}
