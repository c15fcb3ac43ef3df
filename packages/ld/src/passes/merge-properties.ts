// .note.gnu.property (x86-64 psABI §2.1.7 "Program Property", AArch64 ELF §"Program Property"):
// each object may carry one NT_GNU_PROPERTY_TYPE_0 note, a list of (pr_type, pr_datasz, data)
// entries saying what the code needs or supports. The output carries one merged note, as GNU
// ld makes it, which the kernel and ld.so read through PT_GNU_PROPERTY:
//
//   "AND" properties (x86 FEATURE_1_AND: IBT, SHSTK; AArch64 FEATURE_1_AND: BTI, PAC) are
//      features every object supports: bitwise AND, and dropped when any object has no note
//      (one object without IBT makes the program not IBT-safe)
//   "OR" properties (x86 ISA_1_NEEDED: baseline, v2 …) are needs: bitwise OR over the objects
//
// Other property types are dropped. The first input note section is kept with the merged
// bytes; the others leave the link.

import { NT_GNU_PROPERTY_TYPE_0 } from "@glass/elf";
import type { InputSection, LinkContext } from "../context.js";

/** GNU's generic ranges of 32-bit property types (binutils include/elf/common.h). */
const isAnd = (type: number): boolean => type >= 0xc0000000 && type < 0xc0008000;
const isOr = (type: number): boolean => type >= 0xc0008000 && type <= 0xc000ffff;

export function mergeProperties(ctx: LinkContext): void {
  const objects = ctx.files.filter((f) => !f.internal && f.sections.some((s) => s?.live));
  const notes = objects.map((f) => f.sections.find((s) => s?.live && s.name === ".note.gnu.property"));
  const inputs = notes.filter((s): s is InputSection => s !== undefined);
  if (inputs.length === 0) return;

  const perObject = notes.map((s) => (s ? readProperties(s.data) : new Map<number, number>()));
  const merged = new Map<number, number>();
  for (const type of new Set(perObject.flatMap((p) => [...p.keys()]))) {
    if (isOr(type)) merged.set(type, perObject.reduce((v, p) => v | (p.get(type) ?? 0), 0) >>> 0);
    if (isAnd(type) && perObject.every((p) => p.has(type))) {
      const value = perObject.reduce((v, p) => v & p.get(type)!, 0xffffffff) >>> 0;
      if (value !== 0) merged.set(type, value);
    }
  }
  inputs.forEach((s) => (s.live = false));
  if (merged.size === 0) return;
  const kept = inputs[0]!;
  kept.live = true;
  kept.data = writeProperties(merged);
  kept.size = BigInt(kept.data.length);
  kept.relocations = [];
}

/** pr_type → 32-bit value, from the NT_GNU_PROPERTY_TYPE_0 notes of a section. */
function readProperties(data: Uint8Array): Map<number, number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const props = new Map<number, number>();
  for (let at = 0; at + 12 <= data.length; ) {
    const [namesz, descsz, type] = [view.getUint32(at, true), view.getUint32(at + 4, true), view.getUint32(at + 8, true)];
    const desc = at + 12 + ((namesz + 3) & ~3);
    const end = desc + ((descsz + 7) & ~7);
    if (end > data.length) break;
    for (let p = desc; type === NT_GNU_PROPERTY_TYPE_0 && p + 8 <= desc + descsz; ) {
      const [prType, size] = [view.getUint32(p, true), view.getUint32(p + 4, true)];
      if (size === 4 && p + 12 <= data.length) props.set(prType, view.getUint32(p + 8, true));
      p += 8 + ((size + 7) & ~7);
    }
    at = end;
  }
  return props;
}

/** One note: namesz 4, descsz, NT_GNU_PROPERTY_TYPE_0, "GNU\0", then the properties sorted by type, 8-byte aligned. */
function writeProperties(props: Map<number, number>): Uint8Array {
  const entries = [...props].sort(([a], [b]) => a - b);
  const bytes = new Uint8Array(16 + entries.length * 16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 4, true);
  view.setUint32(4, entries.length * 16, true);
  view.setUint32(8, NT_GNU_PROPERTY_TYPE_0, true);
  bytes.set([0x47, 0x4e, 0x55, 0], 12); // "GNU\0"
  entries.forEach(([type, value], i) => {
    view.setUint32(16 + i * 16, type, true);
    view.setUint32(20 + i * 16, 4, true);
    view.setUint32(24 + i * 16, value, true);
  });
  return bytes;
}
