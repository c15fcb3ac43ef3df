// The preprocessor against the C11 standard's own examples and against `gcc -E` (its twin):
// the corpus in test/corpus must give byte-identical `gcc -E` output (line markers,
// spacing, blank lines), glibc's headers too, and the -dM target macros must match gcc's.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile } from "@glass/diagnostics";
import { dumpMacros, lex, makeDependencies, preprocess, type PreprocessOptions } from "@glass/cpp";
import { hostHas, run } from "../../../tests/support/host.js";
import { corpus, corpusFs } from "./corpus.js";


function pp(name: string, text: string, opts: Partial<PreprocessOptions> = {}) {
  return preprocess(new SourceFile(name, text), { machine: "x86_64", fs: corpusFs, ...opts });
}

/** Token spellings of a text, for comparisons that ignore spacing. */
const spellings = (text: string): string[] => lex(new SourceFile("x", text)).map((t) => t.text);

describe("C11 6.10.3.5 examples give the standard's results", () => {
  it("EXAMPLE 3", () => {
    const r = pp("ex3.c", readFileSync(corpus + "std-example3.c", "utf8"), { lineMarkers: false });
    expect(spellings(r.text)).toEqual(
      spellings(`f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
        f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
        int i[] = { 1, 23, 4, 5, };
        char c[2][6] = { "hello", "" };`),
    );
  });
  it("EXAMPLE 4", () => {
    const r = pp("ex4.c", readFileSync(corpus + "std-example4.c", "utf8"), { lineMarkers: false });
    expect(spellings(r.text)).toEqual(
      spellings(`printf("x" "1" "= %d, x" "2" "= %s", x1, x2);
        fputs("strncmp(\\"abc\\\\0d\\", \\"abc\\", '\\\\4') == 0" ": @\\n", s);
        "vers2.h"
        "hello";
        "hello" ", world"`),
    );
  });
  it("EXAMPLES 5 and 7", () => {
    const r = pp("ex5.c", readFileSync(corpus + "std-example5-7.c", "utf8"), { lineMarkers: false });
    expect(spellings(r.text)).toEqual(
      spellings(`int j[] = { 123, 45, 67, 89,
          10, 11, 12, };
        fprintf(stderr, "Flag");
        fprintf(stderr, "X = %d\\n", x);
        puts("The first, second, and third items.");
        ((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));`),
    );
  });
});

