// The optimizer: a list of passes run in order over every function (as Go's ssa/compile.go
// keeps its passes in a table). Each pass is named so `-fdump-ir` can show the IR after it.
// Glass compiles at -O0 for now: the passes tidy the CFG and fold constant arithmetic that
// lowering leaves behind; promoting slots to SSA registers (mem2reg) is the next one to add here.

import type { IRFunction, IRModule } from "../ir/ir.js";
import { foldConstants } from "./fold.js";
import { removeUnreachableBlocks } from "./unreachable.js";

export interface Pass {
  name: string;
  run: (f: IRFunction) => void;
}

export const passes: Pass[] = [
  { name: "unreachable", run: removeUnreachableBlocks },
  { name: "fold", run: foldConstants },
];

export function optimize(m: IRModule): void {
  for (const pass of passes) for (const f of m.functions) pass.run(f);
}
