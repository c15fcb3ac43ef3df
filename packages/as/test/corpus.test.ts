// Corpus: C programs compiled by the host gcc to assembly (-O0 and -O2, each with and without
// -fPIC, and -O3 with SSE2 vectorization; unwind tables on), assembled by Glass and by GNU as.
// The two objects must have the same section contents, relocations, section headers and
// symbol tables (order included); then each is linked by gcc and run, and the programs must
// behave the same.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { readElf, relocName, SHT_RELA } from "@glass/elf";
import { assemble } from "@glass/as";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";

const corpus = new URL("./corpus/", import.meta.url).pathname;
const programs = readdirSync(corpus).filter((f) => f.endsWith(".c"));
const have = hostHasAll("gcc", "as");
const dir = mkdtempSync(join(tmpdir(), "glass-as-corpus-"));

/** Section contents and relocations (sorted, with symbol names) of the sections that matter. */
function summary(object: Uint8Array): Record<string, string> {
  const elf = readElf(object, "x.o");
  const syms = elf.symbols();
  const out: Record<string, string> = {};
  for (const s of elf.sections) {
    if (!/^\.(text|data|rodata|bss|eh_frame)/.test(s.name)) continue;
    out[s.name] = `size ${s.sh_size} align ${s.sh_addralign} ` + Buffer.from(s.data).toString("hex");
  }
  for (const s of elf.sections) {
    if (s.sh_type !== SHT_RELA || !/^\.rela\.(text|data|rodata|eh_frame)/.test(s.name)) continue;
    out[s.name] = elf
      .relocations(s)
      .map((r) => {
        const sym = syms[r.r_sym]!;
        const name = sym.name || elf.sections[sym.st_shndx]?.name;
        return `${r.r_offset.toString(16)} ${relocName("x86_64", r.r_type)} ${name} ${r.r_addend}`;
      })
      .sort()
      .join("\n");
  }
  return out;
}

describe.skipIf(!have)("gcc -S output: Glass as vs GNU as", () => {
  for (const prog of programs) {
    for (const opts of [["-O0"], ["-O2"], ["-O0", "-fPIC"], ["-O2", "-fPIC"], ["-O3"]]) {
      it(`${prog} ${opts.join(" ")}`, () => {
        const base = join(dir, `${prog}${opts.join("")}`);
        // gcc's defaults, unwind tables included: .cfi_* directives become .eh_frame.
        const cc = run("gcc", ["-S", ...opts, join(corpus, prog), "-o", `${base}.s`]);
        expect(cc.stderr).toBe("");
        const gnu = run("as", [`${base}.s`, "-o", `${base}.gnu.o`]);
        expect(gnu.status).toBe(0);
        const { object } = assemble(new SourceFile(`${base}.s`, readFileSync(`${base}.s`, "utf8")), { machine: "x86_64" });
        writeFileSync(`${base}.glass.o`, object);
        expect(summary(object)).toEqual(summary(readFileSync(`${base}.gnu.o`)));
        const [ours, gnus] = [readElf(object, "glass.o"), readElf(readFileSync(`${base}.gnu.o`), "gnu.o")];
        expect(sectionTable(ours)).toEqual(sectionTable(gnus));
        expect(symbolTable(ours)).toEqual(symbolTable(gnus));

        const outputs = ["gnu", "glass"].map((which) => {
          const link = run("gcc", [`${base}.${which}.o`, "-o", `${base}.${which}`]);
          expect(link.stderr).toBe("");
          return run(`${base}.${which}`, []);
        });
        expect(outputs[1]).toEqual(outputs[0]);
      });
    }
  }
});
