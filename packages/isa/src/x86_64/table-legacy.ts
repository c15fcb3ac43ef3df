// The one-byte legacy opcodes compilers never emit but data read as code is full of (what
// `objdump -D` meets in .data and .rodata): port I/O (`in`, `out`, `insb`, `outsl`), the
// string loads, scans and compares (`lods`, `scas`, `cmpsb`), `xlat`, interrupts (`int`,
// `int1`, `iret`), flag instructions (`sti`, `cli`, `cmc`, `lahf`, `sahf`, `pushf`, `popf`),
// far returns (`lret`), `loop`/`loope`/`loopne`, `enter`, the byte `xchg` and the `movabs`
// moves between the accumulator and a 64-bit absolute address (moffs), `movsxd`, `ljmp`/
// `lcall` through memory, `sldt` and its 0f 00 siblings, segment register moves, `ud0`/`ud1`
// and the rarer x87 forms.
// Intel SDM vol. 2, each instruction's page, and its one-byte opcode map (appendix A.3).

import type { InstructionForm, OperandKind, OperandSize } from "./table.js";

const rows: InstructionForm[] = [];
const fixed = (mnemonic: string, opcode: number, extra: Partial<InstructionForm> = {}) =>
  rows.push({ mnemonic, suffix: false, operands: [], opcode: [opcode], ...extra });
const W: OperandSize[] = [2, 4, 8];

// (REX.W forms first: with other REX bits unused too, the row that uses W is the one printed.)
fixed("iretq", 0xcf, { size: 8 });
fixed("lretq", 0xcb, { size: 8 });
for (const [m, op] of [["sti", 0xfb], ["cli", 0xfa], ["cmc", 0xf5], ["lahf", 0x9f], ["sahf", 0x9e], ["int1", 0xf1], ["iret", 0xcf], ["lret", 0xcb]] as [string, number][]) fixed(m, op);
rows.push({ mnemonic: "lret", suffix: false, operands: ["imm16"], opcode: [0xca] });
rows.push({ mnemonic: "int", suffix: false, operands: ["imm8"], opcode: [0xcd] });
fixed("pushf", 0x9c, { size: 8, default64: true });
fixed("popf", 0x9d, { size: 8, default64: true });
fixed("xlat", 0xd7, { implicit: ["%ds:(%rbx)"] });
// ENTER imm16, imm8: AT&T keeps Intel's operand order (`enter $0x20,$0x0`).
rows.push({ mnemonic: "enter", size: 8, suffix: false, operands: ["imm16", "imm8"], opcode: [0xc8], default64: true });
["loopne", "loope", "loop"].forEach((m, i) => rows.push({ mnemonic: m, suffix: false, operands: ["rel8"], opcode: [0xe0 + i] }));

rows.push({ mnemonic: "xchg", size: 1, suffix: true, operands: ["r8", "rm8"], opcode: [0x86], modrm: "r" });
rows.push({ mnemonic: "xchg", size: 1, suffix: true, operands: ["rm8", "r8"], opcode: [0x86], modrm: "r" });

// Port I/O: an imm8 port (e4–e7) or the port in %dx (ec–ef); the string forms 6c–6f.
// Without 0x66 the string forms are 32-bit whatever REX.W says (`rex.W insl`).
for (const s of [1, 2, 4] as OperandSize[]) {
  const wide = s === 1 ? 0 : 1;
  rows.push({ mnemonic: "in", size: s, suffix: true, operands: ["imm8", "acc"], opcode: [0xe4 + wide] });
  rows.push({ mnemonic: "out", size: s, suffix: true, operands: ["acc", "imm8"], opcode: [0xe6 + wide] });
  rows.push({ mnemonic: "in", size: s, suffix: true, operands: [], opcode: [0xec + wide], implicit: ["(%dx)", "acc"] });
  rows.push({ mnemonic: "out", size: s, suffix: true, operands: [], opcode: [0xee + wide], implicit: ["acc", "(%dx)"] });
  const size = s === 4 ? {} : { size: s };
  const [ins, outs] = s === 4 ? ["insl", "outsl"] : ["ins", "outs"];
  rows.push({ mnemonic: ins, ...size, suffix: s !== 4, operands: [], opcode: [0x6c + wide], implicit: ["(%dx)", "%es:(%rdi)"] });
  rows.push({ mnemonic: outs, ...size, suffix: s !== 4, operands: [], opcode: [0x6e + wide], implicit: ["%ds:(%rsi)", "(%dx)"] });
}
// Group aliases the CPU accepts: TEST as f6/f7 /1 and SHL as /6 of the shift group.
rows.push({ mnemonic: "test", size: 1, suffix: true, operands: ["imm8", "rm8"], opcode: [0xf6], modrm: 1 });
for (const s of W) rows.push({ mnemonic: "test", size: s, suffix: true, operands: [s === 2 ? "imm16" : "imm32s", `rm${s * 8}` as OperandKind], opcode: [0xf7], modrm: 1 });
for (const s of [1, ...W] as OperandSize[]) {
  const wide = s === 1 ? 0 : 1;
  const rm = `rm${s * 8}` as OperandKind;
  rows.push({ mnemonic: "shl", size: s, suffix: true, operands: [rm], opcode: [0xd0 + wide], modrm: 6 });
  rows.push({ mnemonic: "shl", size: s, suffix: true, operands: ["cl", rm], opcode: [0xd2 + wide], modrm: 6 });
  rows.push({ mnemonic: "shl", size: s, suffix: true, operands: ["imm8", rm], opcode: [0xc0 + wide], modrm: 6 });
}
// PUSH and POP of a 16-bit register (66 50+r, 66 58+r).
rows.push({ mnemonic: "push", size: 2, suffix: true, operands: ["r16"], opcode: [0x50], opReg: true });
rows.push({ mnemonic: "pop", size: 2, suffix: true, operands: ["r16"], opcode: [0x58], opReg: true });

