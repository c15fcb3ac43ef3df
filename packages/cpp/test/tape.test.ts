// Kept token tapes (tape.ts): preprocessing with a TapeCache, the first time and every later
// time, must give exactly what preprocessing without one gives (text, tokens with their
// locations, dependencies, warnings, errors), and a header whose text changed must be read anew.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile } from "@glass/diagnostics";
import { corpus, corpusFs } from "./corpus.js";
import { TapeCache, preprocess, type PPToken, type PreprocessOptions, type PreprocessResult } from "@glass/cpp";


/** Everything a run gives, as text: tokens with where they are and where they were expanded. */
function digest(r: PreprocessResult): string {
  const at = (l: PPToken["loc"] | undefined) => (l ? `${l.file.name}:${l.offset}:${l.length}` : "-");
  const tokens = r.tokens.map((t) => `${t.kind} ${t.text} ${at(t.loc)} ${at(t.expandedFrom)} ${+t.hasSpace}${+t.atLineStart}`);
  return [r.text, ...tokens, r.deps.join(" "), r.warnings.map((w) => `${w.message}@${w.loc?.file.name}:${w.loc?.offset}`).join("\n")].join("\n");
}

function outcome(name: string, text: string, opts: Partial<PreprocessOptions>): string {
  try {
    return digest(preprocess(new SourceFile(name, text), { machine: "x86_64", fs: corpusFs, now: new Date(0), ...opts }));
  } catch (e) {
    if (e instanceof GlassError) return `error: ${e.diagnostics.map((d) => `${d.message}@${d.loc?.file.name}:${d.loc?.offset}`).join("; ")}`;
    throw e;
  }
}

/** The run without tapes, then twice with the same cache: all three must agree. */
function expectSameWithTapes(name: string, text: string, opts: Partial<PreprocessOptions>, tapes = new TapeCache()): void {
  const plain = outcome(name, text, opts);
  expect(outcome(name, text, { ...opts, tapes })).toBe(plain);
  expect(outcome(name, text, { ...opts, tapes })).toBe(plain);
}

describe("a TapeCache changes nothing but the speed", () => {
  const modes: [string, Partial<PreprocessOptions>][] = [
    ["default", {}],
    ["-C", { keepComments: true }],
    ["-trigraphs -P", { trigraphs: true, lineMarkers: false }],
  ];
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".c")))
    it(file, () => {
      // One cache across the modes: a tape is only shared by runs that lex alike.
      const tapes = new TapeCache();
      for (const [, opts] of modes) expectSameWithTapes(file, readFileSync(corpus + file, "utf8"), opts, tapes);
    });

  const glibc = [
    ["x86_64", ["/usr/include/x86_64-linux-gnu", "/usr/include"]],
    ["aarch64", ["/usr/aarch64-linux-gnu/include"]],
  ] as const;
  for (const [machine, dirs] of glibc)
    it.skipIf(!existsSync(`${dirs[0]}/bits`))(`glibc's headers for ${machine}`, () => {
      const src = ["stdio", "stdlib", "string", "ctype", "errno", "limits", "stdint", "signal", "time", "unistd", "math", "wchar"].map((h) => `#include <${h}.h>\n`).join("");
      const opts = { machine, includeDirs: { system: [...dirs] }, macros: [{ define: true, text: "__GNUC__=12" }] };
      expectSameWithTapes("glibc.c", src, opts);
    });
});

describe("what a TapeCache keeps", () => {
  /** An in-memory file system whose header can be rewritten between runs. */
  const files = new Map<string, string>();
  const memFs = { readFile: (p: string) => files.get(p) };
  const run = (main: string, tapes: TapeCache) => preprocess(new SourceFile("main.c", main), { machine: "aarch64", fs: memFs, tapes });

  it("a header's #define is parsed once: later runs get the same Macro", () => {
    const tapes = new TapeCache();
    files.set("a.h", "#define TWICE(x) ((x) * 2)\n");
    const first = run('#include "a.h"\nTWICE(3)\n', tapes).macros.get("TWICE");
    const second = run('#include "a.h"\nTWICE(4)\n', tapes);
    expect(second.macros.get("TWICE")).toBe(first);
    expect(second.text).toContain("((4) * 2)");
  });

  it("a changed header is read anew", () => {
    const tapes = new TapeCache();
    files.set("b.h", "#define V 1\nint b = V;\n");
    expect(run('#include "b.h"\n', tapes).text).toContain("int b = 1;");
    files.set("b.h", "#define V 2\nint b = V;\n");
    expect(run('#include "b.h"\n', tapes).text).toContain("int b = 2;");
  });

  it("errors and warnings are those of every run, not only the first", () => {
    const tapes = new TapeCache();
    const opts = { fs: memFs, machine: "aarch64" as const };
    files.set("c.h", "#define W 1\n#define W 2\n#error stop here\nint after;\n");
    files.set("d.h", "#define W 1\n#define W 2\n#error stop here\n/* never closed\n");
    for (const header of ["c.h", "d.h"]) {
      const plain = outcome("main.c", `#include "${header}"\n`, opts);
      expect(plain).toMatch(/^error: /);
      for (let i = 0; i < 2; i++) expect(outcome("main.c", `#include "${header}"\n`, { ...opts, tapes })).toBe(plain);
    }
    files.set("e.h", "#define W 1\n#define W 2\n");
    for (let i = 0; i < 2; i++) expect(run('#include "e.h"\n', tapes).warnings.map((w) => w.message)).toEqual(['"W" redefined']);
  });
});

