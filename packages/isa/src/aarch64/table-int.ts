// A64 integer instructions: data processing (immediate and register) and branches.
//
// Arm ARM C4.1.86 "Data Processing -- Immediate", C4.1.87 "Branches, Exception Generating and
// System instructions", C4.1.89 "Data Processing -- Register". One `row` per encoding, in the
// Arm ARM's bit order (most significant first); aliases come before the instruction they
// stand for, with the Arm ARM's "preferred when" as their `when`. Rows for the same
// encoding that differ only in spelling (LSL register = LSLV) keep the printed one first.

import { decodeBitmask } from "./bitmask.js";
import { GPR, W_ONLY, X_ONLY, row, type RawRow } from "./form.js";

const sizeOnes = (size: number) => size - 1;

/** MOV (bitmask immediate) is preferred only when MOVZ/MOVN could not write the value. */
function orrMovPreferred(get: (f: string) => number, size: 32 | 64): boolean {
  const v = decodeBitmask({ N: get("N"), immr: get("immr"), imms: get("imms") }, size);
  if (v === undefined) return false;
  const full = (1n << BigInt(size)) - 1n;
  const oneChunk = (x: bigint) => [0, 16, 32, 48].some((s) => s < size && (x & ~(0xffffn << BigInt(s))) === 0n);
  return !oneChunk(v) && !oneChunk(~v & full);
}

const notZeroShifted = (get: (f: string) => number) => !(get("imm16") === 0 && get("hw") !== 0);
const spInvolved = (get: (f: string) => number) => get("Rd") === 31 || get("Rn") === 31;
const tied = (get: (f: string) => number) => get("Rn") === get("Rm");
const tiedNotZr = (get: (f: string) => number) => get("Rn") === get("Rm") && get("Rn") !== 31;

