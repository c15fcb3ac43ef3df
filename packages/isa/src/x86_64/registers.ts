// x86-64 registers (Intel SDM vol. 1 §3.4.1, §3.7.2.1, §8.1.2 for the x87 stack, §14.1 and
// §15.1 for AVX and AVX-512): the number that goes into ModRM.reg / ModRM.rm / SIB / opcode+r
// / VEX.vvvv (low 3 bits, plus a REX/VEX bit for r8–r15 and xmm8–15, plus an EVEX bit for
// xmm16–31) and the size. %ymm and %zmm are the 256- and 512-bit views of the same vector
// registers; %k0–%k7 are AVX-512's mask registers.
//
// Two quirks of the byte registers: %spl %bpl %sil %dil exist only with a REX prefix
// (without one, the same numbers 4–7 mean %ah %ch %dh %bh), so they force a REX byte, and
// %ah–%bh cannot appear in an instruction that has one.

export interface Register {
  name: string;
  /** 0–15 for general registers, 0–31 for vector registers; 16 marks %rip; 0–7 for %st(i) and %k. */
  num: number;
  /** Size in bytes (16/32/64 for xmm/ymm/zmm, 10 for x87, 8 for mask registers). */
  size: 1 | 2 | 4 | 8 | 10 | 16 | 32 | 64;
  kind: "gpr" | "xmm" | "ymm" | "zmm" | "k" | "rip" | "st";
  /** %spl %bpl %sil %dil: needs a REX prefix. */
  needsRex?: boolean;
  /** %ah %ch %dh %bh: forbids a REX prefix. */
  highByte?: boolean;
}

const GPR64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"];
const GPR32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
const GPR16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];
const GPR8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"];

function build(): Map<string, Register> {
  const m = new Map<string, Register>();
  const add = (r: Register) => m.set(r.name, r);
  for (let i = 0; i < 16; i++) {
    const low = i < 8;
    add({ name: low ? GPR64[i]! : `r${i}`, num: i, size: 8, kind: "gpr" });
    add({ name: low ? GPR32[i]! : `r${i}d`, num: i, size: 4, kind: "gpr" });
    add({ name: low ? GPR16[i]! : `r${i}w`, num: i, size: 2, kind: "gpr" });
    add({ name: low ? GPR8[i]! : `r${i}b`, num: i, size: 1, kind: "gpr", needsRex: i >= 4 && i < 8 });
  }
  for (let i = 0; i < 32; i++) {
    add({ name: `xmm${i}`, num: i, size: 16, kind: "xmm" });
    add({ name: `ymm${i}`, num: i, size: 32, kind: "ymm" });
    add({ name: `zmm${i}`, num: i, size: 64, kind: "zmm" });
  }
  for (let i = 0; i < 8; i++) add({ name: `k${i}`, num: i, size: 8, kind: "k" });
  ["ah", "ch", "dh", "bh"].forEach((name, i) => add({ name, num: 4 + i, size: 1, kind: "gpr", highByte: true }));
  add({ name: "rip", num: 16, size: 8, kind: "rip" });
  // x87 register stack: %st is %st(0), the top.
  add({ name: "st", num: 0, size: 10, kind: "st" });
  for (let i = 0; i < 8; i++) add({ name: `st(${i})`, num: i, size: 10, kind: "st" });
  return m;
}

/** Registers by AT&T name without the `%`. */
export const REGISTERS: ReadonlyMap<string, Register> = build();
