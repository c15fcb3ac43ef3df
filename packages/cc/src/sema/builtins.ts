// Expressions beyond C's operators, checked here to keep expr.ts about operators: compound
// literals (C11 6.5.2.5), `_Generic` (6.5.1.1), GNU statement expressions and
// `__builtin_types_compatible_p`, and the
// `__builtin_*` functions Glass implements itself: `va_start/va_end/va_copy/va_arg` (the
// ABI's variable-argument machinery, lowered per target), `offsetof`, `expect`,
// `constant_p`, `unreachable`, and gcc's bit builtins (`clz ctz popcount parity ffs` with
// their `l`/`ll` forms, `bswap16/32/64`), lowered to straight-line IR in ir/bits.ts. Other
// `__builtin_x` calls become calls to the libc function x.

import type { BuiltinCall, Call, Expr } from "../ast/ast.js";
import { intType, isArithmetic, isFloat, longType, sameType, typeName, uintType, ulongType, voidType, type IntType, type Type } from "../ast/types.js";
import { initialize } from "./check.js";
import type { SemaContext } from "./context.js";
import { assignConvert, constFloat, constValue, decay } from "./conversions.js";
import { check, value } from "./expr.js";
import { offsetOf } from "./members.js";
import { statement } from "./stmt.js";
import { completeType, requireComplete } from "./types.js";

const own = new Set(["__builtin_va_start", "__builtin_va_end", "__builtin_va_copy", "__builtin_expect", "__builtin_constant_p", "__builtin_unreachable"]);

const int = (rank: IntType["rank"], unsigned: boolean): IntType => ({ kind: "int", rank, unsigned });
/** The bit builtins: the type their argument converts to, and their result type. */
const bitBuiltins: Record<string, { arg: IntType; result: IntType }> = {
  bswap16: { arg: int("short", true), result: int("short", true) },
  bswap32: { arg: uintType, result: uintType },
  bswap64: { arg: int("long", true), result: int("long", true) },
};
for (const [suffix, rank] of [["", "int"], ["l", "long"], ["ll", "llong"]] as const) {
  for (const f of ["clz", "ctz", "popcount", "parity"]) bitBuiltins[f + suffix] = { arg: int(rank, true), result: intType };
  bitBuiltins[`ffs${suffix}`] = { arg: int(rank, false), result: intType };
}

/** Names the compiler answers itself (or maps to libc) when nothing else declares them. */
export function isBuiltinName(name: string): boolean {
  return name.startsWith("__builtin_");
}

export function otherExpr(ctx: SemaContext, e: Expr): Expr {
  switch (e.kind) {
    case "compoundlit": {
      let t = completeType(ctx, e.to, e.loc);
      const isStatic = ctx.fn === undefined;
      const r = initialize(ctx, e.init, t, isStatic);
      t = r.type;
      requireComplete(ctx, t, "(compound literal)", e.loc);
      e.inits = r.inits;
      e.sym = {
        name: "(compound literal)", linkName: isStatic ? ctx.compoundLiteralName() : "", type: t, kind: "var",
        scope: isStatic ? "global" : "local", isStatic: true, defined: true, loc: e.loc,
      };
      if (isStatic) ctx.globals.push({ sym: e.sym, init: e.init, inits: r.inits });
      e.type = t;
      return e;
    }
    case "vaarg": {
      e.ap = vaList(ctx, e.ap, "va_arg");
      e.to = completeType(ctx, e.to, e.loc);
      if (e.to.kind === "array" || e.to.kind === "void") ctx.error(`va_arg of type '${typeName(e.to)}' is not supported`, e.loc);
      else if (isFloat(e.to) && e.to.size === 4) ctx.warn("'float' is promoted to 'double' when passed through '...'", e.loc);
      e.type = e.to;
      return e;
    }
    case "stmtexpr": {
      // The value is the last expression statement's (GNU C "Statements and Declarations in Expressions").
      ctx.push();
      e.body.items.forEach((s) => statement(ctx, s));
      ctx.pop();
      const last = e.body.items[e.body.items.length - 1];
      e.type = last?.kind === "expr" ? decay(last.expr).type! : voidType;
      if (last?.kind === "expr") last.expr = decay(last.expr);
      return e;
    }
    case "generic": {
      const control = value(ctx, e.control);
      const t = control.type!;
      const pick = e.assocs.find((a) => a.type && sameType(completeType(ctx, a.type, e.loc), unqualified(t))) ?? e.assocs.find((a) => !a.type);
      if (!pick) {
        ctx.error(`'_Generic' selector of type '${typeName(t)}' is not compatible with any association`, e.loc);
        e.type = intType;
        return e;
      }
      return check(ctx, pick.expr);
    }
    case "offsetof": {
      const t = completeType(ctx, e.to, e.loc);
      const v = offsetOf(ctx, t, e.path);
      return { kind: "int", value: BigInt(v), unsignedSuffix: true, longSuffix: 1, decimal: true, loc: e.loc, type: ulongType };
    }
    case "typescompat": {
      const [a, b] = [unqualified(completeType(ctx, e.a, e.loc)), unqualified(completeType(ctx, e.b, e.loc))];
      // two different enums are not compatible, though both are compatible with their integer type
      const enums = a.kind === "int" && b.kind === "int" && a.enumDef && b.enumDef && a.enumDef !== b.enumDef;
      const same = sameType(a, b) && !enums && sameQualifiers(a, b);
      return { kind: "int", value: same ? 1n : 0n, unsignedSuffix: false, longSuffix: 0, decimal: true, loc: e.loc, type: intType };
    }
    default:
      return check(ctx, e);
  }
}

