// AArch64 corpus: small C programs compiled by `aarch64-linux-gnu-gcc -S` (-O0, -O2, -O3,
// with Advanced SIMD auto-vectorization), assembled by Glass and by GNU as. The two objects
// must have the same section contents, relocations, section headers and symbol tables
// ($x/$d mapping symbols included); Glass's object, linked by gcc -static, must run under
// qemu-aarch64 with the same output and exit status as the GNU-assembled one.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { readElf, relocName, SHT_RELA, type ElfFile } from "@glass/elf";
import { assemble } from "@glass/as";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";

const programs: Record<string, string> = {
  fib: `
    #include <stdio.h>
    int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    int main(void) { printf("fib(20)=%d\\n", fib(20)); return fib(10) & 0x7f; }`,
  loops: `
    #include <stdio.h>
    int main(void) {
      long sum = 0; unsigned u = 1;
      for (int i = 0; i < 100; i++) { sum += i * i; if (i % 7 == 3) continue; u = u * 33 + i; }
      int j = 10; while (j-- > 0) sum -= j; while (u > 1000000) u >>= 3;
      printf("%ld %u\\n", sum, u); return (int)(sum % 200);
    }`,
  arrays: `
    #include <stdio.h>
    static int sq[16]; long grid[4][5]; short hs[8] = {1, -2, 3, -4, 5, -6, 7, -8};
    unsigned char bytes[10];
    int main(void) {
      for (int i = 0; i < 16; i++) sq[i] = i * i;
      for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r][c] = r * 10 + c;
      long t = 0; for (int i = 0; i < 8; i++) { t += hs[i]; bytes[i] = (unsigned char)(hs[i] * 3); }
      printf("%d %ld %ld %d %d\\n", sq[15], grid[3][4], t, bytes[1], bytes[7]);
      return sq[7] - 40;
    }`,
  strings: `
    #include <stdio.h>
    #include <string.h>
    const char *words[] = {"alpha", "beta", "gamma", "delta"};
    static char buf[64];
    int count(const char *s, char c) { int n = 0; while (*s) if (*s++ == c) n++; return n; }
    int main(void) {
      for (int i = 0; i < 4; i++) { strcat(buf, words[i]); strcat(buf, "-"); }
      printf("%s len=%zu a=%d\\n", buf, strlen(buf), count(buf, 'a'));
      return count("mississippi", 's');
    }`,
  globals: `
    #include <stdio.h>
    int counter = 5; long big = 0x123456789abcdef0L; double ratio = 2.5; float f = 1.25f;
    static int hidden; char letter = 'q';
    void bump(int by) { counter += by; hidden++; }
    int main(void) {
      bump(3); bump(-1);
      printf("%d %d %lx %.3f %.2f %c\\n", counter, hidden, big, ratio * counter, f * 2, letter);
      return counter + hidden;
    }`,
  pointers: `
    #include <stdio.h>
    #include <stdlib.h>
    struct node { int value; struct node *next; };
    static int add(int a, int b) { return a + b; } static int mul(int a, int b) { return a * b; }
    int (*ops[2])(int, int) = {add, mul};
    void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
    int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
    int main(void) {
      struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2}; int s = 0;
      for (struct node *p = &n1; p; p = p->next) s += p->value;
      int x = 4, y = 9; swap(&x, &y);
      int v[6] = {5, 1, 4, 2, 6, 3}; qsort(v, 6, sizeof v[0], cmp);
      printf("%d %d %d %d %d %d\\n", s, x, y, ops[0](x, y), ops[1](x, y), v[0] * 10 + v[5]);
      return ops[1](s, 7);
    }`,
  switch: `
    #include <stdio.h>
    const char *name(int d) {
      switch (d) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three";
        case 4: return "four"; case 5: return "five"; case 6: return "six"; case 7: return "seven";
        case 8: return "eight"; case 9: return "nine"; case 10: return "ten"; case 11: return "eleven";
        case 12: return "twelve"; case 13: return "thirteen"; case 14: return "fourteen";
        case 15: return "fifteen"; case 16: return "sixteen"; case 17: return "seventeen"; default: return "many"; }
    }
    int classify(int c) { switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
      case ' ': return 2; case '0': case '1': case '2': return 3; default: return 0; } }
    int main(void) {
      int t = 0; const char *s = "quiet coding 2021";
      for (const char *p = s; *p; p++) t = t * 3 + classify(*p);
      for (int i = 0; i < 20; i += 3) printf("%s ", name(i));
      printf("%d\\n", t & 0xffff); return t & 0x3f;
    }`,
  arith: `
    #include <stdio.h>
    unsigned long mix(unsigned long a, unsigned b, short s, unsigned char c) {
      return a / b + s % 7 + (c << 3) + (a >> 5) + ((long)s >> 2) + (a ^ ~b) + (a | 0xff00) - (a & 0xf0f0f0f0f0f0f0f0UL);
    }
    double fp(double a, float b, int i) { return a * b + i / 3.0 - (a > b ? 1.5 : 2.25) + (long)a + (unsigned)b; }
    int main(int argc, char **argv) {
      long long m = (long long)argc * 0x7fffffff; unsigned short us = (unsigned short)m; signed char sc = (signed char)m;
      printf("%lu %.4f %lld %u %d %d\\n", mix(1000003, 7, -13, 200), fp(2.5, 1.5f, 7), m, us, sc, (int)(m % 1000));
      return (int)(mix(5, 3, 2, 1) % 100);
    }`,
};

