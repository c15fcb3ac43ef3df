// Symbol lookup, as glibc's _dl_lookup_symbol_x / do_lookup_x does it: walk the scope (the
// executable, then its libraries breadth-first), and in each object ask its hash table.
//
// GNU hash (DT_GNU_HASH, the format gcc's default --hash-style=gnu writes):
//   header  nbuckets, symoffset, bloom_size, bloom_shift
//   bloom   bloom_size 64-bit words; a name can only be present if bits (h % 64) and
//           ((h >> bloom_shift) % 64) are set in word (h / 64) % bloom_size
//   buckets nbuckets words: the first symbol index with h % nbuckets == bucket
//   chains  one word per symbol from symoffset: the hash with bit 0 marking the chain's end
//   h = dl_new_hash(name): h = h * 33 + c, starting at 5381
// SysV hash (DT_HASH): nbucket, nchain, buckets, chains; h = ELF hash (gABI "Hash Table").
//
// A definition matches when it has a value (or is TLS/absolute), is not an undefined PLT
// address for a JUMP_SLOT lookup, has a type ld.so binds to, the right name, and a
// compatible version; local symbols are skipped, weak ones accepted like global ones.

import { DT_GNU_HASH, DT_HASH, DT_VERSYM, SHN_ABS, SHN_UNDEF, STB_GLOBAL, STB_GNU_UNIQUE, STB_WEAK, STT_TLS } from "@glass/elf";
import type { DebugLog } from "./debug-log.js";
import type { DynSymbol, LinkMap, Version } from "./link-map.js";

/** Types ld.so binds to: NOTYPE OBJECT FUNC COMMON TLS GNU_IFUNC. */
const ALLOWED_STT = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 5) | (1 << 6) | (1 << 10);
/** Upper bound on chain walks, so a corrupt table cannot loop forever. */
const MAX_CHAIN = 1 << 20;

export function gnuHash(name: string): number {
  let h = 5381;
  for (const c of new TextEncoder().encode(name)) h = (h * 33 + c) >>> 0;
  return h;
}

export function elfHash(name: string): number {
  let h = 0;
  for (const c of new TextEncoder().encode(name)) {
    h = ((h << 4) + c) >>> 0;
    const g = h & 0xf0000000;
    if (g) h ^= g >>> 24;
    h &= ~g >>> 0;
  }
  return h >>> 0;
}

export interface Found {
  map: LinkMap;
  sym: DynSymbol;
}

/** Candidate symbol indexes for `name` in one object, from its GNU or SysV hash table. */
function candidates(map: LinkMap, name: string): number[] {
  const mem = map.mem;
  const out: number[] = [];
  const gnu = map.address(DT_GNU_HASH);
  if (gnu !== undefined) {
    const nbuckets = mem.readU32(gnu);
    const symoffset = mem.readU32(gnu + 4n);
    const bloomSize = mem.readU32(gnu + 8n);
    const shift = BigInt(mem.readU32(gnu + 12n));
    if (nbuckets === 0 || bloomSize === 0) return out;
    const h = gnuHash(name);
    const hb = BigInt(h);
    const word = mem.readU64(gnu + 16n + BigInt(((h >>> 6) % bloomSize) * 8));
    const mask = (1n << (hb % 64n)) | (1n << ((hb >> shift) % 64n));
    if ((word & mask) !== mask) return out;
    const buckets = gnu + 16n + BigInt(bloomSize * 8);
    let idx = mem.readU32(buckets + BigInt((h % nbuckets) * 4));
    if (idx === 0 || idx < symoffset) return out;
    const chains = buckets + BigInt(nbuckets * 4);
    for (let n = 0; n < MAX_CHAIN; n++, idx++) {
      const ch = mem.readU32(chains + BigInt((idx - symoffset) * 4));
      if (((ch ^ h) >>> 1) === 0) out.push(idx);
      if (ch & 1) break;
    }
    return out;
  }
  const sysv = map.address(DT_HASH);
  if (sysv !== undefined) {
    const nbucket = mem.readU32(sysv);
    const nchain = mem.readU32(sysv + 4n);
    if (nbucket === 0) return out;
    let idx = mem.readU32(sysv + 8n + BigInt((elfHash(name) % nbucket) * 4));
    const chains = sysv + 8n + BigInt(nbucket * 4);
    for (let n = 0; idx !== 0 && idx < nchain && n < MAX_CHAIN; n++) {
      out.push(idx);
      idx = mem.readU32(chains + BigInt(idx * 4));
    }
  }
  return out;
}

/** check_match + the version rules of do_lookup_x for one object; undefined if none. */
function lookupIn(map: LinkMap, name: string, version: Version | undefined, plt: boolean): DynSymbol | undefined {
  let onlyDefault: DynSymbol | undefined;
  let defaults = 0;
  for (const idx of candidates(map, name)) {
    const sym = map.symbol(idx);
    if ((sym.st_value === 0n && sym.st_shndx !== SHN_ABS && sym.type !== STT_TLS) || (plt && sym.st_shndx === SHN_UNDEF)) continue;
    if (((1 << sym.type) & ALLOWED_STT) === 0) continue;
    if (sym.name !== name) continue;
    const vs = map.versym(idx);
    const hasVersym = map.dyn.has(DT_VERSYM);
    if (version) {
      if (hasVersym) {
        const def = map.versions[vs & 0x7fff];
        const same = def !== undefined && def.hash === version.hash && def.name === version.name;
        if (!same && (version.hidden || (def !== undefined && def.hash !== 0) || (vs & 0x8000) !== 0)) continue;
      }
    } else if (hasVersym && (vs & 0x7fff) >= 3) {
      if ((vs & 0x8000) === 0 && defaults++ === 0) onlyDefault = sym;
      continue;
    }
    if (sym.bind === STB_GLOBAL || sym.bind === STB_WEAK || sym.bind === STB_GNU_UNIQUE) return sym;
  }
  return defaults === 1 ? onlyDefault : undefined;
}

/**
 * _dl_lookup_symbol_x: the first definition of `name` in `scope`, skipping `skip` (the
 * executable, for COPY relocations). Logs "symbol=… lookup in file=…" lines.
 */
export function lookupSymbol(
  name: string,
  scope: LinkMap[],
  version: Version | undefined,
  opts: { plt: boolean; skip?: LinkMap; log?: DebugLog },
): Found | undefined {
  for (const map of scope) {
    if (map === opts.skip) continue;
    if (!map.hasHash()) continue;
    opts.log?.add("symbols", `symbol=${name};  lookup in file=${map.name} [0]`);
    const sym = lookupIn(map, name, version, opts.plt);
    if (sym) return { map, sym };
  }
  return undefined;
}
