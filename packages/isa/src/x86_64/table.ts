// The x86-64 instruction table: one row per instruction form, in AT&T operand order.
//
// A row says what the Intel SDM's opcode tables say (vol. 2, chapter 3–5 "Instruction
// Set Reference"): `add r/m32, imm8` is `83 /0 ib` becomes
//   { mnemonic: "add", size: 4, operands: ["imm8s", "rm32"], opcode: [0x83], modrm: 0 }
// The encoder (./encode.ts) walks the rows of a mnemonic in order and takes the first one
// whose operand kinds match, so the order below is GNU as's preference (imm8 forms before
// the accumulator short forms before the imm32 forms). A decoder can be driven by the same
// rows: opcode bytes, ModRM use and operand kinds are all here.
//
// Operand kinds:
//   r8 r16 r32 r64      a general register of that size     acc   %al/%ax/%eax/%rax
//   rm8 … rm64          that register, or memory             m     memory of any size
//   cl one              %cl, and the immediate 1 (shifts)
//   imm8 imm16 imm32    an immediate of that width (imm8s/imm32s: sign-extended to the
//   imm64               operand size; a symbolic value never fits imm8s)
//   rel8 rel32          a branch target, PC-relative
//   moffs               a 64-bit absolute address after the opcode (movabs 0x1000,%al)
//   sreg                a segment register in ModRM.reg (%es %cs %ss %ds %fs %gs)
//   xmm xmm/m32 xmm/m64 an SSE register (or memory of that size)
//   xmm/m128 rxmm       … or 16 bytes of memory; an SSE register in ModRM.rm (no memory)
//   xmm/m8 xmm/m16      … or 1 or 2 bytes of memory (vpbroadcastb/w)
//   st sti              the x87 top of stack %st; %st(i), added to the last opcode byte
//   ax xmm0             the register %ax (fnstsw), %xmm0 (pblendvb's implicit mask)
//   rr32 rr64           a general register in ModRM.rm, never memory (kmovd %ecx,%k2)
// VEX/EVEX rows (./table-avx.ts) add:
//   V V/m rV            a vector register of the row's length (%xmm/%ymm/%zmm by VEX.L) in
//                       ModRM.reg; in ModRM.rm or memory; in ModRM.rm only
//   vV vr32 vr64        a vector or general register in VEX.vvvv
//   k rk vk             a mask register %k0–%k7 in ModRM.reg, ModRM.rm, VEX.vvvv
//   is4                 a vector register in the high nibble of a trailing imm8 (vblendvpd, FMA4)
// ./operand-kinds.ts says where each kind goes; encoder and decoder both read it there.

import { AVX_FORMS } from "./table-avx.js";
import { AVX_FP_FORMS } from "./table-avx-fp.js";
import { SSE_FORMS } from "./table-sse.js";
import { LEGACY_FORMS } from "./table-legacy.js";
import { SYSTEM_FORMS } from "./table-system.js";

export type OperandKind =
  | "r8" | "r16" | "r32" | "r64"
  | "rm8" | "rm16" | "rm32" | "rm64" | "m"
  | "acc" | "cl" | "one"
  | "imm8" | "imm8s" | "imm16" | "imm32" | "imm32s" | "imm64"
  | "rel8" | "rel32" | "moffs" | "sreg"
  | "xmm" | "xmm/m8" | "xmm/m16" | "xmm/m32" | "xmm/m64" | "xmm/m128" | "rxmm"
  | "st" | "sti" | "ax" | "rr32" | "rr64"
  | "V" | "V/m" | "rV" | "vV" | "vr32" | "vr64" | "k" | "rk" | "vk" | "is4" | "xmm0";

/**
 * The VEX (c4/c5) or EVEX (62) prefix of a row (Intel SDM vol. 2 §2.3 and §2.7): it replaces
 * the mandatory prefix (pp), the 0f/0f38/0f3a escape (map) and REX.W, and adds the vector
 * length L and the register in vvvv.
 */
export interface Vex {
  evex: boolean;
  /** Opcode map: 1 = 0f, 2 = 0f 38, 3 = 0f 3a. */
  map: 1 | 2 | 3;
  /** The implied mandatory prefix (VEX.pp); none when undefined. */
  pp?: 0x66 | 0xf3 | 0xf2;
  /** Vector length 128/256/512 bits as 0/1/2; undefined when ignored (scalar), encoded 0. */
  L?: 0 | 1 | 2;
  /** VEX.W; undefined when ignored, encoded 0. */
  W?: 0 | 1;
}

