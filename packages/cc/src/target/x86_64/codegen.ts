// x86-64 instruction selection (AT&T syntax, as GNU `as` reads it) for Glass IR, following
// the System V AMD64 psABI §3.2: integer arguments in %rdi %rsi %rdx %rcx %r8 %r9, the rest
// on the stack at 0(%rsp), 8(%rsp)… at the call; the result in %rax; %al holds the number of
// vector registers used when calling a variadic function (always 0 here); %rsp 16-byte
// aligned at every call.
//
// Frame: `push %rbp; mov %rsp, %rbp; sub $N, %rsp`. The locals area (frame.ts) sits just
// below %rbp; the outgoing-argument area at %rsp. Each IR instruction loads its operands into
// %rax/%rcx, computes, and stores the result into its temp's cell.

import type { CompareKind, Instr, IRType, Terminator, Value } from "../../ir/ir.js";
import { typeOf } from "../../ir/ir.js";
import type { FunctionContext, Target } from "../target.js";
import { x86_64Abi } from "./abi.js";

const argRegs = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];

/** A register by its 64-bit name, at a width in bytes: reg("rax", 4) is %eax. */
function reg(r: string, size: number): string {
  const legacy: Record<string, [string, string, string, string]> = {
    rax: ["al", "ax", "eax", "rax"], rcx: ["cl", "cx", "ecx", "rcx"], rdx: ["dl", "dx", "edx", "rdx"],
    rsi: ["sil", "si", "esi", "rsi"], rdi: ["dil", "di", "edi", "rdi"],
  };
  const names = legacy[r] ?? [`${r}b`, `${r}w`, `${r}d`, r];
  return "%" + names[size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3];
}

/** Arithmetic happens in 32 or 64 bits (narrower values were promoted by C's rules). */
const opWidth = (t: IRType) => (t === "i64" || t === "ptr" ? 8 : 4);
const suffix = (size: number) => (size === 8 ? "q" : "l");

const cc: Record<CompareKind, string> = {
  eq: "e", ne: "ne", slt: "l", sle: "le", sgt: "g", sge: "ge", ult: "b", ule: "be", ugt: "a", uge: "ae",
};

const binaryOps: Record<string, string> = { add: "add", sub: "sub", mul: "imul", and: "and", or: "or", xor: "xor", shl: "shl", ashr: "sar", lshr: "shr" };

function local(off: number, fx: FunctionContext): string {
  return `${off - fx.frame.localsSize}(%rbp)`;
}

function tempCell(id: number, fx: FunctionContext): string {
  return local(fx.frame.tempOffset(id), fx);
}

/** Instructions that put a value into a register (its full 64 bits; upper bits may be garbage for narrow types). */
function load(v: Value, r: string, fx: FunctionContext): string[] {
  switch (v.kind) {
    case "temp":
      return [`movq ${tempCell(v.id, fx)}, %${r}`];
    case "const": {
      const n = BigInt.asIntN(64, v.value);
      const fits = n >= -(1n << 31n) && n < 1n << 31n;
      return [`${fits ? "movq" : "movabsq"} $${n}, %${r}`];
    }
    case "slot":
      return [`leaq ${local(fx.frame.slotOffset[v.slot.id]!, fx)}, %${r}`];
    case "global":
      return [`leaq ${v.name}(%rip), %${r}`];
  }
}

/** Like `load`, but narrow values are zero-extended so 32-bit tests and compares see them whole. */
function loadWhole(v: Value, r: string, fx: FunctionContext): string[] {
  const t = typeOf(v);
  const out = load(v, r, fx);
  if (t === "i8") out.push(`movzbl ${reg(r, 1)}, ${reg(r, 4)}`);
  if (t === "i16") out.push(`movzwl ${reg(r, 2)}, ${reg(r, 4)}`);
  return out;
}

