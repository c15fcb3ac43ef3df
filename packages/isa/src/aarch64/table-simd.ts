// A64 Advanced SIMD: Arm ARM C4.1.90 "Data Processing -- Scalar Floating-Point and Advanced
// SIMD" — the vector instructions gcc's auto-vectorizer emits for ordinary C loops.
//
// Most vector encodings carry the arrangement in two places: Q (64- or 128-bit register) and
// size (lane width 8/16/32/64), e.g. ADD (vector) `0 Q 0 01110 size 1 Rm 10000 1 Rn Rd`.
// `vec` expands a row over arrangements: `Q`, `size` and `sz` in the pattern become the
// arrangement's bits; in the operands `.T` becomes `.4s`, `E` the element letter (`s`) and
// `@` the scalar register letter (`S`). Widening and narrowing forms (`sxtl`, `xtn`, `smull`)
// pair a wide arrangement `Ta` with a narrow one `Tb`, and their upper-half variants (Q = 1)
// add a `2` to the mnemonic (`sxtl2`).

import { row, type RawRow, type RowOptions } from "./form.js";

const ARR: Record<string, { Q: string; size: string; sz: string }> = {
  "8b": { Q: "0", size: "00", sz: "" }, "16b": { Q: "1", size: "00", sz: "" },
  "4h": { Q: "0", size: "01", sz: "" }, "8h": { Q: "1", size: "01", sz: "" },
  "2s": { Q: "0", size: "10", sz: "0" }, "4s": { Q: "1", size: "10", sz: "0" },
  "1d": { Q: "0", size: "11", sz: "" }, "2d": { Q: "1", size: "11", sz: "1" },
};
const B = ["8b", "16b"];
const BHS = ["8b", "16b", "4h", "8h", "2s", "4s"];
const ALL = [...BHS, "2d"];
const FP = ["2s", "4s", "2d"];
const elem = (t: string) => t.slice(-1);
const esize = (t: string) => ({ b: 8, h: 16, s: 32, d: 64 })[elem(t)]!;

