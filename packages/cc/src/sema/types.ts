// Completing declared types once identifiers can be resolved: array bounds written as
// expressions (`int a[N * 2]`) are evaluated as integer constant expressions (C11 6.6);
// struct members get their bit widths and alignments evaluated (once per TagDef); an enum's
// enumerators are given values and declared in the current scope the first time the enum is
// met (C11 6.7.2.2: each is the previous plus one, the first 0) and the enum its integer
// type; `typeof(e)` becomes e's type.

import type { Attribute, Loc, StaticAssert, Sym } from "../ast/ast.js";
import { intSize, intType, isInteger, typeName, type EnumDef, type IntRank, type IntType, type TagDef, type Type } from "../ast/types.js";
import type { SemaContext } from "./context.js";
import { constValue } from "./conversions.js";
import { check } from "./expr.js";

export function completeType(ctx: SemaContext, t: Type, loc: Loc): Type {
  switch (t.kind) {
    case "pointer": {
      const to = completeType(ctx, t.to, loc);
      return to === t.to ? t : { ...t, to };
    }
    case "array": {
      const of = completeType(ctx, t.of, loc);
      if (!t.lengthExpr) return of === t.of ? t : { ...t, of };
      const n = constValue(check(ctx, t.lengthExpr), ctx.abi);
      if (n === undefined) {
        ctx.error("variable-length arrays are not supported", t.lengthExpr.loc);
        return { kind: "array", of, length: 1 };
      }
      if (n < 0n) ctx.error("size of array is negative", t.lengthExpr.loc);
      return { kind: "array", of, length: Number(n < 0n ? 1n : n) };
    }
    case "function": {
      const returns = completeType(ctx, t.returns, loc);
      const params = t.params.map((p) => completeType(ctx, p, loc));
      if (returns.kind === "array") ctx.error("function cannot return array type", loc);
      return { ...t, returns, params };
    }
    case "struct":
      completeStruct(ctx, t.def);
      return t;
    case "int": {
      const def = t.enumDef;
      if (!def) return t;
      declareEnumerators(ctx, def);
      return def.rank && (def.rank !== t.rank || def.unsigned !== t.unsigned) ? { ...t, rank: def.rank, unsigned: !!def.unsigned } : t;
    }
    case "typeof": {
      const e = check(ctx, t.expr);
      return t.const ? ({ ...e.type!, const: true } as Type) : e.type!;
    }
    default:
      return t;
  }
}

function completeStruct(ctx: SemaContext, def: TagDef): void {
  if (def.checked || !def.members) return;
  def.checked = "busy"; // a member of this very type is then caught as incomplete
  for (const m of def.members) {
    m.type = completeType(ctx, m.type, m.loc);
    const align = alignment(ctx, m.attrs);
    if (align) m.alignAs = align;
    if (m.bitWidthExpr) {
      const w = constValue(check(ctx, m.bitWidthExpr), ctx.abi);
      const bits = m.type.kind === "int" ? intSize(m.type, ctx.abi) * 8 : 0;
      const what = m.name ? `'${m.name}'` : "'<anonymous>'";
      if (m.type.kind !== "int") ctx.error(`bit-field ${what} has invalid type`, m.loc);
      else if (w === undefined) ctx.error(`bit-field ${what} width not an integer constant`, m.bitWidthExpr.loc);
      else if (w < 0n) ctx.error(`negative width in bit-field ${what}`, m.bitWidthExpr.loc);
      else if (w > BigInt(bits)) ctx.error(`width of ${what} exceeds its type`, m.bitWidthExpr.loc);
      else if (w === 0n && m.name) ctx.error(`zero width for bit-field ${what}`, m.bitWidthExpr.loc);
      m.bitWidth = w === undefined || w < 0n || w > BigInt(bits) ? 1 : Number(w);
    } else if (m.type.kind === "array" && m.type.length === undefined) {
      if (m !== def.members[def.members.length - 1]) ctx.error("flexible array member not at end of struct", m.loc);
    } else if (!fieldComplete(m.type, def)) {
      ctx.error(`field '${m.name ?? "<anonymous>"}' has incomplete type`, m.loc);
      m.type = intType; // keeps the layout finite
    }
  }
  for (const a of def.attrs ?? []) {
    if (a.name === "packed") def.packed = true;
  }
  const align = alignment(ctx, def.attrs);
  if (align) def.alignAs = align;
  def.checked = true;
  for (const a of def.asserts ?? []) staticAssert(ctx, a);
  const seen = new Set<string>();
  for (const m of def.members) {
    if (!m.name) continue;
    if (seen.has(m.name)) ctx.error(`duplicate member '${m.name}'`, m.loc);
    seen.add(m.name);
  }
}

