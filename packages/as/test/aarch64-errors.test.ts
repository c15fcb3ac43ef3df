// AArch64 assembler errors: bad input gives `file:line:col: error: …` at the operand.
import { describe, expect, it } from "vitest";
import { GlassError, SourceFile, render } from "@glass/diagnostics";
import { assemble } from "@glass/as";

function errorOf(text: string): string {
  try {
    assemble(new SourceFile("bad.s", text), { machine: "aarch64" });
  } catch (e) {
    if (e instanceof GlassError) return render(e.diagnostics[0]!).split("\n")[0]!;
    throw e;
  }
  return "no error";
}

describe("AArch64 assembler errors", () => {
  it.each([
    ["\tfrobnicate x0, x1\n", "bad.s:1:2: error: unknown mnemonic 'frobnicate'"],
    ["\tnop\n\tadd x0, x1, #4097\n", "bad.s:2:14: error: immediate out of range"],
    ["\tmovz x0, #0x10000\n", "bad.s:1:11: error: immediate out of range [0, 65535]"],
    ["\tldr x0, [x1, #-300]\n", "bad.s:1:10: error: offset must be a multiple of 8 in [0, 32760]"],
    ["\tldur x0, [x1, #-300]\n", "bad.s:1:11: error: offset out of range [-256, 255]"],
    ["\tand x0, x1, #5\n", "bad.s:1:14: error: immediate 0x5 is not a valid bitmask immediate"],
    ["\tmov x0, #0x12345678\n", "bad.s:1:10: error: immediate cannot be moved by a single instruction"],
    ["\tadd x0, w1, x2\n", "bad.s:1:10: error: operand 2 must be a 64-bit integer register or sp"],
    ["\tadd x0, x1, q2\n", "bad.s:1:14: error: operand 3 must be a 64-bit integer register"],
    ["\tlsl x0, x1, #64\n", "bad.s:1:14: error: shift amount out of range [0, 63]"],
    ["\tstp x0, x1, [sp, #-12]!\n", "bad.s:1:14: error: offset must be a multiple of 8 in [-512, 504]"],
    ["\tcset w0, al\n", "bad.s:1:11: error: condition must not be al or nv"],
    ["\tfmov d0, #0.1\n", "bad.s:1:11: error: floating-point immediate 0.1 cannot be encoded"],
  ])("%j", (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it("reports a branch out of range as GNU ld words it", () => {
    expect(errorOf("\tcbz x0, 1f\n\t.zero 0x100000\n1:\n")).toMatch(/^bad\.s:1:2: error: relocation truncated to fit: R_AARCH64_CONDBR19/);
  });
});
