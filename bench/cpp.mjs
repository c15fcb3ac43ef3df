// cpp: preprocessing alone (`-E`), per input file. Two inputs: a generated tree of 1,000 small
// headers (include guards, object- and function-like macros, #, ##, #if), included once through
// the root and once more each directly so the guards are exercised; and a file including a dozen
// glibc headers, with the same explicit include path given to Glass and gcc so both read the
// same bytes. tcc -E, where installed, uses its own default include path. The tree is also
// preprocessed 10 times in one run (`cc -E main.c main.c …`, as gcc allows), so the notes can
// give the cost of one more file once started, apart from start-up. Glass is the installed
// command, bin/glass, which its compile server runs (the warm-up runs start it); the server
// keeps each header's tokens, #defines and line expansions while the header is unchanged
// (packages/cpp/src/tape.ts). The tree is also preprocessed by a fresh process each time
// (GLASS_SERVER=0), which keeps nothing from one file to the next: the cost without the server.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { has, installedGlass, run } from "./lib/host.mjs";
import { genHeaderTree } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

/** Copies of the tree's main file in the one-run row, to separate start-up from per-file cost. */
const repeat = 10;

const stdHeaders = ["stdio", "stdlib", "string", "ctype", "errno", "limits", "stdint", "stddef", "stdarg", "unistd", "signal", "time"];

function systemIncludes() {
  if (!has("gcc")) return [];
  const gccInclude = run(["gcc", "-print-file-name=include"]).stdout.trim();
  const multiarch = run(["gcc", "-print-multiarch"]).stdout.trim();
  return ["-nostdinc", "-isystem", gccInclude, "-isystem", `/usr/include/${multiarch}`, "-isystem", "/usr/include"];
}

function lines(path) {
  try {
    return readFileSync(path, "utf8").split("\n").length - 1;
  } catch {
    return "?";
  }
}

export default function cpp({ work, input }) {
  const tree = input("header-tree", "1000 headers", (dir) => {
    const { files, main } = genHeaderTree(1000);
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, "main.c"), main);
  });
  writeFileSync(join(work, "std.c"), stdHeaders.map((h) => `#include <${h}.h>\n`).join("") + "int main(void) { return 0; }\n");
  const sys = systemIncludes();
  const cases = [
    { what: "1,000-header include tree", cwd: tree, files: ["main.c"], flags: [] },
    // -j1: one thread, as gcc -E works (without it, 8 or more sources also start worker
    // threads, and their start-up would be counted as per-file cost).
    { what: `the same tree, ${repeat} files in one run (-j1)`, cwd: tree, files: Array(repeat).fill("main.c"), flags: [], glassFlags: ["-j1"] },
    { what: "the tree, fresh process (GLASS_SERVER=0)", cwd: tree, files: ["main.c"], flags: [], fresh: true },
    { what: `the same, ${repeat} files in one run (GLASS_SERVER=0, -j1)`, cwd: tree, files: Array(repeat).fill("main.c"), flags: [], glassFlags: ["-j1"], fresh: true },
    { what: `${stdHeaders.length} glibc headers`, cwd: work, files: ["std.c"], flags: sys },
  ];
  const notes = [];
  const rows = cases.map((c, i) => {
    const out = (who) => join(work, `cpp${i}-${who}.i`);
    // Several inputs cannot take -o (gcc refuses it too): they print to standard output.
    const to = (who) => (c.files.length > 1 ? [] : ["-o", out(who)]);
    const { glass: g, ...refs } = measure(
      [
        { key: "glass", argv: installedGlass({ fresh: c.fresh }, "cc", "-E", ...(c.glassFlags ?? []), ...c.flags, ...c.files, ...to("glass")) },
        { key: "gcc", argv: ["gcc", "-E", ...c.flags, ...c.files, ...to("gcc")] },
        { key: "tcc", argv: ["tcc", "-E", ...c.files, ...to("tcc")] },
      ],
      // Ten runs: medians of five moved by a third on a busy machine.
      { cwd: c.cwd, runs: 10, warmup: 2 },
    );
    if (c.files.length === 1 && !c.fresh) notes.push(`${c.what}: output lines Glass ${lines(out("glass"))}, gcc ${lines(out("gcc"))}, tcc ${lines(out("tcc"))}.`);
    return { what: c.what, glass: g, refs };
  });
  // "Once started": the cost of one more file, (T(repeat files) - T(1 file)) / (repeat - 1), start-up excluded.
  const perFile = (one, many) => (typeof one === "number" && typeof many === "number" ? (many - one) / (repeat - 1) : undefined);
  const ms = (x) => `${(x * 1000).toFixed(1)} ms`;
  const glassFile = perFile(rows[0].glass, rows[1].glass);
  const gccFile = perFile(rows[0].refs.gcc, rows[1].refs.gcc);
  const freshFile = perFile(rows[2].glass, rows[3].glass);
  if (glassFile !== undefined && gccFile !== undefined)
    notes.push(
      `Per file once started ((T${repeat} - T1) / ${repeat - 1}, tree): Glass ${ms(glassFile)}, gcc -E ${ms(gccFile)}, ratio ${(glassFile / gccFile).toFixed(2)}×; ` +
        `start-up (T1 minus one file): Glass ${ms(rows[0].glass - glassFile)}, gcc ${ms(rows[0].refs.gcc - gccFile)}.`,
    );
  if (freshFile !== undefined && gccFile !== undefined)
    notes.push(`Per file in a fresh process (GLASS_SERVER=0: nothing kept between files): Glass ${ms(freshFile)}, ratio ${(freshFile / gccFile).toFixed(2)}× gcc -E.`);
  return {
    title: "glass cc -E vs gcc -E (preprocess one file, write the .i)",
    unit: "s",
    columns: [
      { key: "gcc", label: "gcc -E" },
      { key: "tcc", label: "tcc -E" },
    ],
    rows,
    notes,
  };
}
