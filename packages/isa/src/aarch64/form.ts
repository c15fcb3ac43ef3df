// One row of the A64 instruction table, and how rows are written.
//
// A row is the Arm ARM's encoding diagram plus the assembler syntax:
//
//     row("add", "sf 0 0 100010 sh imm12 Rn Rd", "RdSP, RnSP, aimm, ?lsl12", GPR)
//
// `GPR` expands the row into its 32-bit and 64-bit variants: the `sf` bit becomes 0 or 1 and
// the register placeholder `R` becomes `W` or `X`. `FPR` does the same for scalar floating
// point (`ftype` 00 = single `S`, 01 = double `D`). Operand specs name operand kinds
// (operand-kinds.ts); a `?` marks an optional trailing operand and a quoted word (`'zva'`)
// is written as is. Rows sharing a mnemonic are
// tried in table order by the encoder; the decoder also scans in table order, so an alias
// (`mov`, `cmp`, `lsl`) is listed before the instruction it stands for and wins when its
// `when` condition (the Arm ARM's "preferred when") holds.

import { parsePattern, type BitPattern } from "./bits.js";

export interface Variant {
  /** Replacements for pattern tokens (`sf` → `1`). */
  bits: Record<string, string>;
  /** Register class for each placeholder letter (`R` → `X`, `F` → `D`). */
  regs: Record<string, string>;
  size?: 32 | 64;
}

export const GPR: Variant[] = [
  { bits: { sf: "0", Nsf: "0" }, regs: { R: "W" }, size: 32 },
  { bits: { sf: "1", Nsf: "1" }, regs: { R: "X" }, size: 64 },
];
export const W_ONLY: Variant[] = [GPR[0]!];
export const X_ONLY: Variant[] = [GPR[1]!];
export const FPR: Variant[] = [
  { bits: { ftype: "00" }, regs: { F: "S" }, size: 32 },
  { bits: { ftype: "01" }, regs: { F: "D" }, size: 64 },
];

/** Every combination of two variant lists (integer register width × FP precision). */
export function cross(a: Variant[], b: Variant[]): Variant[] {
  return a.flatMap((x) => b.map((y) => ({ bits: { ...x.bits, ...y.bits }, regs: { ...x.regs, ...y.regs }, size: x.size ?? y.size })));
}

export interface RowOptions {
  /** Memory access size in bytes, for scaled offsets and lo12 relocations. */
  scale?: number;
  /** The Arm ARM's alias condition: the row applies only when it holds (both directions). */
  when?: (get: (field: string) => number, size: 32 | 64) => boolean;
  /** An assembler-only spelling (`uxtw`, `ldr` for an LDUR encoding): never printed. */
  encodeOnly?: boolean;
}

export interface RawRow extends RowOptions {
  mnemonic: string;
  pattern: string;
  operands: string[];
  size: 32 | 64;
}

/** Writes one table row, expanded over `variants` (default: a single 64-bit row). */
export function row(mnemonic: string, pattern: string, operands: string, variants: Variant[] = [{ bits: {}, regs: {} }], opts: RowOptions = {}): RawRow[] {
  return variants.map((v) => ({
    mnemonic,
    pattern: pattern
      .split(/\s+/)
      .map((t) => v.bits[t] ?? t)
      .join(" "),
    operands: operands
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((s) => {
        const m = /^(\??)([RF])(d|n|m|t2|t|a)(.*)$/.exec(s);
        return m && v.regs[m[2]!] ? m[1]! + v.regs[m[2]!]! + m[3]! + m[4]! : s;
      }),
    size: v.size ?? 64,
    ...opts,
  }));
}

export interface CompiledRow extends RawRow {
  bits: BitPattern;
}

export function compileRows(rows: RawRow[][]): CompiledRow[] {
  return rows.flat().map((r) => ({ ...r, bits: parsePattern(r.pattern) }));
}
