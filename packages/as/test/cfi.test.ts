// .cfi_* → .eh_frame: every CFI directive Glass knows, in one hand-written file per ISA, must
// give the same .eh_frame bytes and relocations as GNU as (short and long advances, register
// names, remember/restore state, `.cfi_startproc simple`, functions in two sections).
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { readElf, relocName, SHT_RELA, type Machine } from "@glass/elf";
import { assemble } from "@glass/as";
import { hostHas, run } from "../../../tests/support/host.js";

const CASES: Record<string, { as: string; src: string }> = {
  x86_64: {
    as: "as",
    src: `
	.text
f:	.cfi_startproc
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq %rsp, %rbp
	.cfi_def_cfa_register 6
	.skip 300
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	.cfi_restore 6
	ret
	.cfi_restore_state
	.skip 70000
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbx, 0
	.cfi_undefined 16
	.cfi_same_value 3
	.cfi_register 12, 13
	.cfi_escape 0x2e, 0x10
	.cfi_offset 17, -24
	ret
	.cfi_endproc
	.section .text.other,"ax",@progbits
g:	.cfi_startproc simple
	.cfi_def_cfa 7, 8
	nop
	.cfi_endproc
`,
  },
  aarch64: {
    as: "aarch64-linux-gnu-as",
    src: `
	.text
f:	.cfi_startproc
	stp x29, x30, [sp, -32]!
	.cfi_def_cfa_offset 32
	.cfi_offset 29, -32
	.cfi_offset x30, -24
	mov x29, sp
	.skip 400
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_def_cfa_offset 0
	ret
	.cfi_restore_state
	.cfi_negate_ra_state
	ret
	.cfi_endproc
`,
  },
};

function frames(object: Uint8Array, machine: Machine): { bytes: string; relocs: string[] } {
  const elf = readElf(object, "x.o");
  const syms = elf.symbols();
  const rela = elf.sections.find((s) => s.sh_type === SHT_RELA && s.name === ".rela.eh_frame")!;
  return {
    bytes: Buffer.from(elf.sectionByName(".eh_frame")!.data).toString("hex"),
    relocs: elf.relocations(rela).map((r) => `${r.r_offset} ${relocName(machine, r.r_type)} ${elf.sections[syms[r.r_sym]!.st_shndx]!.name} ${r.r_addend}`),
  };
}

describe(".cfi_* directives build GNU as's .eh_frame", () => {
  const dir = mkdtempSync(join(tmpdir(), "glass-cfi-"));
  for (const [machine, c] of Object.entries(CASES) as [Machine, (typeof CASES)[string]][]) {
    it.skipIf(!hostHas(c.as))(machine, () => {
      writeFileSync(join(dir, `${machine}.s`), c.src);
      expect(run(c.as, [join(dir, `${machine}.s`), "-o", join(dir, `${machine}.o`)]).stderr).toBe("");
      const ours = assemble(new SourceFile("cfi.s", c.src), { machine }).object;
      expect(frames(ours, machine)).toEqual(frames(readFileSync(join(dir, `${machine}.o`)), machine));
    });
  }

  it("reports a CFI directive outside .cfi_startproc and a missing .cfi_endproc", () => {
    const x = (src: string) => () => assemble(new SourceFile("t.s", src), { machine: "x86_64" });
    expect(x(".cfi_def_cfa_offset 16\n")).toThrow(/without previous .cfi_startproc/);
    expect(x(".cfi_startproc\nret\n")).toThrow(/missing .cfi_endproc/);
  });
});
