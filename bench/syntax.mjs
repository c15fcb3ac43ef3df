// syntax: front-end throughput — lines/s and tokens/s — on a generated 50,000-line C file kept
// to the C subset Glass compiles today (int/long/char, pointers, arrays, functions, loops,
// calls, string literals). Glass and gcc run -fsyntax-only; gcc -S -O0 (the whole compiler to
// assembly) is listed too, and tcc, which has no syntax-only mode, compiles. Outputs go to
// scratch files, never -o /dev/null: tcc removes its output file first, and run as root it
// would replace /dev/null with a regular file.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installedGlass } from "./lib/host.mjs";
import { countTokens, genCFile } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

export const syntaxLines = 50000;

/** The generated C file, cached: { dir, file: "gen.c" }. Shared with the `as` benchmark. */
export function generatedC(input) {
  const dir = input("gen-c", `genCFile ${syntaxLines}`, (d) => writeFileSync(join(d, "gen.c"), genCFile(syntaxLines)));
  return { dir, file: "gen.c" };
}

export default function syntax({ work, input }) {
  const { dir, file } = generatedC(input);
  const text = readFileSync(join(dir, file), "utf8");
  const lines = text.split("\n").length - 1;
  const tokens = countTokens(text);
  const t = measure(
    [
      { key: "glass", argv: installedGlass({}, "cc", "-fsyntax-only", file) },
      { key: "gccSyntax", argv: ["gcc", "-fsyntax-only", file] },
      { key: "gccS", argv: ["gcc", "-S", "-O0", "-o", join(work, "syntax-gcc.s"), file] },
      { key: "tcc", argv: ["tcc", "-c", "-o", join(work, "syntax-tcc.o"), file] },
    ],
    { cwd: dir, runs: 3, warmup: 1 },
  );
  const { glass: g, ...refs } = t;
  const rate = (k) => (typeof t[k] === "number" ? `${Math.round(lines / t[k]).toLocaleString("en-US")} lines/s, ${Math.round(tokens / t[k]).toLocaleString("en-US")} tokens/s` : "n/a");
  const labels = { glass: "Glass (-fsyntax-only)", gccSyntax: "gcc -fsyntax-only", gccS: "gcc -S -O0", tcc: "tcc -c" };
  return {
    title: `front end on a generated ${lines.toLocaleString("en-US")}-line, ${tokens.toLocaleString("en-US")}-token C file`,
    unit: "s",
    columns: [
      { key: "gccSyntax", label: "gcc -fsyntax-only" },
      { key: "gccS", label: "gcc -S -O0" },
      { key: "tcc", label: "tcc -c" },
    ],
    rows: [{ what: `${file} (${lines.toLocaleString("en-US")} lines)`, glass: g, refs }],
    notes: [
      ...Object.entries(labels).map(([k, l]) => `${l}: ${rate(k)}`),
    ],
  };
}
