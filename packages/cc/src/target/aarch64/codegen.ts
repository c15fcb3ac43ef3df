// AArch64 instruction selection (GNU `as` syntax) for Glass IR, following AAPCS64 §6.8:
// integer arguments in x0–x7, float and double in v0–v7 (s/d registers), the rest on the
// stack at [sp], [sp, #8]… at the call (8 bytes each on Linux); the result in x0 or v0;
// sp 16-byte aligned at all times. Variadic arguments are passed like named ones on Linux
// (not on Apple platforms).
//
// Frame: `stp x29, x30, [sp, #-16]!; mov x29, sp; sub sp, sp, #N`. The outgoing-argument
// area is at sp and the locals area (frame.ts) just above it, addressed as [sp, #off];
// incoming stack arguments are at [x29, #16]…. Each IR instruction loads its operands into
// x9/x10 (d0/d1 for floats, see float.ts), computes, and stores the result into its temp's
// cell — unless placement.ts found the temp a cheaper home (read from its slot where it is
// used, carried in x14 to the next instruction, a compare fused into its branch); a peephole
// then removes the moves that leaves. Variadic functions: varargs.ts.

import type { CompareKind, Instr, IRType, Terminator, Value } from "../../ir/ir.js";
import { isFloatIR, sizeOfIR, typeOf } from "../../ir/ir.js";
import type { StructPart } from "../abi.js";
import { planCall, planParams, planReturn, type RegLocation } from "../calls.js";
import { jumpTableData } from "../emit.js";
import type { FunctionContext, Target } from "../target.js";
import { aarch64Abi } from "./abi.js";
import { floatBinary, floatCompare, floatConvert, floatNeg } from "./float.js";
import { copyBytes, deferred, fr, isCarried, load, loadFP, loadWhole, memory, moveImmediate, r, storedByPrologue, storeFP, storeTemp, tempAddress, wide } from "./operands.js";
import { argRegCount, saveAreaSize, saveArgumentRegisters, vaArg, vaArgStruct, vaStart } from "./varargs.js";
import { peephole, type PeepholeSpelling } from "../peephole.js";

const cc: Partial<Record<CompareKind, string>> = {
  eq: "eq", ne: "ne", slt: "lt", sle: "le", sgt: "gt", sge: "ge", ult: "lo", ule: "ls", ugt: "hi", uge: "hs",
};

const binaryOps: Record<string, string> = {
  add: "add", sub: "sub", mul: "mul", sdiv: "sdiv", udiv: "udiv", and: "and", or: "orr", xor: "eor", shl: "lsl", ashr: "asr", lshr: "lsr",
};

const loads = ["", "ldrb w9", "ldrh w9", "", "ldr w9", "", "", "", "ldr x9"];
const stores = ["", "strb w9", "strh w9", "", "str w9", "", "", "", "str x9"];

