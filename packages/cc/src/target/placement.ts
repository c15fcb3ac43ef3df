// Where each IR temp lives, shared by both back ends: the cheap part of register allocation
// that gets most of its benefit at -O0. By default a temp has a frame cell (frame.ts). Two
// kinds of temp skip the cell:
//
//  - folded: a `load` from a stack slot (or a global, where the target allows) used once,
//    later in the same block, with nothing in between that may write memory (a store, a call,
//    va_arg). The load emits no code; its one user reads the memory directly, as gcc -O0
//    reads a variable straight into the register it computes with.
//  - carried: a result used once, by the very next instruction (or the block's terminator).
//    The producer leaves it in the target's carry register instead of storing it, and the
//    user takes it from there (each target reads all its operands before it reuses that
//    register for anything else).
//
// A compare used only by the branch right after it is `fused`: the branch compares and jumps
// on the flags itself (`cmp` + `jl`), without materialising the boolean. A parameter whose
// only use is the entry block's store of it into its variable's slot is `param`: the
// prologue stores the incoming register straight into the slot.

import type { Block, Instr, IRFunction, Temp, Value } from "../ir/ir.js";
import { operandsOf } from "../ir/ir.js";

export type Placement =
  | { kind: "folded"; load: Instr & { op: "load" } }
  /** `loaded`: the value came from memory, so a narrow one is already zero-extended. */
  | { kind: "carried"; loaded: boolean }
  | { kind: "fused"; compare: Instr & { op: "compare" } }
  | { kind: "param"; store: Instr & { op: "store" } };

const writesMemory = (i: Instr) => i.op === "store" || i.op === "call" || i.op === "vaarg" || i.op === "vastart" || i.op === "vaargStruct";

function termOperands(b: Block): Value[] {
  const t = b.term;
  if (!t) return [];
  if (t.op === "condbr") return [t.cond];
  if (t.op === "ret") return t.value ? [t.value] : [];
  if (t.op === "jumptable") return [t.index];
  return [];
}

function dest(i: Instr): Temp | undefined {
  return "dest" in i ? i.dest : undefined;
}

/**
 * The placement of every temp that does not need a frame cell. `foldable(load)` says
 * whether the target can read the load's address as a memory operand.
 */
export function placeTemps(f: IRFunction, foldable: (load: Instr & { op: "load" }) => boolean): Map<number, Placement> {
  const uses = new Map<number, number>();
  const count = (v: Value) => v.kind === "temp" && uses.set(v.id, (uses.get(v.id) ?? 0) + 1);
  for (const b of f.blocks) {
    for (const i of b.instrs) operandsOf(i).forEach(count);
    termOperands(b).forEach(count);
  }
  const out = new Map<number, Placement>();
  const params = new Set(f.params.map((p) => p.id));
  for (const i of f.blocks[0]?.instrs ?? []) {
    if (i.op !== "store" || i.value.kind !== "temp" || !params.has(i.value.id) || i.addr.kind !== "slot") break;
    if (uses.get(i.value.id) === 1) out.set(i.value.id, { kind: "param", store: i });
  }
  for (const b of f.blocks) {
    // Where in the block each temp is used (instrs.length: the terminator).
    const usedAt = new Map<number, number>();
    b.instrs.forEach((i, n) => operandsOf(i).forEach((v) => v.kind === "temp" && usedAt.set(v.id, n)));
    termOperands(b).forEach((v) => v.kind === "temp" && usedAt.set(v.id, b.instrs.length));
    b.instrs.forEach((i, n) => {
      const d = dest(i);
      if (!d || uses.get(d.id) !== 1) return;
      const at = usedAt.get(d.id);
      if (at === undefined || at <= n) return;
      if (i.op === "compare" && at === b.instrs.length && b.term?.op === "condbr" && n === b.instrs.length - 1 && !i.kind.startsWith("f")) {
        out.set(d.id, { kind: "fused", compare: i });
        return;
      }
      if (i.op === "load" && foldable(i) && !b.instrs.slice(n + 1, at).some(writesMemory)) out.set(d.id, { kind: "folded", load: i });
      else if (at === n + 1) out.set(d.id, { kind: "carried", loaded: i.op === "load" });
    });
  }
  return out;
}
