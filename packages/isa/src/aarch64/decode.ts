// The A64 decoder: one instruction word → GNU/objdump-style text, from the same table.
//
// Rows are scanned in table order; a row matches when the word's fixed bits equal the row's
// and every operand kind can read its fields (an alias whose condition fails reads nothing,
// so the scan moves on to the instruction it stands for). Like objdump, the text ends with
// the comment an operand leaves (`mov w0, #0x1 … // #1`, `csel … eq // eq = none`); a
// conditional branch instead lists its condition's other names (`b.eq … // b.none`).
// To keep the scan short, rows are bucketed by the word's top byte: a bucket keeps, in table
// order, the rows whose fixed bits in that byte agree with it.

import { getField } from "./bits.js";
import type { DecodeCtx } from "./operand-kinds.js";
import { conditionAliases } from "./operand.js";
import { a64Table, type TableRow } from "./table.js";

const BUCKET_SHIFT = 24;

const buckets: TableRow[][] = Array.from({ length: 256 }, (_, top) =>
  a64Table.filter((row) => {
    const mask = row.bits.mask >>> BUCKET_SHIFT;
    return !row.encodeOnly && (top & mask) === ((row.bits.value >>> BUCKET_SHIFT) & mask);
  }),
);

/** Disassembles `word` located at `pc`; undefined when no row matches (an unallocated or unsupported encoding). */
export function decodeA64(word: number, pc = 0n): string | undefined {
  const w = word >>> 0;
  for (const row of buckets[w >>> BUCKET_SHIFT]!) {
    if (((w & row.bits.mask) >>> 0) !== row.bits.value) continue;
    const get = (field: string) => getField(w, row.bits.fields[field]!);
    if (row.when && !row.when(get, row.size)) continue;
    const ctx: DecodeCtx = { row, get, pc };
    const texts: string[] = [];
    let ok = true;
    for (const { kind } of row.kinds) {
      const t = kind.decode(ctx);
      if (t === undefined) {
        ok = false;
        break;
      }
      if (t !== "") texts.push(t);
    }
    if (!ok) continue;
    const text = (mnemonic: string) => (texts.length ? `${mnemonic}\t${texts.join(", ")}` : mnemonic);
    if (row.mnemonic === "b.cond") {
      const aliases = conditionAliases[get("cond")]!.map((a) => "b." + a);
      return text("b." + texts.shift()) + (aliases.length ? "  // " + aliases.join(", ") : "");
    }
    return text(row.mnemonic) + (ctx.comment === undefined ? "" : "\t// " + ctx.comment);
  }
  return undefined;
}
