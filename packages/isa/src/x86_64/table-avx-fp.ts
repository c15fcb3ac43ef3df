// VEX-encoded floating point: the AVX forms of the SSE scalar and packed float instructions
// (`vaddsd %xmm2,%xmm1,%xmm0`: a vvvv source instead of the destination doubling as one),
// FMA3 (`vfmadd213sd`) and AMD's FMA4 (`vfmaddsd`, a fourth register in imm8[7:4]) — what
// glibc's libm variants for AVX2/FMA machines are made of.
// Intel SDM vol. 2 (each instruction's VEX form), AMD APM vol. 6 (FMA4).
//
// Scalar rows ignore L (LIG), so their `V`/`vV` operands are %xmm; packed rows are
// expanded over L = 0 (%xmm) and 1 (%ymm), and 2 (%zmm) for their EVEX twins (AVX-512F:
// arithmetic, FMA3; AVX-512DQ: logic), which the encoder takes only for %zmm or %xmm16–31.

import type { InstructionForm, OperandKind, OperandSize, Vex } from "./table.js";

const rows: InstructionForm[] = [];
type Fields = Omit<Vex, "evex" | "L">;

function row(evex: boolean, mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], lengths: readonly (0 | 1 | 2 | undefined)[], extra: Partial<InstructionForm> = {}): void {
  for (const L of lengths) {
    rows.push({ mnemonic, suffix: false, operands, opcode: [opcode], modrm: "r", vex: { evex, ...f, ...(L !== undefined ? { L } : {}) }, ...extra });
  }
}
const V = (mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], lengths: readonly (0 | 1 | undefined)[], extra?: Partial<InstructionForm>) =>
  row(false, mnemonic, f, opcode, operands, lengths, extra);
/**
 * The EVEX twin of a VEX row: W is the element size (0 single, 1 double), which a broadcast
 * repeats; arithmetic takes a rounding mode.
 */
const E = (mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], scalar: boolean, rounding = true) =>
  row(true, mnemonic, f, opcode, operands, scalar ? SCALAR : EPACKED, { ...(scalar ? {} : { broadcast: f.W ? 8 : 4 }), ...(rounding ? { rounding } : {}) });
const SCALAR = [undefined] as const;
const PACKED = [0, 1] as const;
const EPACKED = [0, 1, 2] as const;
const TYPES = [["ps", undefined, "V/m"], ["pd", 0x66, "V/m"], ["ss", 0xf3, "xmm/m32"], ["sd", 0xf2, "xmm/m64"]] as [string, Vex["pp"], OperandKind][];
const lengthsOf = (t: string) => (t.startsWith("p") ? PACKED : SCALAR);

// Arithmetic and logic: op src2/m, src1 (vvvv), dest; square root without src1 when packed.
for (const [t, pp, src] of TYPES) {
  for (const [op, code] of [["add", 0x58], ["mul", 0x59], ["sub", 0x5c], ["min", 0x5d], ["div", 0x5e], ["max", 0x5f]] as [string, number][]) {
    V(`v${op}${t}`, { map: 1, pp }, code, [src, "vV", "V"], lengthsOf(t));
    E(`v${op}${t}`, { map: 1, pp, W: t.endsWith("d") ? 1 : 0 }, code, [src, "vV", "V"], !t.startsWith("p"), op !== "min" && op !== "max");
  }
  V(`vsqrt${t}`, { map: 1, pp }, 0x51, t.startsWith("p") ? [src, "V"] : [src, "vV", "V"], lengthsOf(t));
  E(`vsqrt${t}`, { map: 1, pp, W: t.endsWith("d") ? 1 : 0 }, 0x51, t.startsWith("p") ? [src, "V"] : [src, "vV", "V"], !t.startsWith("p"));
  // Compare pseudo-ops: VCMPPS/PD/SS/SD with the predicate byte; VEX has 32 predicates.
  ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true",
    "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq", "true_us",
  ].forEach((cc, predicate) => V(`vcmp${cc}${t}`, { map: 1, pp }, 0xc2, [src, "vV", "V"], lengthsOf(t), { immByte: predicate }));
}
for (const [t, pp] of [["ps", undefined], ["pd", 0x66]] as [string, Vex["pp"]][]) {
  for (const [op, code] of [["and", 0x54], ["andn", 0x55], ["or", 0x56], ["xor", 0x57], ["unpckl", 0x14], ["unpckh", 0x15]] as [string, number][]) {
    V(`v${op}${t}`, { map: 1, pp }, code, ["V/m", "vV", "V"], PACKED);
    E(`v${op}${t}`, { map: 1, pp, W: t === "pd" ? 1 : 0 }, code, ["V/m", "vV", "V"], false, false);
  }
}