export type OperandSize = 1 | 2 | 4 | 8;

export interface InstructionForm {
  /** AT&T mnemonic without a size suffix (`add`, `movzbl`, `jne`). */
  mnemonic: string;
  /** Operand size: 2 adds the 0x66 prefix, 8 adds REX.W (unless `default64`). */
  size?: OperandSize;
  /** May be written with the b/w/l/q suffix of `size` (`addq`, `pushq`). */
  suffix: boolean;
  operands: OperandKind[];
  /** Mandatory prefix bytes before any REX (`f3` of endbr64, `f2` of movsd). */
  prefix?: number[];
  opcode: number[];
  /** "r": ModRM.reg holds a register operand; a number: ModRM.reg is that /digit. */
  modrm?: "r" | number;
  /** The register operand is added to the last opcode byte (`50+r` push). */
  opReg?: boolean;
  /** 64-bit operand size without REX.W (push, pop, near call/jmp). */
  default64?: boolean;
  /**
   * Operands the instruction uses without encoding them, as the disassembler prints them
   * after the encoded ones (`acc`: the accumulator of the operand size): string and port I/O.
   */
  implicit?: ("acc" | "%ds:(%rsi)" | "%es:(%rdi)" | "%ds:(%rbx)" | "(%dx)")[];
  /** A fixed byte after ModRM and displacement: the predicate of `cmpltps` (CMPPS with 1). */
  immByte?: number;
  /** VEX/EVEX-encoded: `prefix` is unused and `opcode` is the one byte after the prefix. */
  vex?: Vex;
  /** EVEX embedded broadcast: the element size `(%rax){1to8}` repeats (SDM §2.7.5). */
  broadcast?: 4 | 8;
  /**
   * EVEX embedded rounding (SDM §2.7.6): with register operands, EVEX.b makes L'L a rounding
   * mode printed first (`{rn-sae}`), and the vector length is 512 bits.
   */
  rounding?: boolean;
}

const rows: InstructionForm[] = [];
const W: OperandSize[] = [2, 4, 8];
const rm = (s: OperandSize) => `rm${s * 8}` as OperandKind;
const r = (s: OperandSize) => `r${s * 8}` as OperandKind;
const immFor = (s: OperandSize): OperandKind => (s === 1 ? "imm8" : s === 2 ? "imm16" : s === 4 ? "imm32" : "imm32s");
function row(f: Omit<InstructionForm, "suffix"> & { suffix?: boolean }): void {
  rows.push({ suffix: true, ...f });
}

// ALU: add or adc sbb and sub xor cmp — SDM "ADD" etc.; the operation is opcode bits 5:3.
["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"].forEach((mnemonic, op) => {
  const b = op * 8;
  row({ mnemonic, size: 1, operands: ["r8", "rm8"], opcode: [b], modrm: "r" });
  for (const s of W) row({ mnemonic, size: s, operands: [r(s), rm(s)], opcode: [b + 1], modrm: "r" });
  row({ mnemonic, size: 1, operands: ["rm8", "r8"], opcode: [b + 2], modrm: "r" });
  for (const s of W) row({ mnemonic, size: s, operands: [rm(s), r(s)], opcode: [b + 3], modrm: "r" });
  row({ mnemonic, size: 1, operands: ["imm8", "acc"], opcode: [b + 4] });
  row({ mnemonic, size: 1, operands: ["imm8", "rm8"], opcode: [0x80], modrm: op });
  for (const s of W) row({ mnemonic, size: s, operands: ["imm8s", rm(s)], opcode: [0x83], modrm: op });
  for (const s of W) row({ mnemonic, size: s, operands: [immFor(s), "acc"], opcode: [b + 5] });
  for (const s of W) row({ mnemonic, size: s, operands: [immFor(s), rm(s)], opcode: [0x81], modrm: op });
});

