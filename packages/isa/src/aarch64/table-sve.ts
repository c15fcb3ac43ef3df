// A64 Scalable Vector Extension: Arm ARM C4.1.35–C4.1.67 "SVE encodings" — the forms glibc's
// SVE string functions (memcpy, memmove, memset for A64FX) use, and what gcc -march=…+sve
// vectorizes ordinary loops into, with their neighbours.
//
// SVE registers have no fixed length: `z0.b` is a vector of bytes, as many as the hardware
// has; `p0` a predicate with one bit per byte lane. A loop runs `whilelo p0.b, x1, x2`
// (lanes below the count are active), then `ld1b {z0.b}, p0/z, [x1]` / `st1b {z0.b}, p0,
// [x0]` move only the active lanes; `cntb x0` reads the vector length in bytes. Many
// arithmetic forms are destructive (`add z0.b, p0/m, z0.b, z1.b`: the destination is also the
// first source). `size` in a pattern is the element size (00 b … 11 d), `.E` in operands its
// letter.

import { decodeBitmask } from "./bitmask.js";
import { GPR, row, type RawRow, type RowOptions } from "./form.js";
import { dupEncodable } from "./operand-kinds-sve.js";

const SIZE: Record<string, string> = { b: "00", h: "01", s: "10", d: "11" };
const BYTES: Record<string, number> = { b: 1, h: 2, s: 4, d: 8 };
const ALL = ["b", "h", "s", "d"];
const HSD = ["h", "s", "d"];
const SD = ["s", "d"];

/** One row per element size: `size` in the pattern, `.E` in the operands (`@` the scalar register letter). */
function sve(mnemonic: string, pattern: string, operands: string, elements: string[], variants = [{ bits: {}, regs: {} }], opts: RowOptions = {}): RawRow[] {
  return elements.flatMap((e) =>
    row(mnemonic, pattern.replace(/\bsize\b/, SIZE[e]!), operands.replace(/\.E\b/g, "." + e).replace(/@/g, e.toUpperCase()), variants, opts),
  );
}

/** A family of rows that differ in one opcode field: [mnemonic, opcode bits, element sizes]. */
function family(ops: [string, string, string[]][], pattern: string, operands: string): RawRow[][] {
  return ops.map(([m, opc, elements]) => sve(m, pattern.replace("OPC", opc), operands, elements));
}

/**
 * Contiguous loads LD1B…LD1D and sign-extending LD1SB…LD1SW: [mnemonic, dtype, element].
 * dtype (bits 24:21) names the memory size and the element size together.
 */
const LOADS: [string, string, string][] = [
  ["ld1b", "0000", "b"], ["ld1b", "0001", "h"], ["ld1b", "0010", "s"], ["ld1b", "0011", "d"],
  ["ld1sw", "0100", "d"], ["ld1h", "0101", "h"], ["ld1h", "0110", "s"], ["ld1h", "0111", "d"],
  ["ld1sh", "1000", "d"], ["ld1sh", "1001", "s"], ["ld1w", "1010", "s"], ["ld1w", "1011", "d"],
  ["ld1sb", "1100", "d"], ["ld1sb", "1101", "s"], ["ld1sb", "1110", "h"], ["ld1d", "1111", "d"],
];

/** The memory access size of a contiguous load or store, from its mnemonic (`ld1sh` → 2). */
const accessSize = (mnemonic: string) => BYTES[mnemonic.at(-1)!.replace("w", "s")]!;

function loads(): RawRow[][] {
  return LOADS.map(([m, dtype, e]) => [
    ...row(m, `1010010 ${dtype} 0 imm4 101 Pg Rn Rt`, `{Zt.${e}}, Pg/z, svmemimm`),
    ...row(m, `1010010 ${dtype} Rm 010 Pg Rn Rt`, `{Zt.${e}}, Pg/z, svmemreg`, undefined, { scale: accessSize(m) }),
  ]);
}

/** ST1B…ST1D: `1110010 msz size …`, the element at least as wide as the memory access. */
function stores(): RawRow[][] {
  return ALL.flatMap((msz) => {
    const m = `st1${msz === "s" ? "w" : msz}`;
    const elements = Object.keys(SIZE).filter((e) => BYTES[e]! >= BYTES[msz]!);
    return elements.map((e) => [
      ...row(m, `1110010 ${SIZE[msz]} ${SIZE[e]} 0 imm4 111 Pg Rn Rt`, `{Zt.${e}}, Pg, svmemimm`),
      ...row(m, `1110010 ${SIZE[msz]} ${SIZE[e]} Rm 010 Pg Rn Rt`, `{Zt.${e}}, Pg, svmemreg`, undefined, { scale: BYTES[msz] }),
    ]);
  });
}

