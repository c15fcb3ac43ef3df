// Test helpers: build C programs with the host compilers into a temp directory and give the
// loader a node-backed readFile.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../../tests/support/host.js";

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
