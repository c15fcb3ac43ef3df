// Which names become symbols on AArch64: condition operands are keywords, not symbols.
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { readElf } from "@glass/elf";
import { hostHas } from "../../../tests/support/host.js";
import { symbolTable } from "./support/object-tables.js";
import { assembleBoth, contentsAndRelocations } from "./support/twin.js";

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

// Bare words that are keywords of their instruction (system registers, barrier and prefetch
// names, BTI targets) stay out of the symbol table, labels and calls go in; MOVW relocation
// operators set the shift of their group (`#:abs_g2:` is `lsl #32`). All as GNU as does.
describe.skipIf(!hostHas("aarch64-linux-gnu-as"))("AArch64 operands compared with GNU as", () => {
  it.each([
    ["keywords and symbols", "\tmrs x0, tpidr_el0\n\tmsr fpcr, x1\n\tdmb ish\n\tprfm pldl1keep, [x0]\n\tbl puts\n\tb .L1\n.L1:\tadrp x1, var\n\tldr x2, lab\n\tbti c\n\tret\nlab:\t.xword 0\n"],
    ["MOVW groups", "\tmovz x0, #:abs_g3:sym\n\tmovk x0, #:abs_g2_nc:sym\n\tmovk x0, #:abs_g1_nc:sym\n\tmovk x0, #:abs_g0_nc:sym\n\tmovz x1, #:abs_g1:sym\n\tmovz w2, #:abs_g0:sym\n"],
  ])("%s", (_name, text) => {
    const { glass, gnu } = assembleBoth("aarch64", text);
    expect(contentsAndRelocations(glass)).toEqual(contentsAndRelocations(gnu));
    expect(symbolTable(glass)).toEqual(symbolTable(gnu));
  });
});
