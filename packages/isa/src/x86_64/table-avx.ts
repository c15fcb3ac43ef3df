// VEX- and EVEX-encoded rows of the x86-64 table: AVX/AVX2 (VEX, %xmm/%ymm, three operands
// with the second source in vvvv), AVX-512 (EVEX, %zmm and %xmm16–31, opmask registers), the
// opmask instructions (`kmovd`, `kortestd` …) and the BMI general-register instructions
// (`bzhi`, `sarx`, `blsr` …) — what glibc's string functions and gcc -march=… emit.
// Intel SDM vol. 2 §2.3 (VEX), §2.7 (EVEX) and each instruction's page.
//
// A row's `vex` names the prefix fields (map 1/2/3 = 0f/0f38/0f3a, pp, W, L); vector operand
// kinds `V`, `V/m`, `vV` take their width from L, so most rows are written once and expanded
// over L: 0 (%xmm), 1 (%ymm) and, for EVEX, 2 (%zmm). VEX rows come first: GNU as uses the
// shorter VEX form unless an operand needs EVEX (%zmm, %xmm16–31, a mask register).
//
//     vpaddb %ymm2,%ymm1,%ymm0     c5 f5 fc c2          VEX.256.66.0F.WIG fc /r
//     vpaddb %ymm18,%ymm17,%ymm16  62 a1 75 20 fc c2    EVEX.256.66.0F.WIG fc /r

import type { InstructionForm, OperandKind, Vex } from "./table.js";
import { ABS, EXTENDS, PACKED_INT, PACKED_INT_0F38, SHIFT_BY_IMM, SHIFT_BY_XMM } from "./table-sse.js";

const rows: InstructionForm[] = [];
type Fields = Omit<Vex, "evex" | "L">;
const VL = [0, 1] as const;
const EVL = [0, 1, 2] as const;
const THREE: OperandKind[] = ["V/m", "vV", "V"];

/** One row per vector length in `lengths`. */
function vex(evex: boolean, mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], lengths: readonly (0 | 1 | 2 | undefined)[] = evex ? EVL : VL, extra: Partial<InstructionForm> = {}): void {
  for (const L of lengths) {
    rows.push({ mnemonic, suffix: false, operands, opcode: [opcode], modrm: "r", vex: { evex, ...f, ...(L !== undefined ? { L } : {}) }, ...extra });
  }
}
const V = (mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], lengths?: readonly (0 | 1 | undefined)[], extra?: Partial<InstructionForm>) =>
  vex(false, mnemonic, f, opcode, operands, lengths, extra);
const E = (mnemonic: string, f: Fields, opcode: number, operands: OperandKind[], lengths?: readonly (0 | 1 | 2 | undefined)[], extra?: Partial<InstructionForm>) =>
  vex(true, mnemonic, f, opcode, operands, lengths, extra);

