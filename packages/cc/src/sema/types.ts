// Completing declared types: array bounds written as expressions (`int a[N * 2]`) are
// evaluated as integer constant expressions (C11 6.6) once identifiers can be resolved.

import type { Loc } from "../ast/ast.js";
import type { Type } from "../ast/types.js";
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
    default:
      return t;
  }
}