/** LD1RB…LD1RD, LD1RSB…LD1RSW: one element loaded into every lane, `dtypeh:dtypel` as LOADS's dtype. */
function replicating(): RawRow[][] {
  return LOADS.map(([m, dtype, e]) => {
    const name = m.replace("ld1", "ld1r");
    return row(name, `1000010 ${dtype.slice(0, 2)} 1 imm6 1 ${dtype.slice(2)} Pg Rn Rt`, `{Zt.${e}}, Pg/z, svmemu6`, undefined, { scale: accessSize(m) });
  });
}

/**
 * FCVTZS/FCVTZU (FP to integer, middle bits `011`) and SCVTF/UCVTF (integer to FP, `010`) on
 * 32/64-bit lanes: opc:opc2 name the pair of element sizes, [opc, opc2, destination, source].
 */
const TO_INT = [["10", "10", "s", "s"], ["11", "00", "s", "d"], ["11", "10", "d", "s"], ["11", "11", "d", "d"]];
const TO_FP = [["10", "10", "s", "s"], ["11", "00", "d", "s"], ["11", "10", "s", "d"], ["11", "11", "d", "d"]];
const CONVERSIONS: string[][] = (
  [["fcvtzs", "011", "0"], ["fcvtzu", "011", "1"], ["scvtf", "010", "0"], ["ucvtf", "010", "1"]] as const
).flatMap(([m, middle, u]) => (middle === "011" ? TO_INT : TO_FP).map((pair) => [m, middle, u, ...pair]));

/** Whether a DUPM's value (as lanes of `element`) is one DUP (immediate) could write. */
function dupmAsDup(get: (field: string) => number, element: string): boolean {
  const v = decodeBitmask({ N: get("N"), immr: get("immr"), imms: get("imms") }, 64);
  return v !== undefined && dupEncodable(v, element);
}

/** Shift by immediate (unpredicated): `00000100 tszh 1 tszl imm3 1001 opc Zn Zd`, tsz marking the element size. */
function shifts(): RawRow[][] {
  const tsz: Record<string, string> = { b: "00 1 01 sh3", h: "00 1 1 sh4", s: "01 1 sh5", d: "1 b22 1 sh5" };
  return ([["asr", "00", "r"], ["lsr", "01", "r"], ["lsl", "11", "l"]] as const).flatMap(([m, opc, dir]) =>
    ALL.map((e) => row(m, `00000100 ${tsz[e]} 1001 ${opc} Rn Rd`, `Zd.${e}, Zn.${e}, sh${dir}.${e}`)),
  );
}

/** LD2–LD4 / ST2–ST4 (structures of 2–4 elements, de-interleaved into 2–4 registers). */
function structures(): RawRow[][] {
  return ALL.flatMap((msz) => {
    const w = msz === "s" ? "w" : msz;
    return [2, 3, 4].map((n) => {
      const opc = (n - 1).toString(2).padStart(2, "0");
      const list = `{Zt.${msz}}${n}`;
      return [
        ...row(`ld${n}${w}`, `1010010 ${SIZE[msz]} ${opc} 0 imm4 111 Pg Rn Rt`, `${list}, Pg/z, svmemimm${n}`),
        ...row(`ld${n}${w}`, `1010010 ${SIZE[msz]} ${opc} Rm 110 Pg Rn Rt`, `${list}, Pg/z, svmemreg`, undefined, { scale: BYTES[msz] }),
        ...row(`st${n}${w}`, `1110010 ${SIZE[msz]} ${opc} 1 imm4 111 Pg Rn Rt`, `${list}, Pg, svmemimm${n}`),
        ...row(`st${n}${w}`, `1110010 ${SIZE[msz]} ${opc} Rm 011 Pg Rn Rt`, `${list}, Pg, svmemreg`, undefined, { scale: BYTES[msz] }),
      ];
    });
  });
}