// ---- VEX (AVX, AVX2) ----
V("vzeroupper", { map: 1 }, 0x77, [], [0], { modrm: undefined });
V("vzeroall", { map: 1 }, 0x77, [], [1], { modrm: undefined });
// Moves: load form, store form.
for (const [m, pp, load, store] of [
  ["vmovdqa", 0x66, 0x6f, 0x7f], ["vmovdqu", 0xf3, 0x6f, 0x7f], ["vmovaps", undefined, 0x28, 0x29], ["vmovapd", 0x66, 0x28, 0x29],
  ["vmovups", undefined, 0x10, 0x11], ["vmovupd", 0x66, 0x10, 0x11],
] as [string, Vex["pp"], number, number][]) {
  V(m, { map: 1, pp }, load, ["V/m", "V"]);
  V(m, { map: 1, pp }, store, ["V", "V/m"]);
}
V("vmovntdq", { map: 1, pp: 0x66 }, 0xe7, ["V", "m"]);
V("vmovq", { map: 1, pp: 0xf3 }, 0x7e, ["xmm/m64", "xmm"], [0]);
V("vmovq", { map: 1, pp: 0x66 }, 0xd6, ["xmm", "xmm/m64"], [0]);
V("vmovd", { map: 1, pp: 0x66, W: 0 }, 0x6e, ["rm32", "xmm"], [0]);
V("vmovd", { map: 1, pp: 0x66, W: 0 }, 0x7e, ["xmm", "rm32"], [0]);
V("vmovq", { map: 1, pp: 0x66, W: 1 }, 0x6e, ["rm64", "xmm"], [0]);
V("vmovq", { map: 1, pp: 0x66, W: 1 }, 0x7e, ["xmm", "rm64"], [0]);
V("vpmovmskb", { map: 1, pp: 0x66 }, 0xd7, ["rV", "r32"]);
// Packed integer ops: the SSE2/SSE4.1 opcodes with a vvvv source.
for (const [m, op] of PACKED_INT) V(`v${m}`, { map: 1, pp: 0x66 }, op, THREE);
for (const [m, op] of PACKED_INT_0F38) V(`v${m}`, { map: 2, pp: 0x66 }, op, THREE);
for (const [m, op] of ABS) V(`v${m}`, { map: 2, pp: 0x66 }, op, ["V/m", "V"]);
// Shifts: by an xmm count (a %ymm shifts by %xmm too), by an immediate into vvvv.
for (const [m, op] of SHIFT_BY_XMM) V(`v${m}`, { map: 1, pp: 0x66 }, op, ["xmm/m128", "vV", "V"]);
for (const [m, op, digit] of SHIFT_BY_IMM) V(`v${m}`, { map: 1, pp: 0x66 }, op, ["imm8", "rV", "vV"], VL, { modrm: digit });
// Sign/zero extension: the source is half, a quarter or an eighth of the destination.
for (const [m, op, n] of EXTENDS) {
  V(`v${m}`, { map: 2, pp: 0x66 }, op, [`xmm/m${n * 8}` as OperandKind, "V"], [0]);
  V(`v${m}`, { map: 2, pp: 0x66 }, op, [`xmm/m${n * 16}` as OperandKind, "V"], [1]);
}
// Shuffles, permutes, lane inserts/extracts, blends, element inserts/extracts.
V("vpshufd", { map: 1, pp: 0x66 }, 0x70, ["imm8", "V/m", "V"]);
V("vpshufhw", { map: 1, pp: 0xf3 }, 0x70, ["imm8", "V/m", "V"]);
V("vpshuflw", { map: 1, pp: 0xf2 }, 0x70, ["imm8", "V/m", "V"]);
V("vpalignr", { map: 3, pp: 0x66 }, 0x0f, ["imm8", "V/m", "vV", "V"]);
V("vpermq", { map: 3, pp: 0x66, W: 1 }, 0x00, ["imm8", "V/m", "V"], [1]);
V("vpermpd", { map: 3, pp: 0x66, W: 1 }, 0x01, ["imm8", "V/m", "V"], [1]);
V("vpermd", { map: 2, pp: 0x66, W: 0 }, 0x36, THREE, [1]);
V("vpermps", { map: 2, pp: 0x66, W: 0 }, 0x16, THREE, [1]);
V("vperm2f128", { map: 3, pp: 0x66, W: 0 }, 0x06, ["imm8", "V/m", "vV", "V"], [1]);
V("vperm2i128", { map: 3, pp: 0x66, W: 0 }, 0x46, ["imm8", "V/m", "vV", "V"], [1]);
V("vextractf128", { map: 3, pp: 0x66, W: 0 }, 0x19, ["imm8", "V", "xmm/m128"], [1]);
V("vextracti128", { map: 3, pp: 0x66, W: 0 }, 0x39, ["imm8", "V", "xmm/m128"], [1]);
V("vinsertf128", { map: 3, pp: 0x66, W: 0 }, 0x18, ["imm8", "xmm/m128", "vV", "V"], [1]);
V("vinserti128", { map: 3, pp: 0x66, W: 0 }, 0x38, ["imm8", "xmm/m128", "vV", "V"], [1]);
V("vbroadcastf128", { map: 2, pp: 0x66, W: 0 }, 0x1a, ["m", "V"], [1]);
V("vbroadcasti128", { map: 2, pp: 0x66, W: 0 }, 0x5a, ["m", "V"], [1]);
V("vpblendd", { map: 3, pp: 0x66, W: 0 }, 0x02, ["imm8", "V/m", "vV", "V"]);
V("vpblendw", { map: 3, pp: 0x66 }, 0x0e, ["imm8", "V/m", "vV", "V"]);
V("vpblendvb", { map: 3, pp: 0x66, W: 0 }, 0x4c, ["is4", "V/m", "vV", "V"]);
V("vptest", { map: 2, pp: 0x66 }, 0x17, ["V/m", "V"]);
V("vpextrd", { map: 3, pp: 0x66, W: 0 }, 0x16, ["imm8", "xmm", "rm32"], [0]);
V("vpextrq", { map: 3, pp: 0x66, W: 1 }, 0x16, ["imm8", "xmm", "rm64"], [0]);
V("vpinsrd", { map: 3, pp: 0x66, W: 0 }, 0x22, ["imm8", "rm32", "vV", "V"], [0]);
V("vpinsrq", { map: 3, pp: 0x66, W: 1 }, 0x22, ["imm8", "rm64", "vV", "V"], [0]);
// Broadcasts from an xmm register or memory (AVX2; vbroadcastss from memory is AVX).
for (const [m, op, src] of [["vpbroadcastb", 0x78, "xmm/m8"], ["vpbroadcastw", 0x79, "xmm/m16"], ["vpbroadcastd", 0x58, "xmm/m32"], ["vpbroadcastq", 0x59, "xmm/m64"], ["vbroadcastss", 0x18, "xmm/m32"]] as [string, number, OperandKind][]) {
  V(m, { map: 2, pp: 0x66, W: 0 }, op, [src, "V"]);
}
V("vbroadcastsd", { map: 2, pp: 0x66, W: 0 }, 0x19, ["xmm/m64", "V"], [1]);

