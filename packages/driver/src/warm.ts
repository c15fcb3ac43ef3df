// Warming the stages up: one tiny program through cpp, cc and as, for each machine. The
// first compile in a process builds the C parser (chevrotain's grammar analysis, ~70 ms) and
// each instruction table; doing it ahead of time moves that cost off the per-run path: into
// the start-up snapshot at build time (snapshot.ts), or into a worker before it takes jobs.

import { SourceFile } from "@glass/diagnostics";
import { preprocess } from "@glass/cpp";
import { compile } from "@glass/cc";
import { assemble } from "@glass/as";
import type { Machine } from "@glass/elf";

const program = "int puts(const char *s);\nint main(void) { puts(\"hi\"); return 0; }\n";

export function warmUp(machines: Machine[] = ["x86_64", "aarch64"]): void {
  for (const machine of machines) {
    const pp = preprocess(new SourceFile("warm.c", program), { machine, fs: { readFile: () => undefined } });
    const { asm } = compile(pp.tokens, { machine, fileName: "warm.c" });
    assemble(new SourceFile("warm.s", asm), { machine });
  }
}
