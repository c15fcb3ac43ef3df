// Bad input never crashes the assembler: lines from the golden files and typical directives,
// mutated deterministically (characters dropped, inserted, repeated; numbers made huge;
// lines cut short), must assemble or fail with a GlassError that points into the file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";

const isaTests = new URL("../../isa/test/", import.meta.url);
const linesOf = (name: string, comment: string) =>
  readFileSync(new URL(name, isaTests), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith(comment))
    .map((l) => l.split(comment)[0]!.trim());

const directives = [
  '.section .rodata.str1.1,"aMS",@progbits,1', ".p2align 4,,10", ".globl main", ".type main, @function", ".size main, .-main",
  '.string "a\\tb"', ".quad main+8", ".long .L1-.L2", ".uleb128 300", ".set x, 3*4", ".comm buf,64,32", ".org .+4",
  ".float 1.5", ".double -2.5e3", ".symver f, f@V1", ".weakref w, t", ".cfi_def_cfa_offset 16", ".zero 8", ".fill 2,4,7",
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = ["%", "$", "(", ")", "[", "]", "{", "}", ",", ":", "#", "@", "!", "-", "*", "\\", '"', ".", "x", "9", " ", "v0.4s", "0x", "99999999999999999999"];

function mutate(line: string, r: () => number): string {
  const at = Math.floor(r() * (line.length + 1));
  switch (Math.floor(r() * 6)) {
    case 0: return line.slice(0, at) + line.slice(at + 1);
    case 1: return line.slice(0, at) + NOISE[Math.floor(r() * NOISE.length)] + line.slice(at);
    case 2: return line.slice(0, at) + line.slice(at - 3, at) + line.slice(at);
    case 3: return line.replace(/\d+/, "18446744073709551617");
    case 4: return line.slice(0, at);
    default: return line.replace(/,/, ",,");
  }
}

function check(machine: "x86_64" | "aarch64", lines: string[], seed: number, count: number): string[] {
  const r = random(seed);
  const bad: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = lines[Math.floor(r() * lines.length)]!;
    const text = `\t${mutate(mutate(base, r), r)}\n`;
    try {
      assemble(new SourceFile("fuzz.s", text), { machine });
    } catch (e) {
      const loc = e instanceof GlassError ? e.diagnostics[0]?.loc : undefined;
      if (!(e instanceof GlassError)) bad.push(`${JSON.stringify(text)}: ${(e as Error).stack?.split("\n").slice(0, 3).join(" ")}`);
      else if (!loc || !("file" in loc) || loc.offset < 0 || loc.offset > text.length) bad.push(`${JSON.stringify(text)}: no location`);
    }
  }
  return bad;
}

describe("mutated assembly lines fail only with located GlassErrors", () => {
  it("x86-64: 400 mutated lines", () => {
    expect(check("x86_64", [...linesOf("x86_64-golden.s", "#"), ...linesOf("x86_64-sse-golden.s", "#"), ...directives], 1, 400)).toEqual([]);
  });
  it("AArch64: 400 mutated lines", () => {
    expect(check("aarch64", [...linesOf("aarch64-golden.s", "//"), ...linesOf("aarch64-simd-golden.s", "//"), ...directives], 2, 400)).toEqual([]);
  });
});
