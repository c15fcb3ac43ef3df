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
  | SizeOf
  | FloatLit
  | MemberExpr
  | CompoundLit
  | VaArg
  | BuiltinCall
  | StmtExpr
  | Generic
  | OffsetOf
  | TypesCompatible;

/** `__builtin_types_compatible_p(T1, T2)`: 1 if the types are compatible, qualifiers aside (GNU). */
export interface TypesCompatible extends ExprBase {
  kind: "typescompat";
  a: Type;
  b: Type;
}

/** `_Generic(control, T1: e1, default: e2)` (C11 6.5.1.1). */
export interface Generic extends ExprBase {
  kind: "generic";
  control: Expr;
  assocs: { type?: Type; expr: Expr }[];
}
/** `__builtin_offsetof(T, a.b[2])`. */
export interface OffsetOf extends ExprBase {
  kind: "offsetof";
  to: Type;
  path: Designator[];
}

export interface FloatLit extends ExprBase {
  kind: "float";
  value: number;
  /** 4 with an `f` suffix, else 8 (`l` is rejected: long double is out of scope). */
  size: 4 | 8;
}
/** Where a member designator landed: its offset in the outermost object (anonymous members folded in). */
export interface FieldRef {
  offset: number;
  bitOffset?: number;
  bitWidth?: number;
  /** The member's declared type (a bit-field's storage-unit type). */
  declType: Type;
}
export interface MemberExpr extends ExprBase {
  kind: "member";
  base: Expr;
  name: string;
  /** `->` (base is a pointer) rather than `.`. */
  arrow: boolean;
  /** Set by semantic analysis. */
  field?: FieldRef;
}
/** `(T){ ... }` (C11 6.5.2.5): an unnamed object with the initializer. */
export interface CompoundLit extends ExprBase {
  kind: "compoundlit";
  to: Type;
  init: InitList;
  /** Set by semantic analysis: the unnamed object and its initialization. */
  sym?: Sym;
  inits?: InitLeaf[];
}
/** `__builtin_va_arg(ap, T)`. */
export interface VaArg extends ExprBase {
  kind: "vaarg";
  ap: Expr;
  to: Type;
}
/** `__builtin_va_start/va_end/va_copy`, `__builtin_expect` and friends, by name. */
export interface BuiltinCall extends ExprBase {
  kind: "builtin";
  name: string;
  args: Expr[];
}
/** GNU statement expression `({ ...; e; })`: the value of the last expression statement. */
export interface StmtExpr extends ExprBase {
  kind: "stmtexpr";
  body: Compound;
}

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
  /** The value of the (single) char, 0..255, before the target's char signedness applies; a code unit for wide ones. */
  value: number;
  /** `L'x'` (wchar_t), `u'x'` (char16_t), `U'x'` (char32_t); absent for plain `'x'` (int). */
  enc?: WideEncoding;
}
export interface StringLit extends ExprBase {
  kind: "string";
  /** Bytes of the literal including the terminating NUL (wide units in little-endian order). */
  bytes: number[];
  /** `L"…"`, `u"…"`, `U"…"`: arrays of wchar_t, char16_t, char32_t; absent for `char` arrays. */
  enc?: WideEncoding;
}
export type WideEncoding = "L" | "u" | "U";
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
  /** Absent in GNU `a ?: b`: the condition's value (evaluated once) is the result when nonzero. */
  then?: Expr;
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
  /** `_Alignof` rather than `sizeof`. */
  alignof?: boolean;
  /** Set by semantic analysis. */
  value?: number;
}

export type Initializer = Expr | InitList;
export interface InitList {
  kind: "initlist";
  items: InitItem[];
  loc: Loc;
}
/** `.f = x`, `[3] = x`, `[1 ... 4] = x` (GNU range) before an initializer. */
export type Designator =
  | { kind: "field"; name: string; loc: Loc }
  | { kind: "index"; index: Expr; last?: Expr; loc: Loc };
export interface InitItem {
  designators: Designator[];
  init: Initializer;
}
/** One scalar (or char-array-from-string) store an initializer performs, as sema resolves it. */
export interface InitLeaf {
  offset: number;
  type: Type;
  expr: Expr;
  bitOffset?: number;
  bitWidth?: number;
}

export type Storage = "typedef" | "extern" | "static" | "auto" | "register" | undefined;

/** A variable, function or typedef name as semantic analysis records it. */
export interface Sym {
  name: string;
  /** The assembler symbol for globals (`count.1` for a static local); the name otherwise. */
  linkName: string;
  type: Type;
  kind: "var" | "func" | "enumconst";
  /** The value of an enumeration constant. */
  value?: bigint;
  /** A requested alignment above the type's (`_Alignas`, `aligned(n)`). */
  align?: number;
  /** Globals and functions have linkage; locals and parameters live in the frame. */
  scope: "global" | "local";
  /** `static` at file scope: not exported. */
  isStatic: boolean;
  /** Has a definition (function body, or a global with storage in this file). */
  defined: boolean;
  /** Declared `register`: its address may not be taken (C11 6.5.3.2p1). */
  register?: boolean;
  loc: Loc;
}

export interface VarDecl {
  kind: "var";
  name: string;
  type: Type;
  storage: Storage;
  init?: Initializer;
  /** Set by semantic analysis: what the initializer stores, in order. */
  inits?: InitLeaf[];
  loc: Loc;
  sym?: Sym;
  /** `__asm__("name")`: the assembler name. */
  asmName?: string;
  attrs?: Attribute[];
}

/** A GNU `__attribute__((name(args)))` as written (names without the `__x__` underscores). */
/** A `constructor`/`destructor` function and its priority (lower runs first; none runs after all). */
export interface InitFunction {
  name: string;
  priority?: number;
}

export interface Attribute {
  name: string;
  args: Expr[];
  loc: Loc;
}

export interface Param {
  name?: string;
  type: Type;
  loc: Loc;
  sym?: Sym;
  /** Declared `register` (its address may not be taken). */
  register?: boolean;
  /** A K&R definition's parameter arrives default-promoted (`float` as double): that type, when it differs. */
  passedAs?: Type;
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
  asmName?: string;
  attrs?: Attribute[];
}

/** `_Static_assert(cond, "message");` (C11 6.7.10). */
export interface StaticAssert {
  kind: "staticassert";
  cond: Expr;
  message: string;
  loc: Loc;
}

export type TopLevel = VarDecl | FuncDef | StaticAssert;

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
  | { kind: "empty"; loc: Loc }
  | SwitchStmt
  | { kind: "case"; value: Expr; last?: Expr; body: Stmt; loc: Loc }
  | { kind: "default"; body: Stmt; loc: Loc }
  | { kind: "label"; name: string; body: Stmt; loc: Loc }
  | { kind: "goto"; name: string; loc: Loc }
  | StaticAssert;

export interface SwitchStmt {
  kind: "switch";
  cond: Expr;
  body: Stmt;
  loc: Loc;
  /** Set by semantic analysis: each case range (`case 3:` is 3...3) and the default. */
  cases?: { lo: bigint; hi: bigint; stmt: Stmt }[];
  defaultStmt?: Stmt;
}

export interface Compound {
  kind: "compound";
  items: Stmt[];
  loc: Loc;
}

export interface TranslationUnit {
  decls: TopLevel[];
}
