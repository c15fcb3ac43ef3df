// Directives, expressions, labels, relaxation and the listing, checked on real bytes.
import { describe, expect, it } from "vitest";
import { SourceFile } from "@glass/diagnostics";
import { readElf } from "@glass/elf";
import { assemble } from "@glass/as";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
function section(src: string, name: string): string {
  const { object } = assemble(new SourceFile("t.s", src), { machine: "x86_64" });
  return hex(readElf(object, "t.o").sectionByName(name)!.data);
}

describe("directives and expressions", () => {
  it("uses GNU as precedence: 8 - 2 | 1 is 5", () => {
    expect(section(".data\n.byte 8 - 2 | 1, 2 * 3 + 1, 1 << 4 >> 2, -1 == -1\n", ".data")).toBe("050704ff");
  });
  it("folds label differences, .set symbols defined later, numeric labels", () => {
    const src = ".data\na: .long b - a, K\n1: .byte 1b - a\n.quad 1f - 1b\n1:\nb:\n.set K, 40 + 2\n";
    expect(section(src, ".data")).toBe("11000000" + "2a000000" + "08" + "0900000000000000");
  });
  it("emits strings with escapes and .zero/.fill/.balign padding", () => {
    expect(section('.data\n.ascii "a\\n\\101"\n.asciz "b"\n.zero 2\n.fill 2,2,0x1234\n.balign 4\n.byte 9\n', ".data")).toBe("610a41" + "6200" + "0000" + "34123412" + "00" + "09");
  });
  it("encodes .uleb128 / .sleb128 / .octa as GNU as does", () => {
    // Bytes from GNU as 2.40 for the same lines.
    const src = ".data\n.uleb128 0, 127, 128, 624485\n.sleb128 -1, 63, 64, -123456\n.octa 1, -2\n";
    expect(section(src, ".data")).toBe("007f8001e58e26" + "7f3fc000c0bb78" + "01" + "00".repeat(15) + "fe" + "ff".repeat(15));
  });
  it("rejects .equiv of a symbol already defined", () => {
    expect(() => section("x = 1\n.equiv x, 2\n", ".text")).toThrow(/symbol 'x' is already defined/);
    expect(section(".data\n.equiv y, 3\n.byte y\n", ".data")).toBe("03");
  });
  it("relaxes a jump only when its target is out of rel8 range", () => {
    const near = section("jmp 1f\n.skip 127\n1: ret\n", ".text");
    const far = section("jmp 1f\n.skip 128\n1: ret\n", ".text");
    expect(near.slice(0, 4)).toBe("eb7f");
    expect(far.slice(0, 10)).toBe("e980000000");
  });
  it("pads code with GNU's multi-byte NOPs", () => {
    expect(section("ret\n.p2align 4\nret\n", ".text")).toBe("c3" + "66662e0f1f840000000000" + "0f1f4000" + "c3");
  });
  it("produces an -al style listing", () => {
    const { listing } = assemble(new SourceFile("t.s", "main:\n\tpushq %rbp\n\tmovq %rsp, %rbp\n"), { machine: "x86_64", listing: true });
    expect(listing).toBe("   1              \tmain:\n   2 0000 55              \t\tpushq %rbp\n   3 0001 4889E5          \t\tmovq %rsp, %rbp\n");
  });
});