describe("errors are file:line:col diagnostics", () => {
  const cases: [string, string, number, number][] = [
    ["#if 1\nx\n", "unterminated #if", 1, 2],
    ["#if 1\n#else\n#else\n#endif\n", "#else after #else", 3, 2],
    ["#elif 1\n", "#elif without #if", 1, 2],
    ["#foo\n", "invalid preprocessing directive #foo", 1, 2],
    ['#include "nope.h"\n', "nope.h: No such file or directory", 1, 10],
    ["#define f(a) a\nf(1,2)\n", 'macro "f" passed 2 arguments, but takes just 1', 2, 6],
    ["#define f(a) a\nf(1\n", 'unterminated argument list invoking macro "f"', 2, 1],
    ["#define f(a) ## a\n", "'##' cannot appear at either end of a macro expansion", 1, 14],
    ["#if 1 +\n#endif\n", "#if with no expression", 1, 7],
    ["#if 1 2\n#endif\n", 'missing binary operator before token "2"', 1, 7],
    ["#error stop here\n", "#error stop here", 1, 1],
    ["/* open\n", "unterminated comment", 1, 1],
    // Directives whose name is read by characters point where their name token would.
    ["#endif\n", "#endif without #if", 1, 2],
    ["#ifdef X\n#else\n#else\n#endif\n", "#else after #else", 3, 2],
    ["  #  ifndef G\n", "unterminated #ifndef", 1, 6],
    ["#ifn\\\ndef G\n", "unterminated #ifndef", 1, 2],
    ["#ifdef\n#endif\n", "no macro name given in #ifdef directive", 1, 2],
    ["#ifdef 3\n#endif\n", "macro names must be identifiers", 1, 8],
    ["#define\n", "macro names must be identifiers", 1, 2],
  ];
  for (const [src, message, line, col] of cases)
    it(message, () => {
      try {
        pp("bad.c", src);
        expect.fail("no error");
      } catch (e) {
        expect(e).toBeInstanceOf(GlassError);
        const d = (e as GlassError).diagnostics[0]!;
        expect(d.message).toBe(message);
        expect(d.loc!.file.position(d.loc!.offset)).toEqual({ line, col });
      }
    });
  it("plain directive lines (read by characters) and unusual ones (read as tokens) agree", () => {
    // As gcc (which also warns "extra tokens"), what follows #else, #endif or the macro name is ignored.
    const src = [
      "#define A 1", "#ifndef A junk", "no", "#else junk", "yes1", "#endif A", "%:ifdef A", "yes2", "#endif/*c*/",
      "#ifdef/**/A // c", "yes3", "#endif", "#ifdef A\\", "B", "no", "#endif", "  #  ifndef Z", "yes4", "#endif",
      "#if 0", "#define A 2", "#ifdef", "#else", "no", "#endif", "#endif", "A",
    ].join("\n");
    for (const keepComments of [false, true]) {
      const r = pp("plain.c", src, { keepComments });
      expect(spellings(r.text.replace(/^#.*$/gm, "").replace(/\/\*c\*\/|\/\/ c/g, ""))).toEqual(["yes1", "yes2", "yes3", "yes4", "1"]);
    }
  });
  it("skipped groups may hold unterminated quotes", () => {
    expect(spellings(pp("ok.c", "#if 0\ndon't\n#endif\nx\n").text.replace(/^#.*$/gm, ""))).toEqual(["x"]);
  });
  it("skipped groups: literals and comments hide directives, other directives are not read", () => {
    const src = [
      "#if 0", 'a "/*" b', "/* #endif", "*/ c", "#define X '", '#error "not reached"', "# /* c */ else", "y", "#endif",
      "#ifdef NOPE", "#include <a/*b.h>", "#endif", "z", "",
    ].join("\n");
    for (const keepComments of [false, true])
      expect(spellings(pp("skip.c", src, { keepComments }).text.replace(/^#.*$/gm, ""))).toEqual(["y", "z"]);
  });
});

describe("output helpers", () => {
  it("-dM lists macros as #define lines", () => {
    const r = pp("m.c", "#define f(a, ...) #a a##__VA_ARGS__ x\n#define E\n");
    const dump = dumpMacros(r.macros);
    expect(dump).toContain("#define f(a,...) #a a##__VA_ARGS__ x\n");
    expect(dump).toContain("#define E \n");
    expect(dump).toContain("#define __x86_64__ 1\n");
  });
  it("make-style dependencies", () => {
    expect(makeDependencies({ targets: ["a.o"], deps: ["a.c", "b.h"], phony: true })).toBe("a.o: a.c b.h\n\nb.h:\n");
  });
});

const hasGcc = hostHas("gcc");
describe.skipIf(!hasGcc)("byte-identical with gcc -E", () => {
  for (const name of readdirSync(corpus).filter((f) => f.endsWith(".c")))
    it(name, () => {
      const gcc = run("gcc", ["-E", "-std=gnu11", "-nostdinc", name], { cwd: corpus });
      const ours = pp(name, readFileSync(corpus + name, "utf8"));
      expect(ours.text).toBe(gcc.stdout);
      const gccP = run("gcc", ["-E", "-P", "-std=gnu11", "-nostdinc", name], { cwd: corpus });
      expect(spellings(pp(name, readFileSync(corpus + name, "utf8"), { lineMarkers: false }).text)).toEqual(spellings(gccP.stdout));
    });

  it("glibc headers (stdio, stdlib, string, limits, errno, ctype, stdint, stdarg)", () => {
    const sys = ["/usr/lib/gcc/x86_64-linux-gnu/12/include", "/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include"];
    const src = ["stdio", "stdlib", "string", "limits", "errno", "ctype", "stdint", "stdarg"].map((h) => `#include <${h}.h>\n`).join("") +
      'int main(void) { printf("%d\\n", INT_MAX + EOF + errno); return EXIT_SUCCESS; }\n';
    const main = "glibc-test.c";
    const input = { readFile: (p: string) => (p === main ? src : corpusFs.readFile(p)) };
    // gcc's own predefined view, so that glibc takes the same paths.
    const gnuc = ["__GNUC__=12", "__GNUC_MINOR__=2", "__GNUC_PATCHLEVEL__=0", "_STDC_PREDEF_H"];
    const ours = preprocess(new SourceFile(main, src), { machine: "x86_64", fs: input, includeDirs: { system: sys }, macros: gnuc.map((text) => ({ define: true, text })) });
    const gcc = run("sh", ["-c", `gcc -E -std=gnu11 -nostdinc ${sys.map((d) => "-isystem " + d).join(" ")} -D_STDC_PREDEF_H -x c - -o - | sed 's/"<stdin>"/"${main}"/'`], { input: src });
    expect(ours.text).toBe(gcc.stdout);
    expect(ours.deps).toContain("/usr/include/stdio.h");
  });
});

for (const [machine, tool] of [["x86_64", "gcc"], ["aarch64", "aarch64-linux-gnu-gcc"]] as const)
  describe.skipIf(!hostHas(tool))(`-dM for ${machine} agrees with ${tool} -dM -E`, () => {
    it("every predefined macro has gcc's value", () => {
      const gcc = new Map(
        run(tool, ["-dM", "-E", "-std=gnu11", "-"], { input: "" })
          .stdout.split("\n")
          .filter(Boolean)
          .map((l) => {
            const m = /^#define (\S+)(?: (.*))?$/.exec(l)!;
            return [m[1]!.replace(/\(.*/, ""), l] as const;
          }),
      );
      const ours = dumpMacros(pp("e.c", "", { machine }).macros).split("\n").filter(Boolean);
      const names = ours.map((l) => /^#define ([A-Za-z0-9_]+)/.exec(l)![1]!);
      expect(ours.filter((l, i) => gcc.get(names[i]!) !== l)).toEqual([]);
      for (const must of ["__linux__", "__ELF__", "__LP64__", "__CHAR_BIT__", "__SIZEOF_LONG__", "__INT_MAX__", "__SIZE_TYPE__", "__BYTE_ORDER__"])
        expect(names).toContain(must);
      expect(names.includes("__CHAR_UNSIGNED__")).toBe(machine === "aarch64");
    });
  });

describe("output: making only the text or only the tokens", () => {
  const src = '#define F(x) x + 1\n#include "comments.h"\nint a = F(2);\n#pragma weak a\n';
  it("gives the same text and tokens as making both, and leaves the other one empty", () => {
    const both = pp("out.c", src);
    const text = pp("out.c", src, { output: "text" });
    const tokens = pp("out.c", src, { output: "tokens" });
    expect(both.tokens.length).toBeGreaterThan(5);
    expect(text.text).toBe(both.text);
    expect(text.tokens).toEqual([]);
    expect(tokens.tokens.map((t) => [t.text, t.loc.offset])).toEqual(both.tokens.map((t) => [t.text, t.loc.offset]));
    expect(tokens.text).toBe("");
    expect(tokens.deps).toEqual(both.deps);
  });
});

describe("the printed text keeps every character", () => {
  // The printer collects UTF-16 code units and decodes them once (text-buffer.ts).
  it("prints non-ASCII text exactly as written", () => {
    const src = 'const char *s = "héllo ✓";\n';
    expect(pp("chars.c", src, { lineMarkers: false }).text).toBe(src);
  });

  it("prints surrogate pairs and an unpaired surrogate exactly as written", () => {
    const src = 'const char *s = "😀";\nconst char *t = "\uD800";\n';
    expect(pp("chars.c", src, { lineMarkers: false }).text).toBe(src);
  });

  it("grows past its first buffer", () => {
    const line = "int " + "x".repeat(1000) + ";\n";
    const src = line.repeat(100);
    expect(pp("big.c", src, { lineMarkers: false }).text).toBe(src);
  });
});
