// x86-64 instruction selection (AT&T syntax, as GNU `as` reads it) for Glass IR, following
// the System V AMD64 psABI §3.2: integer arguments in %rdi %rsi %rdx %rcx %r8 %r9, float
// and double in %xmm0–%xmm7, the rest on the stack at 0(%rsp), 8(%rsp)… at the call; the
// result in %rax or %xmm0; %al holds the number of vector registers used when calling a
// variadic function; %rsp 16-byte aligned at every call.
//
// Frame: `push %rbp; mov %rsp, %rbp; sub $N, %rsp`. The locals area (frame.ts) sits just
// below %rbp; the outgoing-argument area at %rsp. Each IR instruction loads its operands into
// %rax/%rcx (%xmm0/%xmm1 for floats, see float.ts), computes, and stores the result into its
// temp's cell — unless placement.ts found the temp a cheaper home (read from memory where it
// is used, carried in %r10 to the next instruction, a compare fused into its branch); a
// peephole then removes the moves that leaves. Variadic functions: varargs.ts.

import type { CompareKind, Instr, Terminator, Value } from "../../ir/ir.js";
import { isFloatIR, sizeOfIR, typeOf } from "../../ir/ir.js";
import { planCall, planParams, planReturn, vectorRegsUsed } from "../calls.js";
import { jumpTableData } from "../emit.js";
import type { FunctionContext, Target } from "../target.js";
import { x86_64Abi } from "./abi.js";
import { floatBinary, floatCompare, floatConvert, floatNeg } from "./float.js";
import { argRegs, copyBytes, deferred, isCarried, load, loadFP, loadMemory, loadWhole, local, memory, movePart, opWidth, reg, storedByPrologue, storeFP, storeTemp, suffix, tempCell } from "./operands.js";
import { saveAreaSize, saveArgumentRegisters, vaArg, vaArgStruct, vaStart } from "./varargs.js";
import { peephole, type PeepholeSpelling } from "../peephole.js";

const cc: Partial<Record<CompareKind, string>> = {
  eq: "e", ne: "ne", slt: "l", sle: "le", sgt: "g", sge: "ge", ult: "b", ule: "be", ugt: "a", uge: "ae",
};

const binaryOps: Record<string, string> = { add: "add", sub: "sub", mul: "imul", and: "and", or: "or", xor: "xor", shl: "shl", ashr: "sar", lshr: "shr" };

