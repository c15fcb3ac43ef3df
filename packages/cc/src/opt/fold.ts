// Constant folding and identities on integer arithmetic. Lowering leaves things like the
// scaled index of `p[0]` (`mul i64 0, 4`) and the address `add ptr %p, 0`; this pass
// computes the first kind and forwards the operand of the second (`x + 0`, `x - 0`, `x * 1`,
// `x | 0`, `x ^ 0`, shifts by 0), then drops the instruction; `-c` and `~c` of a constant
// (`return -1;`) are computed too. Every use of its result — in any
// block — takes the replacement instead. Division is left alone (a zero divisor must trap at
// run time as the program wrote it), and so is floating point (its rounding is the target's).

import type { Instr, IRFunction, Value } from "../ir/ir.js";
import { isFloatIR, mapOperands, sizeOfIR } from "../ir/ir.js";

type Binary = Instr & { op: "binary" };
type Folded = Instr & { op: "binary" | "neg" | "not" };

function evaluate(i: Binary, a: bigint, b: bigint): bigint | undefined {
  const bits = sizeOfIR(i.dest.type) * 8;
  const shift = BigInt.asUintN(64, b) & BigInt(bits - 1);
  switch (i.kind) {
    case "add": return a + b;
    case "sub": return a - b;
    case "mul": return a * b;
    case "and": return a & b;
    case "or": return a | b;
    case "xor": return a ^ b;
    case "shl": return a << shift;
    case "ashr": return BigInt.asIntN(bits, a) >> shift;
    case "lshr": return BigInt.asUintN(bits, a) >> shift;
    default: return undefined;
  }
}

/** The value an integer operation reduces to without running it, if any. */
function simplify(i: Folded): Value | undefined {
  if (isFloatIR(i.dest.type)) return undefined;
  const constant = (r: bigint): Value => ({ kind: "const", value: BigInt.asIntN(sizeOfIR(i.dest.type) * 8, r), type: i.dest.type });
  if (i.op !== "binary") return i.a.kind === "const" ? constant(i.op === "neg" ? -i.a.value : ~i.a.value) : undefined;
  const { a, b } = i;
  if (b.kind !== "const") return undefined;
  if (a.kind === "const") {
    const r = evaluate(i, a.value, b.value);
    return r === undefined ? undefined : constant(r);
  }
  const zero = BigInt.asUintN(64, b.value) === 0n;
  if (zero && ["add", "sub", "or", "xor", "shl", "ashr", "lshr"].includes(i.kind)) return a;
  if (b.value === 1n && i.kind === "mul") return a;
  return undefined;
}

const folds = (i: Instr): i is Folded => i.op === "binary" || i.op === "neg" || i.op === "not";

export function foldConstants(f: IRFunction): void {
  const replaced = new Map<number, Value>();
  const get = (v: Value): Value => {
    const r = v.kind === "temp" ? replaced.get(v.id) : undefined;
    return r ? get(r) : v;
  };
  // Until nothing changes: a replacement can make another instruction constant, wherever it is.
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of f.blocks)
      for (const i of b.instrs) {
        mapOperands(i, get);
        if (!folds(i) || replaced.has(i.dest.id)) continue;
        const v = simplify(i);
        if (v) {
          replaced.set(i.dest.id, v);
          changed = true;
        }
      }
  }
  for (const b of f.blocks) {
    b.instrs = b.instrs.filter((i) => !(folds(i) && replaced.has(i.dest.id)));
    const t = b.term;
    if (t?.op === "condbr") t.cond = get(t.cond);
    else if (t?.op === "ret" && t.value) t.value = get(t.value);
    else if (t?.op === "jumptable") t.index = get(t.index);
  }
}
