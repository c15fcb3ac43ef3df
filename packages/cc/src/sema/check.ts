// Semantic analysis of declarations and statements (C11 6.7–6.9): scopes and linkage,
// redeclaration checks, initializers, `return` against the function's type, and
// `break`/`continue` placement. Expressions are checked by ./expr.ts.
//
// The result is the same tree, annotated (see ast/ast.ts), plus the list of variables with
// static storage this translation unit defines, which the IR builder turns into data.

import type { Diagnostic } from "@glass/diagnostics";
import type { Compound, FuncDef, Initializer, Stmt, Sym, TranslationUnit, VarDecl } from "../ast/ast.js";
import { isInteger, isPointer, isScalar, sameType, typeName, type Type } from "../ast/types.js";
import type { Abi } from "../target/abi.js";
import { SemaContext, type GlobalVar } from "./context.js";
import { assignConvert, constValue } from "./conversions.js";
import { check, scalarValue, value } from "./expr.js";
import { completeType } from "./types.js";

export interface CheckedUnit {
  unit: TranslationUnit;
  globals: GlobalVar[];
  functions: FuncDef[];
}

export function analyze(unit: TranslationUnit, abi: Abi, diags: Diagnostic[]): CheckedUnit {
  const ctx = new SemaContext(abi, diags);
  const functions: FuncDef[] = [];
  for (const d of unit.decls) {
    if (d.kind === "func") {
      functionDefinition(ctx, d);
      functions.push(d);
    } else if (d.storage !== "typedef") globalDeclaration(ctx, d);
  }
  return { unit, globals: ctx.globals, functions };
}

/** Declares (or re-declares) a name with linkage at file scope. */
function declareGlobal(ctx: SemaContext, d: VarDecl | FuncDef, type: Type, defines: boolean): Sym {
  const kind = type.kind === "function" ? "func" : "var";
  const prev = ctx.lookupHere(d.name);
  if (prev) {
    if (prev.kind !== kind || !sameType(prev.type, type)) ctx.error(`conflicting types for '${d.name}'; have '${typeName(type)}'`, d.loc);
    else if (defines && prev.defined && kind === "func") ctx.error(`redefinition of '${d.name}'`, d.loc);
    // A later prototype or completed array refines the earlier declaration.
    if (type.kind === "function" && type.prototyped) prev.type = type;
    if (type.kind === "array" && type.length !== undefined) prev.type = type;
    prev.defined ||= defines;
    return prev;
  }
  const sym: Sym = {
    name: d.name, linkName: d.name, type, kind, scope: "global", isStatic: d.storage === "static", defined: defines, loc: d.loc,
  };
  ctx.declare(sym);
  return sym;
}

function globalDeclaration(ctx: SemaContext, d: VarDecl): void {
  let type = completeType(ctx, d.type, d.loc);
  if (type.kind === "void") return void ctx.error(`variable '${d.name}' declared void`, d.loc);
  if (d.init) type = completeFromInitializer(ctx, type, d.init);
  const defines = type.kind !== "function" && (d.storage !== "extern" || d.init !== undefined);
  const sym = declareGlobal(ctx, d, type, defines);
  d.sym = sym;
  if (type.kind === "function") return;
  if (d.init) {
    const existing = ctx.globals.find((g) => g.sym === sym);
    if (existing?.init) return void ctx.error(`redefinition of '${d.name}'`, d.loc);
    d.init = initializer(ctx, d.init, sym.type, true);
    if (existing) existing.init = d.init;
    else ctx.globals.push({ sym, init: d.init });
  } else if (defines && !ctx.globals.some((g) => g.sym === sym)) ctx.globals.push({ sym });
}

function functionDefinition(ctx: SemaContext, f: FuncDef): void {
  const type = completeType(ctx, f.type, f.loc);
  if (type.kind !== "function") return;
  f.type = type;
  f.sym = declareGlobal(ctx, f, type, true);
  ctx.fn = { name: f.name, type };
  ctx.push();
  for (const p of f.params) {
    if (!p.name) continue;
    p.type = completeType(ctx, p.type, p.loc);
    if (ctx.lookupHere(p.name)) ctx.error(`redefinition of parameter '${p.name}'`, p.loc);
    p.sym = { name: p.name, linkName: p.name, type: p.type, kind: "var", scope: "local", isStatic: false, defined: true, loc: p.loc };
    ctx.declare(p.sym);
  }
  block(ctx, f.body, false);
  ctx.pop();
  ctx.fn = undefined;
}

function block(ctx: SemaContext, b: Compound, newScope = true): void {
  if (newScope) ctx.push();
  for (const s of b.items) statement(ctx, s);
  if (newScope) ctx.pop();
}

function statement(ctx: SemaContext, s: Stmt): void {
  switch (s.kind) {
    case "expr":
      s.expr = check(ctx, s.expr);
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
      if (s.step) s.step = check(ctx, s.step);
      loopBody(ctx, s.body);
      ctx.pop();
      return;
    case "break":
      if (ctx.loopDepth === 0) ctx.error("break statement not within loop or switch", s.loc);
      return;
    case "continue":
      if (ctx.loopDepth === 0) ctx.error("continue statement not within a loop", s.loc);
      return;
    case "return": {
      const returns = ctx.fn!.type.returns;
      if (s.value) {
        const v = value(ctx, s.value);
        if (returns.kind === "void") {
          if (v.type!.kind !== "void") ctx.warn("'return' with a value, in function returning void", s.loc);
          s.value = v;
        } else s.value = assignConvert(ctx, v, returns, `returning '${typeName(v.type!)}' from a function with return type '${typeName(returns)}'`);
      } else if (returns.kind !== "void") ctx.warn("'return' with no value, in function returning non-void", s.loc);
      return;
    }
    case "empty":
      return;
  }
}

