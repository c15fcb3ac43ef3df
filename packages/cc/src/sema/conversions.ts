// The implicit conversions of C11 6.3, made explicit: integer promotions (6.3.1.1),
// usual arithmetic conversions (6.3.1.8), array and function decay (6.3.2.1), and the
// conversion "as if by assignment" (6.5.16.1) with gcc's warnings. Each wraps an
// expression in an implicit `cast` node when the type changes.

import type { Expr, Initializer } from "../ast/ast.js";
import {
  doubleType, intSize, intType, isFloat, isInteger, isPointer, isSigned, pointerTo, sameType, sizeOf, typeName,
  type FloatType, type IntRank, type IntType, type Type,
} from "../ast/types.js";
import type { Abi } from "../target/abi.js";
import type { SemaContext } from "./context.js";

const rankOrder: IntRank[] = ["bool", "char", "short", "int", "long", "llong", "int128"];

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

/** Integer promotions: anything narrower than int becomes int. Floats are left alone. */
export function promote(e: Expr, abi: Abi): Expr {
  const t = e.type!;
  if (isInteger(t) && intSize(t, abi) < abi.intSize.int) return cast(e, intType);
  if (isInteger(t) && t.rank === "bool") return cast(e, intType);
  return e;
}

/** The type an argument has after the default argument promotions (6.5.2.2p6): integer promotions, float to double. */
export function argumentPromotion(t: Type, abi: Abi): Type {
  if (isFloat(t) && t.size === 4) return doubleType;
  if (isInteger(t) && (t.rank === "bool" || intSize(t, abi) < abi.intSize.int)) return intType;
  return t;
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
  if (intSize(s, abi) > intSize(u, abi)) return strip(s, false);
  return strip(s, true);
}

/** Applies the usual arithmetic conversions to both operands; returns them and the common type. */
export function usual(l: Expr, r: Expr, abi: Abi): [Expr, Expr, Type] {
  const pl = promote(l, abi);
  const pr = promote(r, abi);
  const lt = pl.type!;
  const rt = pr.type!;
  let t: Type;
  if (isFloat(lt) || isFloat(rt)) t = isFloat(lt) && isFloat(rt) ? (lt.size >= rt.size ? plainFloat(lt) : plainFloat(rt)) : plainFloat((isFloat(lt) ? lt : rt) as FloatType);
  else t = commonType(lt as IntType, rt as IntType, abi);
  return [cast(pl, t), cast(pr, t), t];
}

const plainFloat = (t: FloatType): FloatType => (t.size === 8 ? doubleType : { kind: "float", size: 4 });

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
  if (to.kind === "struct" || from.kind === "struct" || (isPointer(to) && isFloat(from)) || (isFloat(to) && isPointer(from))) {
    if (sameType(to, from)) return e;
    ctx.error(incompatible(what, from, to), e.loc);
    return e;
  }
  if (isPointer(to) && isInteger(from) && !isNullPointerConstant(e, ctx.abi))
    ctx.warn(`${what} makes pointer from integer without a cast`, e.loc, "int-conversion");
  else if (isInteger(to) && isPointer(from) && to.rank !== "bool")
    ctx.warn(`${what} makes integer from pointer without a cast`, e.loc, "int-conversion");
  else if (isPointer(to) && isPointer(from) && !compatiblePointees(to.to, from.to))
    ctx.warn(incompatiblePointer(what, from, to), e.loc, "incompatible-pointer-types");
  return cast(e, to);
}

/** gcc's "… from incompatible pointer type" wording for each kind of assignment context. */
function incompatiblePointer(what: string, from: Type, to: Type): string {
  if (what.startsWith("passing")) return `${what} from incompatible pointer type`;
  if (what.startsWith("returning")) return `returning '${typeName(from)}' from a function with incompatible return type '${typeName(to)}'`;
  return `${what.replace(/ from '[^']*'$/, "")} from incompatible pointer type '${typeName(from)}'`;
}

/** gcc's "incompatible types when …" wording for each kind of assignment context. */
function incompatible(what: string, from: Type, to: Type): string {
  const f = typeName(from);
  const t = typeName(to);
  const arg = /^passing argument (\d+) of '(.*)'$/.exec(what);
  if (arg) return `incompatible type for argument ${arg[1]} of '${arg[2]}'`;
  if (what.startsWith("returning")) return `incompatible types when returning type '${f}' but '${t}' was expected`;
  if (what.startsWith("initialization")) return `incompatible types when initializing type '${t}' using type '${f}'`;
  return `incompatible types when assigning to type '${t}' from type '${f}'`;
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
      return e.enc ? wrap(BigInt(e.value), e.type) : BigInt(charValue(e.value, abi));
    case "ident":
      return e.sym?.kind === "enumconst" ? e.sym.value : undefined;
    case "sizeof":
      return e.value === undefined ? undefined : BigInt(e.value);
    case "cast": {
      // An integer constant converted to a pointer (`(void *)0`) stays a constant: its bits,
      // and so does a constant pointer converted to another pointer type (`(int *)(void *)0`).
      if (isPointer(e.to) && e.operand.type && (isInteger(e.operand.type) || isPointer(e.operand.type))) {
        const v = constValue(e.operand, abi);
        return v === undefined ? undefined : BigInt.asUintN(64, v);
      }
      if (!isInteger(e.to)) return undefined;
      if (isFloat(e.operand.type!)) {
        const f = constFloat(e.operand, abi);
        if (f === undefined || !Number.isFinite(f)) return undefined;
        return e.to.rank === "bool" ? (f !== 0 ? 1n : 0n) : wrap(BigInt(Math.trunc(f)), e.to);
      }
      const v = constValue(e.operand, abi);
      if (v === undefined) return undefined;
      return e.to.rank === "bool" ? (v !== 0n ? 1n : 0n) : wrap(v, e.to);
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
      if (isFloat(e.left.type!)) {
        const l = constFloat(e.left, abi);
        const r = constFloat(e.right, abi);
        if (l === undefined || r === undefined) return undefined;
        const b = (x: boolean) => (x ? 1n : 0n);
        switch (e.op) {
          case "<": return b(l < r);
          case ">": return b(l > r);
          case "<=": return b(l <= r);
          case ">=": return b(l >= r);
          case "==": return b(l === r);
          case "!=": return b(l !== r);
        }
        return undefined;
      }
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
      return c !== 0n && !e.then ? wrap(c, e.type) : constValue(c !== 0n ? e.then! : e.else, abi);
    }
    default:
      return undefined;
  }
}

