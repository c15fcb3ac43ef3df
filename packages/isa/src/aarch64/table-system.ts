// A64 system instructions: Arm ARM C4.1.87 "Branches, Exception Generating and System
// instructions" (hints, barriers, system register moves, SYS cache maintenance) and PRFM.
//
// Hints share one encoding, HINT #imm = `11010101000000110010 CRm op2 11111`; the named ones
// (NOP, YIELD, the pointer-authentication hints PACIASP/AUTIASP …, BTI, ESB, CSDB) come first
// and objdump prints the rest as `hint #0x..`. DC and IC are SYS instructions
// (`1101010100 0 01 op1 CRn CRm op2 Rt`) with a name per op1:CRm:op2 (CRn is 7 for all).

import { X_ONLY, row, type RawRow } from "./form.js";

const HINTS: [name: string, value: number][] = [
  ["nop", 0], ["yield", 1], ["wfe", 2], ["wfi", 3], ["sev", 4], ["sevl", 5],
  ["xpaclri", 7], ["pacia1716", 8], ["pacib1716", 10], ["autia1716", 12], ["autib1716", 14],
  ["esb", 16], ["csdb", 20], ["clearbhb", 22],
  ["paciaz", 24], ["paciasp", 25], ["pacibz", 26], ["pacibsp", 27], ["autiaz", 28], ["autiasp", 29], ["autibz", 30], ["autibsp", 31],
];

const hint = (value: number) => `11010101000000110010 ${(value >> 3).toString(2).padStart(4, "0")} ${(value & 7).toString(2).padStart(3, "0")} 11111`;

/** Data-cache operations: [name, op1, CRm, op2] (the MTE ones, `g…`, set tags too). */
const DC_OPS: [string, number, number, number][] = [
  ["ivac", 0, 6, 1], ["isw", 0, 6, 2], ["igvac", 0, 6, 3], ["igsw", 0, 6, 4], ["igdvac", 0, 6, 5], ["igdsw", 0, 6, 6],
  ["csw", 0, 10, 2], ["cgsw", 0, 10, 4], ["cgdsw", 0, 10, 6], ["cisw", 0, 14, 2], ["cigsw", 0, 14, 4], ["cigdsw", 0, 14, 6],
  ["zva", 3, 4, 1], ["gva", 3, 4, 3], ["gzva", 3, 4, 4],
  ["cvac", 3, 10, 1], ["cgvac", 3, 10, 3], ["cgdvac", 3, 10, 5], ["cvau", 3, 11, 1],
  ["cvap", 3, 12, 1], ["cgvap", 3, 12, 3], ["cgdvap", 3, 12, 5], ["cvadp", 3, 13, 1], ["cgvadp", 3, 13, 3], ["cgdvadp", 3, 13, 5],
  ["civac", 3, 14, 1], ["cigvac", 3, 14, 3], ["cigdvac", 3, 14, 5],
];

const bin = (v: number, width: number) => v.toString(2).padStart(width, "0");
const sys = (op1: number, crm: number, op2: number, rt = "Rt") => `1101010100 0 01 ${bin(op1, 3)} 0111 ${bin(crm, 4)} ${bin(op2, 3)} ${rt}`;

export const systemRows: RawRow[][] = [
  ...HINTS.map(([name, value]) => row(name, hint(value), "")),
  row("psb", hint(17), "'csync'"),
  row("tsb", hint(18), "'csync'"),
  row("bti", "11010101000000110010 0100 op2 11111", "?btitarget"),
  row("hint", "11010101000000110010 CRm op2 11111", "hintimm"),

  // barriers; SSBB and PSSBB are DSB with options 0 and 4
  row("clrex", "11010101000000110011 1111 010 11111", ""),
  row("clrex", "11010101000000110011 CRm 010 11111", "crmimm"),
  row("ssbb", "11010101000000110011 0000 100 11111", ""),
  row("pssbb", "11010101000000110011 0100 100 11111", ""),
  row("dmb", "11010101000000110011 CRm 1 01 11111", "barrier"),
  row("dsb", "11010101000000110011 CRm 1 00 11111", "barrier"),
  row("isb", "11010101000000110011 1111 1 10 11111", ""),
  row("sb", "11010101000000110011 0000 1 11 11111", ""),

  // system registers
  row("mrs", "1101010100 1 1 o0 op1 CRn CRm op2 Rt", "Xt, sysreg"),
  row("msr", "1101010100 0 1 o0 op1 CRn CRm op2 Rt", "sysreg, Xt"),

  // cache maintenance
  ...DC_OPS.map(([name, op1, crm, op2]) => row("dc", sys(op1, crm, op2), `'${name}', Xt`, X_ONLY)),
  row("ic", sys(0, 1, 0, "11111"), "'ialluis'"),
  row("ic", sys(0, 5, 0, "11111"), "'iallu'"),
  row("ic", sys(3, 5, 1), "'ivau', Xt", X_ONLY),

  // prefetch: the addressing modes of LDR X (scaled by 8), LDUR and the literal form
  row("prfum", "11 111 0 00 10 0 imm9 00 Rn Rt", "prfop, memunscaled", undefined, { scale: 8 }),
  row("prfm", "11 111 0 01 10 imm12 Rn Rt", "prfop, memu12", undefined, { scale: 8 }),
  row("prfm", "11 111 0 00 10 1 Rm option S 10 Rn Rt", "prfop, memreg", undefined, { scale: 8 }),
  row("prfm", "11 111 0 00 10 0 imm9 00 Rn Rt", "prfop, memunscaled", undefined, { scale: 8, encodeOnly: true }),
  row("prfm", "11 011 0 00 imm19 Rt", "prfop, literal"),
];
