// SSE/SSE2 rows of the x86-64 table: the packed integer and floating-point instructions gcc's
// vectorizer emits, and the 128-bit moves (Intel SDM vol. 2, "PADDB/PADDW/PADDD/PADDQ" …).
//
// They share one shape: a mandatory prefix that picks the data type (none: packed single
// `ps`; 66: packed double `pd` and packed integers; f3: scalar single; f2: scalar double),
// `0f`, an opcode byte and a ModRM whose reg field is the destination register:
//     paddd %xmm1, %xmm0      66 0f fe c1
// Shifts by an immediate use a /digit with the register in ModRM.rm (`rxmm`); the compare
// pseudo-ops (`cmpltps`) are CMPPS with a fixed predicate byte after ModRM (`immByte`).
// These rows come first in the table: `movq (%rax),%xmm0` is f3 0f 7e (SSE2), not the
// REX.W 66 0f 6e form the general-register `movq` row would give.

import type { InstructionForm, OperandKind } from "./table.js";

const rows: InstructionForm[] = [];
const X: OperandKind[] = ["xmm/m128", "xmm"];
/** A row `prefix 0f opcode /r`; an opcode array is the bytes after 0f (`[0x38, 0x00]` for pshufb). */
const sse = (mnemonic: string, prefix: number[], opcode: number | number[], operands = X, extra: Partial<InstructionForm> = {}) =>
  rows.push({ mnemonic, suffix: false, operands, prefix, opcode: [0x0f, ...[opcode].flat()], modrm: "r", ...extra });

// 128-bit moves: load form (reg ← r/m), then store form (r/m ← reg).
for (const [m, prefix, load, store] of [
  ["movdqa", [0x66], 0x6f, 0x7f], ["movdqu", [0xf3], 0x6f, 0x7f], ["movaps", [], 0x28, 0x29], ["movapd", [0x66], 0x28, 0x29],
  ["movups", [], 0x10, 0x11], ["movupd", [0x66], 0x10, 0x11],
] as [string, number[], number, number][]) {
  sse(m, prefix, load);
  sse(m, prefix, store, ["xmm", "xmm/m128"]);
}
// 64-bit halves: memory forms, and the register forms that share their opcodes.
sse("movq", [0xf3], 0x7e, ["xmm/m64", "xmm"]);
sse("movq", [0x66], 0xd6, ["xmm", "xmm/m64"]);
for (const [m, prefix, load] of [["movlps", [], 0x12], ["movhps", [], 0x16], ["movlpd", [0x66], 0x12], ["movhpd", [0x66], 0x16]] as [string, number[], number][]) {
  sse(m, prefix, load, ["m", "xmm"]);
  sse(m, prefix, load + 1, ["xmm", "m"]);
}
sse("movhlps", [], 0x12, ["rxmm", "xmm"]);
sse("movddup", [0xf2], 0x12, ["xmm/m64", "xmm"]);
sse("movsldup", [0xf3], 0x12);
sse("movshdup", [0xf3], 0x16);
sse("movlhps", [], 0x16, ["rxmm", "xmm"]);

/** Packed integer arithmetic, logic, compares, packs and unpacks: 66 0f op /r (AVX: VEX.66.0F op). */
export const PACKED_INT: readonly [string, number][] = [
  ["paddb", 0xfc], ["paddw", 0xfd], ["paddd", 0xfe], ["paddq", 0xd4], ["psubb", 0xf8], ["psubw", 0xf9], ["psubd", 0xfa], ["psubq", 0xfb],
  ["paddusb", 0xdc], ["paddusw", 0xdd], ["psubusb", 0xd8], ["psubusw", 0xd9], ["paddsb", 0xec], ["paddsw", 0xed], ["psubsb", 0xe8], ["psubsw", 0xe9],
  ["pmullw", 0xd5], ["pmulhw", 0xe5], ["pmulhuw", 0xe4], ["pmuludq", 0xf4], ["pmaddwd", 0xf5], ["psadbw", 0xf6],
  ["pand", 0xdb], ["pandn", 0xdf], ["por", 0xeb], ["pxor", 0xef],
  ["pcmpeqb", 0x74], ["pcmpeqw", 0x75], ["pcmpeqd", 0x76], ["pcmpgtb", 0x64], ["pcmpgtw", 0x65], ["pcmpgtd", 0x66],
  ["pmaxub", 0xde], ["pminub", 0xda], ["pmaxsw", 0xee], ["pminsw", 0xea], ["pavgb", 0xe0], ["pavgw", 0xe3],
  ["packsswb", 0x63], ["packuswb", 0x67], ["packssdw", 0x6b],
  ["punpcklbw", 0x60], ["punpcklwd", 0x61], ["punpckldq", 0x62], ["punpcklqdq", 0x6c],
  ["punpckhbw", 0x68], ["punpckhwd", 0x69], ["punpckhdq", 0x6a], ["punpckhqdq", 0x6d],
];
for (const [m, op] of PACKED_INT) sse(m, [0x66], op);
/** Shifts by the count in an xmm register or memory: 66 0f op /r. */
export const SHIFT_BY_XMM: readonly [string, number][] = [
  ["psrlw", 0xd1], ["psrld", 0xd2], ["psrlq", 0xd3], ["psraw", 0xe1], ["psrad", 0xe2], ["psllw", 0xf1], ["pslld", 0xf2], ["psllq", 0xf3],
];
for (const [m, op] of SHIFT_BY_XMM) sse(m, [0x66], op);
/**
 * SSSE3 and SSE4.1 packed integer ops with three-byte opcodes 66 0f 38 op (AVX: VEX.66.0F38
 * op): byte shuffle, dword/word/byte min and max.
 */
