// size: bytes of the hello executable (examples/hello.c). Glass links its own small libc
// statically; the references are gcc -static (glibc static), gcc's default dynamic link, and
// tcc (static when its linker manages glibc's static archive, else dynamic — the note says
// which). Each row also comes stripped (-s). Both targets.

import { statSync } from "node:fs";
import { join } from "node:path";
import { glass, missing, repoRoot, run } from "./lib/host.mjs";

const hello = join(repoRoot, "examples", "hello.c");

const targets = [
  { name: "x86-64", glass: [], gcc: "gcc", tcc: "tcc" },
  { name: "aarch64", glass: ["--target=aarch64-linux-gnu"], gcc: "aarch64-linux-gnu-gcc", tcc: null },
];

/** Size in bytes of the file `argv` builds into `out`, or a { skip } / { fail } cell. */
function sizeOf(argv, out) {
  const gone = missing(...(argv[0].includes("/") ? [] : [argv[0]]));
  if (gone) return gone;
  try {
    run([...argv, "-o", out]);
    return statSync(out).size;
  } catch (e) {
    return { fail: e.message.slice(0, 140) };
  }
}

export default function size({ work }) {
  const rows = [];
  const notes = [];
  for (const t of targets)
    for (const strip of [[], ["-s"]]) {
      const out = (k) => join(work, `size-${t.name}-${k}${strip.length ? "-s" : ""}`);
      const refs = {
        gccStatic: sizeOf([t.gcc, "-static", ...strip, hello], out("gcc-static")),
        gccDynamic: sizeOf([t.gcc, ...strip, hello], out("gcc")),
      };
      if (t.tcc) {
        refs.tcc = sizeOf([t.tcc, "-static", ...strip, hello], out("tcc"));
        if (typeof refs.tcc !== "number" && !refs.tcc.skip) {
          refs.tcc = sizeOf([t.tcc, ...strip, hello], out("tcc"));
          if (!strip.length) notes.push(`${t.name}: tcc -static failed against glibc's libc.a, so the tcc column is tcc's default dynamic link.`);
        }
      }
      rows.push({ what: `${t.name}: hello${strip.length ? " (-s)" : ""}`, group: t.name, glass: sizeOf(glass("cc", ...t.glass, ...strip, hello), out("glass")), refs });
    }
  return {
    title: "size of the hello executable in bytes (Glass: its own libc, static)",
    unit: "bytes",
    columns: [
      { key: "gccStatic", label: "gcc -static" },
      { key: "gccDynamic", label: "gcc (dynamic)" },
      { key: "tcc", label: "tcc" },
    ],
    rows,
    notes,
  };
}
