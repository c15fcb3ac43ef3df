// `readelf -I` (--histogram): how long the dynamic symbol hash table's bucket chains are,
// for the SysV .hash (gABI "Hash Table") and GNU's .gnu.hash (bloom filter, buckets, and
// chains whose last entry has bit 0 set). A table whose buckets are all empty is not shown.

import { SHT_DYNAMIC, SHT_GNU_HASH, SHT_HASH, type ElfFile, type ElfSection } from "@glass/elf";

function words(s: ElfSection): (i: number) => number | undefined {
  const view = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
  return (i) => (i >= 0 && i * 4 + 4 <= s.data.length ? view.getUint32(i * 4, true) : undefined);
}

/** printf's %5.1f: like toFixed(1) but an exact tie rounds to even. */
function percent(x: number): string {
  const tenth = x * 10;
  const rounded = tenth - Math.floor(tenth) === 0.5 && Math.floor(tenth) % 2 === 0 ? Math.floor(tenth) / 10 : x;
  return rounded.toFixed(1).padStart(5);
}

function table(title: string, lengths: number[]): string {
  const buckets = lengths.length;
  const max = Math.max(0, ...lengths);
  const counts = new Array<number>(max + 1).fill(0);
  for (const l of lengths) counts[l]!++;
  const total = lengths.reduce((a, b) => a + b, 0);
  let out = `\nHistogram for ${title} list length (total of ${buckets} ${buckets === 1 ? "bucket" : "buckets"}):\n`;
  out += " Length  Number     % of total  Coverage\n";
  out += `      0  ${String(counts[0]).padEnd(10)} (${percent((counts[0]! * 100) / buckets)}%)\n`;
  let covered = 0;
  for (let j = 1; j <= max; j++) {
    covered += counts[j]! * j;
    out += `${String(j).padStart(7)}  ${String(counts[j]).padEnd(10)} (${percent((counts[j]! * 100) / buckets)}%)    ${percent((covered * 100) / total)}%\n`;
  }
  return out;
}

/** Chain lengths of a SysV hash table: bucket → chain[] links until index 0. */
function sysvLengths(s: ElfSection): number[] | undefined {
  const w = words(s);
  const nbucket = w(0);
  const nchain = w(1);
  if (nbucket === undefined || nchain === undefined || nbucket === 0) return undefined;
  const lengths: number[] = [];
  for (let b = 0; b < nbucket; b++) {
    let n = 0;
    for (let si = w(2 + b) ?? 0; si > 0 && si < nchain && n < nchain; si = w(2 + nbucket + si) ?? 0) n++;
    lengths.push(n);
  }
  return lengths;
}

/** Chain lengths of a GNU hash table: a bucket names its first symbol; the chain ends at an odd hash. */
function gnuLengths(s: ElfSection): number[] | undefined {
  const w = words(s);
  const [nbuckets, symoffset, bloomSize] = [w(0), w(1), w(2)];
  if (nbuckets === undefined || symoffset === undefined || bloomSize === undefined || nbuckets === 0) return undefined;
  const bucketsAt = 4 + bloomSize * 2;
  const chainsAt = bucketsAt + nbuckets - symoffset;
  const lengths: number[] = [];
  for (let b = 0; b < nbuckets; b++) {
    const first = w(bucketsAt + b) ?? 0;
    let n = 0;
    if (first !== 0) {
      for (let si = first; ; si++) {
        const hash = w(chainsAt + si);
        n++;
        if (hash === undefined || hash & 1) break;
      }
    }
    lengths.push(n);
  }
  return lengths.some((l) => l > 0) ? lengths : undefined;
}

export function histogram(elf: ElfFile): string {
  if (!elf.sections.some((s) => s.sh_type === SHT_DYNAMIC)) return "";
  let out = "";
  const sysv = elf.sections.find((s) => s.sh_type === SHT_HASH);
  const sysvTable = sysv && sysvLengths(sysv);
  if (sysvTable) out += table("bucket", sysvTable);
  const gnu = elf.sections.find((s) => s.sh_type === SHT_GNU_HASH);
  const gnuTable = gnu && gnuLengths(gnu);
  if (gnuTable) out += table("`.gnu.hash' bucket", gnuTable);
  return out;
}