// MOV — SDM "MOV": register/memory, immediate to register (B8+r), immediate to r/m (C7 /0).
row({ mnemonic: "mov", size: 1, operands: ["r8", "rm8"], opcode: [0x88], modrm: "r" });
for (const s of W) row({ mnemonic: "mov", size: s, operands: [r(s), rm(s)], opcode: [0x89], modrm: "r" });
row({ mnemonic: "mov", size: 1, operands: ["rm8", "r8"], opcode: [0x8a], modrm: "r" });
for (const s of W) row({ mnemonic: "mov", size: s, operands: [rm(s), r(s)], opcode: [0x8b], modrm: "r" });
row({ mnemonic: "mov", size: 1, operands: ["imm8", "r8"], opcode: [0xb0], opReg: true });
row({ mnemonic: "mov", size: 2, operands: ["imm16", "r16"], opcode: [0xb8], opReg: true });
row({ mnemonic: "mov", size: 4, operands: ["imm32", "r32"], opcode: [0xb8], opReg: true });
row({ mnemonic: "mov", size: 1, operands: ["imm8", "rm8"], opcode: [0xc6], modrm: 0 });
for (const s of W) row({ mnemonic: "mov", size: s, operands: [immFor(s), rm(s)], opcode: [0xc7], modrm: 0 });
// (movabs first: the decoder prints the first row that fits, and objdump says movabs.)
row({ mnemonic: "movabs", size: 8, operands: ["imm64", "r64"], opcode: [0xb8], opReg: true });
row({ mnemonic: "mov", size: 8, operands: ["imm64", "r64"], opcode: [0xb8], opReg: true });

// Widening moves — SDM "MOVZX", "MOVSX/MOVSXD"; AT&T spells source and destination size.
for (const [m, from, to, opcode] of [
  ["movzbw", 1, 2, [0x0f, 0xb6]], ["movzbl", 1, 4, [0x0f, 0xb6]], ["movzbq", 1, 8, [0x0f, 0xb6]],
  ["movzwl", 2, 4, [0x0f, 0xb7]], ["movzwq", 2, 8, [0x0f, 0xb7]],
  ["movsbw", 1, 2, [0x0f, 0xbe]], ["movsbl", 1, 4, [0x0f, 0xbe]], ["movsbq", 1, 8, [0x0f, 0xbe]],
  ["movswl", 2, 4, [0x0f, 0xbf]], ["movswq", 2, 8, [0x0f, 0xbf]], ["movslq", 4, 8, [0x63]],
] as [string, OperandSize, OperandSize, number[]][]) {
  row({ mnemonic: m, size: to, suffix: false, operands: [rm(from), r(to)], opcode, modrm: "r" });
}
// Sign extension of the accumulator — SDM "CBW/CWDE/CDQE", "CWD/CDQ/CQO".
row({ mnemonic: "cwtl", size: 4, suffix: false, operands: [], opcode: [0x98] });
row({ mnemonic: "cltq", size: 8, suffix: false, operands: [], opcode: [0x98] });
row({ mnemonic: "cwtd", size: 2, suffix: false, operands: [], opcode: [0x99] });
row({ mnemonic: "cltd", size: 4, suffix: false, operands: [], opcode: [0x99] });
row({ mnemonic: "cqto", size: 8, suffix: false, operands: [], opcode: [0x99] });

// LEA, PUSH, POP — SDM "LEA", "PUSH", "POP".
for (const s of W) row({ mnemonic: "lea", size: s, operands: ["m", r(s)], opcode: [0x8d], modrm: "r" });
row({ mnemonic: "push", size: 8, operands: ["r64"], opcode: [0x50], opReg: true, default64: true });
row({ mnemonic: "push", size: 8, operands: ["rm64"], opcode: [0xff], modrm: 6, default64: true });
row({ mnemonic: "push", size: 8, operands: ["imm8s"], opcode: [0x6a], default64: true });
row({ mnemonic: "push", size: 8, operands: ["imm32s"], opcode: [0x68], default64: true });
row({ mnemonic: "pop", size: 8, operands: ["r64"], opcode: [0x58], opReg: true, default64: true });
row({ mnemonic: "pop", size: 8, operands: ["rm64"], opcode: [0x8f], modrm: 0, default64: true });

