// Where each argument of a call travels, shared by both back ends (psABI §3.2.3 and AAPCS64
// §6.8.2 agree on the shape): integer and pointer arguments take the next general-purpose
// argument register, float and double the next vector register, and once a class runs out
// its arguments go to the stack in 8-byte slots, in order. A struct passed in registers takes
// one register per part, all or none: if they do not all fit, the whole struct is copied to
// the stack (and on AArch64 that class's registers count as used up, rule C.13). AArch64
// Linux passes variadic arguments the same way as named ones.

import type { Instr, IRFunction, IRType, Slot, Temp, Value } from "../ir/ir.js";
import { isFloatIR, typeOf } from "../ir/ir.js";
import type { Abi, StructPart, StructPassing } from "./abi.js";

/** A scalar argument by its IR type, or a struct (its address is the argument value). */
export type ArgDesc = IRType | { passing: StructPassing; size: number };

export type RegLocation = { kind: "gp" | "fp"; index: number };
export type ArgLocation =
  | { kind: "gp"; index: number }
  | { kind: "fp"; index: number }
  | { kind: "stack"; offset: number }
  | { kind: "parts"; regs: (RegLocation & { part: StructPart })[] }
  | { kind: "stackCopy"; offset: number; size: number };

export interface RegisterFile {
  gp: number;
  fp: number;
  /** AAPCS64 C.13: an aggregate that spills to the stack uses up its class's registers. */
  exhaust: boolean;
}

/** Where each argument goes, and the registers and stack bytes used up after the last. */
function classify(descs: ArgDesc[], regs: RegisterFile): { where: ArgLocation[]; gp: number; fp: number; stack: number } {
  let gp = 0;
  let fp = 0;
  let stack = 0;
  const onStack = (size: number) => {
    const offset = stack;
    stack += Math.ceil(size / 8) * 8;
    return offset;
  };
  const where = descs.map((d): ArgLocation => {
    if (typeof d === "string") {
      if (isFloatIR(d) && fp < regs.fp) return { kind: "fp", index: fp++ };
      if (!isFloatIR(d) && gp < regs.gp) return { kind: "gp", index: gp++ };
      return { kind: "stack", offset: onStack(8) };
    }
    if (d.passing.kind === "regs") {
      const parts = d.passing.parts;
      const needFp = parts.filter((p) => isFloatIR(p.type)).length;
      const needGp = parts.length - needFp;
      if (gp + needGp <= regs.gp && fp + needFp <= regs.fp)
        return { kind: "parts", regs: parts.map((part) => (isFloatIR(part.type) ? { kind: "fp", index: fp++, part } : { kind: "gp", index: gp++, part })) };
      if (regs.exhaust) {
        if (needGp) gp = regs.gp;
        if (needFp) fp = regs.fp;
      }
    }
    return { kind: "stackCopy", offset: onStack(d.size), size: d.size };
  });
  return { where, gp, fp, stack };
}

export function classifyArgs(descs: ArgDesc[], regs: RegisterFile): ArgLocation[] {
  return classify(descs, regs).where;
}

/** Registers and stack bytes the named parameters use (where va_start's va_list begins);
 *  on AArch64 that includes a class's registers used up by an aggregate sent to the stack. */
export function namedUsage(descs: ArgDesc[], regs: RegisterFile): { gp: number; fp: number; stack: number } {
  const { gp, fp, stack } = classify(descs, regs);
  return { gp, fp, stack };
}

/** Bytes of outgoing stack arguments a call needs. */
export function stackArgBytes(descs: ArgDesc[], regs: RegisterFile): number {
  return namedUsage(descs, regs).stack;
}

/** The argument descriptors of a call (with the hidden result pointer first where the ABI puts it there). */
export function callArgs(i: Instr & { op: "call" }, abi: Abi): ArgDesc[] {
  const descs = i.args.map((a, n): ArgDesc => i.structArgs?.[n] ?? typeOf(a));
  return i.sret && abi.indirectResultInFirstArg ? ["ptr", ...descs] : descs;
}

