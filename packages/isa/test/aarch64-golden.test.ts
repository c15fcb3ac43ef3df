// Golden A64 encodings (aarch64-golden.s, aarch64-simd-golden.s): each line is assembled by Glass and its word
// compared with the golden one; GNU as must produce the same words from the same lines; and
// Glass's decoder must print what GNU objdump prints for each word, comments and padding included.
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { readElf } from "@glass/elf";
import { assemble } from "@glass/as";
import { decodeA64 } from "@glass/isa";
import { hostHas, run } from "../../../tests/support/host.js";

const golden = ["aarch64-golden.s", "aarch64-simd-golden.s"].flatMap((name) =>
  readFileSync(new URL(`./${name}`, import.meta.url), "utf8")
    .split("\n")
    .map((line, i) => ({ line: `${name}:${i + 1}`, m: /^\t(.*?)\s+\/\/ ([0-9a-f]{8})$/.exec(line) }))
    .filter((g) => g.m)
    .map((g) => ({ line: g.line, text: g.m![1]!, word: parseInt(g.m![2]!, 16) })),
);

function textWords(object: Uint8Array): number[] {
  const text = readElf(object, "golden.o").sections.find((s) => s.name === ".text")!;
  const v = new DataView(text.data.buffer, text.data.byteOffset, text.data.byteLength);
  return Array.from({ length: text.data.length / 4 }, (_, i) => v.getUint32(i * 4, true));
}

const hex = (w: number) => w.toString(16).padStart(8, "0");

describe("A64 golden encodings", () => {
  it("has a few hundred lines", () => {
    expect(golden.length).toBeGreaterThan(300);
  });

  it("Glass encodes every line to its golden word", () => {
    const wrong: string[] = [];
    for (const g of golden) {
      try {
        const [w] = textWords(assemble(new SourceFile("golden.s", g.text + "\n"), { machine: "aarch64" }).object);
        if (w !== g.word) wrong.push(`${g.line}: ${g.text}: got ${w === undefined ? "nothing" : hex(w)}, want ${hex(g.word)}`);
      } catch (e) {
        wrong.push(`${g.line}: ${g.text}: ${(e as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const hasAs = hostHas("aarch64-linux-gnu-as");
  const hasObjdump = hostHas("aarch64-linux-gnu-objdump");

  it.skipIf(!hasAs)("GNU as produces the golden words", () => {
    const dir = mkdtempSync(join(tmpdir(), "glass-a64-"));
    writeFileSync(join(dir, "g.s"), golden.map((g) => g.text).join("\n") + "\n");
    const r = run("aarch64-linux-gnu-as", [join(dir, "g.s"), "-o", join(dir, "g.o")]);
    expect(r.stderr).toBe("");
    const words = textWords(readFileSync(join(dir, "g.o")));
    expect(words.map(hex)).toEqual(golden.map((g) => hex(g.word)));
  });

  it.skipIf(!hasAs || !hasObjdump)("Glass decodes every golden word as GNU objdump prints it", () => {
    const dir = mkdtempSync(join(tmpdir(), "glass-a64-"));
    writeFileSync(join(dir, "g.s"), golden.map((g) => g.text).join("\n") + "\n");
    run("aarch64-linux-gnu-as", [join(dir, "g.s"), "-o", join(dir, "g.o")]);
    const dump = run("aarch64-linux-gnu-objdump", ["-d", join(dir, "g.o")]).stdout;
    const lines = dump
      .split("\n")
      .map((l) => /^\s+([0-9a-f]+):\t([0-9a-f]{8}) \t(.*)$/.exec(l))
      .filter((m) => m !== null);
    // objdump names a branch target `8 <.text+0x8>`; the decoder prints the bare address `0x8`
    // (the symbol is objdump's business). Everything else, comments included, must match exactly.
    const bareTarget = (s: string) => s.replace(/(\t|, )([0-9a-f]+) <[^>]*>/, "$10x$2");
    const wrong: string[] = [];
    for (const m of lines) {
      const pc = BigInt("0x" + m[1]);
      const want = bareTarget(m[3]!);
      const got = decodeA64(parseInt(m[2]!, 16), pc) ?? "(undecodable)";
      if (got !== want) wrong.push(`${m[2]}: got ${JSON.stringify(got)}, objdump ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });
});