V("vshufps", { map: 1 }, 0xc6, ["imm8", "V/m", "vV", "V"], PACKED);
V("vshufpd", { map: 1, pp: 0x66 }, 0xc6, ["imm8", "V/m", "vV", "V"], PACKED);
V("vblendps", { map: 3, pp: 0x66 }, 0x0c, ["imm8", "V/m", "vV", "V"], PACKED);
V("vblendpd", { map: 3, pp: 0x66 }, 0x0d, ["imm8", "V/m", "vV", "V"], PACKED);
V("vinsertps", { map: 3, pp: 0x66 }, 0x21, ["imm8", "xmm/m32", "vV", "V"], [0]);
V("vmovmskps", { map: 1 }, 0x50, ["rV", "r32"], PACKED);
V("vmovmskpd", { map: 1, pp: 0x66 }, 0x50, ["rV", "r32"], PACKED);
V("vmovhlps", { map: 1 }, 0x12, ["rV", "vV", "V"], [0]);
V("vmovlhps", { map: 1 }, 0x16, ["rV", "vV", "V"], [0]);
V("vmovshdup", { map: 1, pp: 0xf3 }, 0x16, ["V/m", "V"], PACKED);
V("vmovsldup", { map: 1, pp: 0xf3 }, 0x12, ["V/m", "V"], PACKED);

// Scalar moves: load, store, and the register form that merges src1's upper half.
for (const [m, pp, load] of [["vmovlps", undefined, 0x12], ["vmovhps", undefined, 0x16], ["vmovlpd", 0x66, 0x12], ["vmovhpd", 0x66, 0x16]] as [string, Vex["pp"], number][]) {
  V(m, { map: 1, pp }, load, ["m", "vV", "V"], [0]);
  V(m, { map: 1, pp }, load + 1, ["V", "m"], [0]);
}
for (const [t, pp] of [["ss", 0xf3], ["sd", 0xf2]] as [string, Vex["pp"]][]) {
  V(`vmov${t}`, { map: 1, pp }, 0x10, ["m", "V"], SCALAR);
  V(`vmov${t}`, { map: 1, pp }, 0x11, ["V", "m"], SCALAR);
  V(`vmov${t}`, { map: 1, pp }, 0x10, ["rV", "vV", "V"], SCALAR);
  V(`vmov${t}`, { map: 1, pp }, 0x11, ["V", "vV", "rV"], SCALAR);
}
V("vmovddup", { map: 1, pp: 0xf2 }, 0x12, ["xmm/m64", "V"], [0]);
V("vmovddup", { map: 1, pp: 0xf2 }, 0x12, ["V/m", "V"], [1]);

// Compares into EFLAGS and conversions.
V("vucomisd", { map: 1, pp: 0x66 }, 0x2e, ["xmm/m64", "xmm"], SCALAR);
V("vcomisd", { map: 1, pp: 0x66 }, 0x2f, ["xmm/m64", "xmm"], SCALAR);
V("vucomiss", { map: 1 }, 0x2e, ["xmm/m32", "xmm"], SCALAR);
V("vcomiss", { map: 1 }, 0x2f, ["xmm/m32", "xmm"], SCALAR);
V("vcvtss2sd", { map: 1, pp: 0xf3 }, 0x5a, ["xmm/m32", "vV", "V"], SCALAR);
V("vcvtsd2ss", { map: 1, pp: 0xf2 }, 0x5a, ["xmm/m64", "vV", "V"], SCALAR);
// Packed conversions; the widening ones read half a vector.
V("vcvtdq2ps", { map: 1 }, 0x5b, ["V/m", "V"], PACKED);
V("vcvtps2dq", { map: 1, pp: 0x66 }, 0x5b, ["V/m", "V"], PACKED);
V("vcvttps2dq", { map: 1, pp: 0xf3 }, 0x5b, ["V/m", "V"], PACKED);
V("vcvtdq2pd", { map: 1, pp: 0xf3 }, 0xe6, ["xmm/m64", "V"], [0]);
V("vcvtdq2pd", { map: 1, pp: 0xf3 }, 0xe6, ["xmm/m128", "V"], [1]);
V("vcvtps2pd", { map: 1 }, 0x5a, ["xmm/m64", "V"], [0]);
V("vcvtps2pd", { map: 1 }, 0x5a, ["xmm/m128", "V"], [1]);
// vcvtpd2ps narrows: from memory objdump spells the source size (x: 128 bits, y: 256).
V("vcvtpd2ps", { map: 1, pp: 0x66 }, 0x5a, ["rV", "xmm"], PACKED);
V("vcvtpd2psx", { map: 1, pp: 0x66 }, 0x5a, ["m", "xmm"], [0]);
V("vcvtpd2psy", { map: 1, pp: 0x66 }, 0x5a, ["m", "xmm"], [1]);
for (const [t, pp, src] of [["ss", 0xf3, "xmm/m32"], ["sd", 0xf2, "xmm/m64"]] as [string, Vex["pp"], OperandKind][]) {
  for (const [W, s] of [[0, 4], [1, 8]] as [0 | 1, OperandSize][]) {
    V(`vcvtsi2${t}`, { map: 1, pp, W }, 0x2a, [`rm${s * 8}` as OperandKind, "vV", "V"], SCALAR, { size: s, suffix: true });
    V(`vcvtt${t}2si`, { map: 1, pp, W }, 0x2c, [src, `r${s * 8}` as OperandKind], SCALAR);
    V(`vcvt${t}2si`, { map: 1, pp, W }, 0x2d, [src, `r${s * 8}` as OperandKind], SCALAR);
  }
}

