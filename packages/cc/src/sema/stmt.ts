// Semantic analysis of statements (C11 6.8): conditions must be scalar, `return` converts to
// the function's type, `break`/`continue` need an enclosing loop (or switch), `case` labels
// are integer constants converted to the promoted controlling type and may not repeat
// (6.8.4.2p3), labels are unique per function and every `goto` needs one (6.8.6.1).

import type { Compound, Expr, Loc, Stmt } from "../ast/ast.js";
import { isInteger, typeName } from "../ast/types.js";
import { localDeclaration } from "./check.js";
import type { SemaContext } from "./context.js";
import { assignConvert, cast, constValue, promote } from "./conversions.js";
import { check, scalarValue, supportedValue, value } from "./expr.js";
import { staticAssert } from "./types.js";

/** A function body: its statements, then the `goto`s checked against the labels found. */
export function functionBody(ctx: SemaContext, body: Compound): void {
  ctx.labels = new Map();
  ctx.gotos = [];
  block(ctx, body, false);
  for (const g of ctx.gotos) if (!ctx.labels.has(g.name)) ctx.error(`label '${g.name}' used but not defined`, g.loc);
}

function block(ctx: SemaContext, b: Compound, newScope = true): void {
  if (newScope) ctx.push();
  for (const s of b.items) statement(ctx, s);
  if (newScope) ctx.pop();
}

export function statement(ctx: SemaContext, s: Stmt): void {
  switch (s.kind) {
    case "expr":
      s.expr = supportedValue(ctx, check(ctx, s.expr));
      return;
    case "decl":
      for (const d of s.decls) localDeclaration(ctx, d);
      return;
    case "compound":
      return block(ctx, s);
    case "if":
      s.cond = scalarValue(ctx, s.cond, "'if' condition");
      statement(ctx, s.then);
      if (s.else) statement(ctx, s.else);
      return;
    case "while":
    case "do":
      s.cond = scalarValue(ctx, s.cond, "loop condition");
      loopBody(ctx, s.body);
      return;
    case "for":
      ctx.push();
      if (s.init) statement(ctx, s.init);
      if (s.cond) s.cond = scalarValue(ctx, s.cond, "loop condition");
      if (s.step) s.step = supportedValue(ctx, check(ctx, s.step));
      loopBody(ctx, s.body);
      ctx.pop();
      return;
    case "switch": {
      const c = value(ctx, s.cond);
      if (!isInteger(c.type!)) ctx.error("switch quantity not an integer", s.cond.loc);
      s.cond = isInteger(c.type!) ? promote(c, ctx.abi) : c;
      s.cases = [];
      ctx.switches.push(s);
      ctx.breakDepth++;
      statement(ctx, s.body);
      ctx.breakDepth--;
      ctx.switches.pop();
      return;
    }
    case "case": {
      const sw = ctx.switches[ctx.switches.length - 1];
      const lo = caseValue(ctx, s.value, s.loc);
      const hi = s.last ? caseValue(ctx, s.last, s.loc) : lo;
      if (!sw) ctx.error("case label not within a switch statement", s.loc);
      else if (lo !== undefined && hi !== undefined) {
        const t = sw.cond.type!;
        const conv = (v: bigint) => (isInteger(t) ? constValue(cast({ kind: "int", value: v, unsignedSuffix: false, longSuffix: 2, decimal: true, loc: s.loc, type: { kind: "int", rank: "llong", unsigned: false } }, t), ctx.abi)! : v);
        const [a, b] = [conv(lo), conv(hi)];
        if (a > b) ctx.warn("empty range specified", s.loc);
        else if (sw.cases!.some((c) => c.lo <= b && a <= c.hi)) {
          const first = sw.cases!.find((c) => c.lo <= b && a <= c.hi)!;
          ctx.error("duplicate case value", s.loc, [{ message: "previously used here", loc: first.stmt.loc }]);
        }
        else sw.cases!.push({ lo: a, hi: b, stmt: s });
      }
      statement(ctx, s.body);
      return;
    }
    case "default": {
      const sw = ctx.switches[ctx.switches.length - 1];
      if (!sw) ctx.error("'default' label not within a switch statement", s.loc);
      else if (sw.defaultStmt) ctx.error("multiple default labels in one switch", s.loc);
      else sw.defaultStmt = s;
      statement(ctx, s.body);
      return;
    }
    case "label":
      if (ctx.labels.has(s.name)) ctx.error(`duplicate label '${s.name}'`, s.loc);
      else ctx.labels.set(s.name, s);
      statement(ctx, s.body);
      return;
    case "goto":
      ctx.gotos.push({ name: s.name, loc: s.loc });
      return;
    case "break":
      if (ctx.breakDepth === 0) ctx.error("break statement not within loop or switch", s.loc);
      return;
    case "continue":
      if (ctx.loopDepth === 0) ctx.error("continue statement not within a loop", s.loc);
      return;
    case "return": {
      const returns = ctx.fn!.type.returns;
      if (s.value) {
        const v = value(ctx, s.value);
        if (returns.kind === "void") {
          if (v.type!.kind !== "void") ctx.warn("'return' with a value, in function returning void", s.loc, "return-type");
          s.value = v;
        } else s.value = assignConvert(ctx, v, returns, `returning '${typeName(v.type!)}' from a function with return type '${typeName(returns)}'`);
      } else if (returns.kind !== "void") ctx.warn("'return' with no value, in function returning non-void", s.loc, "return-type");
      return;
    }
    case "staticassert":
      return staticAssert(ctx, s);
    case "empty":
      return;
  }
}

function caseValue(ctx: SemaContext, e: Expr, at: Loc): bigint | undefined {
  const v = constValue(value(ctx, e), ctx.abi);
  if (v === undefined) ctx.error("case label does not reduce to an integer constant", at);
  return v;
}

function loopBody(ctx: SemaContext, body: Stmt): void {
  ctx.loopDepth++;
  ctx.breakDepth++;
  statement(ctx, body);
  ctx.breakDepth--;
  ctx.loopDepth--;
}
