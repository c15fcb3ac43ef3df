// The abstract syntax tree the parser builds (C11 6.5 expressions, 6.7 declarations,
// 6.8 statements, 6.9 external definitions).
//
// Every node carries the location of the token that names it. Semantic analysis annotates
// expressions in place: `type` on every expression, `sym` on identifiers, and implicit
// conversions (integer promotions, usual arithmetic conversions, array-to-pointer decay)
// made explicit as `cast` nodes with `implicit: true`. Later stages read only typed trees.

import type { SourceLocation } from "@glass/diagnostics";
import type { FunctionType, Type } from "./types.js";

export type Loc = SourceLocation;

export type BinaryOp =
  | "*" | "/" | "%" | "+" | "-" | "<<" | ">>"
  | "<" | ">" | "<=" | ">=" | "==" | "!="
  | "&" | "^" | "|" | "&&" | "||";

export type AssignOp = "=" | "*=" | "/=" | "%=" | "+=" | "-=" | "<<=" | ">>=" | "&=" | "^=" | "|=";

export type UnaryOp = "-" | "+" | "~" | "!" | "&" | "*";

interface ExprBase {
  loc: Loc;
  /** Set by semantic analysis. */
  type?: Type;
}

export type Expr =
  | IntLit
  | CharLit
  | StringLit
  | Ident
  | Unary
  | IncDec
  | Binary
  | Assign
  | Cond
  | Comma
  | Call
  | Index
  | Cast
  | SizeOf;

export interface IntLit extends ExprBase {
  kind: "int";
  value: bigint;
  /** Suffix and base decide the type (C11 6.4.4.1p5). */
  unsignedSuffix: boolean;
  longSuffix: 0 | 1 | 2;
  decimal: boolean;
}
export interface CharLit extends ExprBase {
  kind: "char";
  /** The value of the (single) char, 0..255, before the target's char signedness applies. */
  value: number;
}
export interface StringLit extends ExprBase {
  kind: "string";
  /** Bytes of the literal including the terminating NUL. */
  bytes: number[];
}
export interface Ident extends ExprBase {
  kind: "ident";
  name: string;
  sym?: Sym;
}
export interface Unary extends ExprBase {
  kind: "unary";
  op: UnaryOp;
  operand: Expr;
}
export interface IncDec extends ExprBase {
  kind: "incdec";
  op: "++" | "--";
  prefix: boolean;
  operand: Expr;
}
export interface Binary extends ExprBase {
  kind: "binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
export interface Assign extends ExprBase {
  kind: "assign";
  op: AssignOp;
  target: Expr;
  value: Expr;
  /** For compound assignment: the type the operation is carried out in (set by sema). */
  opType?: Type;
}
export interface Cond extends ExprBase {
  kind: "cond";
  cond: Expr;
  then: Expr;
  else: Expr;
}
export interface Comma extends ExprBase {
  kind: "comma";
  left: Expr;
  right: Expr;
}
export interface Call extends ExprBase {
  kind: "call";
  callee: Expr;
  args: Expr[];
}
export interface Index extends ExprBase {
  kind: "index";
  base: Expr;
  index: Expr;
}
export interface Cast extends ExprBase {
  kind: "cast";
  to: Type;
  operand: Expr;
  implicit: boolean;
}
export interface SizeOf extends ExprBase {
  kind: "sizeof";
  arg: Expr | Type;
  /** Set by semantic analysis. */
  value?: number;
}

export type Initializer = Expr | InitList;
export interface InitList {
  kind: "initlist";
  items: Initializer[];
  loc: Loc;
}

export type Storage = "typedef" | "extern" | "static" | "auto" | "register" | undefined;

/** A variable, function or typedef name as semantic analysis records it. */
export interface Sym {
  name: string;
  /** The assembler symbol for globals (`count.1` for a static local); the name otherwise. */
  linkName: string;
  type: Type;
  kind: "var" | "func";
  /** Globals and functions have linkage; locals and parameters live in the frame. */
  scope: "global" | "local";
  /** `static` at file scope: not exported. */
  isStatic: boolean;
  /** Has a definition (function body, or a global with storage in this file). */
  defined: boolean;
  loc: Loc;
}

export interface VarDecl {
  kind: "var";
  name: string;
  type: Type;
  storage: Storage;
  init?: Initializer;
  loc: Loc;
  sym?: Sym;
}

export interface Param {
  name?: string;
  type: Type;
  loc: Loc;
  sym?: Sym;
}

export interface FuncDef {
  kind: "func";
  name: string;
  type: FunctionType;
  params: Param[];
  storage: Storage;
  body: Compound;
  loc: Loc;
  sym?: Sym;
}

export type TopLevel = VarDecl | FuncDef;

export type Stmt =
  | { kind: "expr"; expr: Expr; loc: Loc }
  | { kind: "decl"; decls: VarDecl[]; loc: Loc }
  | Compound
  | { kind: "if"; cond: Expr; then: Stmt; else?: Stmt; loc: Loc }
  | { kind: "while"; cond: Expr; body: Stmt; loc: Loc }
  | { kind: "do"; body: Stmt; cond: Expr; loc: Loc }
  | { kind: "for"; init?: Stmt; cond?: Expr; step?: Expr; body: Stmt; loc: Loc }
  | { kind: "break"; loc: Loc }
  | { kind: "continue"; loc: Loc }
  | { kind: "return"; value?: Expr; loc: Loc }
  | { kind: "empty"; loc: Loc };

export interface Compound {
  kind: "compound";
  items: Stmt[];
  loc: Loc;
}

export interface TranslationUnit {
  decls: TopLevel[];
}
