// System and special-purpose rows of the x86-64 table: what glibc's hand-written code uses
// around the ordinary instructions — processor state save/restore for the dynamic linker's
// trampolines (`xsave`, `fxsave`, `stmxcsr`), `xgetbv` for CPU feature checks, RTM
// transactions for lock elision (`xbegin`/`xend`/`xabort`/`xtest`), CET shadow-stack
// (`rdsspq`, `incsspq`), prefetches, `movbe`, `jrcxz` and the direction flag.
// Intel SDM vol. 2, each instruction's page; the row shape is the one of ./table.ts.

import type { InstructionForm, OperandKind, OperandSize } from "./table.js";

const rows: InstructionForm[] = [];
const fixed = (mnemonic: string, opcode: number[], prefix?: number[]) =>
  rows.push({ mnemonic, suffix: false, operands: [], opcode, ...(prefix ? { prefix } : {}) });

fixed("xgetbv", [0x0f, 0x01, 0xd0]);
fixed("xsetbv", [0x0f, 0x01, 0xd1]);
fixed("xend", [0x0f, 0x01, 0xd5]);
fixed("xtest", [0x0f, 0x01, 0xd6]);
fixed("rdtscp", [0x0f, 0x01, 0xf9]);
fixed("rdpkru", [0x0f, 0x01, 0xee]);
fixed("wrpkru", [0x0f, 0x01, 0xef]);
fixed("cld", [0xfc]);
fixed("std", [0xfd]);
fixed("clc", [0xf8]);
fixed("stc", [0xf9]);
rows.push({ mnemonic: "xbegin", suffix: false, operands: ["rel32"], opcode: [0xc7, 0xf8] });
rows.push({ mnemonic: "xabort", suffix: false, operands: ["imm8"], opcode: [0xc6, 0xf8] });
rows.push({ mnemonic: "jrcxz", suffix: false, operands: ["rel8"], opcode: [0xe3] });

// State save/restore: 0f ae /digit (0f c7 /4 xsavec) on memory; REX.W makes the 64-bit forms.
for (const [m, opcode, digit] of [
  ["fxsave", [0x0f, 0xae], 0], ["fxrstor", [0x0f, 0xae], 1], ["xsave", [0x0f, 0xae], 4], ["xrstor", [0x0f, 0xae], 5],
  ["xsaveopt", [0x0f, 0xae], 6], ["xsavec", [0x0f, 0xc7], 4],
] as [string, number[], number][]) {
  rows.push({ mnemonic: m, suffix: false, operands: ["m"], opcode, modrm: digit });
  rows.push({ mnemonic: `${m}64`, size: 8, suffix: false, operands: ["m"], opcode, modrm: digit });
}
rows.push({ mnemonic: "ldmxcsr", suffix: false, operands: ["m"], opcode: [0x0f, 0xae], modrm: 2 });
rows.push({ mnemonic: "stmxcsr", suffix: false, operands: ["m"], opcode: [0x0f, 0xae], modrm: 3 });

// Prefetches: 0f 18 /0–/3, prefetchw 0f 0d /1, and cldemote 0f 1c /0.
["prefetchnta", "prefetcht0", "prefetcht1", "prefetcht2"].forEach((m, digit) =>
  rows.push({ mnemonic: m, suffix: false, operands: ["m"], opcode: [0x0f, 0x18], modrm: digit }),
);
rows.push({ mnemonic: "cldemote", suffix: false, operands: ["m"], opcode: [0x0f, 0x1c], modrm: 0 });
rows.push({ mnemonic: "prefetchw", suffix: false, operands: ["m"], opcode: [0x0f, 0x0d], modrm: 1 });

// MOVBE: a load or store that swaps the bytes (0f 38 f0 / f1).
for (const s of [2, 4, 8] as OperandSize[]) {
  const r = `r${s * 8}` as OperandKind;
  rows.push({ mnemonic: "movbe", size: s, suffix: true, operands: ["m", r], opcode: [0x0f, 0x38, 0xf0], modrm: "r" });
  rows.push({ mnemonic: "movbe", size: s, suffix: true, operands: [r, "m"], opcode: [0x0f, 0x38, 0xf1], modrm: "r" });
}

// CET shadow stack: f3 0f 1e /1 rdssp, f3 0f ae /5 incssp on a register (d: 32 bits, q: REX.W).
for (const [s, t] of [[4, "d"], [8, "q"]] as [OperandSize, string][]) {
  const r = s === 4 ? "rr32" : "rr64";
  rows.push({ mnemonic: `rdssp${t}`, size: s, suffix: false, operands: [r], prefix: [0xf3], opcode: [0x0f, 0x1e], modrm: 1 });
  rows.push({ mnemonic: `incssp${t}`, size: s, suffix: false, operands: [r], prefix: [0xf3], opcode: [0x0f, 0xae], modrm: 5 });
}

export const SYSTEM_FORMS: readonly InstructionForm[] = rows;
