// Removes basic blocks no path from the entry reaches (code after `return`, `break`, …),
// and renumbers the rest in order. Lowering creates such blocks freely; this keeps them
// out of the assembly.

import type { Block, IRFunction } from "../ir/ir.js";
import { successors } from "../ir/ir.js";

export function removeUnreachableBlocks(f: IRFunction): void {
  const seen = new Set<Block>();
  const work = [f.blocks[0]!];
  while (work.length) {
    const b = work.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    work.push(...successors(b.term));
  }
  f.blocks = f.blocks.filter((b) => seen.has(b));
  f.blocks.forEach((b, i) => (b.id = i));
}
