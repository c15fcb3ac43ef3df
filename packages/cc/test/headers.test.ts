// Every standard header, as real programs include it: the C library headers (C11 7.1.2) plus
// the POSIX ones Glass libc provides, preprocessed and compiled for both targets against both
// C libraries (Glass libc's packages/libc/include; glibc's headers where the host gcc for the
// target finds them), in gcc's default dialect and -std=c99/c11/gnu11, without a diagnostic.
// Then a program using something from each header runs, built by Glass against each libc,
// and must print what the same program built by gcc prints. Also: `__func__` (C11 6.4.2.2).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GlassError, render, SourceFile } from "@glass/diagnostics";
import { preprocess } from "@glass/cpp";
import { compile } from "@glass/cc";
import { describe, expect, it } from "vitest";
import { hostHas, run, type RunResult } from "../../../tests/support/host.js";
import { canRun, compileC, machines, runC, type Machine } from "./helpers.js";

const headers = [
  "stdio.h", "stdlib.h", "string.h", "stdint.h", "stddef.h", "stdarg.h", "limits.h", "ctype.h", "math.h", "errno.h",
  "assert.h", "stdbool.h", "inttypes.h", "float.h", "time.h", "setjmp.h", "signal.h", "unistd.h", "fcntl.h",
  "sys/mman.h", "sys/stat.h", "sys/types.h",
];
const includeAll = headers.map((h) => `#include <${h}>\n`).join("");