function loopBody(ctx: SemaContext, body: Stmt): void {
  ctx.loopDepth++;
  statement(ctx, body);
  ctx.loopDepth--;
}

function localDeclaration(ctx: SemaContext, d: VarDecl): void {
  if (d.storage === "typedef") return;
  let type = completeType(ctx, d.type, d.loc);
  if (type.kind === "function" || d.storage === "extern") {
    // A block-scope function or extern declaration refers to the file-scope entity.
    const prev = ctx.scopes[0]!.get(d.name);
    const sym = prev ?? { name: d.name, linkName: d.name, type, kind: type.kind === "function" ? "func" : "var", scope: "global", isStatic: false, defined: false, loc: d.loc } as Sym;
    if (!prev) ctx.declareGlobal(sym);
    ctx.declare(sym);
    d.sym = sym;
    return;
  }
  if (type.kind === "void") return void ctx.error(`variable '${d.name}' declared void`, d.loc);
  if (ctx.lookupHere(d.name)) ctx.error(`redefinition of '${d.name}'`, d.loc);
  if (d.init) type = completeFromInitializer(ctx, type, d.init);
  if (type.kind === "array" && type.length === undefined) ctx.error(`array size missing in '${d.name}'`, d.loc);
  const isStatic = d.storage === "static";
  const sym: Sym = {
    name: d.name, linkName: isStatic ? ctx.staticLocalName(d.name) : d.name, type, kind: "var",
    scope: isStatic ? "global" : "local", isStatic, defined: true, loc: d.loc,
  };
  d.sym = sym;
  // The name is in scope from the end of its declarator, so it is visible in its initializer.
  ctx.declare(sym);
  if (d.init) d.init = initializer(ctx, d.init, type, isStatic);
  if (isStatic) ctx.globals.push(d.init ? { sym, init: d.init } : { sym });
}

/** `int a[] = {1, 2}` and `char s[] = "hi"` take their length from the initializer. */
function completeFromInitializer(ctx: SemaContext, t: Type, init: Initializer): Type {
  if (t.kind !== "array" || t.length !== undefined) return t;
  if (init.kind === "initlist") return { ...t, length: init.items.length };
  if (init.kind === "string") return { ...t, length: init.bytes.length };
  ctx.error("invalid initializer", init.loc);
  return { ...t, length: 1 };
}

/** Checks an initializer against the object's type; static storage needs constants (6.7.9p4). */
function initializer(ctx: SemaContext, init: Initializer, t: Type, isStatic: boolean): Initializer {
  if (t.kind === "array") {
    if (init.kind === "string" && isInteger(t.of) && t.of.rank === "char") {
      init.type = t;
      if (init.bytes.length - 1 > (t.length ?? 0)) ctx.warn("initializer-string for array of 'char' is too long", init.loc);
      return init;
    }
    if (init.kind !== "initlist") {
      ctx.error("invalid initializer", init.loc);
      return init;
    }
    if (init.items.length > (t.length ?? 0)) ctx.warn("excess elements in array initializer", init.items[t.length ?? 0]!.loc);
    init.items = init.items.slice(0, t.length).map((i) => initializer(ctx, i, t.of, isStatic));
    return init;
  }
  if (init.kind === "initlist") {
    if (init.items.length === 0) return init;
    if (init.items.length > 1) ctx.warn("excess elements in scalar initializer", init.items[1]!.loc);
    return initializer(ctx, init.items[0]!, t, isStatic);
  }
  const raw = value(ctx, init);
  const v = assignConvert(ctx, raw, t, `initialization of '${typeName(t)}' from '${typeName(raw.type!)}'`);
  if (isStatic && isScalar(t) && !isConstantInitializer(ctx, v)) ctx.error("initializer element is not constant", init.loc);
  return v;
}

/** An arithmetic constant, or an address constant: a string literal or `&`/decayed static object, ± a constant. */
function isConstantInitializer(ctx: SemaContext, e: Initializer): boolean {
  if (e.kind === "initlist") return false;
  if (constValue(e, ctx.abi) !== undefined) return true;
  return addressConstant(ctx, e);
}

function addressConstant(ctx: SemaContext, e: Initializer): boolean {
  if (e.kind === "cast" && (isPointer(e.to) || (isInteger(e.to) && e.to.rank === "long"))) return addressConstant(ctx, e.operand) || e.operand.kind === "string";
  if (e.kind === "string") return true;
  if (e.kind === "ident") return e.sym?.scope === "global" && (e.type!.kind === "array" || e.type!.kind === "function");
  if (e.kind === "unary" && e.op === "&") return e.operand.kind === "ident" && e.operand.sym?.scope === "global";
  if (e.kind === "binary" && (e.op === "+" || e.op === "-")) return addressConstant(ctx, e.left) && constValue(e.right, ctx.abi) !== undefined;
  return false;
}
