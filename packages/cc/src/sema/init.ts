// Initializers (C11 6.7.9) resolved into "leaves": the list of scalar stores (offset, type,
// value) that initialize an object, in order, plus whole-struct copies and char arrays from
// string literals. Both the IR builder (automatic objects: zero the object, then store each
// leaf) and the data emitter (static objects: lay the leaves into bytes) read only leaves.
//
// The walk follows 6.7.9p17–22: a brace-enclosed list initializes the current object's
// members or elements in order; a designator (`.f`, `[i]`, GNU `[lo ... hi]`) moves the
// position; an aggregate member met by a non-brace initializer takes as many items as it
// needs from the enclosing list (brace elision); a union takes its first named member
// unless designated. Later leaves for the same bytes override earlier ones.

import type { Designator, Expr, InitItem, Initializer, InitLeaf, InitList } from "../ast/ast.js";
import { structLayout } from "../ast/layout.js";
import { isInteger, isPointer, isScalar, sameType, sizeOf, typeName, wideCharType, type Type } from "../ast/types.js";
import type { SemaContext } from "./context.js";
import { assignConvert, constValue, isConstantInitializer } from "./conversions.js";
import { hasUnsupportedValues, supportedValue, value } from "./expr.js";
import { findMember } from "./members.js";

interface Walk {
  ctx: SemaContext;
  isStatic: boolean;
  out: InitLeaf[];
  /** Each initializer expression is checked once, even when a range designator repeats it. */
  checked: WeakMap<Expr, Expr>;
}

function val(w: Walk, e: Expr): Expr {
  let v = w.checked.get(e);
  if (!v) w.checked.set(e, (v = value(w.ctx, e)));
  return v;
}

/** The leaves of `init` for an object of type `t`; for `T a[]`, also the length it implies. */
export function initLeaves(ctx: SemaContext, init: Initializer, t: Type, isStatic: boolean, checked?: Expr): { leaves: InitLeaf[]; length?: number } {
  const w: Walk = { ctx, isStatic, out: [], checked: new WeakMap() };
  if (checked) w.checked.set(checked, checked); // an `__auto_type` initializer, checked once already
  if (init.kind === "initlist") {
    if (isScalar(t)) {
      if (init.items.length > 1) ctx.warn("excess elements in scalar initializer", init.items[1]!.init.loc);
      const first = init.items[0];
      if (first) w.out.push({ offset: 0, type: t, expr: scalar(w, t, first.init) });
      else w.out.push({ offset: 0, type: t, expr: zero(init) });
      return { leaves: storable(w.out) };
    }
    const length = braced(w, t, 0, init);
    return { leaves: storable(w.out), ...(length !== undefined ? { length } : {}) };
  }
  const n = single(w, t, 0, init);
  return { leaves: storable(w.out), ...(n !== undefined ? { length: n } : {}) };
}

/** Drops the (zero, see `scalar`) `__int128` leaves: the object is zero already. */
function storable(leaves: InitLeaf[]): InitLeaf[] {
  return leaves.filter((l) => !(isInteger(l.type) && hasUnsupportedValues(l.type)));
}

function zero(at: { loc: Expr["loc"] }): Expr {
  return { kind: "int", value: 0n, unsignedSuffix: false, longSuffix: 0, decimal: true, loc: at.loc, type: { kind: "int", rank: "int", unsigned: false } };
}

/** A brace-enclosed list for an aggregate; returns the element count for arrays. */
function braced(w: Walk, t: Type, base: number, list: InitList): number | undefined {
  const pos = { i: 0 };
  const n = fill(w, t, base, list.items, pos, true);
  return n;
}

/**
 * Fills aggregate `t` at `base` from `items[pos.i…]`. With `own` braces it takes every item
 * (warning about excess); without (brace elision) it stops when full or at a designator.
 * Returns the number of array elements initialized (the highest index + 1).
 */
