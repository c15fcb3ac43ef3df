// The VEX and EVEX prefixes, both directions (Intel SDM vol. 2 §2.3.5 fig. 2-9, §2.7.1
// table 2-30). Register-extension bits and vvvv are stored inverted in the bytes:
//
//   c5 [R̄ v̄v̄v̄v̄ L pp]                              two-byte VEX: map 0f, W=0, X=B=0
//   c4 [R̄ X̄ B̄ m-mmmm] [W v̄v̄v̄v̄ L pp]                three-byte VEX
//   62 [R̄ X̄ B̄ R̄' 0 mmm] [W v̄v̄v̄v̄ 1 pp] [z L'L b V̄' aaa]   EVEX (P0 P1 P2)
//
// pp is the implied 66/f3/f2 prefix; R' and V' give vector registers their fifth bit (the
// fifth bit of ModRM.rm's register rides in X); aaa names the mask register, z asks for
// zeroing instead of merging, b for an embedded broadcast.

import type { Vex } from "./table.js";

export interface VexFields {
  evex: boolean;
  map: number;
  pp: 0 | 1 | 2 | 3;
  L: number;
  W: 0 | 1;
  /** REX-style R X B bits (1 = set, already un-inverted). */
  R: number;
  X: number;
  B: number;
  /** EVEX.R' (fifth bit of ModRM.reg's vector register). */
  R2: number;
  /** The vvvv register number, with EVEX.V' as its fifth bit. */
  vvvv: number;
  z: number;
  b: number;
  aaa: number;
}

/** The implied prefix as VEX.pp. */
export const PP: Record<number, 0 | 1 | 2 | 3> = { 0: 0, 0x66: 1, 0xf3: 2, 0xf2: 3 };
export const ppOf = (v: Vex): 0 | 1 | 2 | 3 => PP[v.pp ?? 0]!;

/** Reads a VEX/EVEX prefix at `p` (c4, c5 or 62); returns its fields and where the opcode is. */
export function readVexPrefix(bytes: Uint8Array, p: number, limit: number): { vex: VexFields; opcodeAt: number } | undefined {
  const lead = bytes[p];
  const n = lead === 0xc5 ? 1 : lead === 0xc4 ? 2 : lead === 0x62 ? 3 : 0;
  if (n === 0 || p + n >= limit) return undefined;
  const [b1, b2, b3] = [bytes[p + 1]!, bytes[p + 2]!, bytes[p + 3]!];
  const inv = (byte: number, bit: number) => ((byte >> bit) & 1) ^ 1;
  if (n === 1) {
    return {
      vex: { evex: false, map: 1, pp: (b1 & 3) as VexFields["pp"], L: (b1 >> 2) & 1, W: 0, R: inv(b1, 7), X: 0, B: 0, R2: 0, vvvv: (~b1 >> 3) & 15, z: 0, b: 0, aaa: 0 },
      opcodeAt: p + 2,
    };
  }
  const common = { map: b1 & (n === 2 ? 31 : 7), pp: (b2 & 3) as VexFields["pp"], W: (b2 >> 7) as 0 | 1, R: inv(b1, 7), X: inv(b1, 6), B: inv(b1, 5) };
  if (n === 2) return { vex: { evex: false, ...common, L: (b2 >> 2) & 1, R2: 0, vvvv: (~b2 >> 3) & 15, z: 0, b: 0, aaa: 0 }, opcodeAt: p + 3 };
  if ((b1 & 8) !== 0 || (b2 & 4) === 0) return undefined;
  return {
    vex: { evex: true, ...common, L: (b3 >> 5) & 3, R2: inv(b1, 4), vvvv: ((~b2 >> 3) & 15) | (inv(b3, 3) << 4), z: b3 >> 7, b: (b3 >> 4) & 1, aaa: b3 & 7 },
    opcodeAt: p + 4,
  };
}

/** The prefix bytes for `form`'s Vex and the operands' register bits. */
export function vexPrefixBytes(v: Vex, f: Pick<VexFields, "R" | "X" | "B" | "R2" | "vvvv">): number[] {
  const pp = ppOf(v);
  const L = v.L ?? 0;
  const W = v.W ?? 0;
  const notV = (~f.vvvv & 15) << 3;
  const rxb = ((f.R ^ 1) << 7) | ((f.X ^ 1) << 6) | ((f.B ^ 1) << 5);
  if (v.evex) return [0x62, rxb | ((f.R2 ^ 1) << 4) | v.map, (W << 7) | notV | 4 | pp, (L << 5) | ((((f.vvvv >> 4) & 1) ^ 1) << 3)];
  if (v.map === 1 && W === 0 && !f.X && !f.B) return [0xc5, ((f.R ^ 1) << 7) | notV | (L << 2) | pp];
  return [0xc4, rxb | v.map, (W << 7) | notV | (L << 2) | pp];
}