export const PACKED_INT_0F38: readonly [string, number][] = [
  ["pshufb", 0x00], ["pminsb", 0x38], ["pminsd", 0x39], ["pminuw", 0x3a], ["pminud", 0x3b],
  ["pmaxsb", 0x3c], ["pmaxsd", 0x3d], ["pmaxuw", 0x3e], ["pmaxud", 0x3f], ["pcmpeqq", 0x29], ["pmulld", 0x40],
  ["pcmpgtq", 0x37], ["pmuldq", 0x28], ["packusdw", 0x2b],
];
for (const [m, op] of PACKED_INT_0F38) sse(m, [0x66], [0x38, op]);
/** SSSE3 absolute values, 66 0f 38 op (one source also under VEX). */
export const ABS: readonly [string, number][] = [["pabsb", 0x1c], ["pabsw", 0x1d], ["pabsd", 0x1e]];
for (const [m, op] of ABS) sse(m, [0x66], [0x38, op]);
sse("ptest", [0x66], [0x38, 0x17]);
// SSE4.1 variable blends: the mask is %xmm0, written first in AT&T.
for (const [m, op] of [["pblendvb", 0x10], ["blendvps", 0x14], ["blendvpd", 0x15]] as [string, number][]) {
  sse(m, [0x66], [0x38, op], ["xmm0", "xmm/m128", "xmm"]);
}
/**
 * SSE4.1 sign and zero extension, 66 0f 38 op: the source is the low part of an xmm register
 * (AVX2: of twice as many bytes for a %ymm destination), or memory of that size.
 */
export const EXTENDS: readonly [string, number, 2 | 4 | 8][] = [
  ["pmovsxbw", 0x20, 8], ["pmovsxbd", 0x21, 4], ["pmovsxbq", 0x22, 2], ["pmovsxwd", 0x23, 8], ["pmovsxwq", 0x24, 4], ["pmovsxdq", 0x25, 8],
  ["pmovzxbw", 0x30, 8], ["pmovzxbd", 0x31, 4], ["pmovzxbq", 0x32, 2], ["pmovzxwd", 0x33, 8], ["pmovzxwq", 0x34, 4], ["pmovzxdq", 0x35, 8],
];
for (const [m, op, n] of EXTENDS) sse(m, [0x66], [0x38, op], [`xmm/m${n * 8}` as OperandKind, "xmm"]);
// SSE4.2 string compares (glibc's strchr/strcspn) and SSSE3 palignr: 66 0f 3a op /r ib.
for (const [m, op] of [["roundps", 0x08], ["roundpd", 0x09], ["palignr", 0x0f], ["pcmpestrm", 0x60], ["pcmpestri", 0x61], ["pcmpistrm", 0x62], ["pcmpistri", 0x63]] as [string, number][]) {
  sse(m, [0x66], [0x3a, op], ["imm8", "xmm/m128", "xmm"]);
}
sse("roundss", [0x66], [0x3a, 0x0a], ["imm8", "xmm/m32", "xmm"]);
sse("roundsd", [0x66], [0x3a, 0x0b], ["imm8", "xmm/m64", "xmm"]);
// Sign masks and non-temporal stores.
sse("pmovmskb", [0x66], 0xd7, ["rxmm", "r32"]);
sse("movmskps", [], 0x50, ["rxmm", "r32"]);
sse("movmskpd", [0x66], 0x50, ["rxmm", "r32"]);
sse("movntps", [], 0x2b, ["xmm", "m"]);
sse("movntpd", [0x66], 0x2b, ["xmm", "m"]);
sse("movntdq", [0x66], 0xe7, ["xmm", "m"]);
sse("movntdqa", [0x66], [0x38, 0x2a], ["m", "xmm"]);

