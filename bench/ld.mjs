// ld: static linking of 1,000 small objects made by gcc -c (each function calls the next two,
// each unit has its own .data and .rodata), plus a hand-written _start that calls u0 and exits
// with its result, so every linker's output is a runnable static program — and is run, to
// check the linkers agree. Glass vs ld.bfd, and ld.gold, ld.lld and mold when installed; both
// targets (AArch64 objects from aarch64-linux-gnu-gcc, outputs run under qemu-aarch64).
// Glass is the installed command, bin/glass ld, twice: served by the compile server (started
// by the warm-up runs), and with GLASS_SERVER=0, a fresh process each time.

import { cpus } from "node:os";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installedGlass, missing, run } from "./lib/host.mjs";
import { genObjectsSources } from "./lib/gen.mjs";
import { measure } from "./lib/measure.mjs";

const count = 1000;

const targets = [
  {
    name: "x86-64",
    gcc: "gcc",
    as: "as",
    exec: [],
    start: ["_start:", "  mov $3, %edi", "  call u0", "  mov %eax, %edi", "  and $127, %edi", "  mov $60, %eax", "  syscall"],
    linkers: [
      { key: "bfd", argv: ["ld.bfd"] },
      { key: "gold", argv: ["ld.gold"] },
      { key: "lld", argv: ["ld.lld"] },
      { key: "mold", argv: ["mold"] },
    ],
  },
  {
    name: "aarch64",
    gcc: "aarch64-linux-gnu-gcc",
    as: "aarch64-linux-gnu-as",
    exec: ["qemu-aarch64"],
    start: ["_start:", "  mov x0, #3", "  bl u0", "  and x0, x0, #127", "  mov x8, #93", "  svc #0"],
    linkers: [
      { key: "bfd", argv: ["aarch64-linux-gnu-ld.bfd"] },
      { key: "gold", argv: ["aarch64-linux-gnu-ld.gold"] },
      { key: "lld", argv: ["ld.lld"] },
      { key: "mold", argv: ["mold"] },
    ],
  },
];

/** The 1,000 objects and start.o for one target, compiled once and cached. */
function objects(input, t) {
  return input(`ld-objs-${t.name}`, `${t.gcc} -c ${count} units; ${t.start.join(";")}`, (dir) => {
    const units = genObjectsSources(count);
    units.forEach((text, i) => writeFileSync(join(dir, `u${i}.c`), text));
    const list = units.map((_, i) => `u${i}.c`).join("\n");
    run(["xargs", "-P", String(cpus().length), "-n", "50", t.gcc, "-c", "-O0"], { cwd: dir, input: list });
    writeFileSync(join(dir, "start.s"), [".globl _start", ".text", ...t.start, '.section .note.GNU-stack,"",@progbits', ""].join("\n"));
    run([t.as, "start.s", "-o", "start.o"], { cwd: dir });
  });
}

/** Exit status of each linked program, as "key=status" pieces. */
function exitStatuses(work, t, keys) {
  return keys.map((k) => {
    const prog = join(work, `ld-${t.name}-${k}`);
    const r = run([...t.exec, prog], { allowFail: true });
    return `${k}=${r.status ?? r.signal}`;
  });
}

export default function ld({ work, input }) {
  const notes = [];
  const rows = targets.flatMap((t) => {
    const what = `${t.name}: ${count} objects + start.o`;
    const noTools = missing(t.gcc, t.as);
    if (noTools) return [{ what, group: t.name, glass: noTools, refs: { bfd: noTools } }];
    const dir = objects(input, t);
    const objs = ["start.o", ...readdirSync(dir).filter((f) => /^u\d+\.o$/.test(f)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)))];
    const out = (k) => ["-o", join(work, `ld-${t.name}-${k}`)];
    const { glass: g, fresh, ...refs } = measure(
      [
        { key: "glass", argv: installedGlass({}, "ld", "-static", ...objs, ...out("glass")) },
        { key: "fresh", argv: installedGlass({ fresh: true }, "ld", "-static", ...objs, ...out("fresh")) },
        ...t.linkers.map((l) => ({ key: l.key, argv: [...l.argv, "-static", ...objs, ...out(l.key)] })),
      ],
      // Ten runs: every command takes well under a second, and medians of five moved by 2× on a busy machine.
      { cwd: dir, runs: 10, warmup: 2 },
    );
    const linked = ["glass", ...t.linkers.map((l) => l.key)].filter((k) => typeof (k === "glass" ? g : refs[k]) === "number");
    const statuses = missing(...t.exec) ? ["not run: install qemu-user"] : exitStatuses(work, t, linked);
    notes.push(`${t.name}: exit status of each linked program: ${statuses.join(", ")}.`);
    return [
      { what: `${what} (compile server)`, group: t.name, glass: g, refs },
      { what: `${what} (GLASS_SERVER=0)`, group: t.name, glass: fresh, refs },
    ];
  });
  return {
    title: `static link of ${count} gcc -c objects`,
    unit: "s",
    columns: [
      { key: "bfd", label: "ld.bfd" },
      { key: "gold", label: "ld.gold" },
      { key: "lld", label: "ld.lld" },
      { key: "mold", label: "mold" },
    ],
    rows,
    notes,
  };
}
