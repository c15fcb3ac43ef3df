// The A64 instruction table: every row from the tables (integer, system, memory, atomics,
// memory tagging, scalar FP, Advanced SIMD, SVE), in decode order, with each operand spec
// resolved to its operand kind. Encoder and decoder both read only this.

import { R_AARCH64 } from "@glass/elf";
import { compileRows, type CompiledRow } from "./form.js";
import {
  aimm, barrier, bimm, bitfield, bitmaskImm, cond, extReg, hex, hwShift, imm16, invCond, label, lsl12, movWide, pairKind, regExtend, regKind,
  regShift, shiftAmount, tbzReg, testBit, uimm, word, type OperandKind,
} from "./operand-kinds.js";
import {
  fpImm, fpZero, memPairOffset, memPairPost, memPairPre, memPost, memPre, memRegister, memTagOffset, memTagPost, memTagPre, memUnscaled, memUnsigned,
} from "./operand-kinds-mem.js";
import { simdKind } from "./operand-kinds-simd.js";
import { sveKind } from "./operand-kinds-sve.js";
import { btiTarget, hintImm, prfop, sysreg } from "./operand-kinds-system.js";
import type { Reg } from "./operand.js";
import { atomicRows } from "./table-atomic.js";
import { fpRows } from "./table-fp.js";
import { integerRows } from "./table-int.js";
import { memoryRows } from "./table-mem.js";
import { mteRows } from "./table-mte.js";
import { simdRows } from "./table-simd.js";
import { sveRows } from "./table-sve.js";
import { systemRows } from "./table-system.js";

const R = R_AARCH64;

/** `Xnm`: one register written to both Rn and Rm (ROR #imm, CINC …). */
function tiedReg(spec: string): OperandKind | undefined {
  const base = regKind(spec[0] + "n");
  if (!base || !/^[WX]nm$/.test(spec)) return undefined;
  return {
    ...base,
    encode(op, ctx) {
      ctx.set("Rn", (op as Reg).num);
      ctx.set("Rm", (op as Reg).num);
      return undefined;
    },
  };
}

/** RET's optional register, X30 when omitted. */
const retReg: OperandKind = {
  what: "a 64-bit integer register",
  accepts: (op) => op === undefined || (op.kind === "reg" && op.cls === "x" && !op.sp),
  encode(op, ctx) {
    ctx.set("Rn", op?.kind === "reg" ? op.num : 30);
    return undefined;
  },
  decode: (ctx) => (ctx.get("Rn") === 30 ? "" : ctx.get("Rn") === 31 ? "xzr" : "x" + ctx.get("Rn")),
};

/**
 * Fraction bits of a fixed-point conversion (`scvtf d0, w1, #4`, `fcvtzs w1, s0, #2`): 1 to
 * the integer register's width, stored as `scale` = 64 - fbits.
 */
const fbits: OperandKind = {
  what: "a number of fraction bits",
  accepts: (op) => op?.kind === "imm",
  encode(op, ctx) {
    const v = (op as { value: unknown }).value;
    if (typeof v !== "bigint" || v < 1n || v > BigInt(ctx.row.size)) return `fraction bits out of range [1, ${ctx.row.size}]`;
    ctx.set("scale", 64 - Number(v));
    return undefined;
  },
  decode: (ctx) => (64 - ctx.get("scale") > ctx.row.size ? undefined : "#" + (64 - ctx.get("scale"))),
};

/** ADDG/SUBG's address offset: a multiple of 16 up to 1008, stored in granules. */
const granules: OperandKind = {
  what: "a multiple of 16 in [0, 1008]",
  accepts: (op) => op?.kind === "imm",
  encode(op, ctx) {
    const v = (op as { value: unknown }).value;
    if (typeof v !== "bigint" || v < 0n || v > 1008n || v % 16n !== 0n) return "offset must be a multiple of 16 in [0, 1008]";
    ctx.set("imm6", Number(v / 16n));
    return undefined;
  },
  decode: (ctx) => "#" + hex(ctx.get("imm6") * 16),
};

