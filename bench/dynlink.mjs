// dynlink: linking a program dynamically against glibc, as `cc objects… -o prog` does it: 300
// objects made by `gcc -c` (position-independent, each calling libc's strlen/snprintf and the
// next units) plus a main that prints the result. Glass (`glass cc --libc=glibc -pie`: its
// driver picks Scrt1.o, crti.o, crtbegin, libc.so's linker script, libc_nonshared.a … and its
// own ld links) vs gcc driving ld.bfd, and ld.gold, ld.lld and mold through `-fuse-ld=`. Both
// targets; every program is run afterwards (AArch64 under qemu with the cross sysroot) and
// the notes say whether all printed the same line.

import { cpus } from "node:os";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { installedGlass, missing, run } from "./lib/host.mjs";
import { rng } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

const count = 300;

const targets = [
  { name: "x86-64", gcc: "gcc", glassTarget: "x86_64-linux-gnu", exec: [], prefix: "", uses: ["bfd", "gold", "lld", "mold"] },
  // The cross gcc finds only GNU's linkers (`-fuse-ld=lld` looks for aarch64-linux-gnu-ld.lld).
  { name: "aarch64", gcc: "aarch64-linux-gnu-gcc", glassTarget: "aarch64-linux-gnu", exec: ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"], prefix: "aarch64-linux-gnu-", uses: ["bfd", "gold"] },
];

const linkers = [
  { key: "bfd", flag: "-fuse-ld=bfd", tool: "ld.bfd" },
  { key: "gold", flag: "-fuse-ld=gold", tool: "ld.gold" },
  { key: "lld", flag: "-fuse-ld=lld", tool: "ld.lld" },
  { key: "mold", flag: "-fuse-ld=mold", tool: "mold" },
];

/** C sources: units that call libc and each other, and a main. */
function sources() {
  const r = rng(11);
  const units = [];
  for (let i = 0; i < count; i++) {
    const next = i + 1 < count ? `u${i + 1}(x - 1)` : "0";
    units.push(
      [
        "#include <stdio.h>",
        "#include <string.h>",
        ...(i + 1 < count ? [`long u${i + 1}(long x);`] : []),
        `static const char *name${i} = "unit ${i} ${r.int(1000)}";`,
        `long u${i}(long x) {`,
        "  char buf[32];",
        `  if (x <= 0) return (long)strlen(name${i});`,
        `  snprintf(buf, sizeof buf, "%ld", x * ${1 + r.int(7)});`,
        `  return (long)strlen(buf) + ${next};`,
        "}",
        "",
      ].join("\n"),
    );
  }
  const main = ['#include <stdio.h>', "long u0(long x);", 'int main(void) { printf("%ld\\n", u0(40)); return 0; }', ""].join("\n");
  return { units, main };
}

/** The objects for one target, compiled once and cached. */
function objects(input, t) {
  return input(`dynlink-objs-${t.name}`, `${t.gcc} -c -fPIE ${count} units + main`, (dir) => {
    const { units, main } = sources();
    units.forEach((text, i) => writeFileSync(join(dir, `u${i}.c`), text));
    writeFileSync(join(dir, "main.c"), main);
    const list = ["main.c", ...units.map((_, i) => `u${i}.c`)].join("\n");
    run(["xargs", "-P", String(cpus().length), "-n", "50", t.gcc, "-c", "-O0", "-fPIE"], { cwd: dir, input: list });
  });
}

export default function dynlink({ work, input }) {
  const notes = [];
  const objs = ["main.o", ...Array.from({ length: count }, (_, i) => `u${i}.o`)];
  const rows = targets.map((t) => {
    const what = `${t.name}: ${count + 1} objects against glibc (PIE)`;
    const noTools = missing(t.gcc);
    if (noTools) return { what, group: t.name, glass: noTools, refs: { bfd: noTools } };
    const dir = objects(input, t);
    const out = (k) => ["-o", join(work, `dyn-${t.name}-${k}`)];
    const wanted = linkers.filter((l) => t.uses.includes(l.key));
    const usable = wanted.filter((l) => !missing(t.prefix + l.tool));
    const { glass: g, ...refs } = measure(
      [
        { key: "glass", argv: installedGlass({}, "cc", `--target=${t.glassTarget}`, "--libc=glibc", "-pie", ...objs, ...out("glass")) },
        ...usable.map((l) => ({ key: l.key, argv: [t.gcc, l.flag, ...objs, ...out(l.key)] })),
      ],
      { cwd: dir, runs: 5, warmup: 1 },
    );
    for (const l of wanted) if (!usable.includes(l)) refs[l.key] = missing(t.prefix + l.tool);
    const linked = ["glass", ...usable.map((l) => l.key)].filter((k) => typeof (k === "glass" ? g : refs[k]) === "number");
    if (missing(...t.exec.slice(0, 1))) notes.push(`${t.name}: programs not run: install qemu-user.`);
    else {
      const printed = linked.map((k) => `${k}: ${run([...t.exec, join(work, `dyn-${t.name}-${k}`)], { allowFail: true }).stdout.trim() || "(nothing)"}`);
      notes.push(`${t.name}: each program printed ${printed.join(", ")}.`);
    }
    return { what, group: t.name, glass: g, refs };
  });
  return {
    title: `dynamic link of ${count + 1} gcc -c objects against glibc (driver to executable)`,
    unit: "s",
    columns: linkers.map((l) => ({ key: l.key, label: l.key === "bfd" ? "gcc (ld.bfd)" : `gcc -fuse-ld=${l.key}` })),
    rows,
    notes,
  };
}
