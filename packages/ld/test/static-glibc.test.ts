// Static links against glibc's libc.a (linking-facts.md section 4): `crt1.o crti.o <objs>
// --start-group libgcc.a libgcc_eh.a libc.a --end-group crtn.o`, linked by Glass and by GNU ld
// from the same files. This needs most of a real linker at once: archive groups, COMDAT groups
// (libc.a's `DW.ref.__gcc_personality_v0`), GOT relaxation and LD64_GOTPAGE_LO15, TLS (PT_TLS,
// initial exec → local exec on x86-64), IFUNC stubs with IRELATIVE between __rela_iplt_start
// and __rela_iplt_end, .init_array priorities, __start_/__stop_ symbols and the merged
// .note.gnu.property. Both programs must print the same, and GNU readelf must read ours cleanly.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { DynWorkdir, glibcDir } from "./dynamic-toolchain.js";
import { targets, toolsFor, type Target } from "./toolchain.js";

const gccLibDir: Record<Target, string> = {
  x86_64: "/usr/lib/gcc/x86_64-linux-gnu/12",
  aarch64: "/usr/lib/gcc-cross/aarch64-linux-gnu/12",
};

const hasStaticGlibc = (target: Target): boolean => {
  const ok = existsSync(`${glibcDir[target]}/libc.a`) && existsSync(`${gccLibDir[target]}/libgcc_eh.a`);
  if (!ok) console.warn(`SKIP: static glibc for ${target} not found: apt-get install ${target === "x86_64" ? "libc6-dev gcc-12" : "libc6-dev-arm64-cross gcc-12-aarch64-linux-gnu"}`);
  return ok;
};

const helloC = `#include <stdio.h>
int main(void) { puts("hello"); return 0; }
`;

const programC = `#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static __thread int calls = 5;              /* TLS local exec, in .tdata */
__thread char scratch[24];                  /* .tbss */
static int by_value(const void *a, const void *b) { calls++; return *(const int *)a - *(const int *)b; }
__attribute__((constructor(200))) static void second(void) { puts("ctor 200"); }
__attribute__((constructor(101))) static void first(void) { puts("ctor 101"); }
__attribute__((constructor)) static void last(void) { puts("ctor"); }
int main(void) {
  int n = 9, *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = (i * 37) % 11;
  qsort(v, n, sizeof *v, by_value);
  for (int i = 0; i < n; i++) printf("%d ", v[i]);
  strcpy(scratch, "tls");
  printf("\\n%s %d\\n", scratch, calls > 5);
  errno = 0;
  FILE *f = fopen("/nonexistent/x", "r");
  printf("%s %d %s\\n", f ? "open" : "null", errno == ENOENT, strerror(errno));
  free(v);
  return 7;
}
`;

describe.each(targets)("static links against glibc's libc.a on %s", (target) => {
  const has = toolsFor(target) && hasStaticGlibc(target);
  const ld = target === "x86_64" ? "ld" : "aarch64-linux-gnu-ld";

  const linkBoth = (name: string, source: string) => {
    const w = new DynWorkdir(target);
    const obj = w.compile(`${name}.c`, source, ["-O2"]);
    const [lib, gcc] = [glibcDir[target], gccLibDir[target]];
    const files = [`${lib}/crt1.o`, `${lib}/crti.o`, obj];
    const group = [`${gcc}/libgcc.a`, `${gcc}/libgcc_eh.a`, `${lib}/libc.a`];
    w.glassInputs(name, [...files, ...group.map((path) => ({ path, data: readFileSync(path), group: 1 })), `${lib}/crtn.o`]);
    const r = run(ld, ["-static", "-o", w.path(`${name}.gnu`), ...files, "--start-group", ...group, "--end-group", `${lib}/crtn.o`]);
    expect(r.stderr).toBe("");
    return w;
  };

  const runStatic = (w: DynWorkdir, program: string) =>
    target === "x86_64" ? run(w.path(program), []) : run("qemu-aarch64", [w.path(program)]);

  it.skipIf(!has)("hello world runs, and readelf sees GNU ld's segments, notes and IFUNC relocations", () => {
    const w = linkBoth("hello", helloC);
    const r = runStatic(w, "hello");
    expect(r.stdout).toBe("hello\n");
    expect(r.status).toBe(0);
    const all = run(target === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf", ["-a", "-W", w.path("hello")]);
    expect(all.stderr).toBe("");
    const segments = (file: string): string[] =>
      [...new Set([...w.readelfOf(["-lW"], file).matchAll(/^ {2}([A-Z_]+) +0x/gm)].map((m) => m[1]!))].filter((t) => t !== "GNU_RELRO");
    expect(segments("hello")).toEqual(segments("hello.gnu"));
    expect(w.readelfOf(["-n"], "hello")).toBe(w.readelfOf(["-n"], "hello.gnu").replace(/hello\.gnu/g, "hello"));
    const irelative = (file: string): number => (w.readelfOf(["-rW"], file).match(/_IRELATIVE/g) ?? []).length;
    expect(irelative("hello")).toBe(irelative("hello.gnu"));
    expect(irelative("hello")).toBeGreaterThan(0);
    const tls = (file: string): string => /^ {2}TLS .*$/m.exec(w.readelfOf(["-lW"], file))![0].split(/\s+/).slice(-4).join(" ");
    expect(tls("hello")).toBe(tls("hello.gnu")); // the same .tdata/.tbss sizes and alignment
  });

  it.skipIf(!has)("printf, malloc, qsort, errno, TLS and prioritized constructors behave as with GNU ld", () => {
    const w = linkBoth("program", programC);
    const [ours, gnu] = [runStatic(w, "program"), runStatic(w, "program.gnu")];
    expect(ours.stdout).toBe(gnu.stdout);
    expect(ours.stdout).toMatch(/^ctor 101\nctor 200\nctor\n(\d+ ){9}\ntls 1\nnull 1 No such file or directory\n$/);
    expect(ours.status).toBe(7);
    if (target === "x86_64") {
      // Initial exec relaxed to local exec as GNU ld does it (`mov tcache@gottpoff(%rip),%rax`
      // → `mov $-0x30,%rax`), at the same offsets from %fs: malloc's TLS instructions read alike.
      const tlsLines = (file: string): string[] => {
        const [, value, size] = / ([0-9a-f]{16}) +(\d+) FUNC .* __libc_malloc$/m.exec(w.readelfOf(["-sW"], file))!;
        const range = [`--start-address=0x${value}`, `--stop-address=0x${(BigInt(`0x${value}`) + BigInt(size!)).toString(16)}`];
        return w.objdump(["-d", "--no-show-raw-insn", ...range], file)
          .split("\n").filter((l) => /%fs|\$0xf{8}/.test(l)).map((l) => l.split("\t").slice(1).join(" ").replace(/\s+#.*/, ""));
      };
      expect(tlsLines("program").length).toBeGreaterThan(0);
      expect(tlsLines("program")).toEqual(tlsLines("program.gnu"));
    }
  });
});
