// AArch64 scalar floating point (AAPCS64 §6.8.2: float and double travel in v0–v7, used as
// s<n>/d<n>): fadd/fsub/fmul/fdiv, fneg, and `fcmp` + `cset`. After fcmp an unordered
// result (a NaN operand) sets C and V, so the conditions are chosen to be false on NaN for
// `<` (mi), `<=` (ls), `>` (gt), `>=` (ge) and `==` (eq), and true for `!=` (ne), as C asks.
// Conversions: scvtf/ucvtf, fcvtzs/fcvtzu (round toward zero, C11 6.3.1.4), fcvt.

import type { CompareKind, Instr } from "../../ir/ir.js";
import { typeOf } from "../../ir/ir.js";
import type { FunctionContext } from "../target.js";
import { fr, load, loadFP, r, storeFP, storeTemp } from "./operands.js";

const arith: Record<string, string> = { add: "fadd", sub: "fsub", mul: "fmul", fdiv: "fdiv" };
const cond: Partial<Record<CompareKind, string>> = { feq: "eq", fne: "ne", flt: "mi", fle: "ls", fgt: "gt", fge: "ge" };

export function floatBinary(i: Instr & { op: "binary" }, fx: FunctionContext): string[] {
  const t = i.dest.type;
  return [...loadFP(i.a, 0, fx), ...loadFP(i.b, 1, fx), `${arith[i.kind]} ${fr(0, t)}, ${fr(0, t)}, ${fr(1, t)}`, ...storeFP(i.dest.id, 0, t, fx)];
}

export function floatCompare(i: Instr & { op: "compare" }, fx: FunctionContext): string[] {
  const t = typeOf(i.a);
  return [...loadFP(i.a, 0, fx), ...loadFP(i.b, 1, fx), `fcmp ${fr(0, t)}, ${fr(1, t)}`, `cset w9, ${cond[i.kind]}`, ...storeTemp(i.dest.id, 9, fx)];
}

export function floatNeg(i: Instr & { op: "neg" }, fx: FunctionContext): string[] {
  const t = i.dest.type;
  return [...loadFP(i.a, 0, fx), `fneg ${fr(0, t)}, ${fr(0, t)}`, ...storeFP(i.dest.id, 0, t, fx)];
}

export function floatConvert(i: Instr & { op: "convert" }, fx: FunctionContext): string[] {
  const from = typeOf(i.a);
  const to = i.dest.type;
  switch (i.kind) {
    case "sitofp":
    case "uitofp":
      return [...load(i.a, 9, fx), `${i.kind === "sitofp" ? "scvtf" : "ucvtf"} ${fr(0, to)}, ${r(9, from)}`, ...storeFP(i.dest.id, 0, to, fx)];
    case "fptosi":
    case "fptoui":
      return [...loadFP(i.a, 0, fx), `${i.kind === "fptosi" ? "fcvtzs" : "fcvtzu"} ${r(9, to)}, ${fr(0, from)}`, ...storeTemp(i.dest.id, 9, fx)];
    case "fpext":
    case "fptrunc":
      return [...loadFP(i.a, 0, fx), `fcvt ${fr(0, to)}, ${fr(0, from)}`, ...storeFP(i.dest.id, 0, to, fx)];
    default:
      throw new Error(`internal error: ${i.kind} is not a float conversion`);
  }
}