// String loads, scans and compares (a4/aa movs/stos are in ./table.ts).
for (const s of [1, ...W] as OperandSize[]) {
  const wide = s === 1 ? 0 : 1;
  rows.push({ mnemonic: "lods", size: s, suffix: true, operands: [], opcode: [0xac + wide], implicit: ["%ds:(%rsi)", "acc"] });
  rows.push({ mnemonic: "scas", size: s, suffix: true, operands: [], opcode: [0xae + wide], implicit: ["%es:(%rdi)", "acc"] });
  rows.push({ mnemonic: "cmps", size: s, suffix: true, operands: [], opcode: [0xa6 + wide], implicit: ["%es:(%rdi)", "%ds:(%rsi)"] });
}

// MOV between the accumulator and a 64-bit absolute address (a0–a3), printed `movabs`.
for (const s of [1, ...W] as OperandSize[]) {
  const wide = s === 1 ? 0 : 1;
  rows.push({ mnemonic: "movabs", size: s, suffix: true, operands: ["moffs", "acc"], opcode: [0xa0 + wide] });
  rows.push({ mnemonic: "movabs", size: s, suffix: true, operands: ["acc", "moffs"], opcode: [0xa2 + wide] });
}

// MOVSXD without REX.W (a 32-bit move, objdump still says movsxd); far indirect jumps and
// calls through memory (ff /5, ff /3); the descriptor-table selectors of 0f 00.
rows.push({ mnemonic: "movsxd", size: 2, suffix: false, operands: ["rm16", "r16"], opcode: [0x63], modrm: "r" });
rows.push({ mnemonic: "movsxd", size: 4, suffix: false, operands: ["rm32", "r32"], opcode: [0x63], modrm: "r" });
rows.push({ mnemonic: "ljmp", suffix: false, operands: ["m"], opcode: [0xff], modrm: 5 });
rows.push({ mnemonic: "lcall", suffix: false, operands: ["m"], opcode: [0xff], modrm: 3 });
["sldt", "str", "lldt", "ltr", "verr", "verw"].forEach((m, digit) => rows.push({ mnemonic: m, suffix: false, operands: ["m"], opcode: [0x0f, 0x00], modrm: digit }));

// x87 memory forms gcc does not use: integer arithmetic (da 32-bit, de 16-bit), the rest of
// the integer loads and stores, BCD, and the environment save/restore.
["add", "mul", "com", "comp", "sub", "subr", "div", "divr"].forEach((op, digit) => {
  rows.push({ mnemonic: `fi${op}l`, suffix: false, operands: ["m"], opcode: [0xda], modrm: digit });
  rows.push({ mnemonic: `fi${op}s`, suffix: false, operands: ["m"], opcode: [0xde], modrm: digit });
});
for (const [m, op, digit] of [["fistl", 0xdb, 2], ["frstor", 0xdd, 4], ["fnsave", 0xdd, 6], ["fisttps", 0xdf, 1], ["fists", 0xdf, 2], ["fbld", 0xdf, 4], ["fbstp", 0xdf, 6]] as [string, number, number][]) {
  rows.push({ mnemonic: m, suffix: false, operands: ["m"], opcode: [op], modrm: digit });
}

// x87 register forms gcc does not use: compares against %st(i), ffree, fnop, stack pointer steps.
for (const [m, op, second] of [["fcom", 0xd8, 0xd0], ["fcomp", 0xd8, 0xd8], ["ffree", 0xdd, 0xc0], ["fucom", 0xdd, 0xe0], ["fucomp", 0xdd, 0xe8]] as [string, number, number][]) {
  rows.push({ mnemonic: m, suffix: false, operands: ["sti"], opcode: [op, second], opReg: true });
}
for (const [m, second] of [["fnop", 0xd0], ["fdecstp", 0xf6], ["fincstp", 0xf7]] as [string, number][]) rows.push({ mnemonic: m, suffix: false, operands: [], opcode: [0xd9, second] });

// The x87 memory encodings that name no instruction: objdump prints `(bad)` with the operand.
for (const [op, digit] of [[0xd9, 1], [0xdb, 4], [0xdb, 6], [0xdd, 5]]) rows.push({ mnemonic: "(bad)", suffix: false, operands: ["m"], opcode: [op!], modrm: digit! });

// Moves to and from segment registers (8e, 8c): a 32-bit register or memory on the other side.
rows.push({ mnemonic: "mov", size: 4, suffix: false, operands: ["rm32", "sreg"], opcode: [0x8e], modrm: "r" });
rows.push({ mnemonic: "mov", size: 4, suffix: false, operands: ["sreg", "rm32"], opcode: [0x8c], modrm: "r" });
rows.push({ mnemonic: "mov", size: 8, suffix: false, operands: ["sreg", "rm64"], opcode: [0x8c], modrm: "r" });
// UD0 and UD1 (0f ff, 0f b9) take a ModRM.
for (const [m, op] of [["ud0", 0xff], ["ud1", 0xb9]] as [string, number][]) rows.push({ mnemonic: m, size: 4, suffix: false, operands: ["rm32", "r32"], opcode: [0x0f, op], modrm: "r" });

export const LEGACY_FORMS: readonly InstructionForm[] = rows;