// The C files of the x86-64 corpus that are not spelled out above run here too.
const shared = new URL("./corpus/", import.meta.url);
for (const name of ["floats", "mixed", "bits", "vectors"]) programs[name] = readFileSync(new URL(`${name}.c`, shared), "utf8");

const tools = ["aarch64-linux-gnu-gcc", "aarch64-linux-gnu-as", "qemu-aarch64"];
const ready = hostHasAll(...tools);

interface Reloc {
  section: string;
  offset: bigint;
  type: string;
  symbol: string;
  addend: bigint;
}

function relocations(elf: ElfFile): Reloc[] {
  const syms = elf.symbols();
  return elf.sections
    .filter((s) => s.sh_type === SHT_RELA)
    .flatMap((s) =>
      elf.relocations(s).map((r) => {
        const sym = syms[r.r_sym]!;
        const symbol = sym.name || elf.sections[sym.st_shndx]?.name || "";
        return { section: elf.sections[s.sh_info]!.name, offset: r.r_offset, type: relocName("aarch64", r.r_type), symbol, addend: r.r_addend };
      }),
    );
}

function contents(elf: ElfFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of elf.sections) {
    if (s.sh_type === SHT_RELA || [".symtab", ".strtab", ".shstrtab", ""].includes(s.name)) continue;
    out[s.name] = Buffer.from(s.data).toString("hex") + (s.data.length === 0 ? `(size ${s.sh_size})` : "");
  }
  return out;
}

describe.skipIf(!ready)("AArch64 corpus: gcc -S output assembled by Glass and GNU as", () => {
  const dir = mkdtempSync(join(tmpdir(), "glass-a64-corpus-"));
  for (const [name, source] of Object.entries(programs)) {
    for (const opts of [["-O0"], ["-O2"], ["-O2", "-fPIC"], ["-O3"]]) {
      it(`${name} ${opts.join(" ")}`, () => {
        const base = join(dir, `${name}${opts.join("")}`);
        writeFileSync(`${base}.c`, source);
        // gcc's default unwind tables (.cfi_* → .eh_frame) included, and its auto-vectorizer
        // (Advanced SIMD) at -O2 and -O3.
        const cc = run("aarch64-linux-gnu-gcc", ["-S", ...opts, `${base}.c`, "-o", `${base}.s`]);
        expect(cc.stderr).toBe("");
        const asm = readFileSync(`${base}.s`, "utf8");

        const glass = assemble(new SourceFile(`${name}.s`, asm), { machine: "aarch64" }).object;
        writeFileSync(`${base}.glass.o`, glass);
        expect(run("aarch64-linux-gnu-as", [`${base}.s`, "-o", `${base}.gnu.o`]).status).toBe(0);
        const gnu = readElf(readFileSync(`${base}.gnu.o`), "gnu.o");
        const ours = readElf(glass, "glass.o");
        expect(contents(ours)).toEqual(contents(gnu));
        expect(relocations(ours)).toEqual(relocations(gnu));
        expect(sectionTable(ours)).toEqual(sectionTable(gnu));
        expect(symbolTable(ours)).toEqual(symbolTable(gnu));

        const results = ["glass", "gnu"].map((which) => {
          const link = run("aarch64-linux-gnu-gcc", ["-static", `${base}.${which}.o`, "-o", `${base}.${which}`]);
          expect(link.stderr).toBe("");
          return run("qemu-aarch64", [`${base}.${which}`]);
        });
        expect(results[0]!.stdout).toBe(results[1]!.stdout);
        expect(results[0]!.status).toBe(results[1]!.status);
        expect(results[0]!.stdout.length).toBeGreaterThan(0);
      });
    }
  }
});