type Libc = "glass" | "glibc";
const libcs: Libc[] = ["glass", "glibc"];
const glassInclude = new URL("../../libc/include", import.meta.url).pathname;
const glassBuild = (m: Machine) => new URL(`../../libc/build/${m}/`, import.meta.url).pathname;
const gcc = (m: Machine) => (m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc");

/** The `#include <…>` directories of the host gcc for `m` (glibc's headers and gcc's own). */
function gccIncludeDirs(m: Machine): string[] {
  const v = run(gcc(m), ["-xc", "-E", "-v", "/dev/null"]).stderr;
  const list = v.slice(v.indexOf("#include <...> search starts here:"), v.indexOf("End of search list."));
  return list.split("\n").slice(1).map((l) => l.trim()).filter(Boolean);
}

function hasLibc(m: Machine, libc: Libc): boolean {
  return libc === "glass" || hostHas(gcc(m));
}

/** Preprocesses `source` for `m` against `libc`'s headers and compiles it; errors and warnings are rendered. */
function compileWith(source: string, m: Machine, libc: Libc, std?: string): { asm: string; diagnostics: string[] } {
  const file = new SourceFile("headers.c", source);
  const system = libc === "glass" ? [glassInclude] : gccIncludeDirs(m);
  const fs = {
    readFile: (p: string) => {
      try {
        return readFileSync(p, "utf8");
      } catch {
        return undefined;
      }
    },
  };
  const pp = preprocess(file, { machine: m, fs, includeDirs: { system }, ...(std ? { std } : {}) });
  try {
    const r = compile(pp.tokens, { machine: m, fileName: "headers.c" });
    return { asm: r.asm, diagnostics: [...pp.warnings, ...r.diagnostics].map((d) => render(d)) };
  } catch (e) {
    if (e instanceof GlassError) return { asm: "", diagnostics: e.diagnostics.map((d) => render(d)) };
    throw e;
  }
}

describe.each(machines)("standard headers on %s", (m) => {
  for (const libc of libcs) {
    for (const std of [undefined, "c99", "c11", "gnu11"]) {
      it.skipIf(!hasLibc(m, libc))(`all parse and type-check with --libc=${libc}${std ? ` -std=${std}` : ""}`, () => {
        const r = compileWith(`${includeAll}int main(void) { assert(sizeof(size_t) == 8); return 0; }\n`, m, libc, std);
        expect(r.diagnostics).toEqual([]);
      });
    }
  }
});

// One use of each header; the output is the same whichever libc and compiler built it.
const program = `${includeAll}
static jmp_buf env;
static volatile sig_atomic_t caught;
static void on_signal(int sig) { caught = sig; }
static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
struct pair { char c; double d; };
int main(void) {
  char buf[16];
  bool yes = true;
  assert(yes && sizeof(int32_t) == 4);
  printf("stddef %zu %d\\n", offsetof(struct pair, d), NULL == (void *)0);
  printf("stdarg %d\\n", sum(3, 10, 20, 12));
  printf("limits %d %d %d\\n", INT_MAX, CHAR_BIT, LONG_MIN + 1 < 0);
  printf("ctype %d %c\\n", isdigit('7') != 0, toupper('q'));
  printf("math %.3f %.1f\\n", sqrt(2.0), floor(-1.5));
  errno = 0;
  long big = strtol("99999999999999999999", NULL, 10);
  printf("errno %d %d\\n", errno == ERANGE, big == LONG_MAX);
  int v[] = {3, 1, 2};
  qsort(v, 3, sizeof v[0], cmp);
  printf("stdlib %d%d%d %d\\n", v[0], v[1], v[2], abs(-4));
  strcpy(buf, "glass");
  printf("string %zu %d\\n", strlen(buf), strcmp(buf, "glasS") > 0);
  printf("stdint %d %llu\\n", INT8_MIN, (unsigned long long)UINT64_MAX);
  printf("inttypes %" PRId64 " %" PRIx32 "\\n", (int64_t)-5, (uint32_t)255);
  printf("float %d %d %d\\n", FLT_MANT_DIG, DBL_DIG, FLT_MAX > 1e38f);
  struct timespec ts;
  printf("time %d %d\\n", time(NULL) > 1600000000, clock_gettime(CLOCK_REALTIME, &ts) == 0);
  volatile int jumps = 0;
  int j = setjmp(env);
  if (jumps++ == 0) longjmp(env, 7);
  printf("setjmp %d\\n", j);
  signal(SIGUSR1, on_signal);
  raise(SIGUSR1);
  printf("signal %d\\n", caught == SIGUSR1);
  printf("unistd %d\\n", getpid() > 0);
  int fd = open("/dev/null", O_WRONLY);
  printf("fcntl %d %d\\n", fd >= 0, (int)write(fd, "x", 1));
  close(fd);
  char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  page[4095] = 'p';
  printf("mman %d %c\\n", page != MAP_FAILED, page[4095]);
  munmap(page, 4096);
  struct stat st;
  printf("stat %d\\n", stat("/", &st) == 0 && S_ISDIR(st.st_mode));
  printf("types %zu\\n", sizeof(pid_t) + sizeof(off_t));
  printf("%s\\n", __func__);
  return 0;
}
`;

/** Builds Glass's assembly for `m` into an executable (linked as the driver links each libc) and runs it. */
function link(asm: string, m: Machine, libc: Libc): RunResult {
  const dir = mkdtempSync(join(tmpdir(), "glass-headers-"));
  const s = join(dir, "prog.s");
  const exe = join(dir, "prog");
  writeFileSync(s, asm);
  const args = libc === "glibc"
    ? ["-static", "-x", "assembler", s, "-o", exe, "-lm"]
    : ["-static", "-nostdlib", "-x", "assembler", s, "-x", "none", `${glassBuild(m)}crt1.o`, `${glassBuild(m)}libc.a`, "-o", exe];
  const build = run(gcc(m), args);
  if (build.status !== 0) throw new Error(build.stderr);
  return m === "x86_64" ? run(exe, []) : run("qemu-aarch64", [exe]);
}

/** The program built by gcc against glibc for `m`, run. */
function twin(m: Machine): RunResult {
  const dir = mkdtempSync(join(tmpdir(), "glass-headers-twin-"));
  writeFileSync(join(dir, "prog.c"), program);
  const build = run(gcc(m), ["-static", "-w", join(dir, "prog.c"), "-o", join(dir, "prog"), "-lm"]);
  if (build.status !== 0) throw new Error(build.stderr);
  return m === "x86_64" ? run(join(dir, "prog"), []) : run("qemu-aarch64", [join(dir, "prog")]);
}

describe.each(machines)("a program using every header, on %s", (m) => {
  for (const libc of libcs) {
    it.skipIf(!canRun(m))(`prints what gcc's build prints (--libc=${libc})`, () => {
      const r = compileWith(program, m, libc);
      expect(r.diagnostics).toEqual([]);
      const ours = link(r.asm, m, libc);
      const theirs = twin(m);
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.stdout).toContain("stdarg 42\n");
      expect([ours.status, theirs.status]).toEqual([0, 0]);
    });
  }
});

