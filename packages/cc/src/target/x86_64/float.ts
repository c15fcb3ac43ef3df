// x86-64 scalar floating point with SSE2 (psABI §3.2.3: float and double travel in %xmm
// registers): arithmetic (`addsd`…), comparisons with `ucomisd` (which sets PF when either
// side is NaN, so `==` also checks `setnp` and `!=` `setp`; `<` and `<=` swap the operands to
// use `seta`/`setae`, which are false on unordered), and the conversions `cvtsi2sd`,
// `cvttsd2si` (truncating, C11 6.3.1.4), `cvtss2sd`/`cvtsd2ss`. The unsigned 64-bit
// conversions have no instruction and use gcc's two-path sequences.

import type { Instr, IRType } from "../../ir/ir.js";
import { typeOf } from "../../ir/ir.js";
import type { FunctionContext } from "../target.js";
import { isCarried, load, loadFP, sse, storeFP, storeTemp, suffix } from "./operands.js";

const arith: Record<string, string> = { add: "add", sub: "sub", mul: "mul", fdiv: "div" };

export function floatBinary(i: Instr & { op: "binary" }, fx: FunctionContext): string[] {
  const t = i.dest.type;
  // A carried b is taken first, so it moves straight from the register it was computed in.
  const [la, lb] = [loadFP(i.a, 0, fx), loadFP(i.b, 1, fx)];
  return [...(isCarried(i.b, fx) ? [...lb, ...la] : [...la, ...lb]), `${arith[i.kind]}${sse(t)} %xmm1, %xmm0`, storeFP(i.dest.id, 0, t, fx)];
}

export function floatCompare(i: Instr & { op: "compare" }, fx: FunctionContext): string[] {
  const t = typeOf(i.a);
  const ucomi = `ucomi${sse(t)}`;
  const out = [...loadFP(i.a, 0, fx), ...loadFP(i.b, 1, fx)];
  switch (i.kind) {
    case "feq":
      out.push(`${ucomi} %xmm1, %xmm0`, "sete %al", "setnp %cl", "andb %cl, %al");
      break;
    case "fne":
      out.push(`${ucomi} %xmm1, %xmm0`, "setne %al", "setp %cl", "orb %cl, %al");
      break;
    case "fgt":
    case "fge":
      out.push(`${ucomi} %xmm1, %xmm0`, i.kind === "fgt" ? "seta %al" : "setae %al");
      break;
    default: // flt, fle: b > a, b >= a
      out.push(`${ucomi} %xmm0, %xmm1`, i.kind === "flt" ? "seta %al" : "setae %al");
  }
  return [...out, "movzbl %al, %eax", storeTemp(i.dest.id, "rax", fx)];
}

/** Flips the sign bit of the float bits in %rax (%eax for f32), as gcc's `xorpd` with a mask does. */
const flipSign = (t: IRType) => (t === "f32" ? ["xorl $0x80000000, %eax"] : ["movabsq $0x8000000000000000, %rcx", "xorq %rcx, %rax"]);

/** Negation flips the sign bit (so -0.0 and NaNs come out as gcc's `xorpd` makes them). */
export function floatNeg(i: Instr & { op: "neg" }, fx: FunctionContext): string[] {
  return [...load(i.a, "rax", fx), ...flipSign(i.dest.type), storeTemp(i.dest.id, "rax", fx)];
}

export function floatConvert(i: Instr & { op: "convert" }, fx: FunctionContext): string[] {
  const from = typeOf(i.a);
  const to = i.dest.type;
  switch (i.kind) {
    case "sitofp": {
      const w = from === "i64" ? 8 : 4;
      return [...load(i.a, "rax", fx), `cvtsi2${sse(to)}${suffix(w)} ${w === 8 ? "%rax" : "%eax"}, %xmm0`, storeFP(i.dest.id, 0, to, fx)];
    }
    case "uitofp": {
      // Top bit set: halve (keeping the low bit for rounding), convert, double.
      const big = fx.uniqueLabel();
      const done = fx.uniqueLabel();
      const s = sse(to);
      return [
        ...load(i.a, "rax", fx), "testq %rax, %rax", `js ${big}`, `cvtsi2${s}q %rax, %xmm0`, `jmp ${done}`,
        `${big}:`, "movq %rax, %rcx", "shrq %rcx", "andl $1, %eax", "orq %rax, %rcx", `cvtsi2${s}q %rcx, %xmm0`, `add${s} %xmm0, %xmm0`,
        `${done}:`, storeFP(i.dest.id, 0, to, fx),
      ];
    }
    case "fptosi": {
      const w = to === "i64" ? 8 : 4;
      return [...loadFP(i.a, 0, fx), `cvtt${sse(from)}2si${suffix(w)} %xmm0, ${w === 8 ? "%rax" : "%eax"}`, storeTemp(i.dest.id, "rax", fx)];
    }
    case "fptoui": {
      // At or above 2^63: subtract 2^63 first and put the top bit back.
      const big = fx.uniqueLabel();
      const done = fx.uniqueLabel();
      const s = sse(from);
      const two63 = limit(from);
      return [
        ...loadFP(i.a, 0, fx), ...two63, `ucomi${s} %xmm1, %xmm0`, `jae ${big}`, `cvtt${s}2siq %xmm0, %rax`, `jmp ${done}`,
        `${big}:`, `sub${s} %xmm1, %xmm0`, `cvtt${s}2siq %xmm0, %rax`, ...flipSign("f64"),
        `${done}:`, storeTemp(i.dest.id, "rax", fx),
      ];
    }
    case "fpext":
      return [...loadFP(i.a, 0, fx), "cvtss2sd %xmm0, %xmm0", storeFP(i.dest.id, 0, to, fx)];
    case "fptrunc":
      return [...loadFP(i.a, 0, fx), "cvtsd2ss %xmm0, %xmm0", storeFP(i.dest.id, 0, to, fx)];
    default:
      throw new Error(`internal error: ${i.kind} is not a float conversion`);
  }
}

/** 2^63 as a float of type `t`, in %xmm1. */
function limit(t: IRType): string[] {
  return t === "f32" ? ["movl $0x5f000000, %r11d", "movd %r11d, %xmm1"] : ["movabsq $0x43e0000000000000, %r11", "movq %r11, %xmm1"];
}