// MXCSR, and the 0f3a shuffles, extracts and blends.
V("vldmxcsr", { map: 1 }, 0xae, ["m"], [0], { modrm: 2 });
V("vstmxcsr", { map: 1 }, 0xae, ["m"], [0], { modrm: 3 });
V("vpermilps", { map: 3, pp: 0x66, W: 0 }, 0x04, ["imm8", "V/m", "V"], PACKED);
V("vpermilpd", { map: 3, pp: 0x66, W: 0 }, 0x05, ["imm8", "V/m", "V"], PACKED);
V("vextractps", { map: 3, pp: 0x66 }, 0x17, ["imm8", "xmm", "rm32"], [0]);
V("vblendvps", { map: 3, pp: 0x66, W: 0 }, 0x4a, ["is4", "V/m", "vV", "V"], PACKED);
V("vblendvpd", { map: 3, pp: 0x66, W: 0 }, 0x4b, ["is4", "V/m", "vV", "V"], PACKED);

// FMA3: vfmadd132/213/231 and the sub/negated variants; the digits say which operands are
// multiplied (1 = dest, 2 = vvvv, 3 = r/m). W is the element size: 0 single, 1 double.
([["vfmaddsub", 0x96], ["vfmsubadd", 0x97], ["vfmadd", 0x98], ["vfmsub", 0x9a], ["vfnmadd", 0x9c], ["vfnmsub", 0x9e]] as [string, number][]).forEach(([m, op], i) => {
  ["132", "213", "231"].forEach((order, j) => {
    for (const [t, W, src, scalar] of [["ps", 0, "V/m", false], ["pd", 1, "V/m", false], ["ss", 0, "xmm/m32", true], ["sd", 1, "xmm/m64", true]] as [string, 0 | 1, OperandKind, boolean][]) {
      if (scalar && i < 2) continue; // no scalar fmaddsub/fmsubadd
      V(`${m}${order}${t}`, { map: 2, pp: 0x66, W }, op + 0x10 * j + (scalar ? 1 : 0), [src, "vV", "V"], scalar ? SCALAR : PACKED);
      E(`${m}${order}${t}`, { map: 2, pp: 0x66, W }, op + 0x10 * j + (scalar ? 1 : 0), [src, "vV", "V"], scalar);
    }
  });
});

// FMA4 (AMD): the fourth operand is a register in imm8[7:4]; W swaps it with the r/m one
// (GNU as takes W=1 when both are registers).
["vfmadd", "vfmsub", "", "", "vfnmadd", "vfnmsub"].forEach((m, i) => {
  if (!m) return;
  for (const [t, k, src, scalar] of [["ps", 0, "V/m", false], ["pd", 1, "V/m", false], ["ss", 2, "xmm/m32", true], ["sd", 3, "xmm/m64", true]] as [string, number, OperandKind, boolean][]) {
    const op = 0x68 + 4 * i + k;
    V(`${m}${t}`, { map: 3, pp: 0x66, W: 1 }, op, [src, "is4", "vV", "V"], scalar ? SCALAR : PACKED);
    V(`${m}${t}`, { map: 3, pp: 0x66, W: 0 }, op, ["is4", src, "vV", "V"], scalar ? SCALAR : PACKED);
  }
});

export const AVX_FP_FORMS: readonly InstructionForm[] = rows;