export const integerRows: RawRow[][] = [
  // ---- moves (aliases of ADD, MOVZ, MOVN, ORR)
  row("mov", "sf 0 0 100010 0 000000000000 Rn Rd", "RdSP, RnSP", GPR, { when: spInvolved }),
  row("mov", "sf 10 100101 hw imm16 Rd", "Rd, movz", GPR, { when: notZeroShifted }),
  row("mov", "sf 00 100101 hw imm16 Rd", "Rd, movn", GPR, {
    when: (get, size) => notZeroShifted(get) && (size === 64 || get("imm16") !== 0xffff),
  }),
  row("mov", "sf 01 100100 N immr imms 11111 Rd", "RdSP, movbimm", GPR, { when: orrMovPreferred }),
  row("mov", "sf 01 01010 00 0 Rm 000000 11111 Rd", "Rd, Rm", GPR),
  row("movn", "sf 00 100101 hw imm16 Rd", "Rd, imm16, ?hwshift", GPR),
  row("movz", "sf 10 100101 hw imm16 Rd", "Rd, imm16, ?hwshift", GPR),
  row("movk", "sf 11 100101 hw imm16 Rd", "Rd, imm16, ?hwshift", GPR),

  // ---- add/sub (immediate)
  row("cmn", "sf 0 1 100010 sh imm12 Rn 11111", "RnSP, aimm, ?lsl12", GPR),
  row("cmp", "sf 1 1 100010 sh imm12 Rn 11111", "RnSP, aimm, ?lsl12", GPR),
  row("add", "sf 0 0 100010 sh imm12 Rn Rd", "RdSP, RnSP, aimm, ?lsl12", GPR),
  row("adds", "sf 0 1 100010 sh imm12 Rn Rd", "Rd, RnSP, aimm, ?lsl12", GPR),
  row("sub", "sf 1 0 100010 sh imm12 Rn Rd", "RdSP, RnSP, aimm, ?lsl12", GPR),
  row("subs", "sf 1 1 100010 sh imm12 Rn Rd", "Rd, RnSP, aimm, ?lsl12", GPR),

  // ---- add/sub (shifted register)
  row("cmn", "sf 0 1 01011 shift 0 Rm imm6 Rn 11111", "Rn, Rm, ?sft", GPR),
  row("cmp", "sf 1 1 01011 shift 0 Rm imm6 Rn 11111", "Rn, Rm, ?sft", GPR),
  row("neg", "sf 1 0 01011 shift 0 Rm imm6 11111 Rd", "Rd, Rm, ?sft", GPR),
  row("negs", "sf 1 1 01011 shift 0 Rm imm6 11111 Rd", "Rd, Rm, ?sft", GPR),
  row("add", "sf 0 0 01011 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?sft", GPR),
  row("adds", "sf 0 1 01011 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?sft", GPR),
  row("sub", "sf 1 0 01011 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?sft", GPR),
  row("subs", "sf 1 1 01011 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?sft", GPR),

  // ---- add/sub (extended register): chosen when SP is involved or an extend is written
  row("cmn", "sf 0 1 01011 00 1 Rm option imm3 Rn 11111", "RnSP, ext, ?extend", GPR),
  row("cmp", "sf 1 1 01011 00 1 Rm option imm3 Rn 11111", "RnSP, ext, ?extend", GPR),
  row("add", "sf 0 0 01011 00 1 Rm option imm3 Rn Rd", "RdSP, RnSP, ext, ?extend", GPR),
  row("adds", "sf 0 1 01011 00 1 Rm option imm3 Rn Rd", "Rd, RnSP, ext, ?extend", GPR),
  row("sub", "sf 1 0 01011 00 1 Rm option imm3 Rn Rd", "RdSP, RnSP, ext, ?extend", GPR),
  row("subs", "sf 1 1 01011 00 1 Rm option imm3 Rn Rd", "Rd, RnSP, ext, ?extend", GPR),

  // ---- add/sub with carry
  row("ngc", "sf 1 0 11010000 Rm 000000 11111 Rd", "Rd, Rm", GPR),
  row("ngcs", "sf 1 1 11010000 Rm 000000 11111 Rd", "Rd, Rm", GPR),
  row("adc", "sf 0 0 11010000 Rm 000000 Rn Rd", "Rd, Rn, Rm", GPR),
  row("adcs", "sf 0 1 11010000 Rm 000000 Rn Rd", "Rd, Rn, Rm", GPR),
  row("sbc", "sf 1 0 11010000 Rm 000000 Rn Rd", "Rd, Rn, Rm", GPR),
  row("sbcs", "sf 1 1 11010000 Rm 000000 Rn Rd", "Rd, Rn, Rm", GPR),

  // ---- logical (immediate)
  row("tst", "sf 11 100100 N immr imms Rn 11111", "Rn, bimm", GPR),
  row("and", "sf 00 100100 N immr imms Rn Rd", "RdSP, Rn, bimm", GPR),
  row("orr", "sf 01 100100 N immr imms Rn Rd", "RdSP, Rn, bimm", GPR),
  row("eor", "sf 10 100100 N immr imms Rn Rd", "RdSP, Rn, bimm", GPR),
  row("ands", "sf 11 100100 N immr imms Rn Rd", "Rd, Rn, bimm", GPR),

  // ---- logical (shifted register)
  row("tst", "sf 11 01010 shift 0 Rm imm6 Rn 11111", "Rn, Rm, ?lsft", GPR),
  row("mvn", "sf 01 01010 shift 1 Rm imm6 11111 Rd", "Rd, Rm, ?lsft", GPR),
  row("and", "sf 00 01010 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("bic", "sf 00 01010 shift 1 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("orr", "sf 01 01010 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("orn", "sf 01 01010 shift 1 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("eor", "sf 10 01010 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("eon", "sf 10 01010 shift 1 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("ands", "sf 11 01010 shift 0 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),
  row("bics", "sf 11 01010 shift 1 Rm imm6 Rn Rd", "Rd, Rn, Rm, ?lsft", GPR),

  // ---- shifts (variable: LSLV/LSRV/ASRV/RORV, printed as lsl/lsr/asr/ror)
  row("lsl", "sf 0 0 11010110 Rm 0010 00 Rn Rd", "Rd, Rn, Rm", GPR),
  row("lsr", "sf 0 0 11010110 Rm 0010 01 Rn Rd", "Rd, Rn, Rm", GPR),
  row("asr", "sf 0 0 11010110 Rm 0010 10 Rn Rd", "Rd, Rn, Rm", GPR),
  row("ror", "sf 0 0 11010110 Rm 0010 11 Rn Rd", "Rd, Rn, Rm", GPR),
  row("lslv", "sf 0 0 11010110 Rm 0010 00 Rn Rd", "Rd, Rn, Rm", GPR),
  row("lsrv", "sf 0 0 11010110 Rm 0010 01 Rn Rd", "Rd, Rn, Rm", GPR),
  row("asrv", "sf 0 0 11010110 Rm 0010 10 Rn Rd", "Rd, Rn, Rm", GPR),
  row("rorv", "sf 0 0 11010110 Rm 0010 11 Rn Rd", "Rd, Rn, Rm", GPR),

  // ---- bitfield moves and their aliases (SBFM, BFM, UBFM)
  row("lsl", "sf 10 100110 Nsf immr imms Rn Rd", "Rd, Rn, lslimm", GPR, {
    when: (get, size) => get("imms") !== sizeOnes(size) && get("imms") + 1 === get("immr"),
  }),
  row("lsr", "sf 10 100110 Nsf immr imms Rn Rd", "Rd, Rn, shrimm", GPR, { when: (get, size) => get("imms") === sizeOnes(size) }),
  row("asr", "sf 00 100110 Nsf immr imms Rn Rd", "Rd, Rn, shrimm", GPR, { when: (get, size) => get("imms") === sizeOnes(size) }),
  row("uxtb", "0 10 100110 0 000000 000111 Rn Rd", "Wd, Wn", W_ONLY),
  row("uxth", "0 10 100110 0 000000 001111 Rn Rd", "Wd, Wn", W_ONLY),
  row("sxtb", "sf 00 100110 Nsf 000000 000111 Rn Rd", "Rd, Wn", GPR),
  row("sxth", "sf 00 100110 Nsf 000000 001111 Rn Rd", "Rd, Wn", GPR),
  row("sxtw", "1 00 100110 1 000000 011111 Rn Rd", "Xd, Wn", X_ONLY),
  // GNU as writes `uxtw x0, w1` as `mov w0, w1` (a 32-bit write zero-extends).
  row("uxtw", "0 01 01010 00 0 Rm 000000 11111 Rd", "Xd, Wm", X_ONLY, { encodeOnly: true }),
  row("ubfiz", "sf 10 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbI, widthI", GPR),
  row("ubfx", "sf 10 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbX, widthX", GPR),
  row("sbfiz", "sf 00 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbI, widthI", GPR),
  row("sbfx", "sf 00 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbX, widthX", GPR),
  row("bfc", "sf 01 100110 Nsf immr imms 11111 Rd", "Rd, lsbI, widthI", GPR),
  row("bfi", "sf 01 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbI, widthI", GPR, { when: (get) => get("Rn") !== 31 }),
  row("bfxil", "sf 01 100110 Nsf immr imms Rn Rd", "Rd, Rn, lsbX, widthX", GPR),
  row("sbfm", "sf 00 100110 Nsf immr imms Rn Rd", "Rd, Rn, immr, imms", GPR),
  row("bfm", "sf 01 100110 Nsf immr imms Rn Rd", "Rd, Rn, immr, imms", GPR),
  row("ubfm", "sf 10 100110 Nsf immr imms Rn Rd", "Rd, Rn, immr, imms", GPR),

  // ---- extract (EXTR; ROR #imm is EXTR with Rn = Rm)
  row("ror", "sf 00 100111 Nsf 0 Rm imms Rn Rd", "Rd, Rnm, extrimm", GPR, { when: tied }),
  row("extr", "sf 00 100111 Nsf 0 Rm imms Rn Rd", "Rd, Rn, Rm, extrimm", GPR),

  // ---- data processing (2 and 1 source)
  row("udiv", "sf 0 0 11010110 Rm 000010 Rn Rd", "Rd, Rn, Rm", GPR),
  row("sdiv", "sf 0 0 11010110 Rm 000011 Rn Rd", "Rd, Rn, Rm", GPR),
  row("rbit", "sf 1 0 11010110 00000 000000 Rn Rd", "Rd, Rn", GPR),
  row("rev16", "sf 1 0 11010110 00000 000001 Rn Rd", "Rd, Rn", GPR),
  row("rev", "0 1 0 11010110 00000 000010 Rn Rd", "Wd, Wn", W_ONLY),
  row("rev32", "1 1 0 11010110 00000 000010 Rn Rd", "Xd, Xn", X_ONLY),
  row("rev", "1 1 0 11010110 00000 000011 Rn Rd", "Xd, Xn", X_ONLY),
  row("clz", "sf 1 0 11010110 00000 000100 Rn Rd", "Rd, Rn", GPR),
  row("cls", "sf 1 0 11010110 00000 000101 Rn Rd", "Rd, Rn", GPR),

  // ---- data processing (3 source); MUL and friends are the Ra = zr aliases
  row("mul", "sf 00 11011 000 Rm 0 11111 Rn Rd", "Rd, Rn, Rm", GPR),
  row("mneg", "sf 00 11011 000 Rm 1 11111 Rn Rd", "Rd, Rn, Rm", GPR),
  row("madd", "sf 00 11011 000 Rm 0 Ra Rn Rd", "Rd, Rn, Rm, Ra", GPR),
  row("msub", "sf 00 11011 000 Rm 1 Ra Rn Rd", "Rd, Rn, Rm, Ra", GPR),
  row("smull", "1 00 11011 001 Rm 0 11111 Rn Rd", "Xd, Wn, Wm"),
  row("smnegl", "1 00 11011 001 Rm 1 11111 Rn Rd", "Xd, Wn, Wm"),
  row("smaddl", "1 00 11011 001 Rm 0 Ra Rn Rd", "Xd, Wn, Wm, Xa"),
  row("smsubl", "1 00 11011 001 Rm 1 Ra Rn Rd", "Xd, Wn, Wm, Xa"),
  row("smulh", "1 00 11011 010 Rm 0 11111 Rn Rd", "Xd, Xn, Xm"),
  row("umull", "1 00 11011 101 Rm 0 11111 Rn Rd", "Xd, Wn, Wm"),
  row("umnegl", "1 00 11011 101 Rm 1 11111 Rn Rd", "Xd, Wn, Wm"),
  row("umaddl", "1 00 11011 101 Rm 0 Ra Rn Rd", "Xd, Wn, Wm, Xa"),
  row("umsubl", "1 00 11011 101 Rm 1 Ra Rn Rd", "Xd, Wn, Wm, Xa"),
  row("umulh", "1 00 11011 110 Rm 0 11111 Rn Rd", "Xd, Xn, Xm"),

  // ---- conditional select and its aliases
  row("cset", "sf 0 0 11010100 11111 cond 01 11111 Rd", "Rd, invcond", GPR, { when: (get) => get("cond") < 14 }),
  row("csetm", "sf 1 0 11010100 11111 cond 00 11111 Rd", "Rd, invcond", GPR, { when: (get) => get("cond") < 14 }),
  row("cinc", "sf 0 0 11010100 Rm cond 01 Rn Rd", "Rd, Rnm, invcond", GPR, { when: tiedNotZr }),
  row("cinv", "sf 1 0 11010100 Rm cond 00 Rn Rd", "Rd, Rnm, invcond", GPR, { when: tiedNotZr }),
  row("cneg", "sf 1 0 11010100 Rm cond 01 Rn Rd", "Rd, Rnm, invcond", GPR, { when: tied }),
  row("csel", "sf 0 0 11010100 Rm cond 00 Rn Rd", "Rd, Rn, Rm, cond", GPR),
  row("csinc", "sf 0 0 11010100 Rm cond 01 Rn Rd", "Rd, Rn, Rm, cond", GPR),
  row("csinv", "sf 1 0 11010100 Rm cond 00 Rn Rd", "Rd, Rn, Rm, cond", GPR),
  row("csneg", "sf 1 0 11010100 Rm cond 01 Rn Rd", "Rd, Rn, Rm, cond", GPR),

  // ---- conditional compare
  row("ccmn", "sf 0 1 11010010 imm5 cond 1 0 Rn 0 nzcv", "Rn, ccimm, nzcv, cond", GPR),
  row("ccmp", "sf 1 1 11010010 imm5 cond 1 0 Rn 0 nzcv", "Rn, ccimm, nzcv, cond", GPR),
  row("ccmn", "sf 0 1 11010010 Rm cond 0 0 Rn 0 nzcv", "Rn, Rm, nzcv, cond", GPR),
  row("ccmp", "sf 1 1 11010010 Rm cond 0 0 Rn 0 nzcv", "Rn, Rm, nzcv, cond", GPR),

  // ---- PC-relative addresses
  row("adr", "0 immlo 10000 immhi Rd", "Xd, adrlabel"),
  row("adrp", "1 immlo 10000 immhi Rd", "Xd, adrplabel"),

  // ---- branches and exceptions (system instructions: table-system.ts)
  row("b", "0 00101 imm26", "jump26"),
  row("bl", "1 00101 imm26", "call26"),
  row("b.cond", "0101010 0 imm19 0 cond", "cond, branch19"),
  row("cbz", "sf 011010 0 imm19 Rt", "Rt, branch19", GPR),
  row("cbnz", "sf 011010 1 imm19 Rt", "Rt, branch19", GPR),
  row("tbz", "b5 011011 0 b40 imm14 Rt", "tbzreg, testbit, branch14"),
  row("tbnz", "b5 011011 1 b40 imm14 Rt", "tbzreg, testbit, branch14"),
  row("br", "1101011 0000 11111 000000 Rn 00000", "Xn"),
  row("blr", "1101011 0001 11111 000000 Rn 00000", "Xn"),
  row("ret", "1101011 0010 11111 000000 Rn 00000", "?retreg"),
  row("svc", "11010100 000 imm16 000 01", "svcimm"),
  row("hvc", "11010100 000 imm16 000 10", "svcimm"),
  row("brk", "11010100 001 imm16 000 00", "svcimm"),
  row("hlt", "11010100 010 imm16 000 00", "svcimm"),
  row("udf", "0000000000000000 imm16", "udfimm"),
];