function vec(mnemonic: string, pattern: string, operands: string, arrangements: string[], opts: RowOptions = {}): RawRow[] {
  return arrangements.flatMap((t) => {
    const a = ARR[t]!;
    const bits = pattern.replace(/\bQ\b/, a.Q).replace(/\bsize\b/, a.size).replace(/\bsz\b/, a.sz);
    const ops = operands.replace(/\.T\b/g, "." + t).replace(/\.E\[/g, `.${elem(t)}[`).replace(/@/g, elem(t).toUpperCase());
    return row(mnemonic, bits, ops, undefined, opts);
  });
}

/** Wide/narrow arrangement pairs by `size`; the second of each pair is the `2` (upper half) form. */
const LONG: [size: string, wide: string, narrow: string, upper: string, immh: string][] = [
  ["00", "8h", "8b", "16b", "0001"],
  ["01", "4s", "4h", "8h", "0010"],
  ["10", "2d", "2s", "4s", "0100"],
];

/**
 * A widening or narrowing row over LONG: `Ta`/`Tb` in operands; `Q`, `size`, `IMMH` (the
 * shift-by-zero immh:immb of SXTL/UXTL) and `NARROW` (immh:immb of a narrowing right shift,
 * whose amount is `SHR`: 1 to the narrow lane's width) in the pattern.
 */
function long(mnemonic: string, pattern: string, operands: string): RawRow[] {
  return LONG.flatMap(([size, wide, narrow, upper, immh]) =>
    [["0", narrow, ""], ["1", upper, "2"]].flatMap(([q, tb, suffix]) => {
      const n = Math.log2(esize(narrow));
      const bits = pattern.replace(/\bQ\b/, q!).replace(/\bsize\b/, size).replace(/\bIMMH\b/, `${immh} 000`).replace(/\bNARROW\b/, `${immh.slice(0, 7 - n)} sh${n}`);
      const ops = operands.replace(/Ta\b/g, wide).replace(/Tb\b/g, tb!).replace(/\bSHR\b/, `shr${esize(narrow)}`);
      return row(mnemonic + suffix, bits, ops);
    }),
  );
}

const same3 = (m: string, u: string, opcode: string, arrs = BHS) => vec(m, `0 Q ${u} 01110 size 1 Rm ${opcode} 1 Rn Rd`, "Vd.T, Vn.T, Vm.T", arrs);
const logic3 = (m: string, u: string, opc: string) => vec(m, `0 Q ${u} 01110 ${opc} 1 Rm 00011 1 Rn Rd`, "Vd.T, Vn.T, Vm.T", B);
const fp3 = (m: string, u: string, a: string, opcode: string) => vec(m, `0 Q ${u} 01110 ${a} sz 1 Rm ${opcode} 1 Rn Rd`, "Vd.T, Vn.T, Vm.T", FP);
const misc2 = (m: string, u: string, opcode: string, arrs: string[], extra = "", opts: RowOptions = {}) =>
  vec(m, `0 Q ${u} 01110 size 10000 ${opcode} 10 Rn Rd`, "Vd.T, Vn.T" + extra, arrs, opts);
const fmisc2 = (m: string, u: string, a: string, opcode: string, extra = "") => vec(m, `0 Q ${u} 01110 ${a} sz 10000 ${opcode} 10 Rn Rd`, "Vd.T, Vn.T" + extra, FP);
const across = (m: string, u: string, opcode: string) => vec(m, `0 Q ${u} 01110 size 11000 ${opcode} 10 Rn Rd`, "@d, Vn.T", ["8b", "16b", "4h", "8h", "4s"]);
const permute = (m: string, opcode: string) => vec(m, `0 Q 0 01110 size 0 Rm 0 ${opcode} 10 Rn Rd`, "Vd.T, Vn.T, Vm.T", ALL);

/** Shift by immediate: immh:immb holds esize + n (left) or 2·esize - n (right); immh's top set bit marks the lane size. */
function shiftImm(m: string, u: string, opcode: string, left: boolean, arrs: string[]): RawRow[] {
  return arrs.flatMap((t) => {
    const n = Math.log2(esize(t));
    const immh = "0".repeat(6 - n) + "1";
    return vec(m, `0 Q ${u} 011110 ${immh} sh${n} ${opcode} 1 Rn Rd`, `Vd.T, Vn.T, sh${left ? "l" : "r"}${esize(t)}`, [t]);
  });
}

/** imm5 of the copy instructions: the element index above a one-hot size marker (b xxxx1 … d x1000). */
const IMM5: Record<string, string> = { b: "ix4 1", h: "ix3 10", s: "ix2 100", d: "ix1 1000" };
const IMM5_ZERO: Record<string, string> = { b: "0000 1", h: "000 10", s: "00 100", d: "0 1000" };
const IMM4: Record<string, string> = { b: "jx4", h: "jx3 0", s: "jx2 00", d: "jx1 000" };
const copy = (q: string, op: string, imm5: string, imm4: string) => `0 ${q} ${op} 01110000 ${imm5} 0 ${imm4} 1 Rn Rd`;

/** Element moves: UMOV/SMOV to a general register, INS from one, INS between elements; MOV is how objdump prints most. */
function elementMoves(): RawRow[][] {
  const out: RawRow[][] = [];
  for (const e of ["b", "h", "s", "d"]) {
    const r = e === "d" ? "X" : "W";
    const umov = copy(e === "d" ? "1" : "0", "0", IMM5[e]!, "0111");
    if (e === "s" || e === "d") out.push(row("mov", umov, `${r}d, Vn.${e}[i]`));
    out.push(row("umov", umov, `${r}d, Vn.${e}[i]`, undefined, { encodeOnly: e === "s" || e === "d" }));
    if (e === "b" || e === "h") out.push(row("smov", copy("0", "0", IMM5[e]!, "0101"), `Wd, Vn.${e}[i]`));
    if (e !== "d") out.push(row("smov", copy("1", "0", IMM5[e]!, "0101"), `Xd, Vn.${e}[i]`));
    const insGeneral = copy("1", "0", IMM5[e]!, "0011");
    out.push(row("mov", insGeneral, `Vd.${e}[i], ${r}n`), row("ins", insGeneral, `Vd.${e}[i], ${r}n`, undefined, { encodeOnly: true }));
    const insElement = copy("1", "1", IMM5[e]!, IMM4[e]!);
    out.push(row("mov", insElement, `Vd.${e}[i], Vn.${e}[j]`), row("ins", insElement, `Vd.${e}[i], Vn.${e}[j]`, undefined, { encodeOnly: true }));
  }
  return out;
}

/** LD1–LD4 / ST1–ST4 (multiple structures): `[Xn]` or post-indexed by the list's size. */
function structures(): RawRow[][] {
  const kinds: [string, number, string][] = [
    ["1", 1, "0111"], ["1", 2, "1010"], ["1", 3, "0110"], ["1", 4, "0010"], ["2", 2, "1000"], ["3", 3, "0100"], ["4", 4, "0000"],
  ];
  const out: RawRow[][] = [];
  for (const [l, dir] of [["1", "ld"], ["0", "st"]] as const) {
    for (const [n, count, opcode] of kinds) {
      const arrs = n === "1" ? [...ALL, "1d"] : ALL;
      const bytes = (t: string) => count * (ARR[t]!.Q === "1" ? 16 : 8);
      out.push(vec(`${dir}${n}`, `0 Q 0011000 ${l} 000000 ${opcode} size Rn Rt`, `{Vt.T}${count}, vmem`, arrs));
      out.push(arrs.flatMap((t) => vec(`${dir}${n}`, `0 Q 0011001 ${l} 0 11111 ${opcode} size Rn Rt`, `{Vt.T}${count}, vpost${bytes(t)}`, [t])));
    }
  }
  // LD1R: one element loaded into every lane
  out.push(vec("ld1r", "0 Q 0011010 1 0 00000 110 0 size Rn Rt", "{Vt.T}1, vmem", [...ALL, "1d"]));
  out.push([...ALL, "1d"].flatMap((t) => vec("ld1r", "0 Q 0011011 1 0 11111 110 0 size Rn Rt", `{Vt.T}1, vpost${esize(t) / 8}`, [t])));
  return out;
}

/** MOVI/MVNI/FMOV (vector, immediate): `0 Q op 0111100000 a:b:c cmode 0 1 d:e:f:g:h Rd`. */
const modImm = (q: string, op: string, cmode: string) => `0 ${q} ${op} 0111100000 abc ${cmode} 0 1 defgh Rd`;

export const simdRows: RawRow[][] = [
  // integer, three registers of one arrangement
  same3("add", "0", "10000", ALL),
  same3("sub", "1", "10000", ALL),
  same3("mul", "0", "10011"),
  same3("mla", "0", "10010"),
  same3("mls", "1", "10010"),
  same3("cmeq", "1", "10001", ALL),
  same3("cmtst", "0", "10001", ALL),
  same3("cmgt", "0", "00110", ALL),
  same3("cmge", "0", "00111", ALL),
  same3("cmhi", "1", "00110", ALL),
  same3("cmhs", "1", "00111", ALL),
  same3("smax", "0", "01100"),
  same3("smin", "0", "01101"),
  same3("umax", "1", "01100"),
  same3("umin", "1", "01101"),
  same3("shadd", "0", "00000"),
  same3("uhadd", "1", "00000"),
  same3("srhadd", "0", "00010"),
  same3("urhadd", "1", "00010"),
  same3("shsub", "0", "00100"),
  same3("uhsub", "1", "00100"),
  same3("sabd", "0", "01110"),
  same3("uabd", "1", "01110"),
  same3("saba", "0", "01111"),
  same3("uaba", "1", "01111"),
  same3("sqadd", "0", "00001", ALL),
  same3("uqadd", "1", "00001", ALL),
  same3("sqsub", "0", "00101", ALL),
  same3("uqsub", "1", "00101", ALL),
  same3("sshl", "0", "01000", ALL),
  same3("ushl", "1", "01000", ALL),
  same3("srshl", "0", "01010", ALL),
  same3("urshl", "1", "01010", ALL),
  same3("addp", "0", "10111", ALL),
  same3("smaxp", "0", "10100"),
  same3("sminp", "0", "10101"),
  same3("umaxp", "1", "10100"),
  same3("uminp", "1", "10101"),
  vec("mov", "0 Q 0 01110 10 1 Rm 00011 1 Rn Rd", "Vd.T, Vnm.T", B),
  logic3("and", "0", "00"),
  logic3("bic", "0", "01"),
  logic3("orr", "0", "10"),
  logic3("orn", "0", "11"),
  logic3("eor", "1", "00"),
  logic3("bsl", "1", "01"),
  logic3("bit", "1", "10"),
  logic3("bif", "1", "11"),
  // integer, two registers
  misc2("neg", "1", "01011", ALL),
  misc2("abs", "0", "01011", ALL),
  misc2("mvn", "1", "00101", B),
  misc2("not", "1", "00101", B, "", { encodeOnly: true }),
  misc2("cnt", "0", "00101", B),
  misc2("rev64", "0", "00000", BHS),
  misc2("rev32", "1", "00000", ["8b", "16b", "4h", "8h"]),
  misc2("rev16", "0", "00001", B),
  misc2("cmeq", "0", "01001", ALL, ", izero"),
  misc2("cmge", "1", "01000", ALL, ", izero"),
  misc2("cmgt", "0", "01000", ALL, ", izero"),
  misc2("cmle", "1", "01001", ALL, ", izero"),
  misc2("cmlt", "0", "01010", ALL, ", izero"),
  across("addv", "0", "11011"),
  across("smaxv", "0", "01010"),
  across("sminv", "0", "11010"),
  across("umaxv", "1", "01010"),
  across("uminv", "1", "11010"),
  ...[["fmaxnmv", "0", "01100"], ["fminnmv", "1", "01100"], ["fmaxv", "0", "01111"], ["fminv", "1", "01111"]].map(([m, a, opcode]) =>
    row(m!, `0 1 1 01110 ${a} 0 11000 ${opcode} 10 Rn Rd`, "Sd, Vn.4s"),
  ),
  // scalar pairwise floating point: `faddp d0, v0.2d` (sz 1), `fmaxnmp s0, v1.2s` (sz 0)
  ...[["faddp", "0", "01101"], ["fmaxnmp", "0", "01100"], ["fminnmp", "1", "01100"], ["fmaxp", "0", "01111"], ["fminp", "1", "01111"]].flatMap(([m, a, opcode]) => [
    row(m!, `01 1 11110 ${a} 0 11000 ${opcode} 10 Rn Rd`, "Sd, Vn.2s"),
    row(m!, `01 1 11110 ${a} 1 11000 ${opcode} 10 Rn Rd`, "Dd, Vn.2d"),
  ]),
  row("addp", "01 0 11110 11 11000 11011 10 Rn Rd", "Dd, Vn.2d"),
  // shifts; SXTL/UXTL are SSHLL/USHLL by 0
  shiftImm("shl", "0", "01010", true, ALL),
  shiftImm("sli", "1", "01010", true, ALL),
  shiftImm("sri", "1", "01000", false, ALL),
  shiftImm("ssra", "0", "00010", false, ALL),
  shiftImm("usra", "1", "00010", false, ALL),
  shiftImm("srshr", "0", "00100", false, ALL),
  shiftImm("urshr", "1", "00100", false, ALL),
  shiftImm("srsra", "0", "00110", false, ALL),
  shiftImm("ursra", "1", "00110", false, ALL),
  shiftImm("sshr", "0", "00000", false, ALL),
  shiftImm("ushr", "1", "00000", false, ALL),
  long("sxtl", "0 Q 0 011110 IMMH 10100 1 Rn Rd", "Vd.Ta, Vn.Tb"),
  long("uxtl", "0 Q 1 011110 IMMH 10100 1 Rn Rd", "Vd.Ta, Vn.Tb"),
  long("xtn", "0 Q 0 01110 size 10000 10010 10 Rn Rd", "Vd.Tb, Vn.Ta"),
  long("shrn", "0 Q 0 011110 NARROW 100001 Rn Rd", "Vd.Tb, Vn.Ta, SHR"),
  long("rshrn", "0 Q 0 011110 NARROW 100011 Rn Rd", "Vd.Tb, Vn.Ta, SHR"),
  // widening arithmetic
  long("saddl", "0 Q 0 01110 size 1 Rm 0000 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  long("uaddl", "0 Q 1 01110 size 1 Rm 0000 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  long("saddw", "0 Q 0 01110 size 1 Rm 0001 00 Rn Rd", "Vd.Ta, Vn.Ta, Vm.Tb"),
  long("uaddw", "0 Q 1 01110 size 1 Rm 0001 00 Rn Rd", "Vd.Ta, Vn.Ta, Vm.Tb"),
  long("ssubw", "0 Q 0 01110 size 1 Rm 0011 00 Rn Rd", "Vd.Ta, Vn.Ta, Vm.Tb"),
  long("usubw", "0 Q 1 01110 size 1 Rm 0011 00 Rn Rd", "Vd.Ta, Vn.Ta, Vm.Tb"),
  long("smlal", "0 Q 0 01110 size 1 Rm 1000 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  long("umlal", "0 Q 1 01110 size 1 Rm 1000 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  long("smull", "0 Q 0 01110 size 1 Rm 1100 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  long("umull", "0 Q 1 01110 size 1 Rm 1100 00 Rn Rd", "Vd.Ta, Vn.Tb, Vm.Tb"),
  // permutes
  permute("uzp1", "001"),
  permute("trn1", "010"),
  permute("zip1", "011"),
  permute("uzp2", "101"),
  permute("trn2", "110"),
  permute("zip2", "111"),
  row("ext", "0 0 101110 000 Rm 0 imm4 0 Rn Rd", "Vd.8b, Vn.8b, Vm.8b, ext8"),
  row("ext", "0 1 101110 000 Rm 0 imm4 0 Rn Rd", "Vd.16b, Vn.16b, Vm.16b, ext16"),
  // floating point
  fp3("fadd", "0", "0", "11010"),
  fp3("fsub", "0", "1", "11010"),
  fp3("fmul", "1", "0", "11011"),
  fp3("fdiv", "1", "0", "11111"),
  fp3("faddp", "1", "0", "11010"),
  fp3("fmaxp", "1", "0", "11110"),
  fp3("fminp", "1", "1", "11110"),
  fp3("fmaxnmp", "1", "0", "11000"),
  fp3("fminnmp", "1", "1", "11000"),
  fp3("fmla", "0", "0", "11001"),
  fp3("fmls", "0", "1", "11001"),
  fp3("fmax", "0", "0", "11110"),
  fp3("fmin", "0", "1", "11110"),
  fp3("fmaxnm", "0", "0", "11000"),
  fp3("fminnm", "0", "1", "11000"),
  fp3("fabd", "1", "1", "11010"),
  fp3("fcmeq", "0", "0", "11100"),
  fp3("fcmge", "1", "0", "11100"),
  fp3("fcmgt", "1", "1", "11100"),
  fmisc2("fneg", "1", "1", "01111"),
  fmisc2("frintn", "0", "0", "11000"),
  fmisc2("frintm", "0", "0", "11001"),
  fmisc2("frintp", "0", "1", "11000"),
  fmisc2("frintz", "0", "1", "11001"),
  fmisc2("frinta", "1", "0", "11000"),
  fmisc2("frintx", "1", "0", "11001"),
  fmisc2("frinti", "1", "1", "11001"),
  fmisc2("fabs", "0", "1", "01111"),
  fmisc2("fsqrt", "1", "1", "11111"),
  fmisc2("scvtf", "0", "0", "11101"),
  fmisc2("ucvtf", "1", "0", "11101"),
  fmisc2("fcvtzs", "0", "1", "11011"),
  fmisc2("fcvtzu", "1", "1", "11011"),
  fmisc2("fcmeq", "0", "1", "01101", ", fzero"),
  fmisc2("fcmgt", "0", "1", "01100", ", fzero"),
  fmisc2("fcmge", "1", "1", "01100", ", fzero"),
  fmisc2("fcmle", "1", "1", "01101", ", fzero"),
  fmisc2("fcmlt", "0", "1", "01110", ", fzero"),
  // precision changes: FCVTL widens (half → single, single → double), FCVTN narrows
  ...[["0", "4s", "4h", "8h"], ["1", "2d", "2s", "4s"]].flatMap(([sz, wide, narrow, upper]) => [
    row("fcvtl", `0 0 0 01110 0 ${sz} 10000 10111 10 Rn Rd`, `Vd.${wide}, Vn.${narrow}`),
    row("fcvtl2", `0 1 0 01110 0 ${sz} 10000 10111 10 Rn Rd`, `Vd.${wide}, Vn.${upper}`),
    row("fcvtn", `0 0 0 01110 0 ${sz} 10000 10110 10 Rn Rd`, `Vd.${narrow}, Vn.${wide}`),
    row("fcvtn2", `0 1 0 01110 0 ${sz} 10000 10110 10 Rn Rd`, `Vd.${upper}, Vn.${wide}`),
  ]),
  // by element: `fmla v0.2d, v1.2d, v2.d[1]`
  ...[["fmla", "0001"], ["fmls", "0101"], ["fmul", "1001"]].map(([m, opcode]) => [
    ...vec(m!, `0 Q 0 01111 1 0 L Rm ${opcode} H 0 Rn Rd`, "Vd.T, Vn.T, Vm.s[HL]", ["2s", "4s"]),
    ...row(m!, `0 1 0 01111 1 1 0 Rm ${opcode} H 0 Rn Rd`, "Vd.2d, Vn.2d, Vm.d[H]"),
  ]),
  // scalar shifts, absolute difference,
  row("shl", "01 0 111110 1 sh6 01010 1 Rn Rd", "Dd, Dn, shl64"),
  row("sshr", "01 0 111110 1 sh6 00000 1 Rn Rd", "Dd, Dn, shr64"),
  row("ushr", "01 1 111110 1 sh6 00000 1 Rn Rd", "Dd, Dn, shr64"),
  row("fabd", "01 1 11110 1 0 1 Rm 11010 1 Rn Rd", "Sd, Sn, Sm"),
  row("fabd", "01 1 11110 1 1 1 Rm 11010 1 Rn Rd", "Dd, Dn, Dm"),
  // scalar integer add/sub and compares on D registers, and fixed-point conversions (`scvtf d0, d0, #4`)
  row("add", "01 0 11110 11 1 Rm 10000 1 Rn Rd", "Dd, Dn, Dm"),
  row("sub", "01 1 11110 11 1 Rm 10000 1 Rn Rd", "Dd, Dn, Dm"),
  ...[["cmgt", "0", "00110"], ["cmge", "0", "00111"], ["cmhi", "1", "00110"], ["cmhs", "1", "00111"], ["cmtst", "0", "10001"], ["cmeq", "1", "10001"]].map(
    ([m, u, opcode]) => row(m!, `01 ${u} 11110 11 1 Rm ${opcode} 1 Rn Rd`, "Dd, Dn, Dm"),
  ),
  ...[["cmgt", "0", "01000"], ["cmge", "1", "01000"], ["cmeq", "0", "01001"], ["cmle", "1", "01001"], ["cmlt", "0", "01010"]].map(
    ([m, u, opcode]) => row(m!, `01 ${u} 11110 11 10000 ${opcode} 10 Rn Rd`, "Dd, Dn, izero"),
  ),
  ...[["scvtf", "0", "11100"], ["ucvtf", "1", "11100"], ["fcvtzs", "0", "11111"], ["fcvtzu", "1", "11111"]].flatMap(([m, u, opcode]) => [
    row(m!, `01 ${u} 111110 01 sh5 ${opcode} 1 Rn Rd`, "Sd, Sn, shr32"),
    row(m!, `01 ${u} 111110 1 sh6 ${opcode} 1 Rn Rd`, "Dd, Dn, shr64"),
  ]),
  // table lookups: `tbl v0.16b, {v1.16b}, v2.16b` (len = registers - 1)
  ...[1, 2, 3, 4].flatMap((n) =>
    ["tbl", "tbx"].map((m, op) => vec(m, `0 Q 001110 000 Rm 0 ${(n - 1).toString(2).padStart(2, "0")} ${op} 00 Rn Rd`, `Vd.T, {Vn.16b}${n}, Vm.T`, B)),
  ),
  // copies between elements and general registers
  ...Object.entries(IMM5_ZERO).map(([e, imm5]) => vec("dup", copy("Q", "0", imm5, "0001"), `Vd.T, ${e === "d" ? "X" : "W"}n`, ALL.filter((t) => elem(t) === e))),
  ...Object.entries(IMM5).map(([e, imm5]) => vec("dup", copy("Q", "0", imm5, "0000"), "Vd.T, Vn.E[i]", ALL.filter((t) => elem(t) === e))),
  // DUP (element, scalar) `dup d0, v1.d[1]`, printed as MOV
  ...Object.entries(IMM5).flatMap(([e, imm5]) => [
    row("mov", `01 0 11110000 ${imm5} 0 0000 1 Rn Rd`, `${e.toUpperCase()}d, Vn.${e}[i]`),
    row("dup", `01 0 11110000 ${imm5} 0 0000 1 Rn Rd`, `${e.toUpperCase()}d, Vn.${e}[i]`, undefined, { encodeOnly: true }),
  ]),
  ...elementMoves(),
  // the upper half of a 128-bit register to or from a general register
  row("fmov", "1 00 11110 10 1 01 110 000000 Rn Rd", "Xd, Vn.d[1]"),
  row("fmov", "1 00 11110 10 1 01 111 000000 Rn Rd", "Vd.d[1], Xn"),
  // modified immediates
  vec("movi", modImm("Q", "0", "1110"), "Vd.T, imm8v", B),
  vec("movi", modImm("Q", "0", "10 cm1 0"), "Vd.T, imm8v, ?lsl16", ["4h", "8h"]),
  vec("movi", modImm("Q", "0", "0 cm2 0"), "Vd.T, imm8v, ?lsl32", ["2s", "4s"]),
  vec("mvni", modImm("Q", "1", "10 cm1 0"), "Vd.T, imm8v, ?lsl16", ["4h", "8h"]),
  vec("mvni", modImm("Q", "1", "0 cm2 0"), "Vd.T, imm8v, ?lsl32", ["2s", "4s"]),
  vec("movi", modImm("Q", "0", "110 cm1"), "Vd.T, imm8v, msl", ["2s", "4s"]),
  vec("mvni", modImm("Q", "1", "110 cm1"), "Vd.T, imm8v, msl", ["2s", "4s"]),
  vec("orr", modImm("Q", "0", "10 cm1 1"), "Vd.T, imm8v, ?lsl16", ["4h", "8h"]),
  vec("orr", modImm("Q", "0", "0 cm2 1"), "Vd.T, imm8v, ?lsl32", ["2s", "4s"]),
  vec("bic", modImm("Q", "1", "10 cm1 1"), "Vd.T, imm8v, ?lsl16", ["4h", "8h"]),
  vec("bic", modImm("Q", "1", "0 cm2 1"), "Vd.T, imm8v, ?lsl32", ["2s", "4s"]),
  row("movi", modImm("1", "1", "1110"), "Vd.2d, bytemask"),
  row("movi", modImm("0", "1", "1110"), "Dd, bytemask"),
  vec("fmov", modImm("Q", "0", "1111"), "Vd.T, vfimm", ["2s", "4s"]),
  row("fmov", modImm("1", "1", "1111"), "Vd.2d, vfimm"),
  // loads and stores of whole registers lists
  ...structures(),
];