/** A memory operand for an address value, loading it into %rcx when it is not a slot or global. */
function memory(addr: Value, fx: FunctionContext): { setup: string[]; operand: string } {
  if (addr.kind === "slot") return { setup: [], operand: local(fx.frame.slotOffset[addr.slot.id]!, fx) };
  if (addr.kind === "global") return { setup: [], operand: `${addr.name}(%rip)` };
  return { setup: load(addr, "rcx", fx), operand: "(%rcx)" };
}

function storeTemp(id: number, r: string, fx: FunctionContext): string {
  return `movq %${r}, ${tempCell(id, fx)}`;
}

function instr(i: Instr, fx: FunctionContext): string[] {
  switch (i.op) {
    case "binary": {
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
      const w = opWidth(i.dest.type);
      return [...load(i.a, "rax", fx), `${i.op}${suffix(w)} ${reg("rax", w)}`, storeTemp(i.dest.id, "rax", fx)];
    }
    case "convert": {
      const from = typeOf(i.a);
      const to = i.dest.type;
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
      const t = i.dest.type;
      const mov =
        t === "i8" ? `movzbl ${m.operand}, %eax`
        : t === "i16" ? `movzwl ${m.operand}, %eax`
        : t === "i32" ? `movl ${m.operand}, %eax`
        : `movq ${m.operand}, %rax`;
      return [...m.setup, mov, storeTemp(i.dest.id, "rax", fx)];
    }
    case "store": {
      const m = memory(i.addr, fx);
      const size = i.type === "i8" ? 1 : i.type === "i16" ? 2 : i.type === "i32" ? 4 : 8;
      const mnemonic = ["", "movb", "movw", "", "movl", "", "", "", "movq"][size]!;
      return [...load(i.value, "rax", fx), ...m.setup, `${mnemonic} ${reg("rax", size)}, ${m.operand}`];
    }
    case "call": {
      const out: string[] = [];
      i.args.forEach((a, n) => {
        if (n >= argRegs.length) out.push(...load(a, "rax", fx), `movq %rax, ${8 * (n - argRegs.length)}(%rsp)`);
      });
      i.args.forEach((a, n) => {
        if (n < argRegs.length) out.push(...load(a, argRegs[n]!, fx));
      });
      if (typeof i.callee === "string") {
        if (i.variadicAfter !== undefined) out.push("movl $0, %eax");
        out.push(`call ${i.callee}${fx.isDefinedHere(i.callee) ? "" : "@PLT"}`);
      } else out.push(...load(i.callee, "rax", fx), "call *%rax");
      if (i.dest) out.push(storeTemp(i.dest.id, "rax", fx));
      return out;
    }
  }
}

function terminator(t: Terminator, fx: FunctionContext): string[] {
  switch (t.op) {
    case "ret":
      return [...(t.value ? load(t.value, "rax", fx) : []), "leave", "ret"];
    case "br":
      return t.target === fx.next ? [] : [`jmp ${fx.label(t.target)}`];
    case "condbr": {
      const w = opWidth(typeOf(t.cond));
      const out = [...loadWhole(t.cond, "rax", fx), `test${suffix(w)} ${reg("rax", w)}, ${reg("rax", w)}`, `jne ${fx.label(t.then)}`];
      if (t.else !== fx.next) out.push(`jmp ${fx.label(t.else)}`);
      return out;
    }
  }
}

function prologue(fx: FunctionContext): string[] {
  const size = fx.frame.localsSize + fx.frame.outgoingSize;
  const out = ["pushq %rbp", "movq %rsp, %rbp"];
  if (size > 0) out.push(`subq $${size}, %rsp`);
  fx.f.params.forEach((p, n) => {
    if (n < argRegs.length) out.push(storeTemp(p.id, argRegs[n]!, fx));
    else out.push(`movq ${16 + 8 * (n - argRegs.length)}(%rbp), %rax`, storeTemp(p.id, "rax", fx));
  });
  return out;
}

export const x86_64Target: Target = {
  machine: "x86_64",
  abi: x86_64Abi,
  comment: "#",
  typeMark: "@",
  intArgRegs: argRegs.length,
  prologue,
  instr,
  terminator,
};
