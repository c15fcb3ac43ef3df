// The predefined identifier `__func__` (C11 6.4.2.2): inside each function body it behaves as
// if the body began with `static const char __func__[] = "function-name";`. gcc treats its
// GNU spellings `__FUNCTION__` and `__PRETTY_FUNCTION__` the same way in C (each its own
// array). The object is made on first use, as a static local (assembler name `__func__.N`,
// as gcc spells it), and declared in the function's outermost scope so every later use in the
// same function names the same object.

import type { Loc, Sym } from "../ast/ast.js";
import type { SemaContext } from "./context.js";
import { initLeaves } from "./init.js";

const names = new Set(["__func__", "__FUNCTION__", "__PRETTY_FUNCTION__"]);

/** The symbol of `name` if it is a predefined identifier and a function is being checked. */
export function predefinedIdentifier(ctx: SemaContext, name: string, loc: Loc): Sym | undefined {
  if (!ctx.fn || !names.has(name)) return undefined;
  const bytes = [...new TextEncoder().encode(ctx.fn.name), 0];
  const sym: Sym = {
    name, linkName: ctx.staticLocalName(name), kind: "var", scope: "global", isStatic: true, defined: true, loc,
    type: { kind: "array", of: { kind: "int", rank: "char", unsigned: false, plainChar: true, const: true }, length: bytes.length },
  };
  const init = { kind: "string" as const, bytes, loc };
  ctx.globals.push({ sym, init, inits: initLeaves(ctx, init, sym.type, true).leaves });
  ctx.scopes[1]!.set(name, sym); // the function's outermost scope (its parameters')
  return sym;
}