function instr(i: Instr, fx: FunctionContext): string[] {
  if ((i.op === "load" || i.op === "compare") && deferred(i.dest, fx)) return [];
  switch (i.op) {
    case "binary": {
      if (isFloatIR(i.dest.type)) return floatBinary(i, fx);
      const w = opWidth(i.dest.type);
      const a = reg("rax", w);
      const c = reg("rcx", w);
      const imm = immediate(i.b, w);
      if (imm !== undefined && i.kind in immediateOps) {
        const op = immediateOps[i.kind]!;
        const n = op === "shl" || op === "sar" || op === "shr" ? imm & (w * 8 - 1) : imm;
        const line = op === "imul" ? `imul${suffix(w)} $${n}, ${a}, ${a}` : `${op}${suffix(w)} $${n}, ${a}`;
        return [...loadWhole(i.a, "rax", fx), line, storeTemp(i.dest.id, "rax", fx)];
      }
      // A carried b is taken first, so it moves straight from the register it was computed in.
      const [la, lb] = [loadWhole(i.a, "rax", fx), loadWhole(i.b, "rcx", fx)];
      const out = isCarried(i.b, fx) ? [...lb, ...la] : [...la, ...lb];
      switch (i.kind) {
        case "sdiv":
        case "srem":
          out.push(w === 8 ? "cqto" : "cltd", `idiv${suffix(w)} ${c}`);
          break;
        case "udiv":
        case "urem":
          out.push("xorl %edx, %edx", `div${suffix(w)} ${c}`);
          break;
        case "shl":
        case "ashr":
        case "lshr":
          out.push(`${binaryOps[i.kind]}${suffix(w)} %cl, ${a}`);
          break;
        default:
          out.push(`${binaryOps[i.kind]}${suffix(w)} ${c}, ${a}`);
      }
      const result = i.kind === "srem" || i.kind === "urem" ? "rdx" : "rax";
      out.push(storeTemp(i.dest.id, result, fx));
      return out;
    }
    case "compare": {
      if (isFloatIR(typeOf(i.a))) return floatCompare(i, fx);
      const w = opWidth(typeOf(i.a));
      return [
        ...loadWhole(i.a, "rax", fx),
        ...compareWith(i.b, w, fx),
        `set${cc[i.kind]} %al`,
        "movzbl %al, %eax",
        storeTemp(i.dest.id, "rax", fx),
      ];
    }
    case "neg":
    case "not": {
      if (i.op === "neg" && isFloatIR(i.dest.type)) return floatNeg(i as Instr & { op: "neg" }, fx);
      const w = opWidth(i.dest.type);
      return [...load(i.a, "rax", fx), `${i.op}${suffix(w)} ${reg("rax", w)}`, storeTemp(i.dest.id, "rax", fx)];
    }
    case "convert": {
      const from = typeOf(i.a);
      const to = i.dest.type;
      if (isFloatIR(from) || isFloatIR(to)) return floatConvert(i, fx);
      const out = load(i.a, "rax", fx);
      if (i.kind === "sext") {
        if (from === "i8") out.push("movsbq %al, %rax");
        else if (from === "i16") out.push("movswl %ax, %eax", ...(opWidth(to) === 8 ? ["movslq %eax, %rax"] : []));
        else out.push("movslq %eax, %rax");
      } else if (i.kind === "zext") {
        if (from === "i8") out.push("movzbl %al, %eax");
        else if (from === "i16") out.push("movzwl %ax, %eax");
        else out.push("movl %eax, %eax");
      } // trunc, ptrtoint, inttoptr: the low bits are already the result
      out.push(storeTemp(i.dest.id, "rax", fx));
      return out;
    }
    case "load": {
      const m = memory(i.addr, fx);
      return [...m.setup, loadMemory(sizeOfIR(i.dest.type), m.operand), storeTemp(i.dest.id, "rax", fx)];
    }
    case "store": {
      if (storedByPrologue(i, fx)) return [];
      const m = memory(i.addr, fx);
      const size = sizeOfIR(i.type);
      const mnemonic = ["", "movb", "movw", "", "movl", "", "", "", "movq"][size]!;
      const imm = i.value.kind === "const" ? immediate({ ...i.value, type: size === 8 ? "i64" : "i32" }, size) : undefined;
      if (imm !== undefined) return [...m.setup, `${mnemonic} $${imm}, ${m.operand}`];
      if (isFloatIR(i.type) && i.value.kind === "temp") return [...loadFP(i.value, 0, fx), ...m.setup, `mov${i.type === "f32" ? "ss" : "sd"} %xmm0, ${m.operand}`];
      return [...load(i.value, "rax", fx), ...m.setup, `${mnemonic} ${reg("rax", size)}, ${m.operand}`];
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

/** Binary operations with an immediate form (`addl $1, %eax`). */
const immediateOps: Partial<Record<string, string>> = { add: "add", sub: "sub", mul: "imul", and: "and", or: "or", xor: "xor", shl: "shl", ashr: "sar", lshr: "shr" };

/** A constant operand as a 32-bit immediate of an instruction of width w (sign-extended for 64-bit ones), if it is one. */
function immediate(b: Value, w: number): number | undefined {
  if (b.kind !== "const" || b.type === "i8" || b.type === "i16" || isFloatIR(b.type)) return undefined;
  const n = BigInt.asIntN(w * 8, b.value);
  return n >= -(1n << 31n) && n < 1n << 31n ? Number(n) : undefined;
}

/** `cmp` of %rax (%eax) with b: an immediate when it fits, else through %rcx. */
function compareWith(b: Value, w: number, fx: FunctionContext): string[] {
  const imm = immediate(b, w);
  if (imm !== undefined) return [`cmp${suffix(w)} $${imm}, ${reg("rax", w)}`];
  return [...loadWhole(b, "rcx", fx), `cmp${suffix(w)} ${reg("rcx", w)}, ${reg("rax", w)}`];
}

const inverse: Record<string, string> = { e: "ne", ne: "e", l: "ge", ge: "l", le: "g", g: "le", b: "ae", ae: "b", be: "a", a: "be" };

/** How the shared peephole (../peephole.ts) reads this ISA's lines. */
const xmm = (reg: string) => reg.startsWith("%xmm");
const spelling: PeepholeSpelling = {
  comment: "\t# ",
  carry: /%r10/,
  carryIn: /^\tmovq (?<reg>%\w+), %r10$/,
  carryOut: /^\tmovq %r10, (?<reg>%\w+)$/,
  carryAddress: "(%r10)",
  address: (reg) => `(${reg})`,
  store: /^\tmovq (?<reg>%\w+), (?<cell>-?\d+\(%rbp\))$/,
  reload: /^\tmovq (?<cell>-?\d+\(%rbp\)), (?<reg>%\w+)$/,
  cellsIn: (line) => line.match(/-?\d+\(%rbp\)/g) ?? [],
  move: (to, from) => `\tmovq ${from}, ${to}`,
  canCarry: (from, to) => from === to || !(xmm(from) && xmm(to)),
  canForward: (from, to) => !xmm(from) && !xmm(to),
};

const regs = { gp: argRegs.length, fp: 8, exhaust: false };

/** `call f@PLT` for functions another module may define (or, in -fPIC code, preempt). */
function viaPlt(name: string, fx: FunctionContext): boolean {
  const s = fx.symbol(name);
  return fx.pic === "pic" ? !s.local : !s.defined;
}
const returnRegs = ["rax", "rdx"];

function call(i: Instr & { op: "call" }, fx: FunctionContext): string[] {
  const out: string[] = [];
  const moves = planCall(i, x86_64Abi, regs);
  for (const m of moves) {
    switch (m.kind) {
      case "toStack":
        out.push(...load(m.value, "rax", fx), `movq %rax, ${m.offset}(%rsp)`);
        break;
      case "copyToStack":
        out.push(...load(m.addr, "r11", fx), ...copyBytes("%r11", 0, "%rsp", m.offset, m.size));
        break;
      case "toReg":
        out.push(...(m.reg.kind === "fp" ? loadFP(m.value, m.reg.index, fx) : load(m.value, argRegs[m.reg.index]!, fx)));
        break;
      case "partToReg":
        out.push(...load(m.addr, "r11", fx), movePart(m.part, m.reg, `${m.part.offset}(%r11)`, false));
        break;
    }
  }
  if (typeof i.callee !== "string") out.push(...load(i.callee, "r10", fx));
  if (i.variadicAfter !== undefined) out.push(`movl $${vectorRegsUsed(moves)}, %eax`);
  if (typeof i.callee === "string") out.push(`call ${i.callee}${viaPlt(i.callee, fx) ? "@PLT" : ""}`);
  else out.push("call *%r10");
  if (i.dest) out.push(isFloatIR(i.dest.type) ? storeFP(i.dest.id, 0, i.dest.type, fx) : storeTemp(i.dest.id, "rax", fx));
  if (i.resultParts) {
    out.push(...load(i.resultParts.addr, "r11", fx));
    for (const r of planReturn(i.resultParts.parts)) out.push(movePart(r.part, r.kind === "fp" ? r : returnRegs[r.index]!, `${r.part.offset}(%r11)`, true));
  }
  return out;
}

function terminator(t: Terminator, fx: FunctionContext): string[] {
  switch (t.op) {
    case "ret": {
      const v = t.value;
      if (v && t.parts) {
        const out = load(v, "r11", fx);
        for (const r of planReturn(t.parts)) out.push(movePart(r.part, r.kind === "fp" ? r : returnRegs[r.index]!, `${r.part.offset}(%r11)`, false));
        return [...out, "leave", "ret"];
      }
      const value = !v ? [] : isFloatIR(typeOf(v)) ? loadFP(v, 0, fx) : load(v, "rax", fx);
      return [...value, "leave", "ret"];
    }
    case "br":
      return fx.isNext(t.target) ? [] : [`jmp ${fx.label(t.target)}`];
    case "condbr": {
      const p = t.cond.kind === "temp" ? fx.placement.get(t.cond.id) : undefined;
      const out: string[] = [];
      if (p?.kind === "fused") {
        const c = p.compare;
        const w = opWidth(typeOf(c.a));
        out.push(...loadWhole(c.a, "rax", fx), ...compareWith(c.b, w, fx));
        if (fx.isNext(t.then)) return [...out, `j${inverse[cc[c.kind]!]} ${fx.label(t.else)}`];
        out.push(`j${cc[c.kind]} ${fx.label(t.then)}`);
      } else {
        const w = opWidth(typeOf(t.cond));
        out.push(...loadWhole(t.cond, "rax", fx), `test${suffix(w)} ${reg("rax", w)}, ${reg("rax", w)}`);
        if (fx.isNext(t.then)) return [...out, `je ${fx.label(t.else)}`];
        out.push(`jne ${fx.label(t.then)}`);
      }
      if (!fx.isNext(t.else)) out.push(`jmp ${fx.label(t.else)}`);
      return out;
    }
    case "jumptable": {
      const table = fx.uniqueLabel();
      return [
        ...load(t.index, "rax", fx),
        `leaq ${table}(%rip), %rcx`,
        "movslq (%rcx,%rax,4), %rax",
        "addq %rcx, %rax",
        "jmp *%rax",
        ...jumpTableData(table, t.targets.map(fx.label), fx),
      ];
    }
  }
}

function prologue(fx: FunctionContext): string[] {
  const size = fx.frame.localsSize + fx.frame.outgoingSize;
  const out = ["pushq %rbp", "movq %rsp, %rbp"];
  if (size > 0) out.push(`subq $${size}, %rsp`);
  if (fx.f.variadic) out.push(...saveArgumentRegisters(fx));
  const slot = (sl: { id: number }, off: number) => local(fx.frame.slotOffset[sl.id]! + off, fx);
  for (const m of planParams(fx.f, x86_64Abi, regs)) {
    switch (m.kind) {
      case "regToTemp":
        out.push(m.reg.kind === "fp" ? storeFP(m.temp.id, m.reg.index, m.temp.type, fx) : storeTemp(m.temp.id, argRegs[m.reg.index]!, fx));
        break;
      case "stackToTemp":
        out.push(`movq ${16 + m.offset}(%rbp), %rax`, storeTemp(m.temp.id, "rax", fx));
        break;
      case "regToSlot":
        out.push(movePart(m.part, m.reg, slot(m.slot, m.part.offset), true));
        break;
      case "stackToSlot":
        out.push(...copyBytes("%rbp", 16 + m.offset, "%rbp", fx.frame.slotOffset[m.slot.id]! - fx.frame.localsSize, m.size));
        break;
    }
  }
  return out;
}

export const x86_64Target: Target = {
  machine: "x86_64",
  abi: x86_64Abi,
  comment: "#",
  typeMark: "@",
  argRegs: regs,
  needsGot: (pic, sym) => pic === "pic" && !sym.local,
  foldsGlobals: true,
  tempCell,
  peephole: (lines, tempCells) => peephole(lines, spelling, tempCells),
  regSaveAreaSize: saveAreaSize,
  prologue,
  instr,
  terminator,
};
