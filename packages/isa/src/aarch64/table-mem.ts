// A64 loads and stores: Arm ARM C4.1.88 "Loads and Stores".
//
// Single-register loads and stores share one layout, `size 111 V 0x opc ...`: size is the
// access size (00 byte … 11 doubleword), V selects the FP/SIMD registers, opc says store (00),
// load (01) or sign-extending load (10 to X, 11 to W; for V=1, 1x is the 128-bit Q form).
// `ldst` writes all addressing modes of one such instruction. The LDUR-family spelling comes
// first so the decoder prints it; the plain `ldr` spelling of the same encoding follows,
// because GNU as quietly uses LDUR for `ldr x0, [x1, #-8]` (negative or unaligned offset).

import { row, type RawRow } from "./form.js";

function ldst(mnemonic: string, reg: string, size: string, v: string, opc: string, scale: number): RawRow[][] {
  const unscaled = mnemonic.replace(/^(ld|st)r/, "$1ur");
  const o = { scale };
  return [
    row(unscaled, `${size} 111 ${v} 00 ${opc} 0 imm9 00 Rn Rt`, `${reg}, memunscaled`, undefined, o),
    row(mnemonic, `${size} 111 ${v} 01 ${opc} imm12 Rn Rt`, `${reg}, memu12`, undefined, o),
    row(mnemonic, `${size} 111 ${v} 00 ${opc} 0 imm9 11 Rn Rt`, `${reg}, mempre`, undefined, o),
    row(mnemonic, `${size} 111 ${v} 00 ${opc} 0 imm9 01 Rn Rt`, `${reg}, mempost`, undefined, o),
    row(mnemonic, `${size} 111 ${v} 00 ${opc} 1 Rm option S 10 Rn Rt`, `${reg}, memreg`, undefined, o),
    row(mnemonic, `${size} 111 ${v} 00 ${opc} 0 imm9 00 Rn Rt`, `${reg}, memunscaled`, undefined, { ...o, encodeOnly: true }),
  ];
}

/** LDP/STP and LDPSW: `opc 101 V mode L imm7 Rt2 Rn Rt`, mode 001 post, 010 offset, 011 pre. */
function pair(mnemonic: string, reg: string, opc: string, v: string, l: string, scale: number): RawRow[][] {
  const o = { scale };
  const regs = `${reg}t, ${reg}t2`;
  return [
    row(mnemonic, `${opc} 101 ${v} 010 ${l} imm7 Rt2 Rn Rt`, `${regs}, pairoffset`, undefined, o),
    row(mnemonic, `${opc} 101 ${v} 011 ${l} imm7 Rt2 Rn Rt`, `${regs}, pairpre`, undefined, o),
    row(mnemonic, `${opc} 101 ${v} 001 ${l} imm7 Rt2 Rn Rt`, `${regs}, pairpost`, undefined, o),
  ];
}

/** A non-temporal pair (ldnp/stnp): the signed-offset form only, index bits 000. */
function nontemporal(mnemonic: string, reg: string, opc: string, v: string, l: string, scale: number): RawRow[] {
  return row(mnemonic, `${opc} 101 ${v} 000 ${l} imm7 Rt2 Rn Rt`, `${reg}t, ${reg}t2, pairoffset`, undefined, { scale });
}