export const sveRows: RawRow[][] = [
  ...loads(),
  ...stores(),
  ...structures(),
  ...replicating(),
  // predicates: WHILE<cc> (lanes while a counter compares true) and PTRUE(S) by pattern
  sve("whilelt", "00100101 size 1 Rm 000 sf 0 1 Rn 0 Pd", "Pd.E, Rn, Rm", ALL, GPR),
  sve("whilele", "00100101 size 1 Rm 000 sf 0 1 Rn 1 Pd", "Pd.E, Rn, Rm", ALL, GPR),
  sve("whilelo", "00100101 size 1 Rm 000 sf 1 1 Rn 0 Pd", "Pd.E, Rn, Rm", ALL, GPR),
  sve("whilels", "00100101 size 1 Rm 000 sf 1 1 Rn 1 Pd", "Pd.E, Rn, Rm", ALL, GPR),
  sve("ptrue", "00100101 size 011 00 0 111000 pattern 0 Pd", "Pd.E, ?svpat", ALL),
  sve("ptrues", "00100101 size 011 00 1 111000 pattern 0 Pd", "Pd.E, ?svpat", ALL),
  // element counts: the vector length in bytes, halfwords, words, doublewords
  ...["b", "h", "w", "d"].map((e, i) => row(`cnt${e}`, `00000100 ${SIZE[ALL[i]!]} 1 0 imm4 111000 pattern Rd`, "Xd, ?svpat, ?svmul")),
  // integer arithmetic, unpredicated
  ...family([["add", "000", ALL], ["sub", "001", ALL], ["sqadd", "100", ALL], ["uqadd", "101", ALL], ["sqsub", "110", ALL], ["uqsub", "111", ALL]],
    "00000100 size 1 Rm 000 OPC Rn Rd", "Zd.E, Zn.E, Zm.E"),
  // integer arithmetic, predicated and destructive: `add z0.b, p0/m, z0.b, z1.b`
  ...family([
    ["add", "00000", ALL], ["sub", "00001", ALL], ["subr", "00011", ALL],
    ["smax", "01000", ALL], ["umax", "01001", ALL], ["smin", "01010", ALL], ["umin", "01011", ALL], ["sabd", "01100", ALL], ["uabd", "01101", ALL],
    ["mul", "10000", ALL], ["smulh", "10010", ALL], ["umulh", "10011", ALL],
    ["sdiv", "10100", SD], ["udiv", "10101", SD], ["sdivr", "10110", SD], ["udivr", "10111", SD],
    ["orr", "11000", ALL], ["eor", "11001", ALL], ["and", "11010", ALL], ["bic", "11011", ALL],
  ], "00000100 size 0 OPC 000 Pg Rn Rd", "Zd.E, Pg/m, Zd=.E, Zn.E"),
  // integer and FP unary, predicated: `neg z0.b, p1/m, z0.b`, `sxth z0.d, p1/m, z0.d`
  ...family([
    ["sxtb", "010 000", HSD], ["uxtb", "010 001", HSD], ["sxth", "010 010", SD], ["uxth", "010 011", SD],
    ["sxtw", "010 100", ["d"]], ["uxtw", "010 101", ["d"]], ["abs", "010 110", ALL], ["neg", "010 111", ALL],
    ["cls", "011 000", ALL], ["clz", "011 001", ALL], ["cnt", "011 010", ALL], ["cnot", "011 011", ALL],
    ["fabs", "011 100", HSD], ["fneg", "011 101", HSD], ["not", "011 110", ALL],
  ], "00000100 size OPC 101 Pg Rn Rd", "Zd.E, Pg/m, Zn.E"),
  // with an immediate, destructive: `add z0.s, z0.s, #1`, `smax z0.d, z0.d, #-128`
  ...family([["add", "000", ALL], ["sub", "001", ALL], ["subr", "011", ALL], ["sqadd", "100", ALL], ["uqadd", "101", ALL], ["sqsub", "110", ALL], ["uqsub", "111", ALL]],
    "00100101 size 100 OPC 11 sh imm8 Rd", "Zd.E, Zd=.E, addimm"),
  ...family([["smax", "101 000", ALL], ["smin", "101 010", ALL], ["mul", "110 000", ALL]], "00100101 size OPC 11 0 imm8 Rd", "Zd.E, Zd=.E, simm8"),
  ...family([["umax", "101 001", ALL], ["umin", "101 011", ALL]], "00100101 size OPC 11 0 imm8 Rd", "Zd.E, Zd=.E, uimm8"),
  ...shifts(),
  // bitmask immediates; DUPM is printed MOV unless DUP (immediate) could write the value
  ...ALL.map((e) => [
    ...[["orr", "00"], ["eor", "01"], ["and", "10"]].flatMap(([m, opc]) => row(m!, `00000101 ${opc} 0000 N immr imms Rd`, `Zd.${e}, Zd=.${e}, limm.${e}`)),
    ...row("mov", "00000101 11 0000 N immr imms Rd", `Zd.${e}, limm.${e}`, undefined, { when: (get) => !dupmAsDup(get, e) }),
    ...row("dupm", "00000101 11 0000 N immr imms Rd", `Zd.${e}, limm.${e}`),
  ]),
  // bitwise on whole vectors (printed with .d); ORR of one register is MOV
  row("mov", "00000100 01 1 Rm 001100 Rn Rd", "Zd.d, Znm.d"),
  ...[["and", "00"], ["orr", "01"], ["eor", "10"], ["bic", "11"]].map(([m, opc]) => row(m!, `00000100 ${opc} 1 Rm 001100 Rn Rd`, "Zd.d, Zn.d, Zm.d")),
  // permutes and selects
  ...family([["zip1", "000", ALL], ["zip2", "001", ALL], ["uzp1", "010", ALL], ["uzp2", "011", ALL], ["trn1", "100", ALL], ["trn2", "101", ALL]],
    "00000101 size 1 Rm 011 OPC Rn Rd", "Zd.E, Zn.E, Zm.E"),
  sve("mov", "00000101 size 1 Rm 11 Pv Rn Rd", "Zdm.E, Pv/m, Zn.E", ALL),
  sve("sel", "00000101 size 1 Rm 11 Pv Rn Rd", "Zd.E, Pv, Zn.E, Zm.E", ALL),
  row("punpklo", "00000101 0011000 0 010000 0 Pn 0 Pd", "Pd.h, Pn.b"),
  row("punpkhi", "00000101 0011000 1 010000 0 Pn 0 Pd", "Pd.h, Pn.b"),
  // reductions to a scalar: UADDV always into D, the others into the element's size
  sve("saddv", "00000100 size 000 000 001 Pg Rn Rd", "Dd, Pg, Zn.E", ["b", "h", "s"]),
  sve("uaddv", "00000100 size 000 001 001 Pg Rn Rd", "Dd, Pg, Zn.E", ALL),
  ...family([["smaxv", "01 000", ALL], ["umaxv", "01 001", ALL], ["sminv", "01 010", ALL], ["uminv", "01 011", ALL],
    ["orv", "11 000", ALL], ["eorv", "11 001", ALL], ["andv", "11 010", ALL]], "00000100 size 0 OPC 001 Pg Rn Rd", "@d, Pg, Zn.E"),
  // integer compares into a predicate: `cmpne p1.b, p2/z, z0.b, z1.b`
  ...family([["cmphs", "000 Pg Rn 0", ALL], ["cmphi", "000 Pg Rn 1", ALL], ["cmpge", "100 Pg Rn 0", ALL], ["cmpgt", "100 Pg Rn 1", ALL],
    ["cmpeq", "101 Pg Rn 0", ALL], ["cmpne", "101 Pg Rn 1", ALL]], "00100100 size 0 Rm OPC Pd", "Pd.E, Pg/z, Zn.E, Zm.E"),
  // floating point: unpredicated, predicated destructive, unary, reductions, compares
  ...family([["fadd", "000", HSD], ["fsub", "001", HSD], ["fmul", "010", HSD], ["frecps", "110", HSD], ["frsqrts", "111", HSD]],
    "01100101 size 0 Rm 000 OPC Rn Rd", "Zd.E, Zn.E, Zm.E"),
  ...family([
    ["fadd", "0000", HSD], ["fsub", "0001", HSD], ["fmul", "0010", HSD], ["fsubr", "0011", HSD], ["fmaxnm", "0100", HSD], ["fminnm", "0101", HSD],
    ["fmax", "0110", HSD], ["fmin", "0111", HSD], ["fabd", "1000", HSD], ["fscale", "1001", HSD], ["fmulx", "1010", HSD], ["fdivr", "1100", HSD], ["fdiv", "1101", HSD],
  ], "01100101 size 00 OPC 100 Pg Rn Rd", "Zd.E, Pg/m, Zd=.E, Zn.E"),
  ...family([["frintn", "000 000", HSD], ["frintp", "000 001", HSD], ["frintm", "000 010", HSD], ["frintz", "000 011", HSD], ["frinta", "000 100", HSD],
    ["frintx", "000 110", HSD], ["frinti", "000 111", HSD], ["frecpx", "001 100", HSD], ["fsqrt", "001 101", HSD]],
    "01100101 size OPC 101 Pg Rn Rd", "Zd.E, Pg/m, Zn.E"),
  sve("fadda", "01100101 size 011 000 001 Pg Rn Rd", "@d, Pg, @d=, Zn.E", HSD),
  ...family([["faddv", "000", HSD], ["fmaxnmv", "100", HSD], ["fminnmv", "101", HSD], ["fmaxv", "110", HSD], ["fminv", "111", HSD]],
    "01100101 size 000 OPC 001 Pg Rn Rd", "@d, Pg, Zn.E"),
  ...family([["fcmge", "010 Pg Rn 0", HSD], ["fcmgt", "010 Pg Rn 1", HSD], ["fcmeq", "011 Pg Rn 0", HSD], ["fcmne", "011 Pg Rn 1", HSD],
    ["fcmuo", "110 Pg Rn 0", HSD], ["facge", "110 Pg Rn 1", HSD], ["facgt", "111 Pg Rn 1", HSD]], "01100101 size 0 Rm OPC Pd", "Pd.E, Pg/z, Zn.E, Zm.E"),
  // multiply-add, predicated: `mla z0.d, p1/m, z1.d, z2.d`, `fmad z0.s, p1/m, z1.s, z2.s`
  ...family([["mla", "010", ALL], ["mls", "011", ALL]], "00000100 size 0 Rm OPC Pg Rn Rd", "Zd.E, Pg/m, Zn.E, Zm.E"),
  ...family([["mad", "110", ALL], ["msb", "111", ALL]], "00000100 size 0 Rm OPC Pg Rn Rd", "Zd.E, Pg/m, Zm.E, Zn.E"),
  ...family([["fmla", "000", HSD], ["fmls", "001", HSD], ["fnmla", "010", HSD], ["fnmls", "011", HSD],
    ["fmad", "100", HSD], ["fmsb", "101", HSD], ["fnmad", "110", HSD], ["fnmsb", "111", HSD]], "01100101 size 1 Rm OPC Pg Rn Rd", "Zd.E, Pg/m, Zn.E, Zm.E"),
  // conversions between single and double precision and 32/64-bit integers (opc, opc2 name the pair)
  ...CONVERSIONS.map(([m, middle, u, opc, opc2, to, from]) => row(m!, `01100101 ${opc} ${middle} ${opc2} ${u} 101 Pg Rn Rd`, `Zd.${to}, Pg/m, Zn.${from}`)),
  row("fcvt", "01100101 11 0010 10 101 Pg Rn Rd", "Zd.s, Pg/m, Zn.d"),
  row("fcvt", "01100101 11 0010 11 101 Pg Rn Rd", "Zd.d, Pg/m, Zn.s"),
  // vector-length arithmetic and MOVPRFX (which prefixes a destructive instruction)
  row("addvl", "00000100 0 01 Rn 01010 imm6 Rd", "XdSP, XnSP, vlimm"),
  row("addpl", "00000100 0 11 Rn 01010 imm6 Rd", "XdSP, XnSP, vlimm"),
  row("rdvl", "00000100 1 01 11111 01010 imm6 Rd", "Xd, vlimm"),
  row("movprfx", "00000100 00 1 00000 101111 Rn Rd", "Zd, Zn"),
  sve("movprfx", "00000100 size 010 00 0 001 Pg Rn Rd", "Zd.E, Pg/z, Zn.E", ALL),
  sve("movprfx", "00000100 size 010 00 1 001 Pg Rn Rd", "Zd.E, Pg/m, Zn.E", ALL),
  // DUP (immediate) and FDUP, printed as MOV and FMOV
  sve("mov", "00100101 size 111 00 0 11 sh imm8 Rd", "Zd.E, dupimm", HSD),
  sve("dup", "00100101 size 111 00 0 11 sh imm8 Rd", "Zd.E, dupimm", HSD, undefined, { encodeOnly: true }),
  row("mov", "00100101 00 111 00 0 11 0 imm8 Rd", "Zd.b, dupimm"),
  row("dup", "00100101 00 111 00 0 11 0 imm8 Rd", "Zd.b, dupimm", undefined, { encodeOnly: true }),
  sve("fmov", "00100101 size 111 00 1 11 0 imm8 Rd", "Zd.E, fimm", HSD),
  // DUP (indexed): one element into every lane, printed as MOV; tsz marks the element size
  ...Object.entries({ b: "ix4 1", h: "ix3 10", s: "ix2 100", d: "ix1 1000" }).flatMap(([e, tsz]) => [
    row("mov", `00000101 imm2 1 ${tsz} 001000 Rn Rd`, `Zd.${e}, dupidx.${e}`),
    row("dup", `00000101 imm2 1 ${tsz} 001000 Rn Rd`, `Zd.${e}, dupidx.${e}`, undefined, { encodeOnly: true }),
  ]),
  // DUP (scalar): a general register into every lane, printed as MOV
  ...ALL.flatMap((e) => [
    row("mov", `00000101 ${SIZE[e]} 1 00000 001110 Rn Rd`, `Zd.${e}, ${e === "d" ? "X" : "W"}nSP`),
    row("dup", `00000101 ${SIZE[e]} 1 00000 001110 Rn Rd`, `Zd.${e}, ${e === "d" ? "X" : "W"}nSP`, undefined, { encodeOnly: true }),
  ]),
];