// TEST — SDM "TEST" (no sign-extended imm8 form).
row({ mnemonic: "test", size: 1, operands: ["r8", "rm8"], opcode: [0x84], modrm: "r" });
for (const s of W) row({ mnemonic: "test", size: s, operands: [r(s), rm(s)], opcode: [0x85], modrm: "r" });
row({ mnemonic: "test", size: 1, operands: ["rm8", "r8"], opcode: [0x84], modrm: "r" });
for (const s of W) row({ mnemonic: "test", size: s, operands: [rm(s), r(s)], opcode: [0x85], modrm: "r" });
row({ mnemonic: "test", size: 1, operands: ["imm8", "acc"], opcode: [0xa8] });
for (const s of W) row({ mnemonic: "test", size: s, operands: [immFor(s), "acc"], opcode: [0xa9] });
row({ mnemonic: "test", size: 1, operands: ["imm8", "rm8"], opcode: [0xf6], modrm: 0 });
for (const s of W) row({ mnemonic: "test", size: s, operands: [immFor(s), rm(s)], opcode: [0xf7], modrm: 0 });

// Unary group 3 and INC/DEC — SDM "NOT", "NEG", "MUL", "IMUL", "DIV", "IDIV", "INC", "DEC".
for (const [mnemonic, digit, b8, bw] of [
  ["inc", 0, 0xfe, 0xff], ["dec", 1, 0xfe, 0xff], ["not", 2, 0xf6, 0xf7], ["neg", 3, 0xf6, 0xf7],
  ["mul", 4, 0xf6, 0xf7], ["imul", 5, 0xf6, 0xf7], ["div", 6, 0xf6, 0xf7], ["idiv", 7, 0xf6, 0xf7],
] as [string, number, number, number][]) {
  row({ mnemonic, size: 1, operands: ["rm8"], opcode: [b8], modrm: digit });
  for (const s of W) row({ mnemonic, size: s, operands: [rm(s)], opcode: [bw], modrm: digit });
}
for (const s of W) {
  row({ mnemonic: "imul", size: s, operands: [rm(s), r(s)], opcode: [0x0f, 0xaf], modrm: "r" });
  row({ mnemonic: "imul", size: s, operands: ["imm8s", rm(s), r(s)], opcode: [0x6b], modrm: "r" });
  row({ mnemonic: "imul", size: s, operands: [immFor(s), rm(s), r(s)], opcode: [0x69], modrm: "r" });
}

// Shifts and rotates — SDM "SAL/SAR/SHL/SHR", "RCL/RCR/ROL/ROR" (group 2).
for (const [mnemonic, digit] of [["rol", 0], ["ror", 1], ["rcl", 2], ["rcr", 3], ["shl", 4], ["sal", 4], ["shr", 5], ["sar", 7]] as [string, number][]) {
  for (const s of [1, ...W] as OperandSize[]) {
    const wide = s === 1 ? 0 : 1;
    row({ mnemonic, size: s, operands: ["one", rm(s)], opcode: [0xd0 + wide], modrm: digit });
    row({ mnemonic, size: s, operands: [rm(s)], opcode: [0xd0 + wide], modrm: digit });
    row({ mnemonic, size: s, operands: ["cl", rm(s)], opcode: [0xd2 + wide], modrm: digit });
    row({ mnemonic, size: s, operands: ["imm8", rm(s)], opcode: [0xc0 + wide], modrm: digit });
  }
}

// Condition codes (SDM appendix B.1.4.7, "tttn"): Jcc, SETcc, CMOVcc.
export const CONDITIONS: [string[], number][] = [
  [["o"], 0], [["no"], 1], [["b", "c", "nae"], 2], [["ae", "nb", "nc"], 3], [["e", "z"], 4], [["ne", "nz"], 5],
  [["be", "na"], 6], [["a", "nbe"], 7], [["s"], 8], [["ns"], 9], [["p", "pe"], 10], [["np", "po"], 11],
  [["l", "nge"], 12], [["ge", "nl"], 13], [["le", "ng"], 14], [["g", "nle"], 15],
];
for (const [names, cc] of CONDITIONS) {
  for (const n of names) {
    row({ mnemonic: `j${n}`, suffix: false, operands: ["rel8"], opcode: [0x70 + cc] });
    row({ mnemonic: `j${n}`, suffix: false, operands: ["rel32"], opcode: [0x0f, 0x80 + cc] });
    row({ mnemonic: `set${n}`, size: 1, suffix: false, operands: ["rm8"], opcode: [0x0f, 0x90 + cc], modrm: 0 });
    for (const s of W) row({ mnemonic: `cmov${n}`, size: s, operands: [rm(s), r(s)], opcode: [0x0f, 0x40 + cc], modrm: "r" });
  }
}