describe("remembered line expansions (line-memo.ts) are used only while they hold", () => {
  const files = new Map<string, string>();
  const opts = { fs: { readFile: (p: string) => files.get(p) } };
  /** Plain, then twice with one cache; and for both targets. */
  const check = (main: string, extra: Partial<PreprocessOptions> = {}) => {
    for (const machine of ["x86_64", "aarch64"] as const) expectSameWithTapes("main.c", main, { ...opts, machine, ...extra });
  };

  it("a macro defined differently at each inclusion", () => {
    files.set("u.h", "int x = M + F(1);\n");
    check('#define M 1\n#define F(a) a\n#include "u.h"\n#undef M\n#define M 2\n#include "u.h"\n#undef F\n#include "u.h"\n#define F(a) -a\n#include "u.h"\n');
  });

  it("a macro given on the command line", () => {
    files.set("d.h", "int d = D;\n");
    const tapes = new TapeCache();
    for (const value of ["1", "2", "1"])
      expect(outcome("main.c", '#include "d.h"\n', { ...opts, tapes, macros: [{ define: true, text: `D=${value}` }] })).toContain(`int d = ${value};`);
  });

  it("a call whose arguments go on past its line, or into the next file", () => {
    files.set("a.h", "#define F(a, b) (a + b)\nint y = F\n(1,\n 2) + F;\nint z = F(3,\n4);\n");
    files.set("b.h", "int w = F\n");
    check('#include "a.h"\n#include "b.h"\n(5, 6);\n#include "b.h"\n;\n');
  });

  it("a header that is a system header in one run and not in the next, with and without line markers", () => {
    files.set("sys/sys.h", "#define TWICE(x) x x\n#define ONE 1\n");
    files.set("inc/hdr.h", '#include <sys.h>\nint a = TWICE(ONE);\nint b = ONE;\n  int c = a + b;\n');
    const main = "#include <hdr.h>\nint d = TWICE(2) ONE;\n";
    const configs = [{ angled: ["inc", "sys"] }, { angled: ["inc"], system: ["sys"] }, { system: ["inc", "sys"] }].flatMap((dirs) =>
      [true, false].map((lineMarkers) => ({ ...opts, includeDirs: dirs, lineMarkers })),
    );
    // A line printed after user tokens, then after a system header's (gcc re-syncs at the switch).
    files.set("sys/decl.h", "int s;\n");
    files.set("inc/user.h", "int u;\n");
    const tapes = new TapeCache();
    for (const m of ['#include "inc/user.h"\n', '#include <decl.h>\n#include "inc/user.h"\n', '#include "inc/user.h"\n']) {
      const o = { ...opts, includeDirs: { system: ["sys"] } };
      expect(outcome("main.c", m, { ...o, tapes })).toBe(outcome("main.c", m, o));
    }
    // Each configuration first (what is remembered), then each other one after it.
    for (const first of configs) {
      const tapes = new TapeCache();
      for (const o of [first, ...configs, first]) expect(outcome("main.c", main, { ...o, tapes })).toBe(outcome("main.c", main, o));
    }
  });

  it("the dynamic built-ins and _Pragma", () => {
    files.set("c.h", 'int l = __LINE__, c = __COUNTER__; const char *f = __FILE__;\n_Pragma("weak p") int p;\nint n = __INCLUDE_LEVEL__;\n');
    files.set("e.h", '#include "c.h"\n');
    check('#include "e.h"\nint k = __COUNTER__;\n#include "c.h"\n');
  });
});

