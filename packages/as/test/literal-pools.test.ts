// AArch64 literal pools (`ldr x0, =value`, `.ltorg`): the same bytes, relocations, mapping
// symbols and section tables as GNU as, and clear errors where GNU as has none to offer.
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile, render } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { hostHas } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";
import { assembleBoth, contentsAndRelocations } from "./support/twin.js";

const cases: [string, string][] = [
  ["constants and addresses, shared entries, .ltorg, the rest dumped at the end per section", `
	.text
	.globl f
f:
	ldr x0, =0x1234
	ldr w1, =0x12345678
	ldr x2, =0x123456789abcdef0
	ldr x3, =sym
	ldr x4, =0x1234
	ldr w5, =sym+4
	ldr d0, =0x3ff0000000000000
	ret
	.ltorg
g:
	ldr x6, =0x55
	ldr x7, =d
	ret
	.section .text.other,"ax",@progbits
h:	ldr x1, =f
	ldr w2, =-1
	ret
	.data
d:	.word 1
	.text
	ldr x9, =h
	ret
`],
  ["subsections keep their own pools; .pool is .ltorg", `
	.text
	ldr x0, =0x1111222233334444
	.subsection 1
	ldr w1, =7
	.pool
	.subsection 0
	ldr x2, =0x1111222233334444
	ldr s3, =0x3f800000
	.pool
	ret
`],
];

describe("AArch64 literal pools equal GNU as's", () => {
  for (const [name, text] of cases) {
    it.skipIf(!hostHas("aarch64-linux-gnu-as"))(name, () => {
      const { glass, gnu } = assembleBoth("aarch64", text);
      expect(contentsAndRelocations(glass)).toEqual(contentsAndRelocations(gnu));
      expect(sectionTable(glass)).toEqual(sectionTable(gnu));
      expect(symbolTable(glass)).toEqual(symbolTable(gnu));
    });
  }
});

describe("literal pool errors", () => {
  const error = (machine: "x86_64" | "aarch64", text: string) => {
    try {
      assemble(new SourceFile("p.s", text), { machine });
    } catch (e) {
      if (e instanceof GlassError) return render(e.diagnostics[0]!).split("\n")[0]!;
      throw e;
    }
    return "no error";
  };
  it("'=value' belongs to ldr with an x, w, d or s register", () => {
    expect(error("aarch64", "\tmov x0, =1\n")).toBe("p.s:1:10: error: '=value' needs 'ldr' with an x, w, d or s register");
    expect(error("aarch64", "\tldr q0, =1\n")).toBe("p.s:1:10: error: '=value' needs 'ldr' with an x, w, d or s register");
  });
  it(".ltorg is an AArch64 directive", () => {
    expect(error("x86_64", "\t.ltorg\n")).toBe("p.s:1:2: error: unknown directive '.ltorg'");
  });
});
