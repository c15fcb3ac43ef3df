// Logical ("bitmask") immediates: the N:immr:imms encoding of AND/ORR/EOR/ANDS #imm.
//
// Arm ARM C6.2 / shared pseudocode DecodeBitMasks(). A bitmask immediate is a pattern of
// `e` bits (e = 2, 4, 8, 16, 32 or 64) holding a run of 1..e-1 consecutive ones, rotated
// right by 0..e-1 places, and repeated to fill the register. The fields say:
//   N:imms  the element size (the position of the highest 0 in N:NOT(imms)) and the run
//           length minus one (the low bits of imms);
//   immr    the rotation.
// So 0x5555555555555555 is e=2, one 1, no rotation; 0xff00 is not encodable in 64 bits
// (it repeats nowhere) but 0xff00ff00ff00ff00 is (e=16, eight 1s, rotated right by 8).
// 0 and all-ones are never encodable.

const MASK64 = (1n << 64n) - 1n;

function ones(n: number): bigint {
  return (1n << BigInt(n)) - 1n;
}

function rotateRight(x: bigint, r: number, e: number): bigint {
  if (r === 0) return x;
  const m = ones(e);
  return ((x >> BigInt(r)) | (x << BigInt(e - r))) & m;
}

function replicate(elem: bigint, e: number, size: number): bigint {
  let v = 0n;
  for (let i = 0; i < size; i += e) v |= elem << BigInt(i);
  return v;
}

export interface BitmaskFields {
  N: number;
  immr: number;
  imms: number;
}

/** Encodes `value` as a bitmask immediate for a `size`-bit (32 or 64) register, or undefined. */
export function encodeBitmask(value: bigint, size: 32 | 64): BitmaskFields | undefined {
  const full = ones(size);
  const v = value & full;
  if (v === 0n || v === full) return undefined;
  // The smallest element size the value repeats with.
  let e: number = size;
  while (e > 2) {
    const half = e / 2;
    if ((v & ones(half)) !== ((v >> BigInt(half)) & ones(half))) break;
    e = half;
  }
  const elem = v & ones(e);
  let count = 0;
  for (let i = 0; i < e; i++) if ((elem >> BigInt(i)) & 1n) count++;
  const run = ones(count);
  for (let r = 0; r < e; r++) {
    if (rotateRight(run, r, e) === elem) {
      return { N: e === 64 ? 1 : 0, immr: r, imms: (~(2 * e - 1) & 0x3f) | (count - 1) };
    }
  }
  return undefined;
}

/** Decodes N:immr:imms for a `size`-bit register; undefined for a reserved encoding. */
export function decodeBitmask(f: BitmaskFields, size: 32 | 64): bigint | undefined {
  const combined = (f.N << 6) | (~f.imms & 0x3f);
  if (combined === 0) return undefined;
  const len = 31 - Math.clz32(combined);
  const e = 1 << len;
  if (e > size || len < 1) return undefined;
  const s = f.imms & (e - 1);
  const r = f.immr & (e - 1);
  if (s === e - 1) return undefined;
  return replicate(rotateRight(ones(s + 1), r, e), e, size) & MASK64;
}
