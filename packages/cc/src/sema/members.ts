// Finding a member by name (C11 6.5.2.3), looking through anonymous struct and union members
// (6.7.2.1p13: their members count as members of the containing struct), and the offset the
// member has in the outermost object. Also `__builtin_offsetof(T, a.b[i])`.

import type { Designator, FieldRef, Loc } from "../ast/ast.js";
import { structLayout } from "../ast/layout.js";
import { sizeOf, typeName, type TagDef, type Type } from "../ast/types.js";
import type { SemaContext } from "./context.js";
import { constValue } from "./conversions.js";
import { check } from "./expr.js";

export interface MemberHit {
  /** Index of the member of `def` itself that holds the name (an anonymous member for nested hits). */
  index: number;
  type: Type;
  field: FieldRef;
}

export function findMember(ctx: SemaContext, def: TagDef, name: string): MemberHit | undefined {
  const layout = structLayout(def, ctx.abi);
  const members = def.members ?? [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const f = layout.fields[i]!;
    if (m.name === name) {
      const field: FieldRef = { offset: f.offset, declType: m.type };
      if (m.bitWidth !== undefined) Object.assign(field, { bitOffset: f.bitOffset, bitWidth: f.bitWidth });
      return { index: i, type: m.type, field };
    }
    if (!m.name && m.type.kind === "struct" && m.bitWidth === undefined) {
      const inner = findMember(ctx, m.type.def, name);
      if (inner) return { index: i, type: inner.type, field: { ...inner.field, offset: f.offset + inner.field.offset } };
    }
  }
  return undefined;
}

/** The member `name` of struct type `t`, with gcc's messages when there is none. */
export function memberOf(ctx: SemaContext, t: Type, name: string, loc: Loc): MemberHit | undefined {
  if (t.kind !== "struct") {
    ctx.error(`request for member '${name}' in something not a structure or union`, loc);
    return undefined;
  }
  if (!t.def.members) {
    ctx.error(`invalid use of undefined type '${typeName(t)}'`, loc);
    return undefined;
  }
  const hit = findMember(ctx, t.def, name);
  if (!hit) ctx.error(`'${typeName(t)}' has no member named '${name}'`, loc);
  return hit;
}

/** `__builtin_offsetof(T, path)`: the byte offset of the designated member. */
export function offsetOf(ctx: SemaContext, t: Type, path: Designator[]): number {
  let offset = 0;
  let cur = t;
  for (const d of path) {
    if (d.kind === "field") {
      const hit = memberOf(ctx, cur, d.name, d.loc);
      if (!hit) return 0;
      if (hit.field.bitWidth !== undefined) ctx.error(`cannot apply 'offsetof' to a bit-field`, d.loc);
      offset += hit.field.offset;
      cur = hit.type;
    } else {
      const i = constValue(check(ctx, d.index), ctx.abi);
      if (cur.kind !== "array" || i === undefined) {
        ctx.error("cannot apply 'offsetof' here", d.loc);
        return 0;
      }
      offset += Number(i) * sizeOf(cur.of, ctx.abi);
      cur = cur.of;
    }
  }
  return offset;
}
