// Semantic analysis of declarations (C11 6.7–6.9): scopes and linkage, redeclaration checks,
// initializers (resolved by ./init.ts), GNU attributes that change code or data
// (`aligned`, `weak`, `section`, `visibility`, `constructor`, `destructor`), and `__asm__`
// names. Statements are checked by ./stmt.ts, expressions by ./expr.ts.
//
// The result is the same tree, annotated (see ast/ast.ts), plus the list of variables with
// static storage this translation unit defines, which the IR builder turns into data.

import type { Diagnostic } from "@glass/diagnostics";
import type { Attribute, Expr, FuncDef, Initializer, InitFunction, Sym, TranslationUnit, VarDecl } from "../ast/ast.js";
import { sameType, typeName, type Type } from "../ast/types.js";
import type { Abi } from "../target/abi.js";
import { SemaContext, type GlobalVar } from "./context.js";
import { argumentPromotion, constValue } from "./conversions.js";
import { hasUnsupportedValues, value } from "./expr.js";
import { initLeaves } from "./init.js";
import { functionBody } from "./stmt.js";
import { alignment, completeType, requireComplete, staticAssert } from "./types.js";

export interface CheckedUnit {
  unit: TranslationUnit;
  globals: GlobalVar[];
  functions: FuncDef[];
  /** Functions to run before/after main (`constructor`/`destructor` attributes). */
  constructors: InitFunction[];
  destructors: InitFunction[];
  /** Declared-only symbols with `weak` or `visibility` attributes. */
  symbolAttrs: { name: string; weak?: boolean; visibility?: string }[];
}

export function analyze(unit: TranslationUnit, abi: Abi, diags: Diagnostic[]): CheckedUnit {
  const ctx = new SemaContext(abi, diags);
  const out: CheckedUnit = { unit, globals: ctx.globals, functions: [], constructors: [], destructors: [], symbolAttrs: [] };
  for (const d of unit.decls) {
    if (d.kind === "func") {
      functionDefinition(ctx, d, out);
      out.functions.push(d);
    } else if (d.kind === "staticassert") staticAssert(ctx, d);
    else if (d.storage === "typedef" || d.name === "") completeType(ctx, d.type, d.loc);
    else globalDeclaration(ctx, d, out);
  }
  return out;
}

const attr = (attrs: Attribute[] | undefined, name: string) => attrs?.find((a) => a.name === name);

/** The string argument of `section("…")` / `visibility("…")`. */
function stringArg(a: Attribute | undefined): string | undefined {
  const e = a?.args[0];
  return e?.kind === "string" ? String.fromCharCode(...e.bytes.slice(0, -1)) : undefined;
}

/** Declares (or re-declares) a name with linkage at file scope. */
function declareGlobal(ctx: SemaContext, d: VarDecl | FuncDef, type: Type, defines: boolean): Sym {
  const kind = type.kind === "function" ? "func" : "var";
  const prev = ctx.lookupHere(d.name);
  if (prev) {
    const previous = (what: string) => [{ message: `previous ${what} of '${d.name}' with type '${typeName(prev.type)}'`, loc: prev.loc }];
    if (prev.kind !== kind || !sameType(prev.type, type)) ctx.error(`conflicting types for '${d.name}'; have '${typeName(type)}'`, d.loc, previous(prev.defined ? "definition" : "declaration"));
    else if (defines && prev.defined && kind === "func") ctx.error(`redefinition of '${d.name}'`, d.loc, previous("definition"));
    // A later prototype or completed array refines the earlier declaration.
    if (type.kind === "function" && type.prototyped) prev.type = type;
    if (type.kind === "array" && type.length !== undefined) prev.type = type;
    prev.defined ||= defines;
    if (d.asmName !== undefined) prev.linkName = d.asmName;
    return prev;
  }
  const sym: Sym = {
    name: d.name, linkName: d.asmName ?? d.name, type, kind, scope: "global", isStatic: d.storage === "static", defined: defines, loc: d.loc,
  };
  ctx.declare(sym);
  return sym;
}

