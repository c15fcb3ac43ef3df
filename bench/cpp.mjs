// cpp: preprocessing alone (`-E`), per input file. Two inputs: a generated tree of 1,000 small
// headers (include guards, object- and function-like macros, #, ##, #if), included once through
// the root and once more each directly so the guards are exercised; and a file including a dozen
// glibc headers, with the same explicit include path given to Glass and gcc so both read the
// same bytes. tcc -E, where installed, uses its own default include path.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, has, run } from "./lib/host.mjs";
import { genHeaderTree } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

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
    { what: "1,000-header include tree", cwd: tree, file: "main.c", flags: [] },
    { what: `${stdHeaders.length} glibc headers`, cwd: work, file: "std.c", flags: sys },
  ];
  const notes = [];
  const rows = cases.map((c, i) => {
    const out = (who) => join(work, `cpp${i}-${who}.i`);
    const { glass: g, ...refs } = measure(
      [
        { key: "glass", argv: glass("cc", "-E", ...c.flags, c.file, "-o", out("glass")) },
        { key: "gcc", argv: ["gcc", "-E", ...c.flags, c.file, "-o", out("gcc")] },
        { key: "tcc", argv: ["tcc", "-E", c.file, "-o", out("tcc")] },
      ],
      { cwd: c.cwd, runs: 5, warmup: 1 },
    );
    notes.push(`${c.what}: output lines Glass ${lines(out("glass"))}, gcc ${lines(out("gcc"))}, tcc ${lines(out("tcc"))}.`);
    return { what: c.what, glass: g, refs };
  });
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
