// Which names become symbols on AArch64: condition operands are keywords, not symbols.
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { readElf } from "@glass/elf";

describe("AArch64 symbols", () => {
  it("a condition operand (cset w9, lt) does not create an undefined symbol", () => {
    const src = "\t.text\n\t.globl f\nf:\n\tcmp w0, w1\n\tcset w9, lt\n\tcsel w0, w0, w1, ge\n\tret\n";
    const o = readElf(assemble(new SourceFile("c.s", src), { machine: "aarch64" }).object, "c.o");
    expect(o.symbols().map((s) => s.name)).not.toContain("lt");
    expect(o.symbols().map((s) => s.name)).not.toContain("ge");
    const text = o.sectionByName(".text")!.data;
    expect(new DataView(text.buffer, text.byteOffset).getUint32(4, true)).toBe(0x1a9fa7e9); // cset w9, lt
  });
});
