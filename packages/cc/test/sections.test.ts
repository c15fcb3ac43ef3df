// -ffunction-sections / -fdata-sections (compile options functionSections / dataSections):
// each function and object gets its own section, named as gcc names them. The Glass output
// is assembled by GNU as and its per-symbol sections compared with gcc's own object's; the
// program must still run (a jump table returns to the function's own section).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { preprocess } from "@glass/cpp";
import { compile } from "@glass/cc";
import { describe, expect, it } from "vitest";
import { hostHas, run } from "../../../tests/support/host.js";
import { assembleAndRun, canRun, machines, type Machine } from "./helpers.js";

const source = `
int data = 1;
int zero;
const int table[3] = { 1, 2, 3 };
static int counter = 5;
static int scratch[4];
static int pick(int k) {
  switch (k) { case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13; case 4: return 14; default: return 0; }
}
int main(void) {
  scratch[1] = pick(3) + table[2] + data + zero + counter;
  return scratch[1];
}
`;

function glassAsm(m: Machine): string {
  const { tokens } = preprocess(new SourceFile("sections.c", source), { machine: m, fs: { readFile: () => undefined } });
  return compile(tokens, { machine: m, fileName: "sections.c", functionSections: true, dataSections: true }).asm;
}

/** The per-symbol sections of an object (e.g. `.text.main`), sorted. */
function symbolSections(obj: string, readelf: string): string[] {
  const out = run(readelf, ["-SW", obj]).stdout;
  return [...out.matchAll(/\s(\.(?:text|data|bss|rodata)\.[A-Za-z_]\w*)\s+(\w+)/g)].map((x) => `${x[1]} ${x[2]}`).sort();
}

describe.each(machines)("function and data sections on %s", (m) => {
  const prefix = m === "x86_64" ? "" : "aarch64-linux-gnu-";
  const ok = hostHas(`${prefix}gcc`);

  it("names each section after its symbol", () => {
    const asm = glassAsm(m);
    const mark = m === "x86_64" ? "@" : "%";
    expect(asm).toContain(`.section\t.text.main,"ax",${mark}progbits`);
    expect(asm).toContain(`.section\t.text.pick,"ax",${mark}progbits`);
    expect(asm).toContain(`.section\t.data.data,"aw"`);
    expect(asm).toContain(`.section\t.bss.zero,"aw",${mark}nobits`);
    expect(asm).toContain(`.section\t.rodata.table,"a"`);
    expect(asm).not.toMatch(/^\t\.text$/m);
  });

  it.skipIf(!ok)("matches gcc -ffunction-sections -fdata-sections", () => {
    const tmp = mkdtempSync(join(tmpdir(), "glass-sections-"));
    writeFileSync(join(tmp, "g.s"), glassAsm(m));
    writeFileSync(join(tmp, "c.c"), source);
    expect(run(`${prefix}as`, [join(tmp, "g.s"), "-o", join(tmp, "g.o")]).status).toBe(0);
    expect(run(`${prefix}gcc`, ["-O0", "-fno-pic", "-ffunction-sections", "-fdata-sections", "-c", join(tmp, "c.c"), "-o", join(tmp, "c.o")]).status).toBe(0);
    // The jump table of `pick` goes to .rodata.pick, where gcc puts it (gcc's AArch64 -O0
    // code makes no jump table at all, so that section is compared on x86-64 only).
    const table = (s: string) => s.startsWith(".rodata.pick ");
    const ours = symbolSections(join(tmp, "g.o"), `${prefix}readelf`);
    const gcc = symbolSections(join(tmp, "c.o"), `${prefix}readelf`);
    expect(ours.filter((s) => !table(s))).toEqual(gcc.filter((s) => !table(s)));
    expect(ours).toContain(".rodata.pick PROGBITS");
    if (m === "x86_64") expect(gcc).toContain(".rodata.pick PROGBITS");
  });

  it.skipIf(!canRun(m))("still runs", () => {
    expect(assembleAndRun(glassAsm(m), m).status).toBe(13 + 3 + 1 + 0 + 5);
  });
});
