// syntax: front-end throughput — lines/s and tokens/s — on a generated 50,000-line C file kept
// to the C subset Glass compiles today (int/long/char, pointers, arrays, functions, loops,
// calls, string literals). Glass uses -fsyntax-only when the driver accepts it; until then it
// runs the whole compiler to assembly (-S -o /dev/null), so gcc -S -O0 is listed as the
// like-for-like reference next to gcc -fsyntax-only. tcc has no syntax-only mode: it compiles.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, run } from "./lib/host.mjs";
import { countTokens, genCFile } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

export const syntaxLines = 50000;

/** The generated C file, cached: { dir, file: "gen.c" }. Shared with the `as` benchmark. */
export function generatedC(input) {
  const dir = input("gen-c", `genCFile ${syntaxLines}`, (d) => writeFileSync(join(d, "gen.c"), genCFile(syntaxLines)));
  return { dir, file: "gen.c" };
}

/** Glass's syntax-only flags: -fsyntax-only if the driver knows it, else full compile to /dev/null. */
function glassSyntaxFlags(work) {
  writeFileSync(join(work, "probe.c"), "int main(void) { return 0; }\n");
  const probe = run(glass("cc", "-fsyntax-only", "probe.c"), { cwd: work, allowFail: true });
  return probe.status === 0 ? ["-fsyntax-only"] : ["-S", "-o", "/dev/null"];
}

export default function syntax({ work, input }) {
  const { dir, file } = generatedC(input);
  const text = readFileSync(join(dir, file), "utf8");
  const lines = text.split("\n").length - 1;
  const tokens = countTokens(text);
  const gflags = glassSyntaxFlags(work);
  const t = measure(
    [
      { key: "glass", argv: glass("cc", ...gflags, file) },
      { key: "gccSyntax", argv: ["gcc", "-fsyntax-only", file] },
      { key: "gccS", argv: ["gcc", "-S", "-O0", "-o", "/dev/null", file] },
      { key: "tcc", argv: ["tcc", "-c", "-o", "/dev/null", file] },
    ],
    { cwd: dir, runs: 3, warmup: 1 },
  );
  const { glass: g, ...refs } = t;
  const rate = (k) => (typeof t[k] === "number" ? `${Math.round(lines / t[k]).toLocaleString("en-US")} lines/s, ${Math.round(tokens / t[k]).toLocaleString("en-US")} tokens/s` : "n/a");
  const labels = { glass: `Glass (${gflags.join(" ")})`, gccSyntax: "gcc -fsyntax-only", gccS: "gcc -S -O0", tcc: "tcc -c" };
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
      gflags[0] === "-fsyntax-only" ? "Glass ran with -fsyntax-only." : "glass cc does not accept -fsyntax-only yet: Glass ran the whole compiler (-S -o /dev/null); compare with gcc -S -O0.",
      ...Object.entries(labels).map(([k, l]) => `${l}: ${rate(k)}`),
    ],
  };
}
