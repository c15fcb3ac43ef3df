// Operand kinds of the system instructions: Arm ARM C5 "The A64 System Instruction Class".
//
//   sysreg     MRS/MSR's system register: op0 (2 + o0), op1, CRn, CRm, op2, named as objdump
//              names it (`fpcr`, `midr_el1`, `dczid_el0`), else the generic `s3_0_c15_c2_0`
//   hintimm    HINT's 7-bit CRm:op2 (`hint #0x6`), for the hints without a name
//   btitarget  BTI's optional `c`, `j` or `jc` (op2 = 0b000, 0b010, 0b100, 0b110)
//   prfop      PRFM's operation in Rt: type pld/pli/pst (bits 4:3), target l1–l3 (2:1),
//              policy keep/strm (0); the other values are written `#0x..`

import { hex, immValue, nameOf, type OperandKind } from "./operand-kinds.js";
import { isSymbolic, type Operand } from "./operand.js";

/** System registers by name: [op0, op1, CRn, CRm, op2] (Arm ARM D19 "AArch64 System Register Descriptions"). */
const SYSREGS: Record<string, [number, number, number, number, number]> = {
  midr_el1: [3, 0, 0, 0, 0], mpidr_el1: [3, 0, 0, 0, 5], revidr_el1: [3, 0, 0, 0, 6],
  id_aa64pfr0_el1: [3, 0, 0, 4, 0], id_aa64pfr1_el1: [3, 0, 0, 4, 1], id_aa64zfr0_el1: [3, 0, 0, 4, 4],
  id_aa64dfr0_el1: [3, 0, 0, 5, 0], id_aa64isar0_el1: [3, 0, 0, 6, 0], id_aa64isar1_el1: [3, 0, 0, 6, 1],
  id_aa64isar2_el1: [3, 0, 0, 6, 2], id_aa64mmfr0_el1: [3, 0, 0, 7, 0], id_aa64mmfr1_el1: [3, 0, 0, 7, 1],
  id_aa64mmfr2_el1: [3, 0, 0, 7, 2], sp_el0: [3, 0, 4, 1, 0], currentel: [3, 0, 4, 2, 2],
  ctr_el0: [3, 3, 0, 0, 1], dczid_el0: [3, 3, 0, 0, 7], rndr: [3, 3, 2, 4, 0], rndrrs: [3, 3, 2, 4, 1],
  nzcv: [3, 3, 4, 2, 0], daif: [3, 3, 4, 2, 1], dit: [3, 3, 4, 2, 5], ssbs: [3, 3, 4, 2, 6], tco: [3, 3, 4, 2, 7],
  fpcr: [3, 3, 4, 4, 0], fpsr: [3, 3, 4, 4, 1], tpidr_el0: [3, 3, 13, 0, 2], tpidrro_el0: [3, 3, 13, 0, 3],
  cntfrq_el0: [3, 3, 14, 0, 0], cntpct_el0: [3, 3, 14, 0, 1], cntvct_el0: [3, 3, 14, 0, 2],
};

const sysregKey = (r: number[]) => r.join(",");
const SYSREG_NAMES = new Map(Object.entries(SYSREGS).map(([name, enc]) => [sysregKey(enc), name]));
const GENERIC = /^s([23])_([0-7])_c(\d+)_c(\d+)_([0-7])$/;

function sysregOf(op: Operand | undefined): number[] | undefined {
  const name = nameOf(op);
  if (name === undefined) return undefined;
  const known = SYSREGS[name];
  if (known) return known;
  const m = GENERIC.exec(name);
  const enc = m?.slice(1).map(Number);
  return enc && enc[2]! < 16 && enc[3]! < 16 ? enc : undefined;
}

export const sysreg: OperandKind = {
  what: "a system register",
  accepts: (op) => sysregOf(op) !== undefined,
  encode(op, ctx) {
    const [op0, op1, crn, crm, op2] = sysregOf(op)!;
    ctx.set("o0", op0! - 2);
    ctx.set("op1", op1!);
    ctx.set("CRn", crn!);
    ctx.set("CRm", crm!);
    ctx.set("op2", op2!);
    return undefined;
  },
  decode(ctx) {
    const enc = [2 + ctx.get("o0"), ctx.get("op1"), ctx.get("CRn"), ctx.get("CRm"), ctx.get("op2")];
    return SYSREG_NAMES.get(sysregKey(enc)) ?? `s${enc[0]}_${enc[1]}_c${enc[2]}_c${enc[3]}_${enc[4]}`;
  },
};

function constant(op: Operand | undefined): bigint | undefined {
  const v = immValue(op);
  return v !== undefined && !isSymbolic(v) ? v : undefined;
}

export const hintImm: OperandKind = {
  what: "an immediate in [0, 127]",
  accepts: (op) => constant(op) !== undefined,
  encode(op, ctx) {
    const v = constant(op)!;
    if (v < 0n || v > 127n) return "immediate out of range [0, 127]";
    ctx.set("CRm", Number(v) >> 3);
    ctx.set("op2", Number(v) & 7);
    return undefined;
  },
  decode: (ctx) => "#" + hex((ctx.get("CRm") << 3) | ctx.get("op2")),
};

const BTI_TARGETS = ["", "c", "j", "jc"];

export const btiTarget: OperandKind = {
  what: "'c', 'j' or 'jc'",
  accepts: (op) => op === undefined || BTI_TARGETS.includes(nameOf(op) ?? ""),
  encode(op, ctx) {
    ctx.set("op2", op === undefined ? 0 : BTI_TARGETS.indexOf(nameOf(op)!) << 1);
    return undefined;
  },
  decode: (ctx) => (ctx.get("op2") & 1 ? undefined : BTI_TARGETS[ctx.get("op2") >> 1]),
};

const PRF_TYPES = ["pld", "pli", "pst"];
const PRF_POLICIES = ["keep", "strm"];

function prfopName(v: number): string | undefined {
  const type = PRF_TYPES[v >> 3];
  const target = (v >> 1) & 3;
  return type && target < 3 ? `${type}l${target + 1}${PRF_POLICIES[v & 1]}` : undefined;
}

const PRF_OPS = new Map(Array.from({ length: 32 }, (_, v) => [prfopName(v), v] as const).filter(([n]) => n !== undefined));

export const prfop: OperandKind = {
  what: "a prefetch operation such as 'pldl1keep'",
  accepts: (op) => PRF_OPS.has(nameOf(op)) || constant(op) !== undefined,
  encode(op, ctx) {
    const v = PRF_OPS.get(nameOf(op)) ?? Number(constant(op));
    if (v < 0 || v > 31) return "prefetch operation out of range [0, 31]";
    ctx.set("Rt", v);
    return undefined;
  },
  decode: (ctx) => prfopName(ctx.get("Rt")) ?? "#" + hex(ctx.get("Rt")),
};
