// Bit patterns of A64 instruction words, written the way the Arm ARM draws them.
//
// Every A64 instruction is one 32-bit little-endian word. The Arm ARM (DDI 0487, chapter C4
// "A64 Instruction Set Encoding") draws each encoding as a row of fixed bits and named fields,
// most significant bit first, e.g. ADD (immediate), 64-bit:
//
//     1  0  0  100010  sh  imm12  Rn  Rd
//
// A pattern string here is that row: groups of literal `0`/`1` bits and field names separated
// by spaces. A field's width comes from `fieldWidths` (Rd is always 5 bits, imm12 always 12),
// so a pattern reads like the manual. Parsing yields the fixed bits (mask/value, which the
// decoder matches against) and where each field lives (which encoder and decoder share).

export const fieldWidths: Record<string, number> = {
  sf: 1, N: 1, sh: 1, S: 1, o0: 1, b5: 1, L: 1, sz: 1,
  Rd: 5, Rn: 5, Rm: 5, Rt: 5, Rt2: 5, Ra: 5, Rs: 5, b40: 5, imm5: 5,
  imm12: 12, imm26: 26, imm19: 19, imm14: 14, imm16: 16, imm9: 9, imm7: 7, imm8: 8,
  immr: 6, imms: 6, imm6: 6, imm3: 3, hw: 2, shift: 2, option: 3,
  immlo: 2, immhi: 19, cond: 4, nzcv: 4, ftype: 2, CRm: 4, op2: 3, scale: 6, op1: 3, CRn: 4,
  // SVE: governing predicate p0-p7, other predicates p0-p15, element-count pattern, the top
  // bit of a doubleword shift amount.
  Pg: 3, Pd: 4, Pn: 4, Pv: 4, pattern: 5, b22: 1, imm2: 2,
  // Advanced SIMD: shift amounts below the immh marker bit, the modified immediate a:b:c and
  // d:e:f:g:h with its shift in cmode, element indexes below the imm5/imm4 size marker.
  sh3: 3, sh4: 4, sh5: 5, sh6: 6, abc: 3, defgh: 5, cm1: 1, cm2: 2, imm4: 4, H: 1,
  ix1: 1, ix2: 2, ix3: 3, ix4: 4, jx1: 1, jx2: 2, jx3: 3, jx4: 4,
};

export interface Field {
  lsb: number;
  width: number;
}

export interface BitPattern {
  /** Which bits are fixed. */
  mask: number;
  /** Their values. */
  value: number;
  fields: Record<string, Field>;
}

/** Parses a pattern string; a malformed one is a bug in the table, so it throws. */
export function parsePattern(pattern: string): BitPattern {
  let pos = 32;
  let mask = 0;
  let value = 0;
  const fields: Record<string, Field> = {};
  for (const group of pattern.trim().split(/\s+/)) {
    if (/^[01]+$/.test(group)) {
      for (const bit of group) {
        pos--;
        mask |= 1 << pos;
        if (bit === "1") value |= 1 << pos;
      }
      continue;
    }
    const width = fieldWidths[group];
    if (width === undefined) throw new Error(`A64 table: unknown field '${group}' in '${pattern}'`);
    pos -= width;
    fields[group] = { lsb: pos, width };
  }
  if (pos !== 0) throw new Error(`A64 table: pattern '${pattern}' has ${32 - pos} bits, not 32`);
  return { mask: mask >>> 0, value: value >>> 0, fields };
}

/** Writes `v` (already range-checked) into a field of `word`. */
export function setField(word: number, f: Field, v: number): number {
  const m = f.width === 32 ? 0xffffffff : (1 << f.width) - 1;
  return ((word & ~(m << f.lsb)) | ((v & m) << f.lsb)) >>> 0;
}

/** Reads a field of `word` as an unsigned number. */
export function getField(word: number, f: Field): number {
  return f.width === 32 ? word >>> 0 : (word >>> f.lsb) & ((1 << f.width) - 1);
}
