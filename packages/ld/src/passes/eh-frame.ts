// .eh_frame after garbage collection: drop the FDEs of removed functions.
//
// .eh_frame is a list of records (DWARF call frame information, LSB "Exception Frames"):
// each starts with a 4-byte length; a CIE has 0 in its next word, an FDE has there the
// distance back to its CIE, followed by pc_begin (a relocation against the function's
// section). An FDE whose function was removed would point at nothing, so it goes, the
// records after it move up, and each kept FDE's CIE pointer is recomputed.

import type { InputSection } from "../context.js";

export interface FrameRecord {
  start: number;
  end: number;
  /** For an FDE: the offset of its CIE; undefined for a CIE. */
  cie?: number;
}

export function parseRecords(data: Uint8Array): FrameRecord[] | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const records: FrameRecord[] = [];
  for (let start = 0; start + 4 <= data.length; ) {
    const length = view.getUint32(start, true);
    if (length === 0xffffffff) return undefined; // 64-bit DWARF: left as it is
    const end = start + 4 + length;
    if (length === 0 || end > data.length || length < 4) {
      records.push({ start, end: Math.min(end, data.length) });
      break;
    }
    const id = view.getUint32(start + 4, true);
    records.push(id === 0 ? { start, end } : { start, end, cie: start + 4 - id });
    start = end;
  }
  return records;
}

export function pruneEhFrame(section: InputSection): void {
  const records = parseRecords(section.data);
  if (!records) return;
  const isLive = (r: FrameRecord): boolean => {
    if (r.cie === undefined) return true;
    const pcBegin = section.relocations.find((rel) => rel.r_offset === BigInt(r.start + 8));
    const target = pcBegin && section.file.symbols[pcBegin.r_sym]?.section;
    return !target || target.live;
  };
  const kept = records.filter(isLive);
  if (kept.length === records.length) return;

  const newStart = new Map<number, number>();
  let size = 0;
  for (const r of kept) {
    newStart.set(r.start, size);
    size += r.end - r.start;
  }
  const data = new Uint8Array(size);
  const view = new DataView(data.buffer);
  for (const r of kept) {
    const at = newStart.get(r.start)!;
    data.set(section.data.subarray(r.start, r.end), at);
    if (r.cie !== undefined) view.setUint32(at + 4, at + 4 - (newStart.get(r.cie) ?? 0), true);
  }
  section.relocations = section.relocations.flatMap((rel) => {
    const r = kept.find((k) => BigInt(k.start) <= rel.r_offset && rel.r_offset < BigInt(k.end));
    return r ? [{ ...rel, r_offset: rel.r_offset - BigInt(r.start - newStart.get(r.start)!) }] : [];
  });
  section.data = data;
  section.size = BigInt(size);
}