/** Qualifiers below the top level must match: `const int *` is not `int *`. */
function sameQualifiers(a: Type, b: Type): boolean {
  const isConst = (t: Type) => !!(t as { const?: boolean }).const;
  if (a.kind === "pointer" && b.kind === "pointer") return isConst(a.to) === isConst(b.to) && sameQualifiers(a.to, b.to);
  if (a.kind === "array" && b.kind === "array") return isConst(a.of) === isConst(b.of) && sameQualifiers(a.of, b.of);
  return true;
}

function unqualified(t: Type): Type {
  return (t as { const?: boolean }).const ? ({ ...t, const: false } as Type) : t;
}

/** A `va_list` operand: what the ABI calls va_list, or (as a parameter) the pointer it decays to. */
function vaList(ctx: SemaContext, ap: Expr, what: string): Expr {
  const v = value(ctx, ap);
  const list = ctx.abi.vaListType;
  const ok = sameType(v.type!, decay({ ...ap, type: list }).type!) || sameType(v.type!, list);
  if (!ok) ctx.error(`first argument to '${what}' not of type 'va_list'`, ap.loc);
  return v;
}

export function builtinCall(ctx: SemaContext, e: Call, name: string): Expr {
  const short = name.slice("__builtin_".length);
  const bits = bitBuiltins[short];
  if (bits) {
    if (e.args.length !== 1) {
      ctx.error(`${e.args.length < 1 ? "too few" : "too many"} arguments to function '${name}'`, e.loc);
      return { kind: "builtin", name: short, args: [], loc: e.loc, type: bits.result };
    }
    const arg = assignConvert(ctx, value(ctx, e.args[0]!), bits.arg, `passing argument 1 of '${name}'`);
    return { kind: "builtin", name: short, args: [arg], loc: e.loc, type: bits.result };
  }
  if (!own.has(name)) {
    // `__builtin_memcpy` and friends are the library functions under another name.
    const callee = ctx.lookup(short);
    if (!callee) {
      ctx.error(`implicit declaration of function '${name}'`, e.callee.loc);
      return { ...e, type: intType };
    }
    return check(ctx, { ...e, callee: { kind: "ident", name: short, loc: e.callee.loc } });
  }
  const b: BuiltinCall = { kind: "builtin", name: short, args: e.args, loc: e.loc };
  const argc = (n: number) => {
    if (e.args.length !== n) ctx.error(`${e.args.length < n ? "too few" : "too many"} arguments to function '${name}'`, e.loc);
    return e.args.length === n;
  };
  switch (short) {
    case "va_start":
      if (argc(2)) {
        b.args = [vaList(ctx, e.args[0]!, "va_start"), check(ctx, e.args[1]!)];
        if (!ctx.fn?.type.variadic) ctx.error("'va_start' used in function with fixed arguments", e.loc);
      }
      b.type = voidType;
      return b;
    case "va_end":
      if (argc(1)) b.args = [vaList(ctx, e.args[0]!, "va_end")];
      b.type = voidType;
      return b;
    case "va_copy":
      if (argc(2)) b.args = [vaList(ctx, e.args[0]!, "va_copy"), vaList(ctx, e.args[1]!, "va_copy")];
      b.type = voidType;
      return b;
    case "expect":
      if (!argc(2)) return { ...b, type: longType };
      return value(ctx, e.args[0]!);
    case "constant_p": {
      if (!argc(1)) return { ...b, type: intType };
      const v = value(ctx, e.args[0]!);
      const known = isArithmetic(v.type!) && (constValue(v, ctx.abi) !== undefined || constFloat(v, ctx.abi) !== undefined);
      return { kind: "int", value: known ? 1n : 0n, unsignedSuffix: false, longSuffix: 0, decimal: true, loc: e.loc, type: intType };
    }
    default: // unreachable
      argc(0);
      b.type = voidType;
      return b;
  }
}