// BMI1/BMI2 on general registers (VEX.LZ.0F38, W selects 32/64 bits).
for (const [W, s] of [[0, "32"], [1, "64"]] as const) {
  const r = `r${s}` as OperandKind;
  const rm = `rm${s}` as OperandKind;
  const vr = `vr${s}` as OperandKind;
  V("andn", { map: 2, W }, 0xf2, [rm, vr, r], [0]);
  V("bzhi", { map: 2, W }, 0xf5, [vr, rm, r], [0]);
  V("bextr", { map: 2, W }, 0xf7, [vr, rm, r], [0]);
  V("pdep", { map: 2, pp: 0xf2, W }, 0xf5, [rm, vr, r], [0]);
  V("pext", { map: 2, pp: 0xf3, W }, 0xf5, [rm, vr, r], [0]);
  V("shlx", { map: 2, pp: 0x66, W }, 0xf7, [vr, rm, r], [0]);
  V("sarx", { map: 2, pp: 0xf3, W }, 0xf7, [vr, rm, r], [0]);
  V("shrx", { map: 2, pp: 0xf2, W }, 0xf7, [vr, rm, r], [0]);
  ["blsr", "blsmsk", "blsi"].forEach((m, i) => V(m, { map: 2, W }, 0xf3, [rm, vr], [0], { modrm: i + 1 }));
}

