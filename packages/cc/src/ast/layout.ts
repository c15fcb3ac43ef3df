// Struct and union layout (System V AMD64 psABI §3.1.2 "Aggregates and Unions" and
// "Bit-Fields"; AAPCS64 §10.1.8 agrees for everything C can express):
//
// - each member starts at the next offset that is a multiple of its alignment; a union puts
//   every member at offset 0;
// - a bit-field of declared type T sits in the first bits that do not make it cross a
//   boundary of a T-sized, T-aligned "storage unit"; `T : 0` skips to the next such boundary;
//   unnamed bit-fields do not raise the struct's alignment;
// - the struct is as aligned as its most aligned member and its size is rounded up to that;
// - a flexible array member `T a[]` adds alignment but no size.
//
// `__attribute__((packed))` makes every member 1-aligned; `aligned(n)` raises alignment.
// The layout is computed once per ABI and cached on the shared TagDef.

import type { Abi } from "../target/abi.js";
import { alignOf, sizeOf, type TagDef, type Type } from "./types.js";

/** Where a member lives: its byte offset, and for bit-fields the storage unit's bit range. */
export interface FieldLayout {
  /** Byte offset of the member, or of the storage unit holding a bit-field. */
  offset: number;
  /** Bit-fields: first bit within the storage unit (little-endian numbering) and width. */
  bitOffset?: number;
  bitWidth?: number;
}

export interface Layout {
  size: number;
  align: number;
  fields: FieldLayout[];
}

const cache = new WeakMap<TagDef, { abi: Abi; layout: Layout }>();

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;

export function structLayout(def: TagDef, abi: Abi): Layout {
  const hit = cache.get(def);
  if (hit && hit.abi === abi) return hit.layout;
  const union = def.kind === "union";
  const fields: FieldLayout[] = [];
  let bit = 0; // next free bit (struct), or 0 (union)
  let end = 0; // bits used so far
  let align = 1;
  for (const m of def.members ?? []) {
    const size = sizeOf(m.type, abi);
    const natural = def.packed ? 1 : alignOf(m.type, abi);
    const a = Math.max(natural, m.alignAs ?? 1);
    const start = union ? 0 : bit;
    if (m.bitWidth !== undefined) {
      const unitBits = size * 8;
      let at = start;
      if (m.bitWidth === 0) at = alignUp(at, natural * 8);
      else if (!def.packed && Math.floor(at / unitBits) !== Math.floor((at + m.bitWidth - 1) / unitBits)) at = alignUp(at, unitBits);
      const unit = def.packed ? Math.floor(at / 8) : Math.floor(at / unitBits) * size;
      fields.push({ offset: unit, bitOffset: at - unit * 8, bitWidth: m.bitWidth });
      if (m.name) align = Math.max(align, a);
      if (!union) bit = at + m.bitWidth;
      end = Math.max(end, at + m.bitWidth);
      continue;
    }
    const offset = alignUp(Math.ceil(start / 8), a);
    fields.push({ offset });
    align = Math.max(align, a);
    if (!union) bit = (offset + size) * 8;
    end = Math.max(end, (offset + size) * 8);
  }
  align = Math.max(align, def.alignAs ?? 1);
  const layout = { size: alignUp(Math.ceil(end / 8), align), align, fields };
  cache.set(def, { abi, layout });
  return layout;
}

/** A scalar inside an object, for the calling conventions' classification of aggregates. */
export interface ScalarField {
  offset: number;
  size: number;
  float: boolean;
}

/** Every scalar in an object of type `t` (array elements repeated, bit-fields as their unit). */
export function scalarFields(t: Type, abi: Abi, base = 0, out: ScalarField[] = []): ScalarField[] {
  if (t.kind === "struct") {
    const layout = structLayout(t.def, abi);
    (t.def.members ?? []).forEach((m, i) => scalarFields(m.type, abi, base + layout.fields[i]!.offset, out));
  } else if (t.kind === "array") {
    const n = sizeOf(t.of, abi);
    for (let i = 0; i < (t.length ?? 0); i++) scalarFields(t.of, abi, base + i * n, out);
  } else out.push({ offset: base, size: sizeOf(t, abi), float: t.kind === "float" });
  return out;
}