function instr(i: Instr, fx: FunctionContext): string[] {
  if ((i.op === "load" || i.op === "compare") && deferred(i.dest, fx)) return [];
  switch (i.op) {
    case "binary": {
      const t = i.dest.type;
      if (isFloatIR(t)) return floatBinary(i, fx);
      const imm = immediate(i, t);
      if (imm) return [...loadWhole(i.a, 9, fx), `${imm.op} ${r(9, t)}, ${r(9, t)}, #${imm.n}`, ...storeTemp(i.dest.id, 9, fx)];
      // A carried b is taken first, so it moves straight from the register it was computed in.
      const [la, lb] = [loadWhole(i.a, 9, fx), loadWhole(i.b, 10, fx)];
      const out = isCarried(i.b, fx) ? [...lb, ...la] : [...la, ...lb];
      if (i.kind === "srem" || i.kind === "urem") {
        const div = i.kind === "srem" ? "sdiv" : "udiv";
        out.push(`${div} ${r(11, t)}, ${r(9, t)}, ${r(10, t)}`, `msub ${r(9, t)}, ${r(11, t)}, ${r(10, t)}, ${r(9, t)}`);
      } else out.push(`${binaryOps[i.kind]} ${r(9, t)}, ${r(9, t)}, ${r(10, t)}`);
      return [...out, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "compare": {
      const t = typeOf(i.a);
      if (isFloatIR(t)) return floatCompare(i, fx);
      return [
        ...loadWhole(i.a, 9, fx),
        ...compareWith(i.b, t, fx),
        `cset w9, ${cc[i.kind]}`,
        ...storeTemp(i.dest.id, 9, fx),
      ];
    }
    case "neg":
    case "not": {
      const t = i.dest.type;
      if (i.op === "neg" && isFloatIR(t)) return floatNeg(i as Instr & { op: "neg" }, fx);
      return [...load(i.a, 9, fx), `${i.op === "neg" ? "neg" : "mvn"} ${r(9, t)}, ${r(9, t)}`, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "convert": {
      const from = typeOf(i.a);
      if (isFloatIR(from) || isFloatIR(i.dest.type)) return floatConvert(i, fx);
      const out = load(i.a, 9, fx);
      if (i.kind === "sext") out.push(`${from === "i8" ? "sxtb" : from === "i16" ? "sxth" : "sxtw"} x9, w9`);
      else if (i.kind === "zext") out.push(from === "i8" ? "uxtb w9, w9" : from === "i16" ? "uxth w9, w9" : "mov w9, w9");
      // trunc, ptrtoint, inttoptr: the low bits are already the result
      return [...out, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "load": {
      const size = sizeOfIR(i.dest.type);
      const m = memory(i.addr, size, fx);
      return [...m.setup, `${loads[size]}, ${m.operand}`, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "store": {
      if (storedByPrologue(i, fx)) return [];
      const size = sizeOfIR(i.type);
      const m = memory(i.addr, size, fx);
      if (i.value.kind === "const" && BigInt.asUintN(size * 8, i.value.value) === 0n)
        return [...m.setup, `${stores[size]!.replace(/[wx]9$/, size === 8 ? "xzr" : "wzr")}, ${m.operand}`];
      return [...load(i.value, 9, fx), ...m.setup, `${stores[size]}, ${m.operand}`];
    }
    case "call":
      return call(i, fx);
    case "vastart":
      return vaStart(i, fx);
    case "vaarg":
      return vaArg(i, fx);
    case "vaargStruct":
      return vaArgStruct(i, fx);
  }
}

/** The immediate form of an integer binary operation, if it has one: add/sub of 0–4095 (a
 *  negative constant flips the operation), shifts by a constant, multiplication by a power of two. */
function immediate(i: Instr & { op: "binary" }, t: IRType): { op: string; n: bigint } | undefined {
  if (i.b.kind !== "const" || t === "i8" || t === "i16") return undefined;
  const bits = wide(t) ? 64 : 32;
  const n = BigInt.asIntN(bits, i.b.value);
  if (i.kind === "add" || i.kind === "sub") {
    const flip = n < 0n;
    const m = flip ? -n : n;
    if (m >= 4096n) return undefined;
    return { op: (i.kind === "add") !== flip ? "add" : "sub", n: m };
  }
  if (i.kind === "shl" || i.kind === "ashr" || i.kind === "lshr") return { op: binaryOps[i.kind]!, n: BigInt.asUintN(64, n) & BigInt(bits - 1) };
  // Multiplying by a power of two is a left shift.
  if (i.kind === "mul" && n > 0n && (n & (n - 1n)) === 0n) return { op: "lsl", n: BigInt(n.toString(2).length - 1) };
  return undefined;
}

const inverse: Record<string, string> = { eq: "ne", ne: "eq", lt: "ge", ge: "lt", le: "gt", gt: "le", lo: "hs", hs: "lo", ls: "hi", hi: "ls" };

/** How the shared peephole (../peephole.ts) reads this ISA's lines. */
const spelling: PeepholeSpelling = {
  comment: "\t// ",
  carry: /[xw]14\b/,
  carryIn: /^\tmov x14, (?<reg>x\d+)$/,
  carryOut: /^\tmov (?<reg>x\d+), x14$/,
  carryAddress: "[x14]",
  address: (reg) => `[${reg}]`,
  store: /^\tstr (?<reg>x\d+), (?<cell>\[sp(?:, #\d+)?\])$/,
  reload: /^\tldr (?<reg>x\d+), (?<cell>\[sp(?:, #\d+)?\])$/,
  // `[sp, #N]`, and `add x9, sp, #N` taking its address (`sp` alone counts as offset 0).
  cellsIn: (line) => [...line.matchAll(/\bsp(?:, #(\d+))?/g)].map((m) => (m[1] && m[1] !== "0" ? `[sp, #${m[1]}]` : "[sp]")),
  move: (to, from) => `\tmov ${to}, ${from}`,
  canCarry: () => true,
  canForward: () => true,
};

/** `cmp` of x9/w9 with b: an immediate (0–4095) when it fits, else through x10. */
function compareWith(b: Value, t: IRType, fx: FunctionContext): string[] {
  if (b.kind === "const" && t !== "i8" && t !== "i16") {
    const n = BigInt.asIntN(wide(t) ? 64 : 32, b.value);
    if (n >= 0n && n < 4096n) return [`cmp ${r(9, t)}, #${n}`];
    if (n < 0n && n > -4096n) return [`cmn ${r(9, t)}, #${-n}`];
  }
  return [...loadWhole(b, 10, fx), `cmp ${r(9, t)}, ${r(10, t)}`];
}

const regs = { gp: argRegCount, fp: 8, exhaust: true };

/** The register a part travels in: x<n>/w<n> for integer parts, d<n>/s<n> for float ones. */
function partReg(part: StructPart, r: RegLocation): string {
  if (r.kind === "fp") return fr(r.index, part.type);
  return `${sizeOfIR(part.type) === 8 ? "x" : "w"}${r.index}`;
}

/** ldr/str of a part at `[base, #off]`, at the part's width. */
function movePart(part: StructPart, r: RegLocation, base: string, toMemory: boolean): string {
  const size = sizeOfIR(part.type);
  const op = r.kind === "fp" || size >= 4 ? (toMemory ? "str" : "ldr") : `${toMemory ? "str" : "ldr"}${size === 2 ? "h" : "b"}`;
  return `${op} ${partReg(part, r)}, [${base}, #${part.offset}]`;
}

function call(i: Instr & { op: "call" }, fx: FunctionContext): string[] {
  const out: string[] = [];
  for (const m of planCall(i, aarch64Abi, regs)) {
    switch (m.kind) {
      case "toStack":
        out.push(...load(m.value, 9, fx), `str x9, [sp, #${m.offset}]`);
        break;
      case "copyToStack":
        out.push(...load(m.addr, 17, fx), ...copyBytes("x17", 0, "sp", m.offset, m.size));
        break;
      case "toReg":
        out.push(...(m.reg.kind === "fp" ? loadFP(m.value, m.reg.index, fx) : load(m.value, m.reg.index, fx)));
        break;
      case "partToReg":
        out.push(...load(m.addr, 17, fx), movePart(m.part, m.reg, "x17", false));
        break;
    }
  }
  if (i.sret) out.push(...load(i.sret, 8, fx));
  if (typeof i.callee === "string") out.push(`bl ${i.callee}`);
  else out.push(...load(i.callee, 17, fx), "blr x17");
  if (i.dest) out.push(...(isFloatIR(i.dest.type) ? storeFP(i.dest.id, 0, i.dest.type, fx) : storeTemp(i.dest.id, 0, fx)));
  if (i.resultParts) {
    out.push(...load(i.resultParts.addr, 17, fx));
    for (const r of planReturn(i.resultParts.parts)) out.push(movePart(r.part, r, "x17", true));
  }
  return out;
}

// The first `ret` of a function emits the epilogue under a label; every later one jumps
// there: one `b` instead of three instructions (gcc shares its epilogue the same way).
const epilogueLabels = new WeakMap<FunctionContext, string>();
function epilogue(fx: FunctionContext): string[] {
  const shared = epilogueLabels.get(fx);
  if (shared) return [`b ${shared}`];
  const steps = ["mov sp, x29", "ldp x29, x30, [sp], #16", "ret"];
  if (fx.f.blocks.filter((b) => b.term?.op === "ret").length < 2) return steps;
  const label = fx.uniqueLabel();
  epilogueLabels.set(fx, label);
  return [`${label}:`, ...steps];
}

function terminator(t: Terminator, fx: FunctionContext): string[] {
  switch (t.op) {
    case "ret": {
      const v = t.value;
      if (v && t.parts) return [...load(v, 17, fx), ...planReturn(t.parts).map((r) => movePart(r.part, r, "x17", false)), ...epilogue(fx)];
      const value = !v ? [] : isFloatIR(typeOf(v)) ? loadFP(v, 0, fx) : load(v, 0, fx);
      return [...value, ...epilogue(fx)];
    }
    case "br":
      return fx.isNext(t.target) ? [] : [`b ${fx.label(t.target)}`];
    case "condbr": {
      const p = t.cond.kind === "temp" ? fx.placement.get(t.cond.id) : undefined;
      const out: string[] = [];
      if (p?.kind === "fused") {
        const c = p.compare;
        out.push(...loadWhole(c.a, 9, fx), ...compareWith(c.b, typeOf(c.a), fx));
        if (fx.isNext(t.then)) return [...out, `b.${inverse[cc[c.kind]!]} ${fx.label(t.else)}`];
        out.push(`b.${cc[c.kind]} ${fx.label(t.then)}`);
      } else {
        out.push(...loadWhole(t.cond, 9, fx));
        if (fx.isNext(t.then)) return [...out, `cbz ${r(9, typeOf(t.cond))}, ${fx.label(t.else)}`];
        out.push(`cbnz ${r(9, typeOf(t.cond))}, ${fx.label(t.then)}`);
      }
      if (!fx.isNext(t.else)) out.push(`b ${fx.label(t.else)}`);
      return out;
    }
    case "jumptable": {
      const table = fx.uniqueLabel();
      return [
        ...load(t.index, 9, fx),
        `adrp x10, ${table}`,
        `add x10, x10, :lo12:${table}`,
        "ldrsw x11, [x10, x9, lsl #2]",
        "add x10, x10, x11",
        "br x10",
        ...jumpTableData(table, t.targets.map(fx.label), fx),
      ];
    }
  }
}

function prologue(fx: FunctionContext): string[] {
  const size = fx.frame.localsSize + fx.frame.outgoingSize;
  const out = ["stp x29, x30, [sp, #-16]!", "mov x29, sp"];
  if (size > 0 && size < 4096) out.push(`sub sp, sp, #${size}`);
  else if (size > 0) out.push(...moveImmediate("x16", BigInt(size)), "sub sp, sp, x16");
  if (fx.f.variadic) out.push(...saveArgumentRegisters(fx));
  if (fx.f.sret) out.push(...storeTemp(fx.f.sret.id, 8, fx));
  for (const m of planParams(fx.f, aarch64Abi, regs)) {
    switch (m.kind) {
      case "regToTemp":
        out.push(...(m.reg.kind === "fp" ? storeFP(m.temp.id, m.reg.index, m.temp.type, fx) : storeTemp(m.temp.id, m.reg.index, fx)));
        break;
      case "stackToTemp":
        out.push(`ldr x9, [x29, #${16 + m.offset}]`, ...storeTemp(m.temp.id, 9, fx));
        break;
      case "regToSlot":
        out.push(...load({ kind: "slot", slot: m.slot }, 17, fx), movePart(m.part, m.reg, "x17", true));
        break;
      case "stackToSlot":
        out.push(...load({ kind: "slot", slot: m.slot }, 17, fx), ...copyBytes("x29", 16 + m.offset, "x17", 0, m.size));
        break;
    }
  }
  return out;
}

export const aarch64Target: Target = {
  machine: "aarch64",
  abi: aarch64Abi,
  comment: "//",
  typeMark: "%",
  argRegs: regs,
  // -fPIC: every preemptible symbol through the GOT; -fPIE: symbols defined elsewhere.
  needsGot: (pic, sym) => (pic === "pic" ? !sym.local : pic === "pie" ? !sym.defined : false),
  foldsGlobals: false,
  // Only a cell every access size reaches directly (a narrow access further out goes through x17).
  tempCell: (id, fx) => {
    const { setup, operand } = tempAddress(id, fx, 1);
    return setup.length === 0 ? operand : undefined;
  },
  peephole: (lines, tempCells) => peephole(lines, spelling, tempCells),
  regSaveAreaSize: saveAreaSize,
  prologue,
  instr,
  terminator,
};
