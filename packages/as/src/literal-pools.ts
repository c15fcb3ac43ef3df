// Literal pools: `ldr x0, =value` (AArch64).
//
// A64 instructions are 4 bytes, so a 64-bit constant or an address cannot sit in one. GNU as
// accepts `ldr x0, =expr`: it puts `expr` in a pool of data words in the same section and
// assembles a PC-relative `ldr x0, <pool entry>` (LDR literal, ±1 MiB). Pools are kept per
// section and subsection and per entry size (4, 8 bytes); an entry equal to one already in
// the pool is shared. `.ltorg` (or `.pool`) dumps the current section's pools right there;
// whatever is left is dumped at the end of the file, in the section it belongs to, newest
// section's pool first (GNU as keeps its pools in a list it adds to at the front).
// Dumping a pool aligns to the entry size with zero bytes (marked as code, as any alignment in a
// code section does), marks the entries as data (`$d`), then emits them: 4-byte pool first.

import type { Position } from "./assembler.js";
import type { Expr } from "./expr.js";

/** What dumping a pool needs from the assembler. */
export interface PoolSink {
  pos: Position;
  switchTo(p: Position): void;
  alignTo(align: number, fill: number | undefined): void;
  defineInternalLabel(name: string): void;
  dataMapping(): void;
  emitData(expr: Expr, size: 4 | 8): void;
}

interface Entry {
  key: string;
  expr: Expr;
  label: string;
}

interface Pool {
  pos: Position;
  bySize: Map<4 | 8, Entry[]>;
}

/** A canonical text for an expression, ignoring where it was written. */
function keyOf(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return expr.value.toString();
    case "symbol":
      return `"${expr.name}"`;
    case "unary":
      return `(${expr.op}${keyOf(expr.arg)})`;
    case "binary":
      return `(${keyOf(expr.left)}${expr.op}${keyOf(expr.right)})`;
  }
}

export class LiteralPools {
  private pools: Pool[] = [];
  private count = 0;

  /**
   * The label of a pool entry holding `expr` (`size` bytes) in the pool of `pos`, added if no
   * equal entry is there yet. `value` is the entry's constant value when it is one.
   */
  entry(pos: Position, expr: Expr, size: 4 | 8, value: bigint | undefined): string {
    let pool = this.pools.find((p) => p.pos.section === pos.section && p.pos.sub === pos.sub);
    if (!pool) this.pools.push((pool = { pos, bySize: new Map() }));
    let entries = pool.bySize.get(size);
    if (!entries) pool.bySize.set(size, (entries = []));
    const key = value !== undefined ? `#${BigInt.asUintN(size * 8, value)}` : keyOf(expr);
    const found = entries.find((e) => e.key === key);
    if (found) return found.label;
    const label = `\u0002lit${this.count++}`;
    entries.push({ key, expr, label });
    return label;
  }

  /** `.ltorg`: dumps the pools of the current section and subsection here. */
  dumpHere(sink: PoolSink): void {
    const pool = this.pools.find((p) => p.pos.section === sink.pos.section && p.pos.sub === sink.pos.sub);
    if (pool) dump(pool, sink);
  }

  /** End of input: every pool left goes to the end of its own section. */
  dumpAll(sink: PoolSink): void {
    const back = sink.pos;
    for (const pool of [...this.pools].reverse()) {
      if (pool.bySize.size === 0) continue;
      sink.switchTo(pool.pos);
      dump(pool, sink);
    }
    sink.switchTo(back);
  }
}

function dump(pool: Pool, sink: PoolSink): void {
  for (const size of [4, 8] as const) {
    const entries = pool.bySize.get(size);
    if (!entries?.length) continue;
    sink.alignTo(size, 0);
    sink.dataMapping();
    for (const e of entries) {
      sink.defineInternalLabel(e.label);
      sink.emitData(e.expr, size);
    }
  }
  pool.bySize.clear();
}
