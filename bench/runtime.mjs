// runtime: speed of the code Glass generates. Eight small programs (bench/programs/*.c: fib,
// sieve, string hashing, an if-chain interpreter, n-body, matrix multiply, qsort with a
// comparator, binary trees with malloc) are built by glass cc and by the references, then each
// binary is run a few times; every binary's output must match gcc's. To compare code, not C
// libraries, the measured Glass build links the same glibc as gcc's (`--libc=glibc`: a PIE on
// x86-64 like gcc's default, `-static` on AArch64 like the gcc build); a second Glass build
// with its own libc is a column of its own (qsort and bintree spend their time in qsort and
// malloc/free, so that column shows the libraries' difference).
// x86-64: vs gcc -O0 and tcc, run natively. AArch64: vs aarch64-linux-gnu-gcc -O0 -static,
// both run under qemu-aarch64.

import { join } from "node:path";
import { glass, missing, repoRoot, run } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";

const programs = ["fib", "sieve", "strhash", "interp", "nbody", "matmul", "qsort", "bintree"];

const targets = [
  {
    name: "x86-64",
    exec: [],
    builds: [
      { key: "glass", argv: (src, out) => glass("cc", "--libc=glibc", "-fPIE", "-pie", src, "-o", out) },
      { key: "gcc", argv: (src, out) => ["gcc", "-O0", "-w", src, "-o", out] },
      { key: "tcc", argv: (src, out) => ["tcc", src, "-o", out] },
      { key: "ownlibc", argv: (src, out) => glass("cc", src, "-o", out) },
    ],
  },
  {
    name: "aarch64",
    exec: ["qemu-aarch64"],
    builds: [
      { key: "glass", argv: (src, out) => glass("cc", "--target=aarch64-linux-gnu", "--libc=glibc", "-static", src, "-o", out) },
      { key: "gcc", argv: (src, out) => ["aarch64-linux-gnu-gcc", "-O0", "-static", "-w", src, "-o", out] },
      { key: "ownlibc", argv: (src, out) => glass("cc", "--target=aarch64-linux-gnu", src, "-o", out) },
    ],
  },
];

/** Builds `prog` with each compiler of `t`: { key: path | { skip } | { fail } }. */
function build(work, t, prog) {
  const src = join(repoRoot, "bench", "programs", `${prog}.c`);
  const built = {};
  for (const b of t.builds) {
    const out = join(work, `rt-${t.name}-${prog}-${b.key}`);
    const argv = b.argv(src, out);
    const gone = missing(...t.exec, ...(argv[0].includes("/") ? [] : [argv[0]]));
    if (gone) built[b.key] = gone;
    else {
      try {
        run(argv);
        built[b.key] = out;
      } catch (e) {
        built[b.key] = { fail: `build: ${e.message.slice(0, 140)}` };
      }
    }
  }
  return built;
}

export default function runtime({ work }) {
  const rows = [];
  for (const t of targets)
    for (const prog of programs) {
      const built = build(work, t, prog);
      const outputs = {};
      const commands = Object.entries(built)
        .filter(([, v]) => typeof v === "string")
        .map(([key, path]) => ({ key, argv: [...t.exec, path], check: (stdout) => ((outputs[key] = stdout), null) }));
      const cells = { ...built, ...measure(commands, { cwd: work, runs: 5, warmup: 1 }) };
      const expected = outputs.gcc;
      for (const key of Object.keys(outputs))
        if (expected !== undefined && outputs[key] !== expected) cells[key] = { fail: `output ${JSON.stringify(outputs[key].trim())}, gcc printed ${JSON.stringify(expected.trim())}` };
      const { glass: g, ...refs } = cells;
      rows.push({ what: `${t.name}: ${prog}`, group: t.name, glass: g, refs });
    }
  return {
    title: "running programs built by glass cc (with glibc) vs gcc -O0 and tcc",
    unit: "s",
    columns: [
      { key: "gcc", label: "gcc -O0" },
      { key: "tcc", label: "tcc" },
      { key: "ownlibc", label: "Glass + Glass libc" },
    ],
    rows,
    notes: ["AArch64 rows: both binaries run under qemu-aarch64 (user-mode emulation), gcc is aarch64-linux-gnu-gcc -O0 -static; tcc has no AArch64 cross compiler here."],
  };
}
