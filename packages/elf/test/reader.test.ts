import { describe, expect, it } from "vitest";
import { readElf, relocName, SHT_RELA, STB_LOCAL, STT_SECTION, type ElfFile } from "@glass/elf";
import { gnu, run } from "../../../tests/support/host.js";
import { build, hasTarget, TARGETS, type Target } from "./fixtures.js";

// GNU readelf's view, parsed from its -S/-s/-r listings.
function gnuSections(target: Target, path: string): { name: string; size: bigint }[] {
  const out = run(gnu("readelf", target), ["-S", "-W", path]).stdout;
  return [...out.matchAll(/^\s*\[\s*(\d+)\]\s(\S*)\s+\S+\s+[0-9a-f]+\s[0-9a-f]+\s([0-9a-f]+)/gm)].map((m) => ({
    name: m[2]!,
    size: BigInt("0x" + m[3]!),
  }));
}

function gnuSymbolNames(target: Target, path: string): string[] {
  const out = run(gnu("readelf", target), ["-s", "-W", path]).stdout;
  const symtab = out.slice(out.indexOf("Symbol table '.symtab'"));
  return [...symtab.matchAll(/^\s+\d+: [0-9a-f]{16}\s+\d+\s+\S+\s+\S+\s+\S+\s+\S+\s?(.*)$/gm)].map((m) => m[1]!);
}

function gnuRelocTypes(target: Target, path: string): string[] {
  const out = run(gnu("readelf", target), ["-r", "-W", path]).stdout;
  return [...out.matchAll(/^[0-9a-f]{16}\s+[0-9a-f]{16}\s+(R_\S+)/gm)].map((m) => m[1]!);
}

describe.each(TARGETS)("readElf on gcc output (%s)", (target) => {
  const enabled = hasTarget(target);
  for (const kind of ["obj", "pic", "static"] as const) {
    it.skipIf(!enabled)(`${kind}: sections, symbols and relocations agree with GNU readelf`, () => {
      const f = build(target, kind);
      const elf: ElfFile = readElf(f.bytes, f.path);
      expect(elf.machine).toBe(target);
      expect(elf.sections.map((s) => ({ name: s.name, size: s.sh_type === 8 ? s.sh_size : BigInt(s.data.length) })))
        .toEqual(gnuSections(target, f.path));
      // readelf shows a section symbol (empty st_name) under its section's name.
      const shown = elf.symbols().map((s) => (s.type === STT_SECTION && s.name === "" ? elf.sections[s.st_shndx]!.name : s.name));
      expect(shown).toEqual(gnuSymbolNames(target, f.path));
      const relocs = elf.sections.filter((s) => s.sh_type === SHT_RELA).flatMap((s) => elf.relocations(s));
      expect(relocs.map((r) => relocName(target, r.r_type))).toEqual(gnuRelocTypes(target, f.path));
      const symbols = elf.symbols();
      const firstGlobal = symbols.findIndex((s, i) => i > 0 && s.bind !== STB_LOCAL);
      const symtab = elf.sectionByName(".symtab")!;
      expect(symtab.sh_info).toBe(firstGlobal);
    });
  }
});
