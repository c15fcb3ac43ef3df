// glass cc reads gcc's command line: stages and output names, -x and stdin, the
// preprocessor's -M family, warnings, linker routing, introspection, errors, and parallel
// translation that is byte-for-byte the serial one.
import { describe, expect, it } from "vitest";
import { cpSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, repoRoot, scratch } from "../support/glass.js";
import { run } from "../support/host.js";

const project = join(repoRoot, "tests/e2e/fixtures/driver/project");
const canRunX86 = process.arch === "x64";

function workdir(): string {
  const dir = scratch("glass-driver-");
  cpSync(project, dir, { recursive: true });
  return dir;
}

describe("glass cc: stages and output names", () => {
  const dir = workdir();

  it("-c, -S and -E use gcc's default names (x.o, x.s, stdout)", () => {
    expect(glass(["cc", "-c", "fib.c"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "fib.o")).subarray(0, 4)).toEqual(Buffer.from("\x7fELF", "latin1"));
    expect(glass(["cc", "-S", "fib.c"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "fib.s"), "utf8")).toMatch(/^fib:/m);
    const e = glass(["cc", "-E", "-P", "fib.c"], dir);
    expect(e.stdout).toContain("int fib(int n);");
  });

  it("links mixed inputs (.c .s .o .a) into a.out by default", () => {
    expect(glass(["cc", "-S", "greet.c"], dir).status).toBe(0);
    expect(glass(["cc", "-c", "fib.c"], dir).status).toBe(0);
    expect(glass(["ar", "rcs", "libfib.a", "fib.o"], dir).status).toBe(0);
    const r = glass(["cc", "main.c", "greet.s", "-L.", "-lfib"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    if (canRunX86) expect(run(join(dir, "a.out"), []).stdout).toBe("hello from a multi-file build\n");
  });

  it("-x c reads standard input; -x none goes back to extensions", () => {
    const r = run("sh", ["-c", `echo 'int main(void) { return 7; }' | "${process.execPath}" "${join(repoRoot, "packages/driver/bin/glass.js")}" cc -x c - -x none fib.c -c`], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(existsSync(join(dir, "-.o"))).toBe(true);
  });

  it("-o into something that is not a regular file (a FIFO, /dev/null) writes into it, never replaces it", () => {
    const glassJs = join(repoRoot, "packages/driver/bin/glass.js");
    const r = run("sh", ["-c", `mkfifo pipe.i && { cat pipe.i > copy.i & "${process.execPath}" "${glassJs}" cc -E -P fib.c -o pipe.i; wait; }`], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, "pipe.i")).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, "copy.i"), "utf8")).toContain("int fib(int n)");
    expect(glass(["cc", "-c", "fib.c", "-o", "/dev/null"], dir).status).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("-fsyntax-only checks and writes nothing", () => {
    const d = scratch();
    writeFileSync(join(d, "ok.c"), "int f(void) { return 1; }\n");
    const r = glass(["cc", "-fsyntax-only", "ok.c"], d);
    expect(r.status).toBe(0);
    expect(readdirSync(d)).toEqual(["ok.c"]);
  });

  it("-o with -c and several files is refused like gcc", () => {
    const r = glass(["cc", "-c", "fib.c", "greet.c", "-o", "x.o"], dir);
    expect([r.status, r.stderr]).toEqual([1, "glass: error: cannot specify '-o' with '-c', '-S' or '-E' with multiple files\n"]);
  });
});

describe("glass cc: preprocessor flags", () => {
  const dir = workdir();

  it("-MMD -MP writes x.d next to the object", () => {
    expect(glass(["cc", "-MMD", "-MP", "-c", "main.c", "-o", "m.o"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "m.d"), "utf8")).toBe("m.o: main.c fib.h greet.h\n\nfib.h:\n\ngreet.h:\n");
  });

  it("-M lists system headers, -MM leaves them out, -MT names the target, -MF the file", () => {
    expect(glass(["cc", "-M", "greet.c"], dir).stdout).toMatch(/^greet\.o: greet\.c \S*packages\/libc\/include\/stdio\.h/);
    expect(glass(["cc", "-MM", "-MT", "obj/greet.o", "greet.c"], dir).stdout).toBe("obj/greet.o: greet.c greet.h\n");
    expect(glass(["cc", "-MM", "-MF", "deps.mk", "greet.c"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "deps.mk"), "utf8")).toBe("greet.o: greet.c greet.h\n");
  });

  it("-D -U -I -include -dM -C -P", () => {
    writeFileSync(join(dir, "m.c"), "/* keep */ int v = V + W;\n");
    writeFileSync(join(dir, "w.h"), "#define W 2\n");
    const r = glass(["cc", "-E", "-P", "-C", "-DV=40", "-include", "w.h", "m.c"], dir);
    expect(r.stdout.trim()).toBe("/* keep */ int v = 40 + 2;");
    const dm = glass(["cc", "-E", "-dM", "-DV=40", "-UV", "m.c"], dir).stdout;
    expect(dm).toContain("#define __x86_64__ 1".replace("x86_64", process.arch === "arm64" ? "aarch64" : "x86_64"));
    expect(dm).not.toContain("#define V ");
    // Standard input under -E is C, as for gcc.
    const stdin = run(process.execPath, [join(repoRoot, "packages/driver/bin/glass.js"), "cc", "-E", "-P", "-DV=3", "-"], { cwd: dir, input: "int v = V;\n" });
    expect([stdin.stdout.trim(), stdin.stderr]).toEqual(["int v = 3;", ""]);
    // -D and -U apply in command-line order, as in gcc: a -D after the -U wins.
    const again = glass(["cc", "-E", "-dM", "-DV=40", "-UV", "-DV=7", "m.c"], dir).stdout;
    expect(again).toContain("#define V 7\n");
  });

  it("-O2 defines __OPTIMIZE__; -std=c99 defines __STRICT_ANSI__", () => {
    const dm = glass(["cc", "-E", "-dM", "-O2", "-std=c99", "fib.c"], dir).stdout;
    expect(dm).toContain("#define __OPTIMIZE__ 1");
    expect(dm).toContain("#define __STRICT_ANSI__ 1");
  });
});

describe("glass cc: warnings and compiler flags", () => {
  const dir = scratch("glass-warn-");
  writeFileSync(join(dir, "w.c"), "int main(void) { return f(); }\nint f(void) { return 0; }\n");

  it("names warnings like gcc, -w and -Wno-NAME silence them, -Werror fails", () => {
    const r = glass(["cc", "-c", "w.c"], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^w\.c:1:25: warning: implicit declaration of function 'f' \[-Wimplicit-function-declaration\]/);
    expect(glass(["cc", "-c", "-w", "w.c"], dir).stderr).toBe("");
    expect(glass(["cc", "-c", "-Wno-implicit-function-declaration", "w.c"], dir).stderr).toBe("");
    const e = glass(["cc", "-c", "-Werror", "w.c", "-o", "werr.o"], dir);
    expect(e.status).toBe(1);
    expect(e.stderr).toContain("error: implicit declaration of function 'f' [-Werror=implicit-function-declaration]");
    expect(existsSync(join(dir, "werr.o"))).toBe(false);
  });

  it("accepts -O -g -std -W -pedantic and the code-generation -f flags; warns on unknown -f", () => {
    const ok = ["-O0", "-O1", "-O2", "-O3", "-Os", "-g", "-std=c11", "-std=gnu99", "-Wall", "-Wextra", "-Wfrobnicate", "-pedantic",
      "-fPIC", "-fpic", "-fPIE", "-fpie", "-fno-pic", "-fno-pie", "-ffunction-sections", "-fdata-sections", "-fcommon", "-fno-common"];
    const r = glass(["cc", "-c", "-w", ...ok, "w.c", "-o", "flags.o"], dir);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    // -ffunction-sections / -fdata-sections reach the compiler: a section per function and object.
    for (const m of ["x86_64", "aarch64"]) {
      const asm = glass(["cc", `--target=${m}-linux-gnu`, "-S", "-w", "-ffunction-sections", "-fdata-sections", "-o", "-", "w.c"], dir).stdout;
      expect(asm).toMatch(/\.section\t\.text\.main,"ax",[@%]progbits/);
      expect(glass(["cc", `--target=${m}-linux-gnu`, "-S", "-w", "-o", "-", "w.c"], dir).stdout).not.toContain(".text.main");
    }
    const f = glass(["cc", "-c", "-w", "-fno-such-thing", "w.c", "-o", "f.o"], dir);
    expect([f.status, f.stderr]).toEqual([0, "glass: warning: command-line option '-fno-such-thing' is not supported by Glass; ignored\n"]);
  });

  it("-funsigned-char where char is signed is not supported yet; the target's own sign is fine", () => {
    const r = glass(["cc", "--target=x86_64-linux-gnu", "-funsigned-char", "-c", "w.c", "-w"], dir);
    expect([r.status, r.stderr]).toEqual([1, "glass: error: '-funsigned-char' is not supported yet: plain char is signed on x86_64\n"]);
    expect(glass(["cc", "--target=aarch64-linux-gnu", "-funsigned-char", "-c", "w.c", "-w"], dir).status).toBe(0);
  });
});

describe("glass cc: targets, linker flags and introspection", () => {
  const dir = workdir();

  it("-target and --target take the short and long names", () => {
    for (const t of ["aarch64", "aarch64-linux-gnu", "arm64"]) expect(glass(["cc", "-target", t, "-dumpmachine"], dir).stdout).toBe("aarch64-linux-gnu\n");
    expect(glass(["cc", "--target=x86_64", "-dumpmachine"], dir).stdout).toBe("x86_64-linux-gnu\n");
    expect(glass(["cc", "--target=riscv64", "-c", "fib.c"], dir).stderr).toMatch(/^glass: error: unsupported target 'riscv64'/);
  });

  it("-print-file-name, -print-prog-name, -print-search-dirs, -dumpversion, --version", () => {
    expect(glass(["cc", "-print-file-name=libc.a"], dir).stdout).toBe(join(repoRoot, `packages/libc/build/${process.arch === "arm64" ? "aarch64" : "x86_64"}/libc.a\n`));
    expect(glass(["cc", "-print-file-name=nosuch.a"], dir).stdout).toBe("nosuch.a\n");
    expect(glass(["cc", "-print-prog-name=as"], dir).stdout).toBe(join(repoRoot, "packages/driver/bin/glass-as\n"));
    expect(glass(["cc", "-print-search-dirs"], dir).stdout).toMatch(/^install: .*\nprograms: =.*\nlibraries: =/);
    expect(glass(["cc", "-dumpversion"], dir).stdout).toBe("0.1.0\n");
    expect(glass(["cc", "--version"], dir).stdout).toMatch(/^glass 0\.1\.0/);
    expect(glass(["cc", "--help"], dir).stdout).toMatch(/^Usage: glass cc/);
  });

  it("-s strips, -Wl, and -Xlinker reach the linker, -nostdlib drops crt1.o and libc.a", () => {
    expect(glass(["cc", "-s", "main.c", "fib.c", "greet.c", "-o", "stripped"], dir).status).toBe(0);
    expect(glass(["readelf", "-S", "stripped"], dir).stdout).not.toContain(".symtab");
    expect(glass(["cc", "main.c", "fib.c", "greet.c", "-Wl,-Map=app.map", "-Xlinker", "--gc-sections", "-o", "mapped"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "app.map"), "utf8")).toContain("Linker script and memory map");
    expect(glass(["cc", "-nostdlib", "-Wl,-e,fib", "fib.c", "-o", "bare"], dir).status).toBe(0);
    const symbols = glass(["readelf", "-s", "bare"], dir).stdout;
    expect(symbols).toMatch(/ fib\n/);
    expect(symbols).not.toMatch(/ (_start|puts)\n/);
  });

  it("a missing linker script and conflicting flags fail clearly", () => {
    const t = glass(["cc", "-T", "x.ld", "fib.c"], dir);
    expect(t.status).toBe(1);
    expect(t.stderr).toMatch(/^glass: error: cannot open linker script file x\.ld: No such file or directory/);
    const sp = glass(["cc", "-shared", "-pie", "fib.c"], dir);
    expect([sp.status, sp.stderr]).toEqual([1, "glass: error: '-shared' and '-pie' cannot be used together\n"]);
  });

  it("-shared makes a shared object, or says the linker cannot yet", () => {
    const r = glass(["cc", "-shared", "-fPIC", "fib.c", "-o", "libfib.so"], dir);
    if (r.status === 0) expect(glass(["readelf", "-h", "libfib.so"], dir).stdout).toMatch(/DYN/);
    else expect(r.stderr).toMatch(/^glass: error: '-shared' is not supported yet/);
  });
});

describe("glass cc: errors", () => {
  const dir = workdir();
  it.each([
    [["cc", "notes.txt"], "glass: error: notes.txt: No such file or directory\n"],
    [["cc", "-x", "fortran", "fib.c"], "glass: error: language fortran not recognized\n"],
    [["cc", "-"], "glass: error: -E or -x required when input is from standard input\n"],
    [["cc", "-std=c98", "fib.c"], "glass: error: unrecognized command-line option '-std=c98' (Glass knows c89 c99 c11 c17 and the gnu variants)\n"],
    [["cc", "--libc=musl", "fib.c"], "glass: error: unknown libc 'musl' (use --libc=glass or --libc=glibc)\n"],
    [["cc", "-I"], "glass: error: missing argument to '-I'\n"],
  ])("%j", (args, message) => {
    const r = glass(args, dir);
    expect([r.status, r.stderr]).toEqual([1, message]);
  });

  it("an input of unknown kind", () => {
    writeFileSync(join(dir, "notes.txt"), "not code\n");
    const r = glass(["cc", "main.c", "notes.txt"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^glass: error: notes\.txt: file format not recognized/);
    expect(existsSync(join(dir, "a.out"))).toBe(false);
  });
});

describe("glass cc: parallel translation", () => {
  it("-j2 writes the same bytes as -j1", () => {
    const dir = scratch("glass-par-");
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `u${i}.c`), `int f${i}(int x) { int a[4]; a[0] = x; return a[0] * ${i} + ${i}; }\n`);
      names.push(`u${i}.c`);
    }
    const serial = scratch("glass-ser-");
    const parallel = scratch("glass-par-out-");
    expect(glass(["cc", "-j1", "-c", ...names.map((n) => join(dir, n))], serial).status).toBe(0);
    expect(glass(["cc", "-j2", "-c", ...names.map((n) => join(dir, n))], parallel).status).toBe(0);
    for (let i = 0; i < 12; i++) expect(readFileSync(join(parallel, `u${i}.o`))).toEqual(readFileSync(join(serial, `u${i}.o`)));
  });
});
