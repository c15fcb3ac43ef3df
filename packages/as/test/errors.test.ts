// Bad input gives `file:line:col: error: …`, never a crash.
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile, render } from "@glass/diagnostics";
import { assemble } from "@glass/as";

function firstLine(src: string): string {
  try {
    assemble(new SourceFile("bad.s", src), { machine: "x86_64" });
  } catch (e) {
    if (e instanceof GlassError) return render(e.diagnostics[0]!).split("\n")[0]!;
    throw e;
  }
  return "no error";
}

describe("assembler errors", () => {
  it.each([
    ["\tfrob %eax\n", "bad.s:1:2: error: unknown instruction 'frob'"],
    ["\tmovl %rax, %ebx\n", "bad.s:1:2: error: operand type mismatch for 'movl'"],
    ["\tmovl %eex, %eax\n", "bad.s:1:7: error: bad register name '%eex'"],
    ["\tmovb $300, %al\n", "bad.s:1:2: error: operand type mismatch for 'movb'"],
    ["\tadd $1, (%rax)\n", "bad.s:1:2: error: no instruction mnemonic suffix given and no register operands; can't size 'add'"],
    ["\tjmp 1b\n", "bad.s:1:6: error: undefined local label '1b'"],
    ["\tjmp 1f\n", "bad.s:1:6: error: undefined local label '1f'"],
    ["x:\nx:\n", "bad.s:2:1: error: symbol 'x' is already defined"],
    [".frobnicate 1\n", "bad.s:1:1: error: unknown directive '.frobnicate'"],
    [".intel_syntax noprefix\n", "bad.s:1:1: error: Intel syntax is not supported: Glass reads AT&T syntax (remove .intel_syntax or compile with -masm=att)"],
    ["\t.byte 1 +\n", "bad.s:1:11: error: expected an expression"],
    ["\tmovl (%rax,%rsp,2), %eax\n", "bad.s:1:2: error: '%rsp' is not a valid index register"],
    ["\t.string \"abc\n", "bad.s:1:10: error: missing closing '\"'"],
    ["\taddl $1, %eax junk\n", "bad.s:1:16: error: junk 'junk' at end of operand"],
  ])("%j", (src, message) => {
    expect(firstLine(src)).toBe(message);
  });
});