// Control transfer — SDM "JMP", "CALL", "RET", "LEAVE".
row({ mnemonic: "jmp", suffix: false, operands: ["rel8"], opcode: [0xeb] });
row({ mnemonic: "jmp", suffix: false, operands: ["rel32"], opcode: [0xe9] });
row({ mnemonic: "jmp", size: 8, operands: ["rm64"], opcode: [0xff], modrm: 4, default64: true });
row({ mnemonic: "call", size: 8, operands: ["rel32"], opcode: [0xe8], default64: true });
row({ mnemonic: "call", size: 8, operands: ["rm64"], opcode: [0xff], modrm: 2, default64: true });
row({ mnemonic: "ret", size: 8, operands: [], opcode: [0xc3], default64: true });
row({ mnemonic: "ret", size: 8, operands: ["imm16"], opcode: [0xc2], default64: true });
row({ mnemonic: "leave", size: 8, operands: [], opcode: [0xc9], default64: true });

// Exchange, string moves and stores (with `rep`) — SDM "XCHG", "MOVS", "STOS".
for (const s of W) {
  row({ mnemonic: "xchg", size: s, operands: ["acc", r(s)], opcode: [0x90], opReg: true });
  row({ mnemonic: "xchg", size: s, operands: [r(s), "acc"], opcode: [0x90], opReg: true });
  row({ mnemonic: "xchg", size: s, operands: [r(s), rm(s)], opcode: [0x87], modrm: "r" });
  row({ mnemonic: "xchg", size: s, operands: [rm(s), r(s)], opcode: [0x87], modrm: "r" });
}
for (const s of [1, ...W] as OperandSize[]) {
  row({ mnemonic: "movs", size: s, operands: [], opcode: [s === 1 ? 0xa4 : 0xa5], implicit: ["%ds:(%rsi)", "%es:(%rdi)"] });
  row({ mnemonic: "stos", size: s, operands: [], opcode: [s === 1 ? 0xaa : 0xab], implicit: ["acc", "%es:(%rdi)"] });
}

// Bit scans, byte swap, bit tests and double shifts — SDM "BSF", "BSR", "TZCNT", "LZCNT",
// "POPCNT", "BSWAP", "BT", "BTS", "BTR", "BTC", "SHLD", "SHRD" (`rep bsf` is how gcc spells tzcnt).
for (const s of W) {
  row({ mnemonic: "bsf", size: s, operands: [rm(s), r(s)], opcode: [0x0f, 0xbc], modrm: "r" });
  row({ mnemonic: "bsr", size: s, operands: [rm(s), r(s)], opcode: [0x0f, 0xbd], modrm: "r" });
  row({ mnemonic: "tzcnt", size: s, operands: [rm(s), r(s)], prefix: [0xf3], opcode: [0x0f, 0xbc], modrm: "r" });
  row({ mnemonic: "lzcnt", size: s, operands: [rm(s), r(s)], prefix: [0xf3], opcode: [0x0f, 0xbd], modrm: "r" });
  row({ mnemonic: "popcnt", size: s, operands: [rm(s), r(s)], prefix: [0xf3], opcode: [0x0f, 0xb8], modrm: "r" });
  // bt/bts/btr/btc: register form 0f a3/ab/b3/bb, immediate form 0f ba /4 /5 /6 /7.
  for (const [mnemonic, opcode, digit] of [["bt", 0xa3, 4], ["bts", 0xab, 5], ["btr", 0xb3, 6], ["btc", 0xbb, 7]] as const) {
    row({ mnemonic, size: s, operands: [r(s), rm(s)], opcode: [0x0f, opcode], modrm: "r" });
    row({ mnemonic, size: s, operands: ["imm8", rm(s)], opcode: [0x0f, 0xba], modrm: digit });
  }
  row({ mnemonic: "shld", size: s, operands: ["imm8", r(s), rm(s)], opcode: [0x0f, 0xa4], modrm: "r" });
  row({ mnemonic: "shld", size: s, operands: ["cl", r(s), rm(s)], opcode: [0x0f, 0xa5], modrm: "r" });
  row({ mnemonic: "shrd", size: s, operands: ["imm8", r(s), rm(s)], opcode: [0x0f, 0xac], modrm: "r" });
  row({ mnemonic: "shrd", size: s, operands: ["cl", r(s), rm(s)], opcode: [0x0f, 0xad], modrm: "r" });
}
for (const s of [4, 8] as OperandSize[]) row({ mnemonic: "bswap", size: s, operands: [r(s)], opcode: [0x0f, 0xc8], opReg: true });

