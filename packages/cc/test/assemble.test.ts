// The two routes from Glass's assembly to an object must agree: every program in
// test/programs, compiled for each target, is assembled by Glass's `as` and by GNU `as`, and
// the two objects must disassemble identically (instructions, data and relocations), as
// `objdump -dr -s` shows them. This keeps the compiler inside what both assemblers accept.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { describe, expect, it } from "vitest";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { compileC, machines } from "./helpers.js";
import { prelude } from "./prelude.js";

const dir = new URL("./programs/", import.meta.url).pathname;
const programs = readdirSync(dir).filter((f) => f.endsWith(".c")).sort();

/** `objdump -dr -s` without the header line naming the file. */
function dump(m: "x86_64" | "aarch64", obj: string): string {
  const r = run(gnu("objdump", m), ["-dr", "-s", "-j", ".text", "-j", ".data", "-j", ".rodata", "-j", ".bss", obj]);
  return r.stdout.split("\n").slice(2).join("\n");
}

describe.each(machines)("Glass as and GNU as on the compiler's output for %s", (m) => {
  const ok = hostHas(gnu("as", m)) && hostHas(gnu("objdump", m));
  it.skipIf(!ok)("give the same code, data and relocations", () => {
    const tmp = mkdtempSync(join(tmpdir(), "glass-cc-as-"));
    for (const p of programs) {
      const asm = compileC(prelude + readFileSync(join(dir, p), "utf8"), m, p).asm;
      const s = join(tmp, `${p}.s`);
      writeFileSync(s, asm);
      const theirs = join(tmp, `${p}.gnu.o`);
      const ours = join(tmp, `${p}.glass.o`);
      const r = run(gnu("as", m), [s, "-o", theirs]);
      expect(r.stderr, p).toBe("");
      writeFileSync(ours, assemble(new SourceFile(`${p}.s`, asm), { machine: m }).object);
      expect(dump(m, ours), p).toBe(dump(m, theirs));
    }
  });
});
