// The implicit conversions of C11 6.3, made explicit: integer promotions (6.3.1.1),
// usual arithmetic conversions (6.3.1.8), array and function decay (6.3.2.1), and the
// conversion "as if by assignment" (6.5.16.1) with gcc's warnings. Each wraps an
// expression in an implicit `cast` node when the type changes.

import type { Expr } from "../ast/ast.js";
import {
  intType, isInteger, isPointer, isSigned, pointerTo, sameType, sizeOf, typeName, type IntType, type Type,
} from "../ast/types.js";
import type { Abi, IntRank } from "../target/abi.js";
import type { SemaContext } from "./context.js";

const rankOrder: IntRank[] = ["bool", "char", "short", "int", "long", "llong"];

export function cast(e: Expr, to: Type): Expr {
  if (e.type && sameType(e.type, to) && !!(e.type as IntType).plainChar === !!(to as IntType).plainChar) return e;
  return { kind: "cast", to, operand: e, implicit: true, loc: e.loc, type: to };
}

/** Array-to-pointer and function-to-pointer decay (6.3.2.1p3–4). */
export function decay(e: Expr): Expr {
  const t = e.type!;
  if (t.kind === "array") return cast(e, pointerTo(t.of));
  if (t.kind === "function") return cast(e, pointerTo(t));
  return e;
}

/** Integer promotions: anything narrower than int becomes int. */
export function promote(e: Expr, abi: Abi): Expr {
  const t = e.type!;
  if (isInteger(t) && abi.intSize[t.rank] < abi.intSize.int) return cast(e, intType);
  if (isInteger(t) && t.rank === "bool") return cast(e, intType);
  return e;
}

/** The common type of two promoted integer types (6.3.1.8). */
export function commonType(a: IntType, b: IntType, abi: Abi): IntType {
  const sa = isSigned(a, abi);
  const sb = isSigned(b, abi);
  const ra = rankOrder.indexOf(a.rank);
  const rb = rankOrder.indexOf(b.rank);
  const strip = (t: IntType, unsigned: boolean): IntType => ({ kind: "int", rank: t.rank, unsigned });
  if (sa === sb) return strip(ra >= rb ? a : b, !sa);
  const [u, s, ru, rs] = sa ? [b, a, rb, ra] : [a, b, ra, rb];
  if (ru >= rs) return strip(u, true);
  if (abi.intSize[s.rank] > abi.intSize[u.rank]) return strip(s, false);
  return strip(s, true);
}

/** Applies the usual arithmetic conversions to both operands; returns them and the common type. */
export function usual(l: Expr, r: Expr, abi: Abi): [Expr, Expr, Type] {
  const pl = promote(l, abi);
  const pr = promote(r, abi);
  const t = commonType(pl.type as IntType, pr.type as IntType, abi);
  return [cast(pl, t), cast(pr, t), t];
}

/** A null pointer constant (6.3.2.3p3): an integer constant expression with value 0. */
export function isNullPointerConstant(e: Expr, abi: Abi): boolean {
  return isInteger(e.type!) && constValue(e, abi) === 0n;
}

/** Converts `e` as if by assignment to type `to`, warning like gcc about int/pointer mixing. */
export function assignConvert(ctx: SemaContext, e: Expr, to: Type, what: string): Expr {
  const from = e.type!;
  if (to.kind === "void" || from.kind === "void") {
    if (from.kind === "void") ctx.error("void value not ignored as it ought to be", e.loc);
    return e;
  }
  if (isPointer(to) && isInteger(from) && !isNullPointerConstant(e, ctx.abi))
    ctx.warn(`${what} makes pointer from integer without a cast`, e.loc);
  else if (isInteger(to) && isPointer(from) && to.rank !== "bool")
    ctx.warn(`${what} makes integer from pointer without a cast`, e.loc);
  else if (isPointer(to) && isPointer(from) && !compatiblePointees(to.to, from.to))
    ctx.warn(`${what} from incompatible pointer type '${typeName(from)}'`, e.loc);
  return cast(e, to);
}

function compatiblePointees(a: Type, b: Type): boolean {
  return a.kind === "void" || b.kind === "void" || sameType(a, b) || (isInteger(a) && isInteger(b) && a.rank === "char" && b.rank === "char");
}

/** The value of an integer constant expression (6.6), or undefined if it is not one. */
export function constValue(e: Expr, abi: Abi): bigint | undefined {
  const wrap = (v: bigint, t: Type | undefined): bigint => {
    if (!t || !isInteger(t)) return v;
    const bits = BigInt(sizeOf(t, abi) * 8);
    return isSigned(t, abi) ? BigInt.asIntN(Number(bits), v) : BigInt.asUintN(Number(bits), v);
  };
  switch (e.kind) {
    case "int":
      return wrap(e.value, e.type);
    case "char":
      return BigInt(charValue(e.value, abi));
    case "sizeof":
      return e.value === undefined ? undefined : BigInt(e.value);
    case "cast": {
      if (!isInteger(e.to)) return undefined;
      const v = constValue(e.operand, abi);
      return v === undefined ? undefined : wrap(v, e.to);
    }
    case "unary": {
      const v = constValue(e.operand, abi);
      if (v === undefined) return undefined;
      if (e.op === "-") return wrap(-v, e.type);
      if (e.op === "+") return v;
      if (e.op === "~") return wrap(~v, e.type);
      if (e.op === "!") return v === 0n ? 1n : 0n;
      return undefined;
    }
    case "binary": {
      const l = constValue(e.left, abi);
      const r = constValue(e.right, abi);
      if (l === undefined || r === undefined) return undefined;
      const t = e.type;
      const b = (x: boolean) => (x ? 1n : 0n);
      switch (e.op) {
        case "+": return wrap(l + r, t);
        case "-": return wrap(l - r, t);
        case "*": return wrap(l * r, t);
        case "/": return r === 0n ? undefined : wrap(l / r, t);
        case "%": return r === 0n ? undefined : wrap(l % r, t);
        case "<<": return wrap(l << r, t);
        case ">>": return wrap(l >> r, t);
        case "&": return wrap(l & r, t);
        case "|": return wrap(l | r, t);
        case "^": return wrap(l ^ r, t);
        case "<": return b(l < r);
        case ">": return b(l > r);
        case "<=": return b(l <= r);
        case ">=": return b(l >= r);
        case "==": return b(l === r);
        case "!=": return b(l !== r);
        case "&&": return b(l !== 0n && r !== 0n);
        case "||": return b(l !== 0n || r !== 0n);
      }
      return undefined;
    }
    case "cond": {
      const c = constValue(e.cond, abi);
      if (c === undefined) return undefined;
      return constValue(c !== 0n ? e.then : e.else, abi);
    }
    default:
      return undefined;
  }
}

/** A character constant's int value: `'\xff'` is -1 where plain char is signed (x86-64), 255 where not. */
export function charValue(v: number, abi: Abi): number {
  return abi.charIsSigned && v >= 128 && v < 256 ? v - 256 : v;
}