// Atomics (with a `lock` prefix) — SDM "XADD", "CMPXCHG"; fences.
row({ mnemonic: "xadd", size: 1, operands: ["r8", "rm8"], opcode: [0x0f, 0xc0], modrm: "r" });
for (const s of W) row({ mnemonic: "xadd", size: s, operands: [r(s), rm(s)], opcode: [0x0f, 0xc1], modrm: "r" });
row({ mnemonic: "cmpxchg", size: 1, operands: ["r8", "rm8"], opcode: [0x0f, 0xb0], modrm: "r" });
for (const s of W) row({ mnemonic: "cmpxchg", size: s, operands: [r(s), rm(s)], opcode: [0x0f, 0xb1], modrm: "r" });
row({ mnemonic: "mfence", suffix: false, operands: [], opcode: [0x0f, 0xae, 0xf0] });
row({ mnemonic: "lfence", suffix: false, operands: [], opcode: [0x0f, 0xae, 0xe8] });
row({ mnemonic: "sfence", suffix: false, operands: [], opcode: [0x0f, 0xae, 0xf8] });

// x87 floating point, for `long double` — SDM "FLD", "FST/FSTP", "FADD/FADDP" …: memory
// forms are d8–df /digit with the size in the AT&T mnemonic (`flds` 32, `fldl` 64, `fldt`
// 80 bits); register forms put %st(i) in the low bits of the second byte.
for (const [m, op, digit] of [
  ["flds", 0xd9, 0], ["fldl", 0xdd, 0], ["fldt", 0xdb, 5], ["filds", 0xdf, 0], ["fildl", 0xdb, 0], ["fildll", 0xdf, 5],
  ["fsts", 0xd9, 2], ["fstl", 0xdd, 2], ["fstps", 0xd9, 3], ["fstpl", 0xdd, 3], ["fstpt", 0xdb, 7],
  ["fistps", 0xdf, 3], ["fistpl", 0xdb, 3], ["fistpll", 0xdf, 7], ["fisttpl", 0xdb, 1], ["fisttpll", 0xdd, 1],
  ["fnstcw", 0xd9, 7], ["fldcw", 0xd9, 5], ["fnstenv", 0xd9, 6], ["fldenv", 0xd9, 4], ["fnstsw", 0xdd, 7],
] as [string, number, number][]) {
  row({ mnemonic: m, suffix: false, operands: ["m"], opcode: [op], modrm: digit });
}
for (const [m, op, second] of [["fld", 0xd9, 0xc0], ["fst", 0xdd, 0xd0], ["fstp", 0xdd, 0xd8], ["fxch", 0xd9, 0xc8]] as [string, number, number][]) {
  row({ mnemonic: m, suffix: false, operands: ["sti"], opcode: [op, second], opReg: true });
}
// Arithmetic: `fop mem32/64`, `fop %st(i),%st`, `fop %st,%st(i)`, `fopp %st,%st(i)`.
["add", "mul", "", "", "sub", "subr", "div", "divr"].forEach((op, digit) => {
  if (!op) return;
  const second = 0xc0 + digit * 8;
  row({ mnemonic: `f${op}s`, suffix: false, operands: ["m"], opcode: [0xd8], modrm: digit });
  row({ mnemonic: `f${op}l`, suffix: false, operands: ["m"], opcode: [0xdc], modrm: digit });
  row({ mnemonic: `f${op}`, suffix: false, operands: ["sti", "st"], opcode: [0xd8, second], opReg: true });
  row({ mnemonic: `f${op}`, suffix: false, operands: ["st", "sti"], opcode: [0xdc, second], opReg: true });
  row({ mnemonic: `f${op}p`, suffix: false, operands: ["st", "sti"], opcode: [0xde, second], opReg: true });
});
for (const [m, op, second] of [["fucomi", 0xdb, 0xe8], ["fucomip", 0xdf, 0xe8], ["fcomi", 0xdb, 0xf0], ["fcomip", 0xdf, 0xf0]] as [string, number, number][]) {
  row({ mnemonic: m, suffix: false, operands: ["sti", "st"], opcode: [op, second], opReg: true });
}
for (const [m, bytes] of [["fchs", [0xd9, 0xe0]], ["fabs", [0xd9, 0xe1]], ["fld1", [0xd9, 0xe8]], ["fldz", [0xd9, 0xee]], ["frndint", [0xd9, 0xfc]], ["fucompp", [0xda, 0xe9]],
  ["ftst", [0xd9, 0xe4]], ["fxam", [0xd9, 0xe5]], ["fnclex", [0xdb, 0xe2]], ["fninit", [0xdb, 0xe3]],
  ["fldl2t", [0xd9, 0xe9]], ["fldl2e", [0xd9, 0xea]], ["fldpi", [0xd9, 0xeb]], ["fldlg2", [0xd9, 0xec]], ["fldln2", [0xd9, 0xed]],
  ["f2xm1", [0xd9, 0xf0]], ["fyl2x", [0xd9, 0xf1]], ["fptan", [0xd9, 0xf2]], ["fpatan", [0xd9, 0xf3]], ["fxtract", [0xd9, 0xf4]],
  ["fprem1", [0xd9, 0xf5]], ["fprem", [0xd9, 0xf8]], ["fyl2xp1", [0xd9, 0xf9]], ["fsqrt", [0xd9, 0xfa]], ["fsincos", [0xd9, 0xfb]],
  ["fscale", [0xd9, 0xfd]], ["fsin", [0xd9, 0xfe]], ["fcos", [0xd9, 0xff]], ["fcompp", [0xde, 0xd9]]] as [string, number[]][]) {
  row({ mnemonic: m, suffix: false, operands: [], opcode: bytes });
}
row({ mnemonic: "fnstsw", suffix: false, operands: ["ax"], opcode: [0xdf, 0xe0] });
// fcom/fcomp on memory (d8: 32-bit, dc: 64-bit), fcmovcc %st(i),%st, ffreep %st(i).
for (const [m, op, digit] of [["fcoms", 0xd8, 2], ["fcoml", 0xdc, 2], ["fcomps", 0xd8, 3], ["fcompl", 0xdc, 3]] as [string, number, number][]) {
  row({ mnemonic: m, suffix: false, operands: ["m"], opcode: [op], modrm: digit });
}
["b", "e", "be", "u"].forEach((cc, i) => {
  row({ mnemonic: `fcmov${cc}`, suffix: false, operands: ["sti", "st"], opcode: [0xda, 0xc0 + 8 * i], opReg: true });
  row({ mnemonic: `fcmovn${cc}`, suffix: false, operands: ["sti", "st"], opcode: [0xdb, 0xc0 + 8 * i], opReg: true });
});
row({ mnemonic: "ffreep", suffix: false, operands: ["sti"], opcode: [0xdf, 0xc0], opReg: true });
// The waiting forms are fwait (9b) and the no-wait instruction; objdump prints them as one.
row({ mnemonic: "fstsw", suffix: false, operands: ["ax"], opcode: [0x9b, 0xdf, 0xe0] });
row({ mnemonic: "fstsw", suffix: false, operands: ["m"], opcode: [0x9b, 0xdd], modrm: 7 });
row({ mnemonic: "fstcw", suffix: false, operands: ["m"], opcode: [0x9b, 0xd9], modrm: 7 });
row({ mnemonic: "fwait", suffix: false, operands: [], opcode: [0x9b] });

