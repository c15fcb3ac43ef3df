// The A64 encoder: mnemonic + parsed operands → one instruction word (and maybe a fixup).
//
// The rows of the mnemonic are tried in table order. A row is a candidate when every operand
// has the shape its kind accepts; the first candidate whose kinds all encode (values in
// range, alias condition holds) wins. That is how `ldr x0, [x1, #-8]` falls through from the
// scaled form to LDUR and `mov x0, #imm` from MOVZ to MOVN to ORR, as in GNU as. When
// nothing fits, the message names the best near miss: a range error from a candidate, else
// the first operand of the row that matched the most operands.

import { getField, setField } from "./bits.js";
import { conditionCode, type Operand } from "./operand.js";
import type { EncodeCtx, Fixup } from "./operand-kinds.js";
import { a64RowsByMnemonic, type TableRow } from "./table.js";

export type EncodeResult =
  | { ok: true; word: number; fixup?: Fixup }
  /** `operand` is the 0-based operand the message is about, when there is one. */
  | { ok: false; message: string; operand?: number };

/** `b.eq` and `beq` are both B.cond: the condition becomes the first operand. */
function normalize(mnemonic: string, ops: Operand[]): { mnemonic: string; ops: (Operand | undefined)[] } {
  const m = mnemonic.toLowerCase();
  const cc = /^b\.?([a-z]{2})$/.exec(m);
  if (cc && conditionCode(cc[1]!) !== undefined) {
    return { mnemonic: "b.cond", ops: [{ kind: "imm", value: { expr: null, name: cc[1]! } }, ...ops] };
  }
  return { mnemonic: m, ops };
}

function tryRow(row: TableRow, ops: (Operand | undefined)[]): { matched: number; error?: { message: string; operand: number }; word?: number; fixup?: Fixup } {
  let word = row.bits.value;
  const ctx: EncodeCtx = {
    row,
    ops,
    index: 0,
    set(field, v) {
      const f = row.bits.fields[field];
      if (!f) throw new Error(`A64 table: row '${row.mnemonic} ${row.pattern}' has no field ${field}`);
      word = setField(word, f, v);
    },
    get: (field) => getField(word, row.bits.fields[field]!),
    toggle(mask) {
      word = (word ^ mask) >>> 0;
    },
  };
  for (let i = 0; i < row.kinds.length; i++) {
    ctx.index = i;
    const { kind, optional } = row.kinds[i]!;
    const op = ops[i];
    if ((op === undefined && !optional) || !kind.accepts(op, ctx)) return { matched: i };
  }
  for (let i = 0; i < row.kinds.length; i++) {
    ctx.index = i;
    const message = row.kinds[i]!.kind.encode(ops[i], ctx);
    if (message) return { matched: row.kinds.length, error: { message, operand: i } };
  }
  if (row.when && !row.when(ctx.get, row.size)) return { matched: row.kinds.length - 1 };
  return ctx.fixup ? { matched: row.kinds.length, word, fixup: ctx.fixup } : { matched: row.kinds.length, word };
}

/** Whether the row wanted a register where a register was written (for a clearer message). */
function sameFamily(row: TableRow, i: number, ops: (Operand | undefined)[]): boolean {
  return ops[i]?.kind === "reg" && (row.kinds[i]?.kind.what.includes("register") ?? false);
}

/** Encodes one instruction. Never throws for bad input: errors come back as a result. */
export function encodeA64(mnemonic: string, operands: Operand[]): EncodeResult {
  const { mnemonic: m, ops } = normalize(mnemonic, operands);
  const rows = a64RowsByMnemonic.get(m);
  if (!rows) return { ok: false, message: `unknown mnemonic '${mnemonic}'` };
  let rangeError: { message: string; operand: number } | undefined;
  let best: { row: TableRow; matched: number } | undefined;
  for (const row of rows) {
    if (ops.length > row.kinds.length) continue;
    const r = tryRow(row, ops);
    if (r.word !== undefined) return r.fixup ? { ok: true, word: r.word, fixup: r.fixup } : { ok: true, word: r.word };
    if (r.error && !rangeError) rangeError = r.error;
    if (!best || r.matched > best.matched || (r.matched === best.matched && sameFamily(row, r.matched, ops) && !sameFamily(best.row, best.matched, ops))) {
      best = { row, matched: r.matched };
    }
  }
  const shift = m === "b.cond" ? 1 : 0;
  if (rangeError) return { ok: false, message: rangeError.message, operand: rangeError.operand - shift };
  if (!best) return { ok: false, message: `too many operands for '${mnemonic}'` };
  const i = best.matched;
  const expected = best.row.kinds[i];
  if (!expected) return { ok: false, message: `invalid operands for '${mnemonic}'` };
  if (ops[i] === undefined) return { ok: false, message: `missing operand ${i + 1 - shift} for '${mnemonic}'` };
  return { ok: false, message: `operand ${i + 1 - shift} must be ${expected.kind.what}`, operand: i - shift };
}
