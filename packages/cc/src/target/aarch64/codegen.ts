// AArch64 instruction selection (GNU `as` syntax) for Glass IR, following AAPCS64 §6.8:
// integer arguments in x0–x7, the rest on the stack at [sp], [sp, #8]… at the call (8 bytes
// each on Linux); the result in x0; sp 16-byte aligned at all times. Variadic arguments are
// passed like named ones on Linux (not on Apple platforms).
//
// Frame: `stp x29, x30, [sp, #-16]!; mov x29, sp; sub sp, sp, #N`. The outgoing-argument
// area is at sp and the locals area (frame.ts) just above it, addressed as [sp, #off];
// incoming stack arguments are at [x29, #16]…. Each IR instruction loads its operands into
// x9/x10, computes, and stores the result into its temp's cell. x16/x17 (the intra-procedure
// scratch registers) build addresses and constants that do not fit an instruction.

import type { CompareKind, Instr, IRType, Terminator, Value } from "../../ir/ir.js";
import { sizeOfIR, typeOf } from "../../ir/ir.js";
import type { FunctionContext, Target } from "../target.js";
import { aarch64Abi } from "./abi.js";

const argRegCount = 8;

/** Arithmetic happens in w (32-bit) or x (64-bit) registers. */
const wide = (t: IRType) => t === "i64" || t === "ptr";
const r = (n: number | string, t: IRType) => `${wide(t) ? "x" : "w"}${n}`;

const cc: Record<CompareKind, string> = {
  eq: "eq", ne: "ne", slt: "lt", sle: "le", sgt: "gt", sge: "ge", ult: "lo", ule: "ls", ugt: "hi", uge: "hs",
};

const binaryOps: Record<string, string> = {
  add: "add", sub: "sub", mul: "mul", sdiv: "sdiv", udiv: "udiv", and: "and", or: "orr", xor: "eor", shl: "lsl", ashr: "asr", lshr: "lsr",
};

/** `mov` for constants that fit one instruction, else movz + movk per non-zero 16-bit chunk. */
function moveImmediate(dest: string, value: bigint): string[] {
  const n = BigInt.asIntN(64, value);
  if (n >= -65536n && n < 65536n) return [`mov ${dest}, #${n}`];
  const u = BigInt.asUintN(64, value);
  const out = [`movz ${dest}, #${u & 0xffffn}`];
  for (const shift of [16n, 32n, 48n]) {
    const chunk = (u >> shift) & 0xffffn;
    if (chunk) out.push(`movk ${dest}, #${chunk}, lsl #${shift}`);
  }
  return out;
}

/** `[sp, #off]` for an access of `size` bytes, or x17 loaded with the address when out of range. */
function spAddress(off: number, size: number): { setup: string[]; operand: string } {
  if (off % size === 0 && off / size < 4096) return { setup: [], operand: off ? `[sp, #${off}]` : "[sp]" };
  return { setup: [...moveImmediate("x17", BigInt(off)), "add x17, sp, x17"], operand: "[x17]" };
}

function localOffset(off: number, fx: FunctionContext): number {
  return fx.frame.outgoingSize + off;
}

function tempAddress(id: number, fx: FunctionContext) {
  return spAddress(localOffset(fx.frame.tempOffset(id), fx), 8);
}

/** Instructions that put a value into x<n> (all 64 bits; the upper ones may be garbage for narrow types). */
function load(v: Value, n: number | string, fx: FunctionContext): string[] {
  const x = `x${n}`;
  switch (v.kind) {
    case "temp": {
      const a = tempAddress(v.id, fx);
      return [...a.setup, `ldr ${x}, ${a.operand}`];
    }
    case "const":
      return moveImmediate(x, v.value);
    case "slot": {
      const off = localOffset(fx.frame.slotOffset[v.slot.id]!, fx);
      if (off < 4096) return [`add ${x}, sp, #${off}`];
      return [...moveImmediate("x16", BigInt(off)), `add ${x}, sp, x16`];
    }
    case "global":
      return [`adrp ${x}, ${v.name}`, `add ${x}, ${x}, :lo12:${v.name}`];
  }
}

/** Like `load`, but narrow values are zero-extended so 32-bit compares and tests see them whole. */
function loadWhole(v: Value, n: number, fx: FunctionContext): string[] {
  const t = typeOf(v);
  const out = load(v, n, fx);
  if (t === "i8") out.push(`uxtb w${n}, w${n}`);
  if (t === "i16") out.push(`uxth w${n}, w${n}`);
  return out;
}

function storeTemp(id: number, n: number, fx: FunctionContext): string[] {
  const a = tempAddress(id, fx);
  return [...a.setup, `str x${n}, ${a.operand}`];
}

/** A memory operand for an access of `size` bytes at an address value (x10 holds computed addresses). */
function memory(addr: Value, size: number, fx: FunctionContext): { setup: string[]; operand: string } {
  if (addr.kind === "slot") return spAddress(localOffset(fx.frame.slotOffset[addr.slot.id]!, fx), size);
  return { setup: load(addr, 10, fx), operand: "[x10]" };
}