function fill(w: Walk, t: Type, base: number, items: InitItem[], pos: { i: number }, own: boolean): number | undefined {
  const { ctx } = w;
  if (t.kind === "array") {
    const esize = sizeOf(t.of, ctx.abi);
    let idx = 0;
    let max = 0;
    while (pos.i < items.length) {
      const item = items[pos.i]!;
      if (item.designators.length) {
        if (!own) break;
        const d = item.designators[0]!;
        if (d.kind !== "index") {
          ctx.error(`field name not in record or union initializer`, d.loc);
          pos.i++;
          continue;
        }
        const r = range(w, d, t.length);
        if (!r) {
          pos.i++;
          continue;
        }
        const [lo, hi] = r;
        for (let k = lo; k <= hi; k++) designated(w, t.of, base + k * esize, item, k === hi ? pos : { i: pos.i });
        idx = hi + 1;
        max = Math.max(max, idx);
        continue;
      }
      if (t.length !== undefined && idx >= t.length) {
        if (!own) break;
        ctx.warn("excess elements in array initializer", item.init.loc);
        pos.i++;
        continue;
      }
      element(w, t.of, base + idx * esize, items, pos);
      idx++;
      max = Math.max(max, idx);
    }
    return max;
  }
  if (t.kind === "struct") {
    const members = t.def.members ?? [];
    const layout = structLayout(t.def, ctx.abi);
    const union = t.def.kind === "union";
    let next = 0;
    let done = false;
    while (pos.i < items.length) {
      const item = items[pos.i]!;
      if (item.designators.length) {
        if (!own) break;
        const d = item.designators[0]!;
        if (d.kind !== "field") {
          ctx.error(`array index in non-array initializer`, d.loc);
          pos.i++;
          continue;
        }
        const hit = findMember(ctx, t.def, d.name);
        if (!hit) {
          ctx.error(`'${typeName(t)}' has no member named '${d.name}'`, d.loc);
          pos.i++;
          continue;
        }
        designatedMember(w, t, base, d.name, item, pos);
        next = hit.index + 1;
        done = union;
        continue;
      }
      while (next < members.length && !members[next]!.name && members[next]!.type.kind !== "struct") next++; // padding bit-fields
      if (next >= members.length || done) {
        if (!own) break;
        ctx.warn(`excess elements in ${t.def.kind} initializer`, item.init.loc);
        pos.i++;
        continue;
      }
      const m = members[next]!;
      const f = layout.fields[next]!;
      if (m.bitWidth !== undefined) {
        pos.i++;
        const v = scalar(w, m.type, item.init);
        w.out.push({ offset: base + f.offset, type: m.type, expr: v, bitOffset: f.bitOffset!, bitWidth: f.bitWidth! });
      } else element(w, m.type, base + f.offset, items, pos);
      next++;
      if (union) done = true;
    }
    return undefined;
  }
  const item = items[pos.i++];
  if (item) w.out.push({ offset: base, type: t, expr: scalar(w, t, item.init) });
  return undefined;
}

/** One member or element from the item at `pos` (taking more items by brace elision). */
function element(w: Walk, t: Type, off: number, items: InitItem[], pos: { i: number }): void {
  const init = items[pos.i]!.init;
  if (init.kind === "initlist") {
    pos.i++;
    if (isScalar(t)) {
      const first = init.items[0];
      if (init.items.length > 1) w.ctx.warn("excess elements in scalar initializer", init.items[1]!.init.loc);
      if (first) w.out.push({ offset: off, type: t, expr: scalar(w, t, first.init) });
      return;
    }
    braced(w, t, off, init);
    return;
  }
  if ((t.kind === "array" || t.kind === "struct") && !takesWhole(w, t, init)) {
    fill(w, t, off, items, pos, false);
    return;
  }
  pos.i++;
  single(w, t, off, init);
}

/** Whether a non-brace initializer initializes the aggregate `t` as a whole (string → char[], struct value). */
function takesWhole(w: Walk, t: Type, init: Expr): boolean {
  if (t.kind === "array") return init.kind === "string" && isInteger(t.of) && (t.of.rank === "char" || !!init.enc);
  const v = val(w, init);
  return v.type !== undefined && sameType(v.type, t);
}

/** An item with designators: walk them from `t`'s element/member at `off`, then initialize. */
function designated(w: Walk, t: Type, off: number, item: InitItem, pos: { i: number }): void {
  const rest = item.designators.slice(1);
  if (rest.length === 0) {
    const items = [{ designators: [], init: item.init }];
    const p = { i: 0 };
    element(w, t, off, items, p);
    pos.i++;
    return;
  }
  const d = rest[0]!;
  if (d.kind === "field") {
    if (t.kind !== "struct") {
      w.ctx.error("field name not in record or union initializer", d.loc);
      pos.i++;
      return;
    }
    const hit = findMember(w.ctx, t.def, d.name);
    if (!hit) {
      w.ctx.error(`'${typeName(t)}' has no member named '${d.name}'`, d.loc);
      pos.i++;
      return;
    }
    designated(w, hit.type, off + hit.field.offset, { designators: rest, init: item.init }, pos);
    return;
  }
  if (t.kind !== "array") {
    w.ctx.error("array index in non-array initializer", d.loc);
    pos.i++;
    return;
  }
  const r = range(w, d, t.length);
  if (!r) {
    pos.i++;
    return;
  }
  const [lo, hi] = r;
  const esize = sizeOf(t.of, w.ctx.abi);
  for (let k = lo; k <= hi; k++) designated(w, t.of, off + k * esize, { designators: rest, init: item.init }, k === hi ? pos : { i: pos.i });
}

