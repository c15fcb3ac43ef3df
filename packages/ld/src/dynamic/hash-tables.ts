// The two symbol hash tables the dynamic linker looks names up with (one is required in every
// shared object, and in an executable that exports symbols).
//
// SysV .hash (gABI "Hash Table"): nbucket, nchain, bucket[nbucket], chain[nchain] (32-bit
// words). bucket[h % nbucket] is the first symbol index with that hash, chain[i] the next one;
// every .dynsym entry is in it.
//
// GNU .gnu.hash (no formal spec; binutils bfd/elflink.c and Ali Bahrami's "GNU Hash ELF
// Sections" describe it): nbuckets, symoffset, bloom_size, bloom_shift, a Bloom filter of
// 64-bit words, buckets[nbuckets], then one chain word per hashed symbol. Only the symbols
// from symoffset on are hashed (the defined ones), and they must be sorted by bucket; a chain
// word is the symbol's hash with bit 0 set on the last symbol of its bucket.

/** SysV ELF hash (gABI). */
export function sysvHash(name: string): number {
  let h = 0;
  for (const c of new TextEncoder().encode(name)) {
    h = ((h << 4) + c) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h ^= g >>> 24;
    h = (h & ~g) >>> 0;
  }
  return h;
}

/** GNU hash: djb2, h * 33 + c. */
export function gnuHash(name: string): number {
  let h = 5381;
  for (const c of new TextEncoder().encode(name)) h = (h * 33 + c) >>> 0;
  return h;
}

/** Bucket counts GNU ld picks from, by number of symbols (bfd's elf_buckets). */
const sysvBucketCounts = [1, 3, 17, 37, 67, 97, 131, 197, 263, 521, 1031, 2053, 4099, 8209, 16411];

/** .hash for the .dynsym names (index 0, the null symbol, is `names[0] === ""`). */
export function buildSysvHash(names: string[]): Uint8Array {
  const nbucket = sysvBucketCounts.filter((n) => n <= Math.max(1, names.length / 2)).pop() ?? 1;
  const words = new Uint32Array(2 + nbucket + names.length);
  words[0] = nbucket;
  words[1] = names.length;
  for (let i = 1; i < names.length; i++) {
    const b = sysvHash(names[i]!) % nbucket;
    words[2 + nbucket + i] = words[2 + b]!; // push at the head of the bucket's chain
    words[2 + b] = i;
  }
  return new Uint8Array(words.buffer);
}

/** GNU hash buckets for `count` hashed symbols (at least 1). */
export const gnuBucketCount = (count: number): number => Math.max(1, Math.floor(count / 4));

/** The order .gnu.hash needs: by bucket, stable otherwise. */
export function sortForGnuHash<T>(symbols: T[], nameOf: (s: T) => string): T[] {
  const n = gnuBucketCount(symbols.length);
  return symbols
    .map((s, i) => ({ s, i, b: gnuHash(nameOf(s)) % n }))
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((x) => x.s);
}

/** .gnu.hash for .dynsym `names`, of which those from `symoffset` on are hashed (already sorted). */
export function buildGnuHash(names: string[], symoffset: number): Uint8Array {
  const hashed = names.slice(symoffset).map(gnuHash);
  const nbuckets = gnuBucketCount(hashed.length);
  const bloomShift = 26;
  let bloomSize = 1;
  while (bloomSize * 64 < hashed.length * 12) bloomSize *= 2; // about 12 bits per symbol
  const out = new Uint8Array(16 + bloomSize * 8 + nbuckets * 4 + hashed.length * 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, nbuckets, true);
  view.setUint32(4, symoffset, true);
  view.setUint32(8, bloomSize, true);
  view.setUint32(12, bloomShift, true);
  const bloom = 16;
  const buckets = bloom + bloomSize * 8;
  const chains = buckets + nbuckets * 4;
  hashed.forEach((h, i) => {
    const word = bloom + (Math.floor(h / 64) % bloomSize) * 8;
    const bits = view.getBigUint64(word, true) | (1n << BigInt(h % 64)) | (1n << BigInt((h >>> bloomShift) % 64));
    view.setBigUint64(word, bits, true);
    const b = h % nbuckets;
    if (view.getUint32(buckets + b * 4, true) === 0) view.setUint32(buckets + b * 4, symoffset + i, true);
    const last = i === hashed.length - 1 || hashed[i + 1]! % nbuckets !== b;
    view.setUint32(chains + i * 4, last ? (h | 1) >>> 0 : (h & ~1) >>> 0, true);
  });
  return out;
}
