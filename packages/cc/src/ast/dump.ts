// `-fdump-ast`: the typed tree as indented text, one node per line with its type in
// quotes (after semantic analysis) and its line:col, in the spirit of clang's -ast-dump:
//
//   FunctionDef fib 'int (int)' <1:5>
//     Param n 'int'
//     Compound
//       Return <1:17>
//         Conditional 'int' <1:28>

import type { Expr, Initializer, Loc, Stmt, TranslationUnit, VarDecl, WideEncoding } from "./ast.js";
import { typeName, type Type } from "./types.js";

export function dumpAst(unit: TranslationUnit): string {
  const out: string[] = [];
  const line = (depth: number, text: string): void => void out.push("  ".repeat(depth) + text);
  const at = (loc: Loc) => {
    const { line: l, col } = loc.file.position(loc.offset);
    return `<${l}:${col}>`;
  };
  const ty = (t: Type | undefined) => (t ? ` '${typeName(t)}'` : "");

  const expr = (e: Expr, d: number): void => {
    const head = (label: string): void => line(d, `${label}${ty(e.type)} ${at(e.loc)}`);
    switch (e.kind) {
      case "int":
        return head(`IntegerLiteral ${e.value}`);
      case "char":
        return head(`CharacterLiteral ${e.value}`);
      case "string":
        return head(`StringLiteral ${e.enc ?? ""}${JSON.stringify(stringText(e.bytes, e.enc))}`);
      case "ident":
        return head(`Identifier ${e.name}`);
      case "unary":
        head(`Unary ${e.op}`);
        return expr(e.operand, d + 1);
      case "incdec":
        head(`${e.prefix ? "Prefix" : "Postfix"} ${e.op}`);
        return expr(e.operand, d + 1);
      case "binary":
        head(`Binary ${e.op}`);
        expr(e.left, d + 1);
        return expr(e.right, d + 1);
      case "assign":
        head(`Assign ${e.op}`);
        expr(e.target, d + 1);
        return expr(e.value, d + 1);
      case "cond":
        head(e.then ? "Conditional" : "Conditional ?:");
        expr(e.cond, d + 1);
        if (e.then) expr(e.then, d + 1);
        return expr(e.else, d + 1);
      case "comma":
        head("Comma");
        expr(e.left, d + 1);
        return expr(e.right, d + 1);
      case "call":
        head("Call");
        expr(e.callee, d + 1);
        return e.args.forEach((a) => expr(a, d + 1));
      case "index":
        head("Index");
        expr(e.base, d + 1);
        return expr(e.index, d + 1);
      case "cast":
        head(e.implicit ? "ImplicitCast" : "Cast");
        return expr(e.operand, d + 1);
      case "sizeof":
        head(`${e.alignof ? "AlignOf" : "SizeOf"}${e.value !== undefined ? ` = ${e.value}` : ""}`);
        if ("loc" in e.arg) expr(e.arg, d + 1);
        else line(d + 1, `Type '${typeName(e.arg)}'`);
        return;
      case "float":
        return head(`FloatingLiteral ${e.value}`);
      case "member":
        head(`Member ${e.arrow ? "->" : "."}${e.name}${e.field ? ` @${e.field.offset}` : ""}`);
        return expr(e.base, d + 1);
      case "compoundlit":
        head("CompoundLiteral");
        return init(e.init, d + 1);
      case "vaarg":
        head("VaArg");
        return expr(e.ap, d + 1);
      case "builtin":
        head(`Builtin __builtin_${e.name}`);
        return e.args.forEach((a) => expr(a, d + 1));
      case "stmtexpr":
        head("StmtExpr");
        return stmt(e.body, d + 1);
      case "generic":
        head("Generic");
        return expr(e.control, d + 1);
      case "offsetof":
        return head(`OffsetOf '${typeName(e.to)}'`);
      case "typescompat":
        return head(`TypesCompatible '${typeName(e.a)}' '${typeName(e.b)}'`);
    }
  };

  const init = (i: Initializer, d: number): void => {
    if (i.kind !== "initlist") return expr(i, d);
    line(d, `InitList ${at(i.loc)}`);
    i.items.forEach((x) => {
      for (const des of x.designators) line(d + 1, des.kind === "field" ? `Designator .${des.name}` : "Designator [...]");
      init(x.init, d + 1);
    });
  };

  const varDecl = (v: VarDecl, d: number) => {
    line(d, `${v.storage === "typedef" ? "Typedef" : "Var"} ${v.name}${ty(v.sym?.type ?? v.type)}${v.storage && v.storage !== "typedef" ? " " + v.storage : ""} ${at(v.loc)}`);
    if (v.init) init(v.init, d + 1);
  };

  const stmt = (s: Stmt, d: number): void => {
    switch (s.kind) {
      case "expr":
        return expr(s.expr, d);
      case "decl":
        return s.decls.forEach((v) => varDecl(v, d));
      case "compound":
        line(d, "Compound");
        return s.items.forEach((x) => stmt(x, d + 1));
      case "if":
        line(d, `If ${at(s.loc)}`);
        expr(s.cond, d + 1);
        stmt(s.then, d + 1);
        if (s.else) stmt(s.else, d + 1);
        return;
      case "while":
        line(d, `While ${at(s.loc)}`);
        expr(s.cond, d + 1);
        return stmt(s.body, d + 1);
      case "do":
        line(d, `Do ${at(s.loc)}`);
        stmt(s.body, d + 1);
        return expr(s.cond, d + 1);
      case "for":
        line(d, `For ${at(s.loc)}`);
        if (s.init) stmt(s.init, d + 1);
        else line(d + 1, "<no init>");
        if (s.cond) expr(s.cond, d + 1);
        else line(d + 1, "<no condition>");
        if (s.step) expr(s.step, d + 1);
        else line(d + 1, "<no step>");
        return stmt(s.body, d + 1);
      case "break":
      case "continue":
        return line(d, `${s.kind === "break" ? "Break" : "Continue"} ${at(s.loc)}`);
      case "return":
        line(d, `Return ${at(s.loc)}`);
        if (s.value) expr(s.value, d + 1);
        return;
      case "empty":
        return line(d, "Empty");
      case "switch":
        line(d, `Switch ${at(s.loc)}`);
        expr(s.cond, d + 1);
        return stmt(s.body, d + 1);
      case "case":
        line(d, `Case ${at(s.loc)}`);
        expr(s.value, d + 1);
        if (s.last) expr(s.last, d + 1);
        return stmt(s.body, d + 1);
      case "default":
        line(d, `Default ${at(s.loc)}`);
        return stmt(s.body, d + 1);
      case "label":
        line(d, `Label ${s.name} ${at(s.loc)}`);
        return stmt(s.body, d + 1);
      case "goto":
        return line(d, `Goto ${s.name} ${at(s.loc)}`);
      case "staticassert":
        return line(d, `StaticAssert ${at(s.loc)}`);
    }
  };

  line(0, "TranslationUnit");
  for (const top of unit.decls) {
    if (top.kind === "var") varDecl(top, 1);
    else if (top.kind === "staticassert") line(1, `StaticAssert ${at(top.loc)}`);
    else {
      line(1, `FunctionDef ${top.name}${ty(top.type)}${top.storage ? " " + top.storage : ""} ${at(top.loc)}`);
      for (const p of top.params) line(2, `Param ${p.name ?? "<unnamed>"}${ty(p.type)}`);
      stmt(top.body, 2);
    }
  }
  return out.join("\n") + "\n";
}

/** A string literal's text without its NUL: bytes as chars, or a wide literal's code units. */
function stringText(bytes: number[], enc: WideEncoding | undefined): string {
  const size = enc === "u" ? 2 : enc ? 4 : 1;
  const units: number[] = [];
  for (let i = 0; i + size < bytes.length; i += size) units.push(bytes.slice(i, i + size).reduceRight((v, b) => v * 256 + b, 0));
  return units.map((u) => (u <= 0x10ffff ? String.fromCodePoint(u) : "\ufffd")).join("");
}