/** Shifts by an immediate: 66 0f 71/72/73 /digit ib. */
export const SHIFT_BY_IMM: readonly [string, number, number][] = [
  ["psrlw", 0x71, 2], ["psraw", 0x71, 4], ["psllw", 0x71, 6], ["psrld", 0x72, 2], ["psrad", 0x72, 4], ["pslld", 0x72, 6],
  ["psrlq", 0x73, 2], ["psrldq", 0x73, 3], ["psllq", 0x73, 6], ["pslldq", 0x73, 7],
];
for (const [m, op, digit] of SHIFT_BY_IMM) sse(m, [0x66], op, ["imm8", "rxmm"], { modrm: digit });
// Shuffles and word extract/insert.
sse("pshufd", [0x66], 0x70, ["imm8", "xmm/m128", "xmm"]);
sse("pshuflw", [0xf2], 0x70, ["imm8", "xmm/m128", "xmm"]);
sse("pshufhw", [0xf3], 0x70, ["imm8", "xmm/m128", "xmm"]);
sse("shufps", [], 0xc6, ["imm8", "xmm/m128", "xmm"]);
sse("shufpd", [0x66], 0xc6, ["imm8", "xmm/m128", "xmm"]);
sse("pextrw", [0x66], 0xc5, ["imm8", "rxmm", "r32"]);
sse("pinsrw", [0x66], 0xc4, ["imm8", "rm32", "xmm"]);
sse("pextrb", [0x66], [0x3a, 0x14], ["imm8", "xmm", "rm32"]);
sse("pinsrb", [0x66], [0x3a, 0x20], ["imm8", "rm32", "xmm"]);
sse("insertps", [0x66], [0x3a, 0x21], ["imm8", "xmm/m32", "xmm"]);
sse("pextrd", [0x66], [0x3a, 0x16], ["imm8", "xmm", "rm32"]);
sse("pextrq", [0x66], [0x3a, 0x16], ["imm8", "xmm", "rm64"], { size: 8 });
sse("pinsrd", [0x66], [0x3a, 0x22], ["imm8", "rm32", "xmm"]);
sse("pinsrq", [0x66], [0x3a, 0x22], ["imm8", "rm64", "xmm"], { size: 8 });

// Packed floating point: `ps` without prefix, `pd` with 66.
for (const [t, prefix] of [["ps", []], ["pd", [0x66]]] as [string, number[]][]) {
  for (const [op, code] of [
    ["add", 0x58], ["mul", 0x59], ["sub", 0x5c], ["min", 0x5d], ["div", 0x5e], ["max", 0x5f], ["sqrt", 0x51],
    ["and", 0x54], ["andn", 0x55], ["or", 0x56], ["xor", 0x57], ["unpckl", 0x14], ["unpckh", 0x15],
  ] as [string, number][]) {
    sse(op + t, prefix, code);
  }
}
// Compare pseudo-ops: CMPccPS/PD/SS/SD = CMPxx with the predicate as a fixed byte.
["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"].forEach((cc, predicate) => {
  for (const [t, prefix, m] of [["ps", [], X[0]], ["pd", [0x66], X[0]], ["ss", [0xf3], "xmm/m32"], ["sd", [0xf2], "xmm/m64"]] as [string, number[], OperandKind][]) {
    sse(`cmp${cc}${t}`, prefix, 0xc2, [m, "xmm"], { immByte: predicate });
  }
});
// Conversions between packed integers, singles and doubles.
sse("cvtdq2ps", [], 0x5b);
sse("cvtps2dq", [0x66], 0x5b);
sse("cvttps2dq", [0xf3], 0x5b);
sse("cvtdq2pd", [0xf3], 0xe6, ["xmm/m64", "xmm"]);
sse("cvttpd2dq", [0x66], 0xe6);
sse("cvtpd2dq", [0xf2], 0xe6);
sse("cvtps2pd", [], 0x5a, ["xmm/m64", "xmm"]);
sse("cvtpd2ps", [0x66], 0x5a);

export const SSE_FORMS: readonly InstructionForm[] = rows;