/** weak / visibility on a symbol, wherever it is declared. */
function symbolAttributes(d: VarDecl | FuncDef, sym: Sym, out: CheckedUnit): void {
  const weak = attr(d.attrs, "weak") !== undefined;
  const visibility = stringArg(attr(d.attrs, "visibility"));
  if (!weak && !visibility) return;
  const entry = out.symbolAttrs.find((s) => s.name === sym.linkName) ?? { name: sym.linkName };
  if (!out.symbolAttrs.includes(entry)) out.symbolAttrs.push(entry);
  if (weak) entry.weak = true;
  if (visibility) entry.visibility = visibility;
}

function globalDeclaration(ctx: SemaContext, d: VarDecl, out: CheckedUnit): void {
  const checked = autoTyped(ctx, d);
  let type = completeType(ctx, d.type, d.loc);
  if (type.kind === "void") return void ctx.error(`variable '${d.name}' declared void`, d.loc);
  const defines = type.kind !== "function" && (d.storage !== "extern" || d.init !== undefined);
  const sym = declareGlobal(ctx, d, type, defines);
  d.sym = sym;
  symbolAttributes(d, sym, out);
  if (type.kind === "function") return;
  let g = ctx.globals.find((x) => x.sym === sym);
  if (d.init) {
    if (g?.init) return void ctx.error(`redefinition of '${d.name}'`, d.loc, [{ message: `previous definition of '${d.name}' with type '${typeName(sym.type)}'`, loc: sym.loc }]);
    const { inits, type: full } = initialize(ctx, d.init, type, true, checked);
    type = full;
    sym.type = full;
    d.inits = inits;
    if (!g) ctx.globals.push((g = { sym }));
    g.init = d.init;
    g.inits = inits;
  } else if (defines && !g) {
    if (type.kind === "array" && type.length === undefined) type = sym.type = { ...type, length: 1 }; // tentative: one element (gcc warns)
    if (!requireComplete(ctx, type, d.name, d.loc)) return;
    ctx.globals.push((g = { sym }));
  }
  if (g) dataAttributes(ctx, d, g);
}

function dataAttributes(ctx: SemaContext, d: VarDecl, g: GlobalVar): void {
  const align = alignment(ctx, d.attrs);
  if (align) g.align = Math.max(g.align ?? 0, align);
  const section = stringArg(attr(d.attrs, "section"));
  if (section) g.section = section;
}

/** Resolves an initializer (`checked`: already checked) and completes `T a[]` from it. */
export function initialize(
  ctx: SemaContext, init: Initializer, type: Type, isStatic: boolean, checked?: Expr,
): { inits: ReturnType<typeof initLeaves>["leaves"]; type: Type } {
  const r = initLeaves(ctx, init, type, isStatic, checked);
  if (type.kind === "array" && type.length === undefined) type = { ...type, length: r.length ?? 0 };
  return { inits: r.leaves, type };
}

