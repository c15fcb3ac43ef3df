// size: bytes of two small executables: examples/hello.c (puts) and printf("hello %d\n", 42),
// the program of Glass libc's 16 KiB bar. Glass links its own small libc
// statically; the references are gcc -static (glibc static), gcc's default dynamic link, and
// tcc (static when its linker manages glibc's static archive, else dynamic — the note says
// which). Each row also comes stripped (-s). Both targets.

import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, missing, repoRoot, run } from "./lib/host.mjs";

const hello = join(repoRoot, "examples", "hello.c");
const printfHello = '#include <stdio.h>\nint main(void) { printf("hello %d\\n", 42); return 0; }\n';

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
  const notes = new Set();
  const printfSource = join(work, "printf-hello.c");
  writeFileSync(printfSource, printfHello);
  const programs = [
    { name: "hello", source: hello },
    { name: "printf-hello", source: printfSource },
  ];
  for (const t of targets)
    for (const p of programs)
      for (const strip of [[], ["-s"]]) {
        const out = (k) => join(work, `size-${t.name}-${p.name}-${k}${strip.length ? "-s" : ""}`);
        const refs = {
          gccStatic: sizeOf([t.gcc, "-static", ...strip, p.source], out("gcc-static")),
          gccDynamic: sizeOf([t.gcc, ...strip, p.source], out("gcc")),
        };
        if (t.tcc) {
          refs.tcc = sizeOf([t.tcc, "-static", ...strip, p.source], out("tcc"));
          if (typeof refs.tcc !== "number" && !refs.tcc.skip) {
            refs.tcc = sizeOf([t.tcc, ...strip, p.source], out("tcc"));
            notes.add(`${t.name}: tcc -static failed against glibc's libc.a, so the tcc column is tcc's default dynamic link.`);
          }
        }
        rows.push({ what: `${t.name}: ${p.name}${strip.length ? " (-s)" : ""}`, group: t.name, glass: sizeOf(glass("cc", ...t.glass, ...strip, p.source), out("glass")), refs });
      }
  return {
    title: "size of small executables in bytes (Glass: its own libc, static)",
    unit: "bytes",
    columns: [
      { key: "gccStatic", label: "gcc -static" },
      { key: "gccDynamic", label: "gcc (dynamic)" },
      { key: "tcc", label: "tcc" },
    ],
    rows,
    notes: [...notes],
  };
}
