// Type checking of expressions (C11 6.5): gives every expression its type, resolves
// identifiers to symbols, inserts the implicit conversions, and reports what gcc reports
// (undeclared identifiers, wrong argument counts, non-lvalues, bad operand types).
//
// `check` returns the (possibly wrapped) expression; `value` additionally applies array and
// function decay, which is what every operand position except `&`, `sizeof` and `++` wants.

import type { Assign, Binary, Call, Expr, IntLit, Loc } from "../ast/ast.js";
import {
  alignOf, doubleType, floatType, intSize, intType, isArithmetic, isComplete, isFloat, isInteger, isPointer, isScalar, longType,
  pointerTo, sameType, sizeOf, typeName, ulongType, wideCharType, type FunctionType, type IntType, type Type,
} from "../ast/types.js";
import { builtinCall, isBuiltinName, otherExpr } from "./builtins.js";
import type { SemaContext } from "./context.js";
import { argumentPromotion, assignConvert, cast, constValue, decay, isNullPointerConstant, promote, usual } from "./conversions.js";
import { memberOf } from "./members.js";
import { predefinedIdentifier } from "./predefined.js";
import { completeType } from "./types.js";

/** Checks `e` and decays arrays and functions to pointers: an rvalue operand. */
export function value(ctx: SemaContext, e: Expr): Expr {
  return supportedValue(ctx, decay(check(ctx, e)));
}

/** An operand that must have scalar type (conditions, `!`, `&&`). */
export function scalarValue(ctx: SemaContext, e: Expr, what: string): Expr {
  const v = value(ctx, e);
  if (v.type!.kind === "void") ctx.error("void value not ignored as it ought to be", v.loc);
  else if (!isScalar(v.type!)) ctx.error(`used ${typeName(v.type!)} where scalar is required in ${what}`, v.loc);
  return v;
}

export function check(ctx: SemaContext, e: Expr): Expr {
  const r = checkNode(ctx, e);
  return designatesObject(r) ? r : supportedValue(ctx, r);
}

/** An expression naming an object without reading it (`&x`, `sizeof s.f` and assignments need no value). */
function designatesObject(e: Expr): boolean {
  return e.kind === "ident" || e.kind === "member" || e.kind === "index" || (e.kind === "unary" && e.op === "*");
}

/**
 * `long double` and `__int128` are type names glibc's headers need (declarations, struct
 * layout, `sizeof`, addresses); their values are out of scope. An expression computing or
 * reading one is an error, and gets a supported type so the error does not cascade.
 */
export function supportedValue(ctx: SemaContext, e: Expr): Expr {
  const t = e.type;
  if (!t || !hasUnsupportedValues(t)) return e;
  ctx.error(`'${typeName(t)}' values are not supported`, e.loc);
  e.type = t.kind === "int" ? { kind: "int", rank: "llong", unsigned: t.unsigned } : doubleType;
  return e;
}

/** `long double` or `__int128` (signed or not): types Glass can lay out but not compute with. */
export function hasUnsupportedValues(t: Type): boolean {
  return (t.kind === "float" && t.size === 16) || (t.kind === "int" && t.rank === "int128");
}

