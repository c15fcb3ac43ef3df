// glass cc --libc=glibc -static links glibc's libc.a the way gcc -static does (crt1.o crti.o
// crtbeginT.o … --start-group libgcc.a libgcc_eh.a libc.a --end-group crtend.o crtn.o), and
// the programs run with no dynamic linker at all, on both targets.
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, scratch, targetFlag } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";

const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" && hostHas("gcc") : hostHas("qemu-aarch64") && hostHas("aarch64-linux-gnu-gcc"));

const sortC = `#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void) {
  int n = 8;
  int *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = (i * 37) % 11;
  qsort(v, n, sizeof *v, cmp);
  for (int i = 0; i < n; i++) printf("%d%c", v[i], i + 1 < n ? ' ' : '\\n');
  free(v);
  printf("%s %5.2f\\n", "pi", 3.14159);
  return 0;
}
`;

describe.each(machines)("glass cc --libc=glibc -static (%s)", (m) => {
  const exec = (dir: string, name: string) => (m === "x86_64" ? run(join(dir, name), []) : run("qemu-aarch64", [join(dir, name)]));
  const readelf = m === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf";

  it.skipIf(!canRun(m))("links hello against libc.a with gcc's start files, in gcc's order", () => {
    const dir = scratch(`glass-static-glibc-${m}-`);
    writeFileSync(join(dir, "hello.c"), '#include <stdio.h>\nint main(void) { puts("hello"); return 55; }\n');
    const c = glass(["cc", targetFlag(m), "--libc=glibc", "-static", "-v", "hello.c", "-o", "hello"], dir);
    expect(c.status).toBe(0);
    const link = c.stderr.split("\n").find((l) => l.startsWith(" glass ld "))!;
    const files = link.split(" ").filter((w) => /\.o$|^-l|group$/.test(w)).map((w) => w.replace(/.*\//, ""));
    expect(files).toEqual(["crt1.o", "crti.o", "crtbeginT.o", "hello-hello.o", "--start-group", "-lgcc", "-lgcc_eh", "-lc", "--end-group", "crtend.o", "crtn.o"]);
    const h = run(readelf, ["-h", "-l", join(dir, "hello")]);
    expect(h.stdout).toMatch(/Type:\s+EXEC/);
    expect(h.stdout).not.toMatch(/INTERP|DYNAMIC/);
    const r = exec(dir, "hello");
    expect([r.stdout, r.status]).toEqual(["hello\n", 55]);
  });

  it.skipIf(!canRun(m))("runs a program using printf, malloc and qsort, as gcc -static's does", () => {
    const dir = scratch(`glass-static-glibc-${m}-`);
    writeFileSync(join(dir, "sort.c"), sortC);
    const c = glass(["cc", targetFlag(m), "--libc=glibc", "-static", "sort.c", "-o", "sort"], dir);
    expect(c.stderr).toBe("");
    const r = exec(dir, "sort");
    expect([r.stdout, r.status]).toEqual(["0 1 2 4 5 6 8 9\npi  3.14\n", 0]);
    const gcc = m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
    expect(run(gcc, ["-static", join(dir, "sort.c"), "-o", join(dir, "sort.gcc")]).status).toBe(0);
    expect(exec(dir, "sort.gcc").stdout).toBe(r.stdout);
  });
});
