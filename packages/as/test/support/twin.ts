// Assembles one source with Glass and with GNU as and returns both objects read back, for
// tests that compare them (contents, relocations, symbol and section tables).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { readElf, relocName, SHT_RELA, type ElfFile } from "@glass/elf";
import { assemble } from "@glass/as";
import { gnu, run } from "../../../../tests/support/host.js";

const dir = mkdtempSync(join(tmpdir(), "glass-as-twin-"));
let count = 0;

export function assembleBoth(machine: "x86_64" | "aarch64", text: string): { glass: ElfFile; gnu: ElfFile } {
  const base = join(dir, `t${count++}`);
  writeFileSync(`${base}.s`, text);
  const r = run(gnu("as", machine), [`${base}.s`, "-o", `${base}.o`]);
  if (r.status !== 0) throw new Error(`GNU as failed: ${r.stderr}`);
  const glass = assemble(new SourceFile("t.s", text), { machine }).object;
  return { glass: readElf(glass, "glass.o"), gnu: readElf(readFileSync(`${base}.o`), "gnu.o") };
}

/** Every section's bytes and every relocation, as text. */
export function contentsAndRelocations(elf: ElfFile): string[] {
  const syms = elf.symbols();
  return elf.sections.flatMap((s) => {
    if (s.sh_type !== SHT_RELA) return s.name.match(/^\.(symtab|strtab|shstrtab)$/) ? [] : [`${s.name}: ${Buffer.from(s.data).toString("hex")}`];
    return elf.relocations(s).map((r) => {
      const sym = syms[r.r_sym]!;
      return `${s.name} ${r.r_offset} ${relocName(elf.machine!, r.r_type)} ${sym.name || elf.sections[sym.st_shndx]?.name} ${r.r_addend}`;
    });
  });
}