function checkNode(ctx: SemaContext, e: Expr): Expr {
  switch (e.kind) {
    case "int":
      e.type = literalType(ctx, e);
      return e;
    case "char":
      e.type = e.enc ? wideCharType(e.enc, ctx.abi) : intType;
      return e;
    case "float":
      e.type = e.size === 4 ? floatType : doubleType;
      return e;
    case "member": {
      e.base = e.arrow ? value(ctx, e.base) : check(ctx, e.base);
      let bt = e.base.type!;
      if (e.arrow) {
        if (!isPointer(bt)) {
          ctx.error(`invalid type argument of '->' (have '${typeName(bt)}')`, e.loc);
          e.type = intType;
          return e;
        }
        bt = bt.to;
      }
      const hit = memberOf(ctx, bt, e.name, e.loc);
      if (!hit) {
        e.type = intType;
        return e;
      }
      e.field = hit.field;
      const q = (bt as { const?: boolean }).const;
      let t = hit.type;
      // A bit-field narrower than int reads as int (C11 6.3.1.1p2: it promotes like a narrow type).
      if (hit.field.bitWidth !== undefined && isInteger(t) && hit.field.bitWidth < ctx.abi.intSize.int * 8) t = intType;
      e.type = q && t.kind !== "array" ? ({ ...t, const: true } as Type) : t;
      return e;
    }
    case "compoundlit":
    case "vaarg":
    case "builtin":
    case "stmtexpr":
    case "generic":
    case "offsetof":
    case "typescompat":
      return otherExpr(ctx, e);
    case "string": {
      const of: IntType = e.enc ? wideCharType(e.enc, ctx.abi) : { kind: "int", rank: "char", unsigned: false, plainChar: true };
      e.type = { kind: "array", of, length: e.bytes.length / sizeOf(of, ctx.abi) };
      return e;
    }
    case "ident": {
      const sym = ctx.lookup(e.name) ?? predefinedIdentifier(ctx, e.name, e.loc);
      if (!sym && isBuiltinName(e.name)) {
        ctx.error(`'${e.name}' undeclared (first use in this function)`, { ...e.loc, length: e.name.length });
        e.type = intType;
        return e;
      }
      if (!sym) {
        ctx.error(
          ctx.fn ? `'${e.name}' undeclared (first use in this function)` : `'${e.name}' undeclared here (not in a function)`,
          { ...e.loc, length: e.name.length },
        );
        e.type = intType;
        return e;
      }
      e.sym = sym;
      e.type = sym.type;
      return e;
    }
    case "unary":
      return unary(ctx, e);
    case "incdec": {
      e.operand = check(ctx, e.operand);
      requireLvalue(ctx, e.operand, e.op === "++" ? "increment operand" : "decrement operand", e.loc);
      const t = e.operand.type!;
      if (!isScalar(t)) ctx.error(`wrong type argument to ${e.op === "++" ? "increment" : "decrement"}`, e.loc);
      else if (isPointer(t) && !isComplete(t.to) && t.to.kind !== "void") ctx.error(`increment of pointer to an incomplete type '${typeName(t.to)}'`, e.loc);
      e.type = t;
      return e;
    }
    case "binary":
      return binary(ctx, e);
    case "assign":
      return assign(ctx, e);
    case "cond": {
      e.cond = scalarValue(ctx, e.cond, "conditional expression");
      // `c ?: b`: the middle operand is the condition's value; the IR converts it where `a` is cast.
      let a = e.then ? value(ctx, e.then) : e.cond;
      let b = value(ctx, e.else);
      const ta = a.type!;
      const tb = b.type!;
      if (isArithmetic(ta) && isArithmetic(tb)) {
        const [x, y, t] = usual(a, b, ctx.abi);
        [a, b] = [x, y];
        e.type = t;
      } else if (isPointer(ta) && isInteger(tb) && isNullPointerConstant(b, ctx.abi)) {
        b = cast(b, ta);
        e.type = ta;
      } else if (isPointer(tb) && isInteger(ta) && isNullPointerConstant(a, ctx.abi)) {
        a = cast(a, tb);
        e.type = tb;
      } else if (isPointer(ta) && isPointer(tb)) {
        e.type = ta.to.kind === "void" ? ta : tb.to.kind === "void" ? tb : ta;
        if (!sameType(ta.to, tb.to) && ta.to.kind !== "void" && tb.to.kind !== "void")
          ctx.warn("pointer type mismatch in conditional expression", e.loc);
        a = cast(a, e.type);
        b = cast(b, e.type);
      } else if (ta.kind === "void" && tb.kind === "void") e.type = ta;
      else if (ta.kind === "struct" && sameType(ta, tb)) e.type = ta;
      else {
        ctx.error("type mismatch in conditional expression", e.loc);
        e.type = ta;
      }
      if (e.then) e.then = a;
      e.else = b;
      return e;
    }
    case "comma":
      e.left = supportedValue(ctx, check(ctx, e.left));
      e.right = value(ctx, e.right);
      e.type = e.right.type;
      return e;
    case "call":
      return call(ctx, e);
    case "index": {
      let base = value(ctx, e.base);
      let index = value(ctx, e.index);
      if (isInteger(base.type!) && isPointer(index.type!)) [base, index] = [index, base];
      const bt = base.type!;
      if (!isPointer(bt)) {
        ctx.error("subscripted value is neither array nor pointer nor vector", e.loc);
        e.type = intType;
      } else if (!isInteger(index.type!)) {
        ctx.error("array subscript is not an integer", e.index.loc);
        e.type = bt.to;
      } else e.type = bt.to;
      e.base = base;
      e.index = cast(promote(index, ctx.abi), longType);
      return e;
    }
    case "cast": {
      e.to = completeType(ctx, e.to, e.loc);
      e.operand = value(ctx, e.operand);
      const from = e.operand.type!;
      if (e.to.kind !== "void" && !isScalar(e.to)) {
        if (!sameType(e.to, from)) ctx.error("conversion to non-scalar type requested", e.loc);
      } else if (e.to.kind !== "void" && !isScalar(from)) ctx.error("aggregate value used where a scalar was expected", e.loc);
      else if ((isFloat(e.to) && isPointer(from)) || (isPointer(e.to) && isFloat(from)))
        ctx.error(`cannot convert ${isFloat(from) ? "a floating-point value" : "a pointer"} to type '${typeName(e.to)}'`, e.loc);
      e.type = e.to;
      return e;
    }
    case "sizeof": {
      let t: Type;
      if (isTypeNode(e.arg)) t = e.arg = completeType(ctx, e.arg, e.loc);
      else t = (e.arg = check(ctx, e.arg)).type!;
      const what = e.alignof ? "'_Alignof'" : "'sizeof'";
      if (t.kind === "function") ctx.error(`invalid application of ${what} to a function type`, e.loc);
      else if (!isComplete(t) && t.kind !== "void") ctx.error(`invalid application of ${what} to incomplete type '${typeName(t)}'`, e.loc);
      e.value = e.alignof ? alignOf(t, ctx.abi) : sizeOf(t, ctx.abi);
      e.type = ulongType;
      return e;
    }
  }
}