/** Whether a member type is complete, and not (an array of) the struct being defined. */
function fieldComplete(t: Type, def: TagDef): boolean {
  if (t.kind === "array") return t.length !== undefined && fieldComplete(t.of, def);
  if (t.kind === "struct") return t.def !== def && t.def.members !== undefined && (t.def.checked !== "busy");
  return t.kind !== "void";
}

/** The alignment an `aligned(n)` attribute or `_Alignas` asks for (the largest wins). */
export function alignment(ctx: SemaContext, attrs: Attribute[] | undefined): number | undefined {
  let best: number | undefined;
  for (const a of attrs ?? []) {
    if (a.name !== "aligned") continue;
    if (a.args.length === 0) {
      best = Math.max(best ?? 0, 16); // `aligned` alone: the target's largest useful alignment
      continue;
    }
    const v = constValue(check(ctx, a.args[0]!), ctx.abi);
    if (v === undefined || v < 0n || (v & (v - 1n)) !== 0n) ctx.error("requested alignment is not a positive power of 2", a.loc);
    else if (v > 0n) best = Math.max(best ?? 0, Number(v));
  }
  return best;
}

/**
 * Gives an enum's constants their values and declares them. As gcc does (C11 6.7.2.2 with
 * GNU extensions): each value is the previous plus one (the first 0), computed in the
 * previous constant's type, and a constant's type is int when its value fits int. The enum
 * itself becomes unsigned int when no value is negative, else int, and long / unsigned long
 * when the values need it; a packed enum takes the narrowest of char, short, int, long.
 * Constants outside int's range take the enum's type.
 */
function declareEnumerators(ctx: SemaContext, def: EnumDef): void {
  if (def.declared || !def.enumerators) return;
  def.declared = true;
  const syms: Sym[] = [];
  let next = 0n;
  let nextType: IntType = intType;
  let overflow = false;
  for (const e of def.enumerators) {
    if (e.valueExpr) {
      const v = check(ctx, e.valueExpr);
      const c = constValue(v, ctx.abi);
      if (c === undefined || !isInteger(v.type!)) ctx.error(`enumerator value for '${e.name}' is not an integer constant`, e.valueExpr.loc);
      else [next, nextType, overflow] = [c, v.type, false];
    } else if (overflow) ctx.error("overflow in enumeration values", e.loc);
    if (ctx.lookupHere(e.name)) ctx.error(`redeclaration of enumerator '${e.name}'`, e.loc);
    const sym: Sym = {
      name: e.name, linkName: e.name, type: intType, kind: "enumconst", value: next, scope: "local", isStatic: false, defined: true, loc: e.loc,
    };
    ctx.declare(sym);
    syms.push(sym);
    if (fits(next, intType, ctx)) nextType = intType;
    overflow = !fits(next + 1n, nextType, ctx);
    next++;
  }
  const values = syms.map((s) => s.value!);
  const negative = values.some((v) => v < 0n);
  const ranks: IntRank[] = def.packed ? ["char", "short", "int", "long"] : ["int", "long"];
  const rank = ranks.find((r) => values.every((v) => fits(v, { kind: "int", rank: r, unsigned: !negative }, ctx))) ?? "long";
  def.rank = rank;
  def.unsigned = !negative;
  const enumType: IntType = { kind: "int", rank, unsigned: !negative, enumDef: def };
  for (const s of syms) if (!fits(s.value!, intType, ctx)) s.type = enumType;
}

/** Whether integer type `t` can represent `v`. */
function fits(v: bigint, t: IntType, ctx: SemaContext): boolean {
  const bits = BigInt(intSize(t, ctx.abi) * 8);
  return t.unsigned ? v >= 0n && v < 1n << bits : v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n);
}

/** `_Static_assert(cond, "msg")`: the condition must be a nonzero integer constant. */
export function staticAssert(ctx: SemaContext, a: StaticAssert): void {
  const v = constValue(check(ctx, a.cond), ctx.abi);
  if (v === undefined) ctx.error("expression in static assertion is not an integer constant expression", a.cond.loc);
  else if (v === 0n) ctx.error(a.message ? `static assertion failed: "${a.message}"` : "static assertion failed", a.loc);
}

/** "storage size of 'x' isn't known" and friends, for an object about to be created. */
export function requireComplete(ctx: SemaContext, t: Type, name: string, loc: Loc): boolean {
  if (t.kind === "struct" && !t.def.members) {
    ctx.error(`storage size of '${name}' isn't known`, loc);
    return false;
  }
  if (t.kind === "array" && t.of.kind === "struct" && !t.of.def.members) {
    ctx.error(`array type has incomplete element type '${typeName(t.of)}'`, loc);
    return false;
  }
  return true;
}