function instr(i: Instr, fx: FunctionContext): string[] {
  switch (i.op) {
    case "binary": {
      const t = i.dest.type;
      const out = [...loadWhole(i.a, 9, fx), ...loadWhole(i.b, 10, fx)];
      if (i.kind === "srem" || i.kind === "urem") {
        const div = i.kind === "srem" ? "sdiv" : "udiv";
        out.push(`${div} ${r(11, t)}, ${r(9, t)}, ${r(10, t)}`, `msub ${r(9, t)}, ${r(11, t)}, ${r(10, t)}, ${r(9, t)}`);
      } else out.push(`${binaryOps[i.kind]} ${r(9, t)}, ${r(9, t)}, ${r(10, t)}`);
      return [...out, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "compare": {
      const t = typeOf(i.a);
      return [
        ...loadWhole(i.a, 9, fx),
        ...loadWhole(i.b, 10, fx),
        `cmp ${r(9, t)}, ${r(10, t)}`,
        `cset w9, ${cc[i.kind]}`,
        ...storeTemp(i.dest.id, 9, fx),
      ];
    }
    case "neg":
    case "not": {
      const t = i.dest.type;
      return [...load(i.a, 9, fx), `${i.op === "neg" ? "neg" : "mvn"} ${r(9, t)}, ${r(9, t)}`, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "convert": {
      const from = typeOf(i.a);
      const out = load(i.a, 9, fx);
      if (i.kind === "sext") out.push(`${from === "i8" ? "sxtb" : from === "i16" ? "sxth" : "sxtw"} x9, w9`);
      else if (i.kind === "zext") out.push(from === "i8" ? "uxtb w9, w9" : from === "i16" ? "uxth w9, w9" : "mov w9, w9");
      // trunc, ptrtoint, inttoptr: the low bits are already the result
      return [...out, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "load": {
      const t = i.dest.type;
      const m = memory(i.addr, sizeOfIR(t), fx);
      const mnemonic = t === "i8" ? "ldrb w9" : t === "i16" ? "ldrh w9" : t === "i32" ? "ldr w9" : "ldr x9";
      return [...m.setup, `${mnemonic}, ${m.operand}`, ...storeTemp(i.dest.id, 9, fx)];
    }
    case "store": {
      const t = i.type;
      const m = memory(i.addr, sizeOfIR(t), fx);
      const mnemonic = t === "i8" ? "strb w9" : t === "i16" ? "strh w9" : t === "i32" ? "str w9" : "str x9";
      return [...load(i.value, 9, fx), ...m.setup, `${mnemonic}, ${m.operand}`];
    }
    case "call": {
      const out: string[] = [];
      i.args.forEach((a, n) => {
        if (n >= argRegCount) out.push(...load(a, 9, fx), `str x9, [sp, #${8 * (n - argRegCount)}]`);
      });
      i.args.forEach((a, n) => {
        if (n < argRegCount) out.push(...load(a, n, fx));
      });
      if (typeof i.callee === "string") out.push(`bl ${i.callee}`);
      else out.push(...load(i.callee, 16, fx), "blr x16");
      if (i.dest) out.push(...storeTemp(i.dest.id, 0, fx));
      return out;
    }
  }
}

const epilogue = ["mov sp, x29", "ldp x29, x30, [sp], #16", "ret"];

function terminator(t: Terminator, fx: FunctionContext): string[] {
  switch (t.op) {
    case "ret":
      return [...(t.value ? load(t.value, 0, fx) : []), ...epilogue];
    case "br":
      return t.target === fx.next ? [] : [`b ${fx.label(t.target)}`];
    case "condbr": {
      const out = [...loadWhole(t.cond, 9, fx), `cbnz ${r(9, typeOf(t.cond))}, ${fx.label(t.then)}`];
      if (t.else !== fx.next) out.push(`b ${fx.label(t.else)}`);
      return out;
    }
  }
}

function prologue(fx: FunctionContext): string[] {
  const size = fx.frame.localsSize + fx.frame.outgoingSize;
  const out = ["stp x29, x30, [sp, #-16]!", "mov x29, sp"];
  if (size > 0 && size < 4096) out.push(`sub sp, sp, #${size}`);
  else if (size > 0) out.push(...moveImmediate("x16", BigInt(size)), "sub sp, sp, x16");
  fx.f.params.forEach((p, n) => {
    if (n < argRegCount) out.push(...storeTemp(p.id, n, fx));
    else out.push(`ldr x9, [x29, #${16 + 8 * (n - argRegCount)}]`, ...storeTemp(p.id, 9, fx));
  });
  return out;
}

export const aarch64Target: Target = {
  machine: "aarch64",
  abi: aarch64Abi,
  comment: "//",
  typeMark: "%",
  intArgRegs: argRegCount,
  prologue,
  instr,
  terminator,
};