// No operands.
row({ mnemonic: "pause", suffix: false, operands: [], prefix: [0xf3], opcode: [0x90] });
row({ mnemonic: "rdtsc", suffix: false, operands: [], opcode: [0x0f, 0x31] });
row({ mnemonic: "nop", suffix: false, operands: [], opcode: [0x90] });
for (const s of [2, 4] as OperandSize[]) row({ mnemonic: "nop", size: s, operands: [rm(s)], opcode: [0x0f, 0x1f], modrm: 0 });
row({ mnemonic: "hlt", suffix: false, operands: [], opcode: [0xf4] });
row({ mnemonic: "int3", suffix: false, operands: [], opcode: [0xcc] });
row({ mnemonic: "ud2", suffix: false, operands: [], opcode: [0x0f, 0x0b] });
row({ mnemonic: "syscall", suffix: false, operands: [], opcode: [0x0f, 0x05] });
row({ mnemonic: "cpuid", suffix: false, operands: [], opcode: [0x0f, 0xa2] });
row({ mnemonic: "endbr64", suffix: false, operands: [], prefix: [0xf3], opcode: [0x0f, 0x1e, 0xfa] });

// SSE2 scalar floating point (what gcc -O0 emits for float/double) — SDM "MOVSD", "ADDSD" …
for (const [t, p, m] of [["sd", 0xf2, "xmm/m64"], ["ss", 0xf3, "xmm/m32"]] as [string, number, OperandKind][]) {
  row({ mnemonic: `mov${t}`, suffix: false, operands: [m, "xmm"], prefix: [p], opcode: [0x0f, 0x10], modrm: "r" });
  row({ mnemonic: `mov${t}`, suffix: false, operands: ["xmm", m], prefix: [p], opcode: [0x0f, 0x11], modrm: "r" });
  for (const [op, code] of [["add", 0x58], ["mul", 0x59], ["sub", 0x5c], ["min", 0x5d], ["div", 0x5e], ["max", 0x5f], ["sqrt", 0x51]] as [string, number][]) {
    row({ mnemonic: `${op}${t}`, suffix: false, operands: [m, "xmm"], prefix: [p], opcode: [0x0f, code], modrm: "r" });
  }
  for (const s of [4, 8] as OperandSize[]) {
    row({ mnemonic: `cvtsi2${t}`, size: s, operands: [rm(s), "xmm"], prefix: [p], opcode: [0x0f, 0x2a], modrm: "r" });
    row({ mnemonic: `cvtt${t}2si`, size: s, operands: [m, r(s)], prefix: [p], opcode: [0x0f, 0x2c], modrm: "r" });
    row({ mnemonic: `cvt${t}2si`, size: s, operands: [m, r(s)], prefix: [p], opcode: [0x0f, 0x2d], modrm: "r" });
  }
}
row({ mnemonic: "cvtss2sd", suffix: false, operands: ["xmm/m32", "xmm"], prefix: [0xf3], opcode: [0x0f, 0x5a], modrm: "r" });
row({ mnemonic: "cvtsd2ss", suffix: false, operands: ["xmm/m64", "xmm"], prefix: [0xf2], opcode: [0x0f, 0x5a], modrm: "r" });
row({ mnemonic: "ucomisd", suffix: false, operands: ["xmm/m64", "xmm"], prefix: [0x66], opcode: [0x0f, 0x2e], modrm: "r" });
row({ mnemonic: "comisd", suffix: false, operands: ["xmm/m64", "xmm"], prefix: [0x66], opcode: [0x0f, 0x2f], modrm: "r" });
row({ mnemonic: "ucomiss", suffix: false, operands: ["xmm/m32", "xmm"], opcode: [0x0f, 0x2e], modrm: "r" });
row({ mnemonic: "comiss", suffix: false, operands: ["xmm/m32", "xmm"], opcode: [0x0f, 0x2f], modrm: "r" });
row({ mnemonic: "movd", size: 4, suffix: false, operands: ["rm32", "xmm"], prefix: [0x66], opcode: [0x0f, 0x6e], modrm: "r" });
row({ mnemonic: "movd", size: 4, suffix: false, operands: ["xmm", "rm32"], prefix: [0x66], opcode: [0x0f, 0x7e], modrm: "r" });
row({ mnemonic: "movq", size: 8, suffix: false, operands: ["rm64", "xmm"], prefix: [0x66], opcode: [0x0f, 0x6e], modrm: "r" });
row({ mnemonic: "movq", size: 8, suffix: false, operands: ["xmm", "rm64"], prefix: [0x66], opcode: [0x0f, 0x7e], modrm: "r" });

/**
 * Every form, in matching order: the SSE rows (./table-sse.ts) first, then these, the system
 * rows (./table-system.ts), the legacy ones data bytes decode to (./table-legacy.ts) and the VEX/EVEX rows (./table-avx.ts, ./table-avx-fp.ts).
 */
export const FORMS: readonly InstructionForm[] = [...SSE_FORMS, ...rows, ...SYSTEM_FORMS, ...LEGACY_FORMS, ...AVX_FORMS, ...AVX_FP_FORMS];
