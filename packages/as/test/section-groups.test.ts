// Section groups (`.section name,"axG",@progbits,signature,comdat`): the `.group` sections,
// SHF_GROUP flags, signature symbols and relocations equal GNU as's on both ISAs, and two
// objects carrying the same COMDAT group link (GNU ld and Glass ld) into a program that keeps
// one copy and runs.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { readElf, SHT_GROUP } from "@glass/elf";
import { link } from "@glass/ld";
import { gnu, hostHas, run, runner } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";
import { assembleBoth, contentsAndRelocations } from "./support/twin.js";

const x86 = `
	.text
	.globl main
main:	call foo
	ret
	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo,@function
foo:	movq bar(%rip), %rax
	ret
	.section .data.bar,"awG",@progbits,foo,comdat
bar:	.quad foo
	.section .rodata.baz,"aG",@progbits,sig2
lab:	.long 5
	.section .text.foo,"axG",@progbits,other,comdat
	ret
	.text
	leaq lab(%rip), %rax
	.ident "t"
`;

const a64 = `
	.text
	.globl main
main:	bl foo
	ret
	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo,%function
foo:	adrp x0, bar
	add x0, x0, :lo12:bar
	ret
	.section .data.bar,"awG",@progbits,foo,comdat
bar:	.xword foo
	.section .rodata.baz,"aG",%progbits,sig2
lab:	.word 5
	.section .rodata.str,"aMSG",@progbits,1,"quoted sig",comdat
	.string "x"
	.section .text.foo,"axG",@progbits,other,comdat
	ret
	.text
	adrp x0, lab
	ret
	.ident "t"
`;

describe("section groups equal GNU as's", () => {
  for (const [machine, text] of [["x86_64", x86], ["aarch64", a64]] as const) {
    it.skipIf(!hostHas(gnu("as", machine)))(machine, () => {
      const { glass, gnu: theirs } = assembleBoth(machine, text);
      expect(glass.sections.filter((s) => s.sh_type === SHT_GROUP)).toHaveLength(3 + (machine === "aarch64" ? 1 : 0));
      expect(contentsAndRelocations(glass)).toEqual(contentsAndRelocations(theirs));
      expect(sectionTable(glass)).toEqual(sectionTable(theirs));
      expect(symbolTable(glass)).toEqual(symbolTable(theirs));
    });
  }
});

describe("bad group syntax", () => {
  it("flag G needs a group name", () => {
    expect(() => assemble(new SourceFile("g.s", '\t.section .t,"axG",@progbits\n'), { machine: "x86_64" })).toThrow("group name for SHF_GROUP not specified");
    expect(() => assemble(new SourceFile("g.s", '\t.section .t,"axG",@progbits,g,common\n'), { machine: "x86_64" })).toThrow("expected 'comdat', found 'common'");
  });
});

// Two units that both carry `inline`-style helper `twice` in a COMDAT group (as C++ inline
// functions and gcc's x86 PIC thunks are): the linker keeps the first group only.
const units: Record<"x86_64" | "aarch64", [string, string, string]> = {
  x86_64: [
    "\t.globl _start\n_start:\tcall main\n\tmovl %eax, %edi\n\tmovl $60, %eax\n\tsyscall\n",
    '\t.text\n\t.globl main\nmain:\tmovl $20, %edi\n\tcall twice\n\taddl $1, %eax\n\tret\n\t.section .text.twice,"axG",@progbits,twice,comdat\n\t.globl twice\n\t.weak twice\ntwice:\tleal (%rdi,%rdi), %eax\n\tret\n',
    '\t.section .text.twice,"axG",@progbits,twice,comdat\n\t.globl twice\n\t.weak twice\ntwice:\tleal (%rdi,%rdi), %eax\n\tret\n\t.text\n\t.globl other\nother:\tjmp twice\n',
  ],
  aarch64: [
    "\t.globl _start\n_start:\tbl main\n\tmov x8, #93\n\tsvc #0\n",
    '\t.text\n\t.globl main\nmain:\tstp x29, x30, [sp, #-16]!\n\tmov w0, #20\n\tbl twice\n\tadd w0, w0, #1\n\tldp x29, x30, [sp], #16\n\tret\n\t.section .text.twice,"axG",@progbits,twice,comdat\n\t.globl twice\n\t.weak twice\ntwice:\tadd w0, w0, w0\n\tret\n',
    '\t.section .text.twice,"axG",@progbits,twice,comdat\n\t.globl twice\n\t.weak twice\ntwice:\tadd w0, w0, w0\n\tret\n\t.text\n\t.globl other\nother:\tb twice\n',
  ],
};

describe("COMDAT groups link once", () => {
  for (const machine of ["x86_64", "aarch64"] as const) {
    const runs = machine === "x86_64" || hostHas("qemu-aarch64");
    it.skipIf(!hostHas(gnu("ld", machine)) || !runs)(machine, () => {
      const dir = mkdtempSync(join(tmpdir(), "glass-comdat-"));
      const objects = units[machine].map((text, i) => {
        const path = join(dir, `u${i}.o`);
        const data = assemble(new SourceFile(`u${i}.s`, text), { machine }).object;
        writeFileSync(path, data);
        return { path, data };
      });
      const gnuExe = join(dir, "gnu");
      expect(run(gnu("ld", machine), ["-static", "-o", gnuExe, ...objects.map((o) => o.path)]).status).toBe(0);
      const glassExe = join(dir, "glass");
      const linked = link(objects, { machine });
      writeFileSync(glassExe, linked.output);
      chmodSync(glassExe, 0o755);
      for (const exe of [gnuExe, glassExe]) {
        const [cmd, ...args] = [...runner(machine), exe];
        expect(run(cmd!, args).status).toBe(41);
      }
      // One copy of `twice`: the second unit's group was dropped.
      expect(readElf(linked.output, "glass").symbols().filter((s) => s.name === "twice")).toHaveLength(1);
    });
  }
});