export const memoryRows: RawRow[][] = [
  // integer registers
  ...ldst("strb", "Wt", "00", "0", "00", 1),
  ...ldst("ldrb", "Wt", "00", "0", "01", 1),
  ...ldst("ldrsb", "Xt", "00", "0", "10", 1),
  ...ldst("ldrsb", "Wt", "00", "0", "11", 1),
  ...ldst("strh", "Wt", "01", "0", "00", 2),
  ...ldst("ldrh", "Wt", "01", "0", "01", 2),
  ...ldst("ldrsh", "Xt", "01", "0", "10", 2),
  ...ldst("ldrsh", "Wt", "01", "0", "11", 2),
  ...ldst("str", "Wt", "10", "0", "00", 4),
  ...ldst("ldr", "Wt", "10", "0", "01", 4),
  ...ldst("ldrsw", "Xt", "10", "0", "10", 4),
  ...ldst("str", "Xt", "11", "0", "00", 8),
  ...ldst("ldr", "Xt", "11", "0", "01", 8),
  // FP/SIMD registers
  ...ldst("str", "Bt", "00", "1", "00", 1),
  ...ldst("ldr", "Bt", "00", "1", "01", 1),
  ...ldst("str", "Ht", "01", "1", "00", 2),
  ...ldst("ldr", "Ht", "01", "1", "01", 2),
  ...ldst("str", "St", "10", "1", "00", 4),
  ...ldst("ldr", "St", "10", "1", "01", 4),
  ...ldst("str", "Dt", "11", "1", "00", 8),
  ...ldst("ldr", "Dt", "11", "1", "01", 8),
  ...ldst("str", "Qt", "00", "1", "10", 16),
  ...ldst("ldr", "Qt", "00", "1", "11", 16),

  // load register (literal): PC-relative, imm19 words
  row("ldr", "00 011 0 00 imm19 Rt", "Wt, literal"),
  row("ldr", "01 011 0 00 imm19 Rt", "Xt, literal"),
  row("ldrsw", "10 011 0 00 imm19 Rt", "Xt, literal"),
  row("ldr", "00 011 1 00 imm19 Rt", "St, literal"),
  row("ldr", "01 011 1 00 imm19 Rt", "Dt, literal"),
  row("ldr", "10 011 1 00 imm19 Rt", "Qt, literal"),

  // load-acquire / store-release and exclusives (atomics): `ldar w0, [x1]`, `stlxr w2, x0, [x1]`
  ...([["b", "00", "W"], ["h", "01", "W"], ["", "10", "W"], ["", "11", "X"]] as const).flatMap(([suffix, size, reg]) => [
    row(`ldar${suffix}`, `${size} 001000 1 1 0 11111 1 11111 Rn Rt`, `${reg}t, vmem`),
    row(`stlr${suffix}`, `${size} 001000 1 0 0 11111 1 11111 Rn Rt`, `${reg}t, vmem`),
    row(`ldaxr${suffix}`, `${size} 001000 0 1 0 11111 1 11111 Rn Rt`, `${reg}t, vmem`),
    row(`ldxr${suffix}`, `${size} 001000 0 1 0 11111 0 11111 Rn Rt`, `${reg}t, vmem`),
    row(`stlxr${suffix}`, `${size} 001000 0 0 0 Rs 1 11111 Rn Rt`, `Ws, ${reg}t, vmem`),
    row(`stxr${suffix}`, `${size} 001000 0 0 0 Rs 0 11111 Rn Rt`, `Ws, ${reg}t, vmem`),
  ]),

  // register pairs
  ...pair("stp", "W", "00", "0", "0", 4),
  ...pair("ldp", "W", "00", "0", "1", 4),
  ...pair("ldpsw", "X", "01", "0", "1", 4),
  ...pair("stp", "X", "10", "0", "0", 8),
  ...pair("ldp", "X", "10", "0", "1", 8),
  ...pair("stp", "S", "00", "1", "0", 4),
  ...pair("ldp", "S", "00", "1", "1", 4),
  ...pair("stp", "D", "01", "1", "0", 8),
  ...pair("ldp", "D", "01", "1", "1", 8),
  ...pair("stp", "Q", "10", "1", "0", 16),
  ...pair("ldp", "Q", "10", "1", "1", 16),
  ...([["W", "00", "0", 4], ["X", "10", "0", 8], ["S", "00", "1", 4], ["D", "01", "1", 8], ["Q", "10", "1", 16]] as const).flatMap(([reg, opc, v, scale]) => [
    nontemporal("stnp", reg, opc, v, "0", scale),
    nontemporal("ldnp", reg, opc, v, "1", scale),
  ]),
];
