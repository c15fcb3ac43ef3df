// as: assembling a large GNU-syntax file — gcc -S -O0 of the `syntax` benchmark's 50,000-line
// C file — with `glass as` vs GNU as, on both targets (x86-64 from gcc, AArch64 from
// aarch64-linux-gnu-gcc). Both assemblers read the same .s and write an ELF relocatable.

import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { installedGlass, missing, run } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";
import { generatedC, syntaxLines } from "./syntax.mjs";

const targets = [
  { name: "x86-64", gcc: "gcc", as: "as", triple: "x86_64-linux-gnu" },
  { name: "aarch64", gcc: "aarch64-linux-gnu-gcc", as: "aarch64-linux-gnu-as", triple: "aarch64-linux-gnu" },
];

export default function as({ work, input }) {
  const c = generatedC(input);
  const notes = [];
  const rows = targets.map((t) => {
    const what = `${t.name}: gcc -S of gen.c`;
    const noGcc = missing(t.gcc);
    if (noGcc) return { what, glass: noGcc, refs: { gnu: noGcc } };
    const dir = input(`gen-s-${t.name}`, `${t.gcc} -S -O0 genCFile ${syntaxLines}`, (d) => run([t.gcc, "-S", "-O0", "-o", join(d, "gen.s"), join(c.dir, c.file)]));
    const { glass: g, ...refs } = measure(
      [
        { key: "glass", argv: installedGlass({}, "as", `--target=${t.triple}`, "gen.s", "-o", join(work, `as-${t.name}-glass.o`)) },
        { key: "gnu", argv: [t.as, "gen.s", "-o", join(work, `as-${t.name}-gnu.o`)] },
      ],
      { cwd: dir, runs: 3, warmup: 1 },
    );
    const size = (who) => {
      try {
        return statSync(join(work, `as-${t.name}-${who}.o`)).size.toLocaleString("en-US");
      } catch {
        return "?";
      }
    };
    const asLines = readFileSync(join(dir, "gen.s"), "utf8").split("\n").length - 1;
    notes.push(`${t.name}: ${asLines.toLocaleString("en-US")} lines of assembly; object bytes Glass ${size("glass")}, GNU ${size("gnu")}.`);
    return { what: `${t.name}: gen.s (${asLines.toLocaleString("en-US")} lines)`, group: t.name, glass: g, refs };
  });
  return {
    title: "glass as vs GNU as on gcc -S output of the 50,000-line file",
    unit: "s",
    columns: [{ key: "gnu", label: "GNU as" }],
    rows,
    notes,
  };
}
