// Malformed input must end in a GlassError (or be read), never a plain exception or a hang.
import { describe, expect, it } from "vitest";
import { GlassError } from "@glass/diagnostics";
import { readArchive, readElf, SHT_RELA, writeArchive } from "@glass/elf";
import { build, hasTarget } from "./fixtures.js";
import { mutations, prng } from "./mutate.js";

function readEverything(bytes: Uint8Array): void {
  const elf = readElf(bytes, "mutant.o");
  elf.symbols();
  elf.dynamicSymbols();
  for (const s of elf.sections) if (s.sh_type === SHT_RELA) elf.relocations(s);
}

function outcome(fn: () => void): "ok" | "GlassError" {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof GlassError) return "GlassError";
    throw e;
  }
}

describe("malformed input", () => {
  it.skipIf(!hasTarget("x86_64"))("readElf: 400 mutations of a gcc object either read or throw GlassError", () => {
    const good = build("x86_64", "obj").bytes;
    const results = mutations(good, 400).map((m) => outcome(() => readEverything(m)));
    expect(results).toContain("GlassError");
    expect(results).toContain("ok");
  });

  it.skipIf(!hasTarget("aarch64"))("readElf: 200 mutations of a static executable", () => {
    const good = build("aarch64", "static").bytes;
    const results = mutations(good, 200, 7).map((m) => outcome(() => readEverything(m)));
    expect(results).toContain("GlassError");
  });

  it("readElf: classic bad inputs name the problem", () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(0), /ELF identification goes past the end of the file/],
      [new TextEncoder().encode("#!/bin/sh\necho not elf\n"), /not an ELF file: bad magic/],
      [Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /ELFCLASS64/],
      [Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /ELF header goes past the end/],
    ];
    for (const [bytes, message] of cases) expect(() => readElf(bytes, "x")).toThrow(message);
  });

  it.skipIf(!hasTarget("x86_64"))("readArchive: 300 mutations of an archive", () => {
    const obj = build("x86_64", "obj").bytes;
    const good = writeArchive([
      { name: "fixture_with_long_name.o", data: obj },
      { name: "b.o", data: obj },
    ]);
    const random = prng(3);
    for (let i = 0; i < 300; i++) {
      const bytes = Uint8Array.from(good);
      if (i % 3 === 0) {
        outcome(() => readArchive(bytes.subarray(0, Math.floor(random() * bytes.length)), "m.a"));
        continue;
      }
      // Mostly hit the headers, the index and the long-name table (the first ~300 bytes).
      const at = Math.floor(random() * (i % 3 === 1 ? 300 : bytes.length));
      bytes[at] = Math.floor(random() * 256);
      outcome(() => readArchive(bytes, "m.a"));
    }
  });
});