/** The value of an arithmetic constant expression of floating type, or undefined. */
export function constFloat(e: Expr, abi: Abi): number | undefined {
  const round = (v: number) => (e.type && isFloat(e.type) && e.type.size === 4 ? Math.fround(v) : v);
  switch (e.kind) {
    case "float":
      return e.value;
    case "cast": {
      if (!isFloat(e.to)) return undefined;
      const from = e.operand.type!;
      if (isFloat(from)) {
        const v = constFloat(e.operand, abi);
        return v === undefined ? undefined : round(v);
      }
      const v = constValue(e.operand, abi);
      return v === undefined ? undefined : round(Number(v));
    }
    case "unary": {
      const v = constFloat(e.operand, abi);
      if (v === undefined) return undefined;
      return e.op === "-" ? -v : e.op === "+" ? v : undefined;
    }
    case "binary": {
      const l = constFloat(e.left, abi);
      const r = constFloat(e.right, abi);
      if (l === undefined || r === undefined || !isFloat(e.type!)) return undefined;
      switch (e.op) {
        case "+": return round(l + r);
        case "-": return round(l - r);
        case "*": return round(l * r);
        case "/": return round(l / r);
      }
      return undefined;
    }
    case "cond": {
      const c = constValue(e.cond, abi) ?? (constFloat(e.cond, abi) !== undefined ? BigInt(constFloat(e.cond, abi) !== 0) : undefined);
      if (c === undefined) return undefined;
      return constFloat(c !== 0n ? e.then ?? e.cond : e.else, abi);
    }
    default:
      return undefined;
  }
}

/** An arithmetic constant or an address constant (6.6p7–9): what a static initializer may hold. */
export function isConstantInitializer(ctx: SemaContext, e: Initializer): boolean {
  if (e.kind === "initlist") return false;
  if (constValue(e, ctx.abi) !== undefined || constFloat(e, ctx.abi) !== undefined) return true;
  return addressConstant(e) !== undefined;
}

/** The object an address constant points into: `&x`, `&x[3]`, `&s.f`, `"str" + 1`, `f`, `(T *)&x`, … */
export function addressConstant(e: Expr): { base: Expr; parts: Expr[] } | undefined {
  switch (e.kind) {
    case "cast":
      if (!isPointer(e.to) && !(isInteger(e.to) && e.to.rank === "long")) return undefined;
      return e.operand.kind === "string" ? { base: e.operand, parts: [] } : addressConstant(e.operand);
    case "string":
      return { base: e, parts: [] };
    case "ident":
      return e.sym?.scope === "global" && (e.type!.kind === "array" || e.type!.kind === "function") ? { base: e, parts: [] } : undefined;
    case "compoundlit":
      return e.sym?.scope === "global" && e.type!.kind === "array" ? { base: e, parts: [] } : undefined;
    case "unary":
      if (e.op === "&") return staticLvalue(e.operand) ? { base: e.operand, parts: [] } : undefined;
      return undefined;
    case "index":
    case "member":
      // an array element or member that is itself an array decays to its address: `a[5][1]`
      return e.type!.kind === "array" && staticLvalue(e) ? { base: e, parts: [] } : undefined;
    case "binary":
      if (e.op !== "+" && e.op !== "-") return undefined;
      return addressConstant(e.left);
    default:
      return undefined;
  }
}

/** An lvalue designating (part of) an object with static storage, at a constant offset. */
function staticLvalue(e: Expr): boolean {
  switch (e.kind) {
    case "ident":
      return e.sym?.scope === "global";
    case "compoundlit":
      return e.sym?.scope === "global";
    case "string":
      return true;
    case "member":
      return e.arrow ? addressConstant(e.base) !== undefined : staticLvalue(e.base);
    case "index":
      return addressConstant(e.base) !== undefined;
    case "unary":
      return e.op === "*" && addressConstant(e.operand) !== undefined;
    default:
      return false;
  }
}

/** A character constant's int value: `'\xff'` is -1 where plain char is signed (x86-64), 255 where not. */
export function charValue(v: number, abi: Abi): number {
  return abi.charIsSigned && v >= 128 && v < 256 ? v - 256 : v;
}