describe("__func__ (C11 6.4.2.2) and gcc's __FUNCTION__, __PRETTY_FUNCTION__", () => {
  const src = `
int printf(const char *fmt, ...);
static const char *name(void) { return __func__; }
int main(void) {
  const char *p = __func__;
  printf("%s %s %s %s %d %d\\n", __func__, __FUNCTION__, __PRETTY_FUNCTION__, name(), (int)sizeof __func__, p == __func__);
  return sizeof(__func__) + sizeof(__PRETTY_FUNCTION__);
}`;

  it("is a static const char array per function, named as gcc names it", () => {
    const asm = compileC(src, "x86_64").asm;
    expect(asm).toMatch(/\.section\t\.rodata\n\t\.balign\t1\n\t\.type\t__func__\.1, @object\n\t\.size\t__func__\.1, 5\n__func__\.1:\n\t\.ascii\t"name\\000"/);
    expect(asm).toContain('__PRETTY_FUNCTION__.4:\n\t.ascii\t"main\\000"');
    const dump = compileC(src, "x86_64", "t.c", ["ast"]).dumps.ast!;
    expect(dump).toMatch(/Identifier __func__ 'const char\[5\]'/);
  });

  it("cannot be assigned to, and is undeclared outside a function", () => {
    expect(() => compileC("void f(void) { __func__[0] = 'g'; }", "x86_64")).toThrow(/read-only/);
    expect(() => compileC("const char *p = __func__;", "x86_64")).toThrow(/'__func__' undeclared here \(not in a function\)/);
  });

  for (const m of machines) {
    it.skipIf(!canRun(m))(`has the function's name on ${m}`, () => {
      const r = runC(src, m);
      expect([r.stdout, r.status]).toEqual(["main main main name 5 1\n", 10]);
    });
  }
});

describe("__int128 and unsigned __int128 (GNU): types for declarations and layout", () => {
  it("are 16 bytes, 16-aligned, on both targets; __int128_t and __uint128_t name them", () => {
    const src = `
struct ctx { unsigned fpsr; __uint128_t vregs[32]; };
_Static_assert(sizeof(__int128) == 16 && _Alignof(__int128) == 16, "");
_Static_assert(sizeof(unsigned __int128) == 16 && sizeof(__int128_t) == 16, "");
_Static_assert(sizeof(struct ctx) == 528 && __builtin_offsetof(struct ctx, vregs) == 16, "");
_Static_assert(__builtin_types_compatible_p(__uint128_t, unsigned __int128), "");
struct ctx g, zeroed = { 1, { 0 } };
__uint128_t *second(struct ctx *c) { return &c->vregs[1]; }
unsigned local(void) { struct ctx c = { 2 }; __int128 z = 0; return c.fpsr + sizeof z; }
long size(void) { return sizeof g.vregs[0]; }`;
    for (const m of machines) expect(compileC(src, m).diagnostics).toEqual([]);
  });

  it("a zero initializer is the one value they take", () => {
    for (const m of machines.filter(canRun)) expect(runC("struct s { char c; __int128 v; } g = { 1, 0 };\nint main(void) { struct s l = { 2, 0 }; return g.c + l.c + sizeof l; }", m).status).toBe(35);
  });

  it("values are rejected with an error saying so", () => {
    const errs = (src: string) => {
      try {
        compileC(src, "x86_64");
        return "";
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(errs("__int128 a; long f(void) { return a; }")).toContain("error: '__int128' values are not supported");
    expect(errs("unsigned __int128 x = 1;")).toContain("error: '__int128 unsigned' values are not supported");
    expect(errs("void f(__int128 *p) { *p += 1; }")).toContain("error: '__int128' values are not supported");
    expect(errs("__int128 f(void) { return 0; }")).toContain("error: '__int128' parameters and results are not supported");
    expect(errs("void g(__int128 v); void f(void) { g(1); }")).toContain("error: '__int128' values are not supported");
  });
});