const named: Record<string, OperandKind> = {
  granules,
  tagoff: uimm("imm4", 15),
  tagoffset: memTagOffset,
  tagpre: memTagPre,
  tagpost: memTagPost,
  fbits,
  aimm, lsl12, bimm, movbimm: bitmaskImm(true), imm16, hwshift: hwShift, cond, invcond: invCond, barrier, retreg: retReg,
  movz: movWide(false),
  movn: movWide(true),
  sft: regShift(false),
  lsft: regShift(true),
  ext: extReg,
  extend: regExtend,
  lslimm: shiftAmount(
    (n, size, ctx) => (ctx.set("immr", (size - n) % size), ctx.set("imms", size - 1 - n)),
    (ctx) => ctx.row.size - 1 - ctx.get("imms"),
  ),
  shrimm: shiftAmount(
    (n, size, ctx) => (ctx.set("immr", n), ctx.set("imms", size - 1)),
    (ctx) => ctx.get("immr"),
  ),
  extrimm: shiftAmount((n, _size, ctx) => ctx.set("imms", n), (ctx) => ctx.get("imms")),
  immr: shiftAmount((n, _size, ctx) => ctx.set("immr", n), (ctx) => ctx.get("immr")),
  imms: shiftAmount((n, _size, ctx) => ctx.set("imms", n), (ctx) => ctx.get("imms")),
  lsbX: bitfield("lsb", "extract"),
  widthX: bitfield("width", "extract"),
  lsbI: bitfield("lsb", "insert"),
  widthI: bitfield("width", "insert"),
  ccimm: uimm("imm5", 31),
  nzcv: uimm("nzcv", 15),
  crmimm: uimm("CRm", 15),
  svcimm: uimm("imm16", 0xffff),
  udfimm: uimm("imm16", 0xffff, (v) => "#" + v),
  tbzreg: tbzReg,
  testbit: testBit,
  sysreg, hintimm: hintImm, btitarget: btiTarget, prfop,
  adrlabel: label({ "": R.ADR_PREL_LO21 }),
  adrplabel: label({
    "": R.ADR_PREL_PG_HI21,
    pg_hi21_nc: R.ADR_PREL_PG_HI21_NC,
    got: R.ADR_GOT_PAGE,
    gottprel: R.TLSIE_ADR_GOTTPREL_PAGE21,
    tlsdesc: R.TLSDESC_ADR_PAGE21,
    tlsgd: R.TLSGD_ADR_PAGE21,
  }),
  jump26: label({ "": R.JUMP26 }),
  call26: label({ "": R.CALL26 }),
  branch19: label({ "": R.CONDBR19 }),
  branch14: label({ "": R.TSTBR14 }),
  literal: label({ "": R.LD_PREL_LO19, got: R.GOT_LD_PREL19 }),
  memu12: memUnsigned,
  memunscaled: memUnscaled,
  mempre: memPre,
  mempost: memPost,
  memreg: memRegister,
  pairoffset: memPairOffset,
  pairpre: memPairPre,
  pairpost: memPairPost,
  fimm: fpImm,
  fzero: fpZero,
};

function kindOf(spec: string): OperandKind {
  const quoted = /^'(\w+)'$/.exec(spec);
  const kind = quoted ? word(quoted[1]!) : (named[spec] ?? regKind(spec) ?? pairKind(spec) ?? tiedReg(spec) ?? simdKind(spec) ?? sveKind(spec));
  if (!kind) throw new Error(`A64 table: unknown operand kind '${spec}'`);
  return kind;
}

export interface TableOperand {
  spec: string;
  kind: OperandKind;
  optional: boolean;
}

export interface TableRow extends CompiledRow {
  kinds: TableOperand[];
}

/** All rows in decode order. */
export const a64Table: TableRow[] = compileRows([...integerRows, ...systemRows, ...memoryRows, ...atomicRows, ...mteRows, ...fpRows, ...simdRows, ...sveRows]).map((r) => ({
  ...r,
  kinds: r.operands.map((spec) => ({ spec: spec.replace(/^\?/, ""), kind: kindOf(spec.replace(/^\?/, "")), optional: spec.startsWith("?") })),
}));

/** Rows per mnemonic, in table order: the encoder's candidates. */
export const a64RowsByMnemonic = new Map<string, TableRow[]>();
for (const r of a64Table) {
  const list = a64RowsByMnemonic.get(r.mnemonic) ?? [];
  list.push(r);
  a64RowsByMnemonic.set(r.mnemonic, list);
}