/** Types and expressions share `kind` names ("int"): only expressions carry a location. */
export function isTypeNode(x: Expr | Type): x is Type {
  return !("loc" in x);
}

/** The type of an integer constant from its value, base and suffix (C11 6.4.4.1p5). */
function literalType(ctx: SemaContext, e: IntLit): Type {
  const candidates: IntType[] = [];
  const ranks = (["int", "long", "llong"] as const).slice(e.longSuffix);
  for (const rank of ranks) {
    if (!e.unsignedSuffix) candidates.push({ kind: "int", rank, unsigned: false });
    if (e.unsignedSuffix || !e.decimal) candidates.push({ kind: "int", rank, unsigned: true });
  }
  for (const t of candidates) {
    const bits = BigInt(intSize(t, ctx.abi) * 8);
    const max = t.unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
    if (e.value <= max) return t;
  }
  ctx.warn("integer constant is too large for its type", e.loc);
  return ulongType;
}

/** Checks that `e` designates a modifiable object; reports at `at` (the operator, as gcc does). */
function requireLvalue(ctx: SemaContext, e: Expr, what: string, at: Loc): boolean {
  const ok =
    (e.kind === "ident" && e.sym?.kind === "var") ||
    (e.kind === "unary" && e.op === "*") ||
    e.kind === "index" ||
    e.kind === "string" ||
    e.kind === "member" ||
    e.kind === "compoundlit";
  if (!ok) ctx.error(`lvalue required as ${what}`, at);
  else if ((e.type as { const?: boolean } | undefined)?.const && what !== "unary '&' operand") {
    ctx.error(`${what === "left operand of assignment" ? "assignment of" : what.startsWith("increment") ? "increment of" : "decrement of"} read-only ${e.kind === "ident" ? `variable '${e.name}'` : e.kind === "member" ? `member '${e.name}'` : "location"}`, at);
    return false;
  } else if (e.type?.kind === "array" && what !== "unary '&' operand") {
    ctx.error("assignment to expression with array type", at);
    return false;
  }
  return ok;
}