// Opmask instructions (AVX-512, VEX-encoded): the b/w/d/q size is pp and W.
for (const [t, pp, W] of [["b", 0x66, 0], ["w", undefined, 0], ["d", 0x66, 1], ["q", undefined, 1]] as [string, Vex["pp"], 0 | 1][]) {
  V(`kmov${t}`, { map: 1, pp, W }, 0x90, ["rk", "k"], [0]);
  V(`kmov${t}`, { map: 1, pp, W }, 0x90, ["m", "k"], [0]);
  V(`kmov${t}`, { map: 1, pp, W }, 0x91, ["k", "m"], [0]);
  V(`kortest${t}`, { map: 1, pp, W }, 0x98, ["rk", "k"], [0]);
  V(`ktest${t}`, { map: 1, pp, W }, 0x99, ["rk", "k"], [0]);
  V(`knot${t}`, { map: 1, pp, W }, 0x44, ["rk", "k"], [0]);
  for (const [op, code] of [["and", 0x41], ["andn", 0x42], ["or", 0x45], ["xnor", 0x46], ["xor", 0x47], ["add", 0x4a]] as [string, number][]) {
    V(`k${op}${t}`, { map: 1, pp, W }, code, ["rk", "vk", "k"], [1]);
  }
}
// kmov to and from general registers: b/w 32-bit (pp 66 / none), d (f2 W0), q (f2 W1).
for (const [t, pp, W, r, rr] of [["b", 0x66, 0, "r32", "rr32"], ["w", undefined, 0, "r32", "rr32"], ["d", 0xf2, 0, "r32", "rr32"], ["q", 0xf2, 1, "r64", "rr64"]] as [string, Vex["pp"], 0 | 1, OperandKind, OperandKind][]) {
  V(`kmov${t}`, { map: 1, pp, W }, 0x92, [rr, "k"], [0]);
  V(`kmov${t}`, { map: 1, pp, W }, 0x93, ["rk", r], [0]);
}
V("kunpckbw", { map: 1, pp: 0x66, W: 0 }, 0x4b, ["rk", "vk", "k"], [1]);
V("kunpckwd", { map: 1, W: 0 }, 0x4b, ["rk", "vk", "k"], [1]);
V("kunpckdq", { map: 1, W: 1 }, 0x4b, ["rk", "vk", "k"], [1]);

