// x86-64 instruction selection (AT&T syntax, as GNU `as` reads it) for Glass IR, following
// the System V AMD64 psABI §3.2: integer arguments in %rdi %rsi %rdx %rcx %r8 %r9, float
// and double in %xmm0–%xmm7, the rest on the stack at 0(%rsp), 8(%rsp)… at the call; the
// result in %rax or %xmm0; %al holds the number of vector registers used when calling a
// variadic function; %rsp 16-byte aligned at every call.
//
// Frame: `push %rbp; mov %rsp, %rbp; sub $N, %rsp`. The locals area (frame.ts) sits just
// below %rbp; the outgoing-argument area at %rsp. Each IR instruction loads its operands into
// %rax/%rcx (%xmm0/%xmm1 for floats, see float.ts), computes, and stores the result into its
// temp's cell. Variadic functions: varargs.ts.

import type { CompareKind, Instr, Terminator } from "../../ir/ir.js";
import { isFloatIR, sizeOfIR, typeOf } from "../../ir/ir.js";
import type { StructPart } from "../abi.js";
import { planCall, planParams, planReturn, vectorRegsUsed, type RegLocation } from "../calls.js";
import { jumpTableData } from "../emit.js";
import type { FunctionContext, Target } from "../target.js";
import { x86_64Abi } from "./abi.js";
import { floatBinary, floatCompare, floatConvert, floatNeg } from "./float.js";
import { load, loadFP, loadMemory, loadWhole, local, memory, opWidth, reg, storeFP, storeTemp, suffix, tempCell } from "./operands.js";
import { argRegs, saveAreaSize, saveArgumentRegisters, vaArg, vaStart } from "./varargs.js";

const cc: Partial<Record<CompareKind, string>> = {
  eq: "e", ne: "ne", slt: "l", sle: "le", sgt: "g", sge: "ge", ult: "b", ule: "be", ugt: "a", uge: "ae",
};

const binaryOps: Record<string, string> = { add: "add", sub: "sub", mul: "imul", and: "and", or: "or", xor: "xor", shl: "shl", ashr: "sar", lshr: "shr" };

function instr(i: Instr, fx: FunctionContext): string[] {
  switch (i.op) {
    case "binary": {
      if (isFloatIR(i.dest.type)) return floatBinary(i, fx);
      const w = opWidth(i.dest.type);
      const a = reg("rax", w);
      const c = reg("rcx", w);
      const out = [...loadWhole(i.a, "rax", fx), ...loadWhole(i.b, "rcx", fx)];
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
        ...loadWhole(i.b, "rcx", fx),
        `cmp${suffix(w)} ${reg("rcx", w)}, ${reg("rax", w)}`,
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
      const m = memory(i.addr, fx);
      const size = sizeOfIR(i.type);
      const mnemonic = ["", "movb", "movw", "", "movl", "", "", "", "movq"][size]!;
      return [...load(i.value, "rax", fx), ...m.setup, `${mnemonic} ${reg("rax", size)}, ${m.operand}`];
    }
    case "call":
      return call(i, fx);
    case "vastart":
      return vaStart(i, fx);
    case "vaarg":
      return vaArg(i, fx);
  }
}

const regs = { gp: argRegs.length, fp: 8, exhaust: false };

/** `call f@PLT` for functions another module may define (or, in -fPIC code, preempt). */
function viaPlt(name: string, fx: FunctionContext): boolean {
  const s = fx.symbol(name);
  return fx.pic === "pic" ? !s.local : !s.defined;
}
const returnRegs = ["rax", "rdx"];

/** `mov` of a part between a register and memory, either direction, at the part's width. */
function movePart(part: StructPart, r: RegLocation | string, mem: string, toMemory: boolean): string {
  const t = part.type;
  if (typeof r !== "string" && r.kind === "fp") {
    const m = t === "f32" ? "movss" : "movsd";
    return toMemory ? `${m} %xmm${r.index}, ${mem}` : `${m} ${mem}, %xmm${r.index}`;
  }
  const name = typeof r === "string" ? r : argRegs[r.index]!;
  const size = sizeOfIR(t);
  if (toMemory) return `mov${["", "b", "w", "", "l", "", "", "", "q"][size]} ${reg(name, size)}, ${mem}`;
  return size === 8 ? `movq ${mem}, %${name}` : size === 4 ? `movl ${mem}, ${reg(name, 4)}` : `movz${size === 2 ? "w" : "b"}l ${mem}, ${reg(name, 4)}`;
}

/** Copies `size` bytes between two base-register addresses through %rax. */
function copyBytes(src: string, srcOff: number, dst: string, dstOff: number, size: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < size; ) {
    const n = size - k >= 8 ? 8 : size - k >= 4 ? 4 : size - k >= 2 ? 2 : 1;
    const part: StructPart = { offset: 0, type: n === 8 ? "i64" : n === 4 ? "i32" : n === 2 ? "i16" : "i8" };
    out.push(movePart(part, "rax", `${srcOff + k}(${src})`, false), movePart(part, "rax", `${dstOff + k}(${dst})`, true));
    k += n;
  }
  return out;
}

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
      return t.target === fx.next ? [] : [`jmp ${fx.label(t.target)}`];
    case "condbr": {
      const w = opWidth(typeOf(t.cond));
      const out = [...loadWhole(t.cond, "rax", fx), `test${suffix(w)} ${reg("rax", w)}, ${reg("rax", w)}`, `jne ${fx.label(t.then)}`];
      if (t.else !== fx.next) out.push(`jmp ${fx.label(t.else)}`);
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
        ...jumpTableData(table, t.targets.map(fx.label)),
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
        out.push(`movq ${16 + m.offset}(%rbp), %rax`, `movq %rax, ${tempCell(m.temp.id, fx)}`);
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
  regSaveAreaSize: saveAreaSize,
  prologue,
  instr,
  terminator,
};