/** The parameter descriptors of a function, the same way. */
export function paramArgs(f: IRFunction, abi: Abi): ArgDesc[] {
  const descs = f.params.map((p, n): ArgDesc => f.structParams?.[n] ?? p.type);
  return f.sret && abi.indirectResultInFirstArg ? ["ptr", ...descs] : descs;
}

/** One step of passing arguments, in an order that never clobbers a register already loaded. */
export type ArgMove =
  | { kind: "toStack"; value: Value; offset: number }
  | { kind: "copyToStack"; addr: Value; offset: number; size: number }
  | { kind: "toReg"; value: Value; reg: RegLocation }
  | { kind: "partToReg"; addr: Value; part: StructPart; reg: RegLocation };

/** The moves that set up a call's arguments: stack first, then vector registers, then integer ones. */
export function planCall(i: Instr & { op: "call" }, abi: Abi, regs: RegisterFile): ArgMove[] {
  const values = i.sret && abi.indirectResultInFirstArg ? [i.sret, ...i.args] : i.args;
  const where = classifyArgs(callArgs(i, abi), regs);
  const stack: ArgMove[] = [];
  const vector: ArgMove[] = [];
  const integer: ArgMove[] = [];
  where.forEach((w, n) => {
    const v = values[n]!;
    if (w.kind === "stack") stack.push({ kind: "toStack", value: v, offset: w.offset });
    else if (w.kind === "stackCopy") stack.push({ kind: "copyToStack", addr: v, offset: w.offset, size: w.size });
    else if (w.kind === "parts") for (const r of w.regs) (r.kind === "fp" ? vector : integer).push({ kind: "partToReg", addr: v, part: r.part, reg: r });
    else (w.kind === "fp" ? vector : integer).push({ kind: "toReg", value: v, reg: w });
  });
  return [...stack, ...vector, ...integer];
}

/** Number of vector registers a call uses (x86-64 passes it in %al to variadic callees). */
export function vectorRegsUsed(moves: ArgMove[]): number {
  return moves.filter((m) => (m.kind === "toReg" || m.kind === "partToReg") && m.reg.kind === "fp").length;
}

/** Where each incoming parameter is, from the callee's side. */
export type ParamMove =
  | { kind: "regToTemp"; temp: Temp; reg: RegLocation }
  | { kind: "stackToTemp"; temp: Temp; offset: number }
  | { kind: "regToSlot"; slot: Slot; part: StructPart; reg: RegLocation }
  | { kind: "stackToSlot"; slot: Slot; offset: number; size: number };

export function planParams(f: IRFunction, abi: Abi, regs: RegisterFile): ParamMove[] {
  const temps = f.sret && abi.indirectResultInFirstArg ? [f.sret, ...f.params] : f.params;
  const slots = f.sret && abi.indirectResultInFirstArg ? [undefined, ...(f.structParams ?? [])] : f.structParams ?? [];
  const out: ParamMove[] = [];
  classifyArgs(paramArgs(f, abi), regs).forEach((w, n) => {
    const temp = temps[n]!;
    const slot = slots[n]?.slot;
    if (w.kind === "parts") for (const r of w.regs) out.push({ kind: "regToSlot", slot: slot!, part: r.part, reg: r });
    else if (w.kind === "stackCopy") out.push({ kind: "stackToSlot", slot: slot!, offset: w.offset, size: w.size });
    else if (w.kind === "stack") out.push({ kind: "stackToTemp", temp, offset: w.offset });
    else out.push({ kind: "regToTemp", temp, reg: w });
  });
  return out;
}

/** The return registers of a struct returned in parts: integer parts in the first integer
 *  result registers in order, float parts in the first vector registers. */
export function planReturn(parts: StructPart[]): (RegLocation & { part: StructPart })[] {
  let gp = 0;
  let fp = 0;
  return parts.map((part) => (isFloatIR(part.type) ? { kind: "fp", index: fp++, part } : { kind: "gp", index: gp++, part }));
}