// ---- EVEX (AVX-512) ----
// Moves; the element size in the name (masking works per element) is pp and W.
for (const [m, pp, W, load, store] of [
  ["vmovdqa32", 0x66, 0, 0x6f, 0x7f], ["vmovdqa64", 0x66, 1, 0x6f, 0x7f], ["vmovdqu8", 0xf2, 0, 0x6f, 0x7f], ["vmovdqu16", 0xf2, 1, 0x6f, 0x7f],
  ["vmovdqu32", 0xf3, 0, 0x6f, 0x7f], ["vmovdqu64", 0xf3, 1, 0x6f, 0x7f], ["vmovaps", undefined, 0, 0x28, 0x29], ["vmovapd", 0x66, 1, 0x28, 0x29],
  ["vmovups", undefined, 0, 0x10, 0x11], ["vmovupd", 0x66, 1, 0x10, 0x11],
] as [string, Vex["pp"], 0 | 1, number, number][]) {
  E(m, { map: 1, pp, W }, load, ["V/m", "V"]);
  E(m, { map: 1, pp, W }, store, ["V", "V/m"]);
}
E("vmovntdq", { map: 1, pp: 0x66, W: 0 }, 0xe7, ["V", "m"]);
E("vmovq", { map: 1, pp: 0xf3, W: 1 }, 0x7e, ["xmm/m64", "xmm"], [0]);
E("vmovq", { map: 1, pp: 0x66, W: 1 }, 0xd6, ["xmm", "xmm/m64"], [0]);
E("vmovd", { map: 1, pp: 0x66, W: 0 }, 0x6e, ["rm32", "xmm"], [0]);
E("vmovd", { map: 1, pp: 0x66, W: 0 }, 0x7e, ["xmm", "rm32"], [0]);
E("vmovq", { map: 1, pp: 0x66, W: 1 }, 0x6e, ["rm64", "xmm"], [0]);
E("vmovq", { map: 1, pp: 0x66, W: 1 }, 0x7e, ["xmm", "rm64"], [0]);
// Byte/word arithmetic (AVX512BW, W ignored) and dword/qword (AVX512F, W is the element size,
// which a broadcast repeats).
for (const m of ["paddb", "paddw", "psubb", "psubw", "paddusb", "paddusw", "psubusb", "psubusw", "paddsb", "paddsw", "psubsb", "psubsw", "pminub", "pmaxub", "pminsw", "pmaxsw", "pavgb", "pavgw"]) {
  E(`v${m}`, { map: 1, pp: 0x66 }, PACKED_INT.find(([n]) => n === m)![1], THREE);
}
for (const [m, map, op, W] of [
  ["vpaddd", 1, 0xfe, 0], ["vpsubd", 1, 0xfa, 0], ["vpaddq", 1, 0xd4, 1], ["vpsubq", 1, 0xfb, 1],
  ["vpandd", 1, 0xdb, 0], ["vpandq", 1, 0xdb, 1], ["vpandnd", 1, 0xdf, 0], ["vpandnq", 1, 0xdf, 1],
  ["vpord", 1, 0xeb, 0], ["vporq", 1, 0xeb, 1], ["vpxord", 1, 0xef, 0], ["vpxorq", 1, 0xef, 1],
  ["vpminsd", 2, 0x39, 0], ["vpminud", 2, 0x3b, 0], ["vpmaxsd", 2, 0x3d, 0], ["vpmaxud", 2, 0x3f, 0],
] as [string, 1 | 2, number, 0 | 1][]) {
  E(m, { map, pp: 0x66, W }, op, THREE, EVL, { broadcast: W ? 8 : 4 });
}
E("vpmulld", { map: 2, pp: 0x66, W: 0 }, 0x40, THREE, EVL, { broadcast: 4 });
E("vpmullq", { map: 2, pp: 0x66, W: 1 }, 0x40, THREE, EVL, { broadcast: 8 });
// Shifts: by an xmm count, and by an immediate into vvvv (from memory too, unlike VEX).
for (const [m, op] of SHIFT_BY_XMM) E(`v${m}`, { map: 1, pp: 0x66, ...(m.endsWith("w") ? {} : { W: m.endsWith("q") ? 1 : 0 }) }, op, ["xmm/m128", "vV", "V"]);
for (const [m, op, digit] of SHIFT_BY_IMM) {
  const element = m.endsWith("dq") || m.endsWith("w") ? {} : { W: (m.endsWith("q") ? 1 : 0) as 0 | 1 };
  E(`v${m}`, { map: 1, pp: 0x66, ...element }, op, ["imm8", "V/m", "vV"], EVL, { modrm: digit, ...(element.W !== undefined ? { broadcast: (element.W ? 8 : 4) as 4 | 8 } : {}) });
}
// Two-table permutes (vpermt2 overwrites the first table, vpermi2 the index) and 128-bit lanes.
for (const [t, W, i2, t2] of [["b", 0, 0x75, 0x7d], ["w", 1, 0x75, 0x7d], ["d", 0, 0x76, 0x7e], ["q", 1, 0x76, 0x7e], ["ps", 0, 0x77, 0x7f], ["pd", 1, 0x77, 0x7f]] as [string, 0 | 1, number, number][]) {
  const broadcast = t === "w" || t === "b" ? {} : { broadcast: (W ? 8 : 4) as 4 | 8 };
  E(`vpermi2${t}`, { map: 2, pp: 0x66, W }, i2, THREE, EVL, broadcast);
  E(`vpermt2${t}`, { map: 2, pp: 0x66, W }, t2, THREE, EVL, broadcast);
}
E("vpermb", { map: 2, pp: 0x66, W: 0 }, 0x8d, THREE);
E("vpermw", { map: 2, pp: 0x66, W: 1 }, 0x8d, THREE);
E("vpermd", { map: 2, pp: 0x66, W: 0 }, 0x36, THREE, [1, 2], { broadcast: 4 });
E("vpermps", { map: 2, pp: 0x66, W: 0 }, 0x16, THREE, [1, 2], { broadcast: 4 });
E("vpermq", { map: 3, pp: 0x66, W: 1 }, 0x00, ["imm8", "V/m", "V"], [1, 2], { broadcast: 8 });
E("vpermpd", { map: 3, pp: 0x66, W: 1 }, 0x01, ["imm8", "V/m", "V"], [1, 2], { broadcast: 8 });
for (const [m, op, W] of [["vextractf32x4", 0x19, 0], ["vextractf64x2", 0x19, 1], ["vextracti32x4", 0x39, 0], ["vextracti64x2", 0x39, 1]] as [string, number, 0 | 1][]) {
  E(m, { map: 3, pp: 0x66, W }, op, ["imm8", "V", "xmm/m128"], [1, 2]);
  E(m.replace("extract", "insert"), { map: 3, pp: 0x66, W }, op - 1, ["imm8", "xmm/m128", "vV", "V"], [1, 2]);
}
E("vpternlogd", { map: 3, pp: 0x66, W: 0 }, 0x25, ["imm8", "V/m", "vV", "V"], EVL, { broadcast: 4 });
E("vpternlogq", { map: 3, pp: 0x66, W: 1 }, 0x25, ["imm8", "V/m", "vV", "V"], EVL, { broadcast: 8 });
// Compares into a mask register: pcmpeq/pcmpgt opcodes, vptestm/vptestnm, and vpcmp[u]b/w/d/q
// with the predicates objdump names (eq lt le neq nlt nle; 3 and 7 have no name).
E("vpcmpeqb", { map: 1, pp: 0x66 }, 0x74, ["V/m", "vV", "k"]);
E("vpcmpeqw", { map: 1, pp: 0x66 }, 0x75, ["V/m", "vV", "k"]);
E("vpcmpeqd", { map: 1, pp: 0x66, W: 0 }, 0x76, ["V/m", "vV", "k"], EVL, { broadcast: 4 });
E("vpcmpgtb", { map: 1, pp: 0x66 }, 0x64, ["V/m", "vV", "k"]);
E("vpcmpgtd", { map: 1, pp: 0x66, W: 0 }, 0x66, ["V/m", "vV", "k"], EVL, { broadcast: 4 });
for (const [m, pp, op, W] of [["vptestmb", 0x66, 0x26, 0], ["vptestmw", 0x66, 0x26, 1], ["vptestnmb", 0xf3, 0x26, 0], ["vptestnmw", 0xf3, 0x26, 1], ["vptestmd", 0x66, 0x27, 0], ["vptestnmd", 0xf3, 0x27, 0]] as [string, Vex["pp"], number, 0 | 1][]) {
  E(m, { map: 2, pp, W }, op, ["V/m", "vV", "k"], EVL, op === 0x27 ? { broadcast: 4 } : {});
}
for (const [t, op, W] of [["b", 0x3f, 0], ["ub", 0x3e, 0], ["w", 0x3f, 1], ["uw", 0x3e, 1], ["d", 0x1f, 0], ["ud", 0x1e, 0], ["q", 0x1f, 1], ["uq", 0x1e, 1]] as [string, number, 0 | 1][]) {
  ["eq", "lt", "le", "", "neq", "nlt", "nle"].forEach((cc, predicate) => {
    if (!cc) return;
    const broadcast = op < 0x30 ? { broadcast: (W ? 8 : 4) as 4 | 8 } : {};
    E(`vpcmp${cc}${t}`, { map: 3, pp: 0x66, W }, op, ["V/m", "vV", "k"], EVL, { immByte: predicate, ...broadcast });
  });
}
// Broadcasts: from xmm/memory, and from a general register (7a–7c).
for (const [m, op, W, src] of [["vpbroadcastb", 0x78, 0, "xmm/m8"], ["vpbroadcastw", 0x79, 0, "xmm/m16"], ["vpbroadcastd", 0x58, 0, "xmm/m32"], ["vpbroadcastq", 0x59, 1, "xmm/m64"], ["vbroadcastss", 0x18, 0, "xmm/m32"]] as [string, number, 0 | 1, OperandKind][]) {
  E(m, { map: 2, pp: 0x66, W }, op, [src, "V"]);
}
for (const [m, op, W, src] of [["vpbroadcastb", 0x7a, 0, "rr32"], ["vpbroadcastw", 0x7b, 0, "rr32"], ["vpbroadcastd", 0x7c, 0, "rr32"], ["vpbroadcastq", 0x7c, 1, "rr64"]] as [string, number, 0 | 1, OperandKind][]) {
  E(m, { map: 2, pp: 0x66, W }, op, [src, "V"]);
}

export const AVX_FORMS: readonly InstructionForm[] = rows;