function unary(ctx: SemaContext, e: Expr & { kind: "unary" }): Expr {
  switch (e.op) {
    case "&": {
      const o = check(ctx, e.operand);
      e.operand = o;
      if (o.type!.kind !== "function") requireLvalue(ctx, o, "unary '&' operand", e.loc);
      if (o.kind === "member" && o.field?.bitWidth !== undefined) ctx.error(`cannot take address of bit-field '${o.name}'`, e.loc);
      if (o.kind === "ident" && o.sym?.register) ctx.error(`address of register variable '${o.name}' requested`, e.loc);
      e.type = pointerTo(o.type!);
      return e;
    }
    case "*": {
      const o = value(ctx, e.operand);
      e.operand = o;
      const t = o.type!;
      if (!isPointer(t)) {
        ctx.error(`invalid type argument of unary '*' (have '${typeName(t)}')`, e.loc);
        e.type = intType;
      } else {
        if (t.to.kind === "void") ctx.warn("dereferencing 'void *' pointer", e.loc);
        e.type = t.to;
      }
      return e;
    }
    case "!":
      e.operand = scalarValue(ctx, e.operand, "unary '!'");
      e.type = intType;
      return e;
    default: {
      const o = promote(value(ctx, e.operand), ctx.abi);
      if (!isInteger(o.type!) && !(isFloat(o.type!) && e.op !== "~")) {
        const name = e.op === "-" ? "unary minus" : e.op === "+" ? "unary plus" : "bit-complement";
        ctx.error(`wrong type argument to ${name}`, e.loc);
      }
      e.operand = o;
      e.type = o.type;
      return e;
    }
  }
}

function binary(ctx: SemaContext, e: Binary): Expr {
  if (e.op === "&&" || e.op === "||") {
    e.left = scalarValue(ctx, e.left, `'${e.op}'`);
    e.right = scalarValue(ctx, e.right, `'${e.op}'`);
    e.type = intType;
    return e;
  }
  let l = value(ctx, e.left);
  let r = value(ctx, e.right);
  const lt = l.type!;
  const rt = r.type!;
  const bad = () => {
    ctx.error(`invalid operands to binary ${e.op} (have '${typeName(lt)}' and '${typeName(rt)}')`, e.loc);
    e.left = l;
    e.right = r;
    e.type = intType;
    return e;
  };
  if (lt.kind === "void" || rt.kind === "void") {
    ctx.error("void value not ignored as it ought to be", e.loc);
    e.type = intType;
    return e;
  }
  switch (e.op) {
    case "+":
    case "-":
      if (isPointer(lt) && isInteger(rt)) {
        e.left = l;
        e.right = cast(promote(r, ctx.abi), longType);
        e.type = lt;
        return e;
      }
      if (e.op === "+" && isInteger(lt) && isPointer(rt)) {
        e.left = r;
        e.right = cast(promote(l, ctx.abi), longType);
        e.type = rt;
        return e;
      }
      if (e.op === "-" && isPointer(lt) && isPointer(rt)) {
        if (!sameType(lt.to, rt.to)) return bad();
        e.left = l;
        e.right = r;
        e.type = longType;
        return e;
      }
      break;
    case "<":
    case ">":
    case "<=":
    case ">=":
    case "==":
    case "!=":
      if (isPointer(lt) || isPointer(rt)) {
        if (isPointer(lt) && isInteger(rt)) {
          if (!isNullPointerConstant(r, ctx.abi)) ctx.warn("comparison between pointer and integer", e.loc);
          r = cast(r, lt);
        } else if (isPointer(rt) && isInteger(lt)) {
          if (!isNullPointerConstant(l, ctx.abi)) ctx.warn("comparison between pointer and integer", e.loc);
          l = cast(l, rt);
        }
        e.left = l;
        e.right = r;
        e.type = intType;
        return e;
      }
      break;
    case "<<":
    case ">>":
      if (!isInteger(lt) || !isInteger(rt)) return bad();
      e.left = promote(l, ctx.abi);
      e.right = promote(r, ctx.abi);
      e.type = e.left.type;
      return e;
  }
  const integerOnly = e.op === "%" || e.op === "&" || e.op === "|" || e.op === "^";
  if (integerOnly ? !isInteger(lt) || !isInteger(rt) : !isArithmetic(lt) || !isArithmetic(rt)) return bad();
  const [a, b, t] = usual(l, r, ctx.abi);
  e.left = a;
  e.right = b;
  const compare = ["<", ">", "<=", ">=", "==", "!="].includes(e.op);
  e.type = compare ? intType : t;
  if ((e.op === "/" || e.op === "%") && isInteger(t) && constValue(b, ctx.abi) === 0n) ctx.warn("division by zero", e.loc, "div-by-zero");
  return e;
}

