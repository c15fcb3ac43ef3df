// R_AARCH64_* field writing: each relocation type puts its value in the right bits, and
// refuses values that do not fit with GNU ld's wording.
import { describe, expect, it } from "vitest";
import { R_AARCH64 as R } from "@glass/elf";
import { aarch64RelocField, decodeA64 } from "@glass/isa";

function patched(word: number, type: number, value: bigint, pc = 0n): { text: string | undefined; word: number; error: string | undefined } {
  const buf = new Uint8Array(4);
  new DataView(buf.buffer).setUint32(0, word, true);
  const error = aarch64RelocField(type, buf, 0, value);
  const w = new DataView(buf.buffer).getUint32(0, true);
  return { text: decodeA64(w, pc), word: w, error };
}

describe("aarch64RelocField", () => {
  it("writes branch offsets (imm26, imm19, imm14)", () => {
    expect(patched(0x94000000, R.CALL26, 0x1000n).text).toBe("bl\t0x1000");
    expect(patched(0x14000000, R.JUMP26, -8n, 0x100n).text).toBe("b\t0xf8");
    expect(patched(0x54000000, R.CONDBR19, 0x40n).text).toBe("b.eq\t0x40  // b.none");
    expect(patched(0xb4000000, R.CONDBR19, -4n, 8n).text).toBe("cbz\tx0, 0x4");
    expect(patched(0x36080000, R.TSTBR14, 0x20n).text).toBe("tbz\tw0, #1, 0x20");
    expect(patched(0x58000000, R.LD_PREL_LO19, 0x8n).text).toBe("ldr\tx0, 0x8");
  });

  it("writes ADR and ADRP immediates", () => {
    expect(patched(0x10000000, R.ADR_PREL_LO21, 0x12345n).text).toBe("adr\tx0, 0x12345");
    expect(patched(0x90000000, R.ADR_PREL_PG_HI21, 0x5000n).text).toBe("adrp\tx0, 0x5000");
    expect(patched(0x90000000, R.ADR_GOT_PAGE, -0x3000n, 0x10000n).text).toBe("adrp\tx0, 0xd000");
  });

  it("writes low-12 offsets scaled by the access size", () => {
    expect(patched(0x91000000, R.ADD_ABS_LO12_NC, 0x401234n).text).toBe("add\tx0, x0, #0x234");
    expect(patched(0xf9400000, R.LDST64_ABS_LO12_NC, 0x400ff8n).text).toBe("ldr\tx0, [x0, #4088]");
    expect(patched(0xb9400000, R.LDST32_ABS_LO12_NC, 0x10004n).text).toBe("ldr\tw0, [x0, #4]");
    expect(patched(0x79400000, R.LDST16_ABS_LO12_NC, 0x10006n).text).toBe("ldrh\tw0, [x0, #6]");
    expect(patched(0x39400000, R.LDST8_ABS_LO12_NC, 0x10fffn).text).toBe("ldrb\tw0, [x0, #4095]");
    expect(patched(0x3dc00000, R.LDST128_ABS_LO12_NC, 0x10020n).text).toBe("ldr\tq0, [x0, #32]");
    expect(patched(0xf9400000, R.LD64_GOT_LO12_NC, 0x20010n).text).toBe("ldr\tx0, [x0, #16]");
  });

  it("writes MOVW groups", () => {
    expect(patched(0xd2800000, R.MOVW_UABS_G0_NC, 0x123456789abcn).text).toBe("mov\tx0, #0x9abc                \t// #39612");
    expect(patched(0xf2a00000, R.MOVW_UABS_G1_NC, 0x123456789abcn).text).toBe("movk\tx0, #0x5678, lsl #16");
    expect(patched(0xf2c00000, R.MOVW_UABS_G2_NC, 0x123456789abcn).text).toBe("movk\tx0, #0x1234, lsl #32");
    expect(patched(0xd2800000, R.MOVW_UABS_G0, 0x10000n).error).toMatch(/^relocation truncated to fit: R_AARCH64_MOVW_UABS_G0/);
  });

  it("writes data relocations little-endian", () => {
    const buf = new Uint8Array(8);
    expect(aarch64RelocField(R.ABS64, buf, 0, 0x1122334455667788n)).toBeUndefined();
    expect([...buf]).toEqual([0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]);
    expect(aarch64RelocField(R.PREL32, buf, 0, -4n)).toBeUndefined();
    expect([...buf.slice(0, 4)]).toEqual([0xfc, 0xff, 0xff, 0xff]);
    expect(aarch64RelocField(R.ABS16, buf, 0, 0x10000n)).toMatch(/^relocation truncated to fit: R_AARCH64_ABS16/);
    expect(aarch64RelocField(R.PREL32, buf, 0, 0x80000000n)).toMatch(/truncated/);
  });

  it("refuses out-of-range and misaligned values", () => {
    expect(patched(0x94000000, R.CALL26, 1n << 27n).error).toBe("relocation truncated to fit: R_AARCH64_CALL26 (value 0x8000000)");
    expect(patched(0x94000000, R.CALL26, -(1n << 27n)).error).toBeUndefined();
    expect(patched(0x94000000, R.CALL26, 2n).error).toMatch(/misaligned/);
    expect(patched(0x54000000, R.CONDBR19, 1n << 20n).error).toMatch(/^relocation truncated to fit: R_AARCH64_CONDBR19/);
    expect(patched(0x90000000, R.ADR_PREL_PG_HI21, 1n << 32n).error).toMatch(/^relocation truncated to fit: R_AARCH64_ADR_PREL_PG_HI21/);
    expect(patched(0xf9400000, R.LDST64_ABS_LO12_NC, 0x1004n).error).toMatch(/misaligned/);
    expect(aarch64RelocField(R.ABS64, new Uint8Array(4), 0, 0n)).toMatch(/outside its section/);
  });
});