function functionDefinition(ctx: SemaContext, f: FuncDef, out: CheckedUnit): void {
  const type = completeType(ctx, f.type, f.loc);
  if (type.kind !== "function") return;
  f.type = type;
  f.sym = declareGlobal(ctx, f, type, true);
  symbolAttributes(f, f.sym, out);
  for (const [name, list] of [["constructor", out.constructors], ["destructor", out.destructors]] as const) {
    const a = attr(f.attrs, name);
    if (!a) continue;
    // `constructor(101)`: a priority from 101 to 65535 (0–100 are the implementation's, as in gcc).
    const priority = a.args[0] ? constValue(a.args[0], ctx.abi) : undefined;
    if (a.args[0] && (priority === undefined || priority < 0n || priority > 65535n)) ctx.error(`${name} priorities must be integers from 0 to 65535 inclusive`, a.loc);
    list.push({ name: f.sym.linkName, ...(priority !== undefined && { priority: Number(priority) }) });
  }
  ctx.fn = { name: f.name, type };
  if (type.returns.kind === "struct" && !type.returns.def.members) ctx.error("return type is an incomplete type", f.loc);
  const unsupported = [type.returns, ...f.params.map((p) => p.type)].find(hasUnsupportedValues);
  if (unsupported) ctx.error(`'${typeName(unsupported)}' parameters and results are not supported`, f.loc);
  ctx.push();
  for (const [i, p] of f.params.entries()) {
    if (!p.name) continue;
    p.type = completeType(ctx, p.type, p.loc);
    if (p.type.kind === "struct" && !p.type.def.members) ctx.error(`parameter ${i + 1} ('${p.name}') has incomplete type`, p.loc);
    if (ctx.lookupHere(p.name)) ctx.error(`redefinition of parameter '${p.name}'`, p.loc);
    const passed = type.prototyped ? p.type : argumentPromotion(p.type, ctx.abi); // K&R: how callers pass it
    if (passed !== p.type) p.passedAs = passed;
    p.sym = {
      name: p.name, linkName: p.name, type: p.type, kind: "var", scope: "local", isStatic: false, defined: true, loc: p.loc,
      ...(p.register ? { register: true } : {}),
    };
    ctx.declare(p.sym);
  }
  functionBody(ctx, f.body);
  ctx.pop();
  ctx.fn = undefined;
}

/** `__auto_type x = e`: checks e (once) and gives x its decayed, unqualified type; returns the checked e. */
function autoTyped(ctx: SemaContext, d: VarDecl): Expr | undefined {
  if (d.type.kind !== "typeof" || !d.type.auto || !d.init || d.init.kind === "initlist") return undefined;
  const v = value(ctx, d.init);
  d.init = v;
  d.type = (v.type as { const?: boolean }).const ? ({ ...v.type, const: false } as Type) : v.type!;
  return v;
}

/** A block-scope declaration (C11 6.2.2p6–7: extern and function declarations refer to file scope). */
export function localDeclaration(ctx: SemaContext, d: VarDecl): void {
  if (d.storage === "typedef" || d.name === "") return void completeType(ctx, d.type, d.loc);
  const checked = autoTyped(ctx, d);
  let type = completeType(ctx, d.type, d.loc);
  if (type.kind === "function" || d.storage === "extern") {
    const prev = ctx.scopes[0]!.get(d.name);
    const sym = prev ?? { name: d.name, linkName: d.asmName ?? d.name, type, kind: type.kind === "function" ? "func" : "var", scope: "global", isStatic: false, defined: false, loc: d.loc } as Sym;
    if (!prev) ctx.declareGlobal(sym);
    ctx.declare(sym);
    d.sym = sym;
    return;
  }
  if (type.kind === "void") return void ctx.error(`variable '${d.name}' declared void`, d.loc);
  const earlier = ctx.lookupHere(d.name);
  if (earlier) ctx.error(`redefinition of '${d.name}'`, d.loc, [{ message: `previous definition of '${d.name}' with type '${typeName(earlier.type)}'`, loc: earlier.loc }]);
  const isStatic = d.storage === "static";
  const sym: Sym = {
    name: d.name, linkName: isStatic ? ctx.staticLocalName(d.name) : d.name, type, kind: "var",
    scope: isStatic ? "global" : "local", isStatic, defined: true, loc: d.loc, ...(d.storage === "register" ? { register: true } : {}),
  };
  d.sym = sym;
  // The name is in scope from the end of its declarator, so it is visible in its initializer.
  ctx.declare(sym);
  if (d.init) {
    const r = initialize(ctx, d.init, type, isStatic, checked);
    sym.type = type = r.type;
    d.inits = r.inits;
  }
  if (type.kind === "array" && type.length === undefined) ctx.error(`array size missing in '${d.name}'`, d.loc);
  else requireComplete(ctx, type, d.name, d.loc);
  const align = alignment(ctx, d.attrs);
  if (align) sym.align = align;
  if (isStatic) {
    const g: GlobalVar = d.init ? { sym, init: d.init, inits: d.inits! } : { sym };
    if (align) g.align = align;
    ctx.globals.push(g);
  }
}