function assign(ctx: SemaContext, e: Assign): Expr {
  e.target = check(ctx, e.target);
  const t = e.target.type!;
  requireLvalue(ctx, e.target, "left operand of assignment", e.loc);
  if (e.op === "=") {
    const v = value(ctx, e.value);
    e.value = assignConvert(ctx, v, t, `assignment to '${typeName(t)}' from '${typeName(v.type!)}'`);
    e.type = t;
    return e;
  }
  // Compound assignment `a op= b` is `a = a op b` with `a` evaluated once (6.5.16.2).
  const v = value(ctx, e.value);
  const op = e.op.slice(0, -1);
  if (isPointer(t) && (op === "+" || op === "-") && isInteger(v.type!)) {
    e.value = cast(promote(v, ctx.abi), longType);
    e.opType = t;
  } else if (isArithmetic(t) && isArithmetic(v.type!) && (isInteger(t) && isInteger(v.type!) || ["+", "-", "*", "/"].includes(op))) {
    if (op === "<<" || op === ">>") {
      e.value = promote(v, ctx.abi);
      e.opType = promote({ ...e.target }, ctx.abi).type;
    } else {
      const [, b, common] = usual({ ...e.target }, v, ctx.abi);
      e.value = b;
      e.opType = common;
    }
  } else {
    ctx.error(`invalid operands to binary ${op} (have '${typeName(t)}' and '${typeName(v.type!)}')`, e.loc);
    e.value = v;
    e.opType = t;
  }
  e.type = t;
  return e;
}

function call(ctx: SemaContext, e: Call): Expr {
  if (e.callee.kind === "ident" && isBuiltinName(e.callee.name) && !ctx.lookup(e.callee.name)) return builtinCall(ctx, e, e.callee.name);
  // A call to an undeclared name declares `int name()` (C89 implicit declaration; gcc warns).
  if (e.callee.kind === "ident" && !ctx.lookup(e.callee.name)) {
    ctx.warn(`implicit declaration of function '${e.callee.name}'`, { ...e.callee.loc, length: e.callee.name.length }, "implicit-function-declaration");
    ctx.declareGlobal({
      name: e.callee.name, linkName: e.callee.name, kind: "func", scope: "global", isStatic: false, defined: false, loc: e.callee.loc,
      type: { kind: "function", returns: intType, params: [], variadic: false, prototyped: false },
    });
  }
  const callee = value(ctx, e.callee);
  e.callee = callee;
  const ct = callee.type!;
  const fnType: FunctionType | undefined = isPointer(ct) && ct.to.kind === "function" ? ct.to : undefined;
  const args = e.args.map((a) => value(ctx, a));
  if (!fnType) {
    const c = e.callee.kind === "cast" ? e.callee.operand : e.callee;
    const name = c.kind === "ident" ? c.name : undefined;
    ctx.error(name ? `called object '${name}' is not a function or function pointer` : "called object is not a function or function pointer", e.loc);
    e.args = args;
    e.type = intType;
    return e;
  }
  const name = calleeName(e);
  if (fnType.prototyped) {
    const n = fnType.params.length;
    if (args.length > n && !fnType.variadic) ctx.error(`too many arguments to function '${name}'`, e.loc);
    else if (args.length < n) ctx.error(`too few arguments to function '${name}'`, e.loc);
  }
  e.args = args.map((a, i) => {
    const p = fnType.prototyped ? fnType.params[i] : undefined;
    if (p) return supportedValue(ctx, assignConvert(ctx, a, p, `passing argument ${i + 1} of '${name}'`));
    if (a.type!.kind === "void") ctx.error("void value not ignored as it ought to be", a.loc);
    return cast(a, argumentPromotion(a.type!, ctx.abi));
  });
  e.type = fnType.returns;
  if (e.type.kind === "struct" && !isComplete(e.type)) ctx.error(`invalid use of undefined type '${typeName(e.type)}'`, e.loc);
  args.forEach((a, i) => {
    if (a.type!.kind === "struct" && !isComplete(a.type!)) ctx.error(`type of formal parameter ${i + 1} is incomplete`, a.loc);
  });
  return e;
}

function calleeName(e: Call): string {
  const c = e.callee.kind === "cast" ? e.callee.operand : e.callee;
  return c.kind === "ident" ? c.name : "<function pointer>";
}