/** `.name = …` on member `index` of struct `t` (through anonymous members, as findMember did). */
function designatedMember(w: Walk, t: Type & { kind: "struct" }, base: number, name: string, item: InitItem, pos: { i: number }): void {
  const hit = findMember(w.ctx, t.def, name)!;
  if (hit.field.bitWidth !== undefined && item.designators.length === 1) {
    pos.i++;
    const v = scalar(w, hit.type, item.init);
    w.out.push({ offset: base + hit.field.offset, type: hit.type, expr: v, bitOffset: hit.field.bitOffset!, bitWidth: hit.field.bitWidth });
    return;
  }
  designated(w, hit.type, base + hit.field.offset, item, pos);
}

/** The element range a `[i]` / `[lo ... hi]` designator names, checked against the bounds (gcc's messages). */
function range(w: Walk, d: Designator & { kind: "index" }, length: number | undefined): [number, number] | undefined {
  const lo = constValue(val(w, d.index), w.ctx.abi);
  const hi = d.last ? constValue(val(w, d.last), w.ctx.abi) : lo;
  if (lo === undefined || hi === undefined) {
    w.ctx.error("nonconstant array index in initializer", d.loc);
    return undefined;
  }
  if (lo < 0n || (length !== undefined && hi >= BigInt(length))) {
    w.ctx.error("array index in initializer exceeds array bounds", d.loc);
    return undefined;
  }
  if (hi < lo) {
    w.ctx.error("empty index range in initializer", d.loc);
    return undefined;
  }
  return [Number(lo), Number(hi)];
}

/** A non-brace initializer for an object of type `t` at `off`; returns a string's length for `char a[]`. */
function single(w: Walk, t: Type, off: number, init: Expr): number | undefined {
  if (t.kind === "array") {
    if (init.kind === "string" && isInteger(t.of) && (t.of.rank === "char" || init.enc)) {
      const elem = init.enc ? wideCharType(init.enc, w.ctx.abi) : t.of;
      // a char array takes a plain or u8 string; an array of wchar_t, char16_t or char32_t its wide string
      if (init.enc ? t.of.rank !== elem.rank || t.of.unsigned !== elem.unsigned : t.of.rank !== "char") {
        w.ctx.error("array of inappropriate type initialized from string constant", init.loc);
        return undefined;
      }
      const n = init.bytes.length / sizeOf(elem, w.ctx.abi);
      init.type = t;
      if (t.length !== undefined && n - 1 > t.length) w.ctx.warn(`initializer-string for array of '${typeName(t.of)}' is too long`, init.loc);
      w.out.push({ offset: off, type: t.length === undefined ? { ...t, length: n } : t, expr: init });
      return n;
    }
    w.ctx.error("invalid initializer", init.loc);
    return undefined;
  }
  if (t.kind === "struct" && !takesWhole(w, t, init)) {
    w.ctx.error("invalid initializer", init.loc);
    return undefined;
  }
  w.out.push({ offset: off, type: t, expr: scalar(w, t, init) });
  return undefined;
}

/** Converts an initializer value to `t` as if by assignment; static objects need constants (6.7.9p4). */
function scalar(w: Walk, t: Type, init: Initializer): Expr {
  if (init.kind === "initlist") return scalar(w, t, init.items[0]?.init ?? zero(init));
  const raw = val(w, init);
  const v = assignConvert(w.ctx, raw, t, `initialization of '${typeName(t)}' from '${typeName(raw.type!)}'`);
  // A zero `__int128` is the only one Glass can store: objects are zeroed before their leaves.
  if (hasUnsupportedValues(t) && !(isInteger(t) && constValue(v, w.ctx.abi) === 0n)) supportedValue(w.ctx, v);
  if (w.isStatic && (isScalar(t) || isPointer(t)) && !isConstantInitializer(w.ctx, v)) w.ctx.error("initializer element is not constant", init.loc);
  if (w.isStatic && t.kind === "struct") w.ctx.error("initializer element is not constant", init.loc);
  return v;
}
