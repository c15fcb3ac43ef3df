// The symbol table in GNU as's order and with its content, and the directives that only
// show there (.symver, .weakref) or in odd places (.org, .float, long fills), each compared
// with GNU as.
import { describe, expect, it } from "vitest";
import { hostHas } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";
import { assembleBoth, contentsAndRelocations } from "./support/twin.js";

const cases: [name: string, machine: "x86_64" | "aarch64", text: string][] = [
  ["section symbols in creation order, .L kept at first use once defined", "x86_64", `
	.section .rodata.str1.1,"aMS",@progbits,1
.LC0:	.string "a"
.LC1:	.string "bc"
	.text
	.type f,@function
f:	leaq .LC1(%rip), %rax
	leaq .LC2(%rip), %rax
	.section .rodata
	.long 1
	.text
	leaq .LC0(%rip), %rdi
	ret
	.size f,.-f
	.section .rodata.str1.1
.LC2:	.string "late"
`],
  ["_GLOBAL_OFFSET_TABLE_ comes with the first GOT operator; TLS symbols are STT_TLS", "x86_64", `
	movq table@GOTPCREL(%rip), %rax
	call puts@PLT
	movq %fs:x@TPOFF, %rax
	.section .tbss,"awT",@nobits
	.type t,@object
t:	.zero 4
	.text
	movq %fs:t@TPOFF, %rax
`],
  ["lcomm and local comm get sizes; aliases take the label's type and size", "x86_64", `
	.local buf
	.comm buf,64,32
	.lcomm buf2,16
	.type fact,@function
fact:	ret
	.size fact,.-fact
	.set fact.localalias, fact
	movq buf(%rip), %rax
	movq buf2(%rip), %rax
`],
  [".symver (defined, undefined, @@@) and .weakref", "x86_64", `
	.globl foo_old
	.type foo_old,@function
foo_old: ret
	.size foo_old,.-foo_old
	.symver foo_old, foo@VERS_1
	.globl foo_new
foo_new: ret
	.symver foo_new, foo@@VERS_2
	.symver bar_impl, bar@VERS_1
	call bar_impl
	.symver loc, loc@@@VERS_3
loc: nop
	.weakref wr, target
	call wr
	.weakref wr2, direct
	call wr2
	call direct
`],
  [".org, .float, .single, .double", "x86_64", `
	ret
	.org 0x20, 0x90
	.byte 1
	.float 1.5, -2, 2.5e+1
	.single 3
	.double 2.5e-3, 1, -0.0
	.org .+2
	.data
a:	.byte 1
	.org a+8
	.byte 2
`],
  ["long fills: 128 MiB of .bss, .zero and .skip runs with labels around them", "x86_64", `
	.bss
big:	.zero 134217728
end:
	.data
a:	.zero 5000
b:	.byte 1
	.long b-a
	.quad end-big
	.section .rodata
	.skip 5001, 0x41
`],
  ["AArch64 mapping symbols at code/data switches and alignment", "aarch64", `
	.text
	.word 5
	nop
	.byte 1
	.p2align 2
	ret
	.data
	.word 1
	.p2align 3
	.quad 2
	.bss
	.zero 8
	.section .rodata
	.ascii "ab"
	.ident "x"
	.section .text.a,"ax",@progbits
	.p2align 3
	.skip 4
	nop
	.string "hi"
	.balign 4,0
	nop
	.section .data.b,"aw"
	.skip 4
	.section .text.e,"ax",@progbits
	.byte 0
	.byte 0
	.p2align 2
	nop
	.balign 8,0
`],
  ["AArch64 section symbols for every section, .eh_frame's $d, .lcomm", "aarch64", `
	.text
	.local buf
	.comm buf,64,32
	.lcomm buf2,16
	.globl f
	.type f,%function
f:
	.cfi_startproc
	nop
	.p2align 3
	ret
	.cfi_endproc
	.section .note.GNU-stack,"",@progbits
`],
];

describe("symbol and section tables equal GNU as's", () => {
  for (const [name, machine, text] of cases) {
    const tool = machine === "x86_64" ? "as" : "aarch64-linux-gnu-as";
    it.skipIf(!hostHas(tool))(`${machine}: ${name}`, () => {
      const { glass, gnu } = assembleBoth(machine, text);
      expect(contentsAndRelocations(glass)).toEqual(contentsAndRelocations(gnu));
      expect(sectionTable(glass)).toEqual(sectionTable(gnu));
      expect(symbolTable(glass)).toEqual(symbolTable(gnu));
    });
  }
});
