// Warming `glass cc` up: a tiny program through the driver's own path (command line, job plan,
// translate: cpp, cc and as), for each machine. The first compile in a process builds the C
// parser (chevrotain's grammar analysis, ~70 ms) and each instruction table, and the first
// call of every function compiles it to bytecode; doing this ahead of time moves that cost
// off the per-run path: into a worker before it takes jobs, or into the start-up snapshot at
// build time (snapshot.ts), which also links the program against a one-member archive so the
// linker's code is compiled too. Everything runs in memory: no file is read or written.

import { writeArchive, type Machine } from "@glass/elf";
import { link, type FileInput } from "@glass/ld";
import { linkRequest, planLink } from "./cc/link.js";
import { parseCcArgs } from "./cc/options.js";
import { planJob } from "./cc/jobs.js";
import { jobCommands } from "./cc/commands.js";
import { translate } from "./cc/translate.js";
import { triple } from "./target.js";

const program = "int puts(const char *s);\nint main(void) { puts(\"hi\"); return 0; }\n";
const library = "int main(void);\nint puts(const char *s) { return *s; }\nvoid _start(void) { main(); for (;;) ; }\n";

/** Compiles C text to an object for the linker with the driver's own code path. */
function object(name: string, text: string, machine: Machine): Uint8Array {
  const o = parseCcArgs([`--target=${triple(machine)}`, name]);
  const job = { ...planJob(name, "c", o, 1), stdin: text };
  jobCommands(job, o);
  const r = translate(job, o);
  if (!r.ok || !r.object) throw new Error(`warm-up failed: ${r.stderr}`);
  return r.object;
}

export function warmUp(machines: Machine[] = ["x86_64", "aarch64"], { linking = false } = {}): void {
  for (const machine of machines) {
    const main = object("warm.c", program, machine);
    if (!linking) continue;
    const archive = writeArchive([{ name: "lib.o", data: object("lib.c", library, machine) }]);
    const o = parseCcArgs([`--target=${triple(machine)}`, "-nostdlib", "warm.o", "libwarm.a"]);
    const plan = planLink([{ object: { name: "warm.o", data: main } }, { object: { name: "libwarm.a", data: archive } }], o);
    const { inputs, options } = linkRequest(plan, o);
    link(inputs.filter((i): i is FileInput => "data" in i), options);
  }
}
