// A64 scalar floating point: Arm ARM C4.1.90 "Data Processing -- Scalar Floating-Point and
// Advanced SIMD" (the scalar FP subset gcc emits for C `float` and `double`).
//
// `ftype` picks the precision: 00 single (S registers), 01 double (D registers); the FPR
// variants expand each row into both. Conversions between integer and FP registers are
// `sf 0 0 11110 ftype 1 rmode opcode 000000 Rn Rd`, expanded over W/X × S/D; their fixed-point
// forms (`scvtf d0, w1, #4`) are `sf 0 0 11110 ftype 0 rmode opcode scale Rn Rd`.

import { FPR, GPR, X_ONLY, cross, row, type RawRow } from "./form.js";

const GF = cross(GPR, FPR);
const FPR_SZ = FPR.map((v) => ({ ...v, bits: { sz: v.bits.ftype === "00" ? "0" : "1" } }));

function arith2(mnemonic: string, opcode: string): RawRow[] {
  return row(mnemonic, `00011110 ftype 1 Rm ${opcode} 10 Rn Rd`, "Fd, Fn, Fm", FPR);
}

function arith1(mnemonic: string, opcode: string): RawRow[] {
  return row(mnemonic, `00011110 ftype 1 ${opcode} 10000 Rn Rd`, "Fd, Fn", FPR);
}

function convert(mnemonic: string, rmode: string, opcode: string, operands: string): RawRow[] {
  return row(mnemonic, `sf 0 0 11110 ftype 1 ${rmode} ${opcode} 000000 Rn Rd`, operands, GF);
}

function fixedPoint(mnemonic: string, rmode: string, opcode: string, operands: string): RawRow[] {
  return row(mnemonic, `sf 0 0 11110 ftype 0 ${rmode} ${opcode} scale Rn Rd`, `${operands}, fbits`, GF);
}

export const fpRows: RawRow[][] = [
  arith1("fmov", "000000"),
  arith1("fabs", "000001"),
  arith1("fneg", "000010"),
  arith1("fsqrt", "000011"),
  arith1("frintn", "001000"),
  arith1("frintp", "001001"),
  arith1("frintm", "001010"),
  arith1("frintz", "001011"),
  arith1("frinta", "001100"),
  arith1("frintx", "001110"),
  arith1("frinti", "001111"),
  row("fcvt", "00011110 01 1 0001 00 10000 Rn Rd", "Sd, Dn"),
  row("fcvt", "00011110 00 1 0001 01 10000 Rn Rd", "Dd, Sn"),
  // to and from half precision (ftype 11; opc 11 is the half-precision destination)
  row("fcvt", "00011110 11 1 0001 00 10000 Rn Rd", "Sd, Hn"),
  row("fcvt", "00011110 11 1 0001 01 10000 Rn Rd", "Dd, Hn"),
  row("fcvt", "00011110 00 1 0001 11 10000 Rn Rd", "Hd, Sn"),
  row("fcvt", "00011110 01 1 0001 11 10000 Rn Rd", "Hd, Dn"),

  arith2("fmul", "0000"),
  arith2("fdiv", "0001"),
  arith2("fadd", "0010"),
  arith2("fsub", "0011"),
  arith2("fmax", "0100"),
  arith2("fmin", "0101"),
  arith2("fmaxnm", "0110"),
  arith2("fminnm", "0111"),
  arith2("fnmul", "1000"),

  row("fmadd", "00011111 ftype 0 Rm 0 Ra Rn Rd", "Fd, Fn, Fm, Fa", FPR),
  row("fmsub", "00011111 ftype 0 Rm 1 Ra Rn Rd", "Fd, Fn, Fm, Fa", FPR),
  row("fnmadd", "00011111 ftype 1 Rm 0 Ra Rn Rd", "Fd, Fn, Fm, Fa", FPR),
  row("fnmsub", "00011111 ftype 1 Rm 1 Ra Rn Rd", "Fd, Fn, Fm, Fa", FPR),

  row("fcmp", "00011110 ftype 1 00000 001000 Rn 01000", "Fn, fzero", FPR),
  row("fcmp", "00011110 ftype 1 Rm 001000 Rn 00000", "Fn, Fm", FPR),
  row("fcmpe", "00011110 ftype 1 00000 001000 Rn 11000", "Fn, fzero", FPR),
  row("fcmpe", "00011110 ftype 1 Rm 001000 Rn 10000", "Fn, Fm", FPR),
  row("fccmp", "00011110 ftype 1 Rm cond 01 Rn 0 nzcv", "Fn, Fm, nzcv, cond", FPR),
  row("fccmpe", "00011110 ftype 1 Rm cond 01 Rn 1 nzcv", "Fn, Fm, nzcv, cond", FPR),
  row("fcsel", "00011110 ftype 1 Rm cond 11 Rn Rd", "Fd, Fn, Fm, cond", FPR),
  row("fmov", "00011110 ftype 1 imm8 100 00000 Rd", "Fd, fimm", FPR),

  // integer <-> FP
  convert("fcvtns", "00", "000", "Rd, Fn"),
  convert("fcvtnu", "00", "001", "Rd, Fn"),
  convert("fcvtps", "01", "000", "Rd, Fn"),
  convert("fcvtpu", "01", "001", "Rd, Fn"),
  convert("fcvtms", "10", "000", "Rd, Fn"),
  convert("fcvtmu", "10", "001", "Rd, Fn"),
  convert("fcvtzs", "11", "000", "Rd, Fn"),
  convert("fcvtzu", "11", "001", "Rd, Fn"),
  convert("fcvtas", "00", "100", "Rd, Fn"),
  convert("fcvtau", "00", "101", "Rd, Fn"),
  convert("scvtf", "00", "010", "Fd, Rn"),
  convert("ucvtf", "00", "011", "Fd, Rn"),
  fixedPoint("fcvtzs", "11", "000", "Rd, Fn"),
  fixedPoint("fcvtzu", "11", "001", "Rd, Fn"),
  fixedPoint("scvtf", "00", "010", "Fd, Rn"),
  fixedPoint("ucvtf", "00", "011", "Fd, Rn"),
  // integer <-> FP within FP registers (Advanced SIMD scalar two-register misc; sz 0 = S, 1 = D)
  row("fcvtzs", "01 0 11110 1 sz 10000 11011 10 Rn Rd", "Fd, Fn", FPR_SZ),
  row("fcvtzu", "01 1 11110 1 sz 10000 11011 10 Rn Rd", "Fd, Fn", FPR_SZ),
  row("scvtf", "01 0 11110 0 sz 10000 11101 10 Rn Rd", "Fd, Fn", FPR_SZ),
  row("ucvtf", "01 1 11110 0 sz 10000 11101 10 Rn Rd", "Fd, Fn", FPR_SZ),
  row("fmov", "0 0 0 11110 00 1 00 110 000000 Rn Rd", "Wd, Sn"),
  row("fmov", "0 0 0 11110 00 1 00 111 000000 Rn Rd", "Sd, Wn"),
  row("fmov", "1 0 0 11110 01 1 00 110 000000 Rn Rd", "Xd, Dn", X_ONLY),
  row("fmov", "1 0 0 11110 01 1 00 111 000000 Rn Rd", "Dd, Xn", X_ONLY),
];
