// inspect: `glass readelf -S -s -r -W` vs GNU readelf on a large executable — gcc -static
// hello (about 760 KB, some 2,000 symbols) — per target. The notes say whether the two
// listings are byte-for-byte identical.

import { statSync } from "node:fs";
import { join } from "node:path";
import { installedGlass, missing, repoRoot, run } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";

const targets = [
  { name: "x86-64", gcc: "gcc", readelf: "readelf" },
  { name: "aarch64", gcc: "aarch64-linux-gnu-gcc", readelf: "aarch64-linux-gnu-readelf" },
];

const flags = ["-S", "-s", "-r", "-W"];

export default function inspect({ work }) {
  const notes = [];
  const rows = targets.map((t) => {
    const exe = join(work, `inspect-${t.name}`);
    const noGcc = missing(t.gcc);
    if (noGcc) return { what: `${t.name}: gcc -static hello`, group: t.name, glass: noGcc, refs: { gnu: noGcc } };
    run([t.gcc, "-static", join(repoRoot, "examples", "hello.c"), "-o", exe]);
    const outputs = {};
    const keep = (key) => (stdout) => ((outputs[key] = stdout), null);
    const { glass: g, ...refs } = measure(
      [
        { key: "glass", argv: installedGlass({}, "readelf", ...flags, exe), check: keep("glass") },
        { key: "gnu", argv: [t.readelf, ...flags, exe], check: keep("gnu") },
      ],
      { cwd: work, runs: 10, warmup: 1 },
    );
    if (outputs.glass !== undefined && outputs.gnu !== undefined) {
      const a = outputs.glass.split("\n");
      const b = outputs.gnu.split("\n");
      const differ = a.filter((line, i) => line !== b[i]).length + Math.max(0, b.length - a.length);
      notes.push(`${t.name}: ${b.length - 1} lines from GNU readelf; ${differ === 0 ? "Glass's output is identical" : `${differ} lines of Glass's output differ`}.`);
    }
    return { what: `${t.name}: gcc -static hello (${statSync(exe).size.toLocaleString("en-US")} B)`, group: t.name, glass: g, refs };
  });
  return {
    title: `glass readelf ${flags.join(" ")} vs GNU readelf`,
    unit: "s",
    columns: [{ key: "gnu", label: "GNU readelf" }],
    rows,
    notes,
  };
}
