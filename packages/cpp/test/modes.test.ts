// Modes against `gcc -E`, its twin: -C (comments kept, and dropped inside directives as gcc
// does), -std= (predefined macros, trigraphs), -trigraphs and their warnings, #__VA_OPT__.
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { dumpMacros, preprocess, type PreprocessOptions } from "@glass/cpp";
import { hostHas, run } from "../../../tests/support/host.js";
import { corpus, corpusFs } from "./corpus.js";


/** Glass's options for gcc flags -C -P -std= -trigraphs. */
function options(flags: string[]): Partial<PreprocessOptions> {
  const o: Partial<PreprocessOptions> = { keepComments: flags.includes("-C"), lineMarkers: !flags.includes("-P") };
  const std = flags.find((f) => f.startsWith("-std="));
  if (std) o.std = std.slice(5);
  if (flags.includes("-trigraphs")) o.trigraphs = true;
  return o;
}

const pp = (name: string, flags: string[]) =>
  preprocess(new SourceFile(name, corpusFs.readFile(name)!), { machine: "x86_64", fs: corpusFs, ...options(flags) });

const hasGcc = hostHas("gcc");
if (!hasGcc) console.warn("skipping: install gcc");

describe.skipIf(!hasGcc)("byte-identical with gcc -E in each mode", () => {
  const modes = [["-C"], ["-C", "-P"], ["-std=c11"], ["-std=c99", "-C"], ["-std=gnu17"], ["-trigraphs"]];
  for (const name of ["comments.c", "va-opt-stringize.c", "trigraphs.c"])
    for (const flags of modes)
      it(`${name} ${flags.join(" ")}`, () => {
        const gcc = run("gcc", ["-E", "-nostdinc", ...flags, name], { cwd: corpus });
        expect(pp(name, flags).text).toBe(gcc.stdout);
      });

  it("ignored trigraphs are warned about where gcc warns", () => {
    const gcc = run("gcc", ["-E", "-nostdinc", "trigraphs.c"], { cwd: corpus });
    const theirs = gcc.stderr
      .split("\n")
      .filter((l) => l.includes("[-Wtrigraphs]"))
      .map((l) => l.replace(" [-Wtrigraphs]", ""));
    const r = pp("trigraphs.c", []);
    const ours = r.warnings.map((w) => {
      const { line, col } = w.loc!.file.position(w.loc!.offset);
      return `${w.loc!.file.name}:${line}:${col}: warning: ${w.message}`;
    });
    expect(theirs.length).toBeGreaterThan(10);
    expect(ours).toEqual(theirs);
    expect(r.warnings.every((w) => w.option === "trigraphs")).toBe(true);
    expect(pp("trigraphs.c", ["-std=c11"]).warnings).toEqual([]);
  });
});

describe.skipIf(!hasGcc)("-std= predefines what gcc -std= -dM does", () => {
  for (const std of ["c89", "iso9899:199409", "c99", "c11", "c17", "gnu89", "gnu99", "gnu11", "gnu17"])
    it(std, () => {
      const gcc = new Set(run("gcc", [`-std=${std}`, "-nostdinc", "-dM", "-E", "-"], { input: "" }).stdout.split("\n").filter(Boolean));
      const ours = dumpMacros(preprocess(new SourceFile("e.c", ""), { machine: "x86_64", fs: corpusFs, std }).macros).split("\n").filter(Boolean);
      expect(ours.filter((l) => !gcc.has(l))).toEqual([]);
      const mode = (lines: Iterable<string>) =>
        [...lines].filter((l) => /^#define (__STDC\w*|__STRICT_ANSI__|linux|unix) /.test(l)).sort();
      expect(mode(ours)).toEqual(mode(gcc));
    });
});

describe("#__VA_OPT__ in the macro table", () => {
  it("is listed as written", () => {
    const r = preprocess(new SourceFile("v.c", "#define F(a, ...) #__VA_OPT__(a __VA_ARGS__) x __VA_OPT__( , a)\n"), { machine: "x86_64", fs: corpusFs });
    expect(dumpMacros(r.macros)).toContain("#define F(a,...) #__VA_OPT__(a __VA_ARGS__) x __VA_OPT__( , a)\n");
  });
  it("an unknown -std= is an error", () => {
    expect(() => preprocess(new SourceFile("e.c", ""), { machine: "x86_64", fs: corpusFs, std: "c3000" })).toThrow("unrecognized command-line option '-std=c3000'");
  });
});
