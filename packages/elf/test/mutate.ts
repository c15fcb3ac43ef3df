// Deterministic damage for robustness tests: a seeded PRNG and mutations of a valid file.

/** A small deterministic PRNG (mulberry32) so every run tries the same mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic mutations of `good`: truncations, byte flips, and smashed header fields. */
export function mutations(good: Uint8Array, count: number, seed = 1): Uint8Array[] {
  const random = prng(seed);
  const shoff = Number(new DataView(good.buffer, good.byteOffset).getBigUint64(40, true));
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = Uint8Array.from(good);
    const kind = i % 4;
    if (kind === 0) {
      out.push(bytes.subarray(0, Math.floor(random() * good.length)));
      continue;
    }
    const flips = 1 + Math.floor(random() * 4);
    for (let f = 0; f < flips; f++) {
      // Aim at the ELF header, the section header table, or anywhere.
      const region = kind === 1 ? [0, 64] : kind === 2 ? [shoff, good.length - shoff] : [0, good.length];
      const at = region[0]! + Math.floor(random() * region[1]!);
      bytes[at] = random() < 0.5 ? Math.floor(random() * 256) : [0, 0xff, 0x7f, 0x80][Math.floor(random() * 4)]!;
    }
    out.push(bytes);
  }
  return out;
}
