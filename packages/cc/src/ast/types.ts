// C types (C11 6.2.5) as the parser builds them and semantic analysis checks them.
//
// Types are plain immutable objects. Sizes are not stored: they come from the target's
// ABI (`target/abi.ts`) through `sizeOf`/`alignOf`, so the same AST serves both targets.
// An array declared as `T a[N]` keeps the expression N until semantic analysis evaluates it.
// Structs and unions share one `TagDef` by reference (the parser completes it when it meets
// the definition, so every `struct S` written before that sees the members); their layout
// lives in ./layout.ts. Enums are integer types carrying their `EnumDef`; the parser makes them
// `int` and semantic analysis gives them the type gcc picks from their values.

import type { Abi, IntRank as AbiIntRank } from "../target/abi.js";
import type { Attribute, Expr, Loc, StaticAssert } from "./ast.js";
import { structLayout } from "./layout.js";

/**
 * The integer ranks: the target's standard ones, and GNU `__int128` (16 bytes, 16-aligned on
 * both targets: psABI §3.1.2, AAPCS64 §10.1). `__int128` is a type for declarations and
 * layout only: semantic analysis rejects its values (sema/expr.ts).
 */
export type IntRank = AbiIntRank | "int128";

export type Type = VoidType | IntType | FloatType | PointerType | ArrayType | FunctionType | StructType | TypeofType;

/** `typeof(expr)` until semantic analysis replaces it with the expression's type. */
export interface TypeofType {
  kind: "typeof";
  expr: Expr;
  /** GNU `__auto_type x = expr`: the type of the (decayed) initializer. */
  auto?: boolean;
  const?: boolean;
}

export interface VoidType {
  kind: "void";
  const?: boolean;
}

export interface IntType {
  kind: "int";
  rank: IntRank;
  /** `unsigned` was written (or the rank is _Bool). */
  unsigned: boolean;
  /** Plain `char`, whose signedness the ABI decides. */
  plainChar?: boolean;
  const?: boolean;
  /** Set for `enum E`: the enumerators. */
  enumDef?: EnumDef;
}

export interface FloatType {
  kind: "float";
  /** float = 4 bytes, double = 8, long double = 16 (a type name only: values of it are rejected). */
  size: 4 | 8 | 16;
  const?: boolean;
}

/** One member of a struct or union (C11 6.7.2.1); no name for anonymous members and padding bit-fields. */
export interface Member {
  name?: string;
  type: Type;
  /** Width of a bit-field, once evaluated; `bitWidthExpr` as written. */
  bitWidth?: number;
  bitWidthExpr?: Expr;
  /** `_Alignas` / `__attribute__((aligned(n)))` on the member, once evaluated. */
  alignAs?: number;
  attrs?: Attribute[];
  loc: Loc;
}

/** A struct or union definition, shared by every type that names it. */
export interface TagDef {
  kind: "struct" | "union";
  tag?: string;
  /** Undefined while incomplete (`struct S;`). */
  members?: Member[];
  /** `__attribute__((packed))`. */
  packed?: boolean;
  /** `__attribute__((aligned(n)))` on the struct. */
  alignAs?: number;
  attrs?: Attribute[];
  /** `_Static_assert`s among the member declarations. */
  asserts?: StaticAssert[];
  /** Semantic analysis has completed the member types (array bounds, bit widths); "busy" while it does. */
  checked?: boolean | "busy";
  loc: Loc;
}

export interface StructType {
  kind: "struct";
  def: TagDef;
  const?: boolean;
}

export interface Enumerator {
  name: string;
  valueExpr?: Expr;
  loc: Loc;
}

export interface EnumDef {
  tag?: string;
  enumerators?: Enumerator[];
  /** Semantic analysis has declared the enumerators. */
  declared?: boolean;
  /** `__attribute__((packed))`: the narrowest type that holds the values. */
  packed?: boolean;
  /** The compatible integer type semantic analysis chose from the values (gcc's rule, see sema/types.ts). */
  rank?: IntRank;
  unsigned?: boolean;
}

export interface PointerType {
  kind: "pointer";
  to: Type;
  const?: boolean;
}

export interface ArrayType {
  kind: "array";
  of: Type;
  /** Element count once known; undefined for `T a[]` before an initializer completes it. */
  length?: number;
  /** The bound as written, until semantic analysis evaluates it. */
  lengthExpr?: Expr;
}

export interface FunctionType {
  kind: "function";
  returns: Type;
  params: Type[];
  variadic: boolean;
  /** False for `int f()` (no prototype: any arguments, default promotions). */
  prototyped: boolean;
}

export const voidType: VoidType = { kind: "void" };
export const intType: IntType = { kind: "int", rank: "int", unsigned: false };
export const uintType: IntType = { kind: "int", rank: "int", unsigned: true };
export const longType: IntType = { kind: "int", rank: "long", unsigned: false };
export const ulongType: IntType = { kind: "int", rank: "long", unsigned: true };
export const charType: IntType = { kind: "int", rank: "char", unsigned: false, plainChar: true };
export const doubleType: FloatType = { kind: "float", size: 8 };
export const floatType: FloatType = { kind: "float", size: 4 };

export const pointerTo = (to: Type): PointerType => ({ kind: "pointer", to });

/**
 * The type of a wide character constant / element of a wide string literal: char16_t is
 * unsigned short and char32_t unsigned int (<uchar.h>); wchar_t is int on x86-64 (psABI
 * §3.1.2) and unsigned int on AArch64 Linux (AAPCS64 §10.1), the same signedness as plain char.
 */
export function wideCharType(enc: "L" | "u" | "U", abi: Abi): IntType {
  if (enc === "u") return { kind: "int", rank: "short", unsigned: true };
  return { kind: "int", rank: "int", unsigned: enc === "U" || !abi.charIsSigned };
}

export function isInteger(t: Type): t is IntType {
  return t.kind === "int";
}
export function isPointer(t: Type): t is PointerType {
  return t.kind === "pointer";
}
export function isFloat(t: Type): t is FloatType {
  return t.kind === "float";
}
export function isArithmetic(t: Type): t is IntType | FloatType {
  return t.kind === "int" || t.kind === "float";
}
export function isScalar(t: Type): boolean {
  return t.kind === "int" || t.kind === "pointer" || t.kind === "float";
}
/** Types whose value the IR handles as the object's address (arrays, functions, structs). */
export function isAggregate(t: Type): boolean {
  return t.kind === "array" || t.kind === "struct" || t.kind === "function";
}

/** Signedness of an integer type on a target (plain char asks the ABI). */
export function isSigned(t: IntType, abi: Abi): boolean {
  if (t.plainChar) return abi.charIsSigned;
  return !t.unsigned;
}

export function sizeOf(t: Type, abi: Abi): number {
  switch (t.kind) {
    case "void":
      return 1; // GNU C: sizeof(void) == 1, used by void* arithmetic
    case "int":
      return intSize(t, abi);
    case "pointer":
      return abi.pointerSize;
    case "array":
      return (t.length ?? 0) * sizeOf(t.of, abi);
    case "function":
      return 1;
    case "float":
      return t.size;
    case "struct":
      return structLayout(t.def, abi).size;
    case "typeof":
      return sizeOf(t.expr.type ?? intType, abi);
  }
}

/** Size in bytes of an integer type. */
export function intSize(t: IntType, abi: Abi): number {
  return t.rank === "int128" ? 16 : abi.intSize[t.rank];
}

/** GNU `__int128`, `unsigned __int128` (and their typedef names `__int128_t`, `__uint128_t`). */
export const int128Type = (unsigned: boolean): IntType => ({ kind: "int", rank: "int128", unsigned });

export function alignOf(t: Type, abi: Abi): number {
  if (t.kind === "array") return alignOf(t.of, abi);
  if (t.kind === "struct") return structLayout(t.def, abi).align;
  return sizeOf(t, abi);
}

/** Whether objects of the type can be created (not void, not an incomplete struct or array). */
export function isComplete(t: Type): boolean {
  if (t.kind === "struct") return t.def.members !== undefined;
  if (t.kind === "array") return t.length !== undefined && isComplete(t.of);
  return t.kind !== "void";
}

/** Compatible types (C11 6.2.7), ignoring qualifiers; enough to diagnose conflicting declarations. */
export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
      return true;
    case "float":
      return a.size === (b as FloatType).size;
    case "struct":
      return a.def === (b as StructType).def;
    case "typeof":
      return false;
    case "int": {
      const bi = b as IntType;
      if (a.enumDef || bi.enumDef) return a.enumDef === bi.enumDef || (a.rank === bi.rank && a.unsigned === bi.unsigned);
      return a.rank === bi.rank && a.unsigned === bi.unsigned && !!a.plainChar === !!bi.plainChar;
    }
    case "pointer":
      return sameType(a.to, (b as PointerType).to);
    case "array": {
      const ba = b as ArrayType;
      return sameType(a.of, ba.of) && (a.length === undefined || ba.length === undefined || a.length === ba.length);
    }
    case "function": {
      const bf = b as FunctionType;
      if (!sameType(a.returns, bf.returns)) return false;
      if (!a.prototyped || !bf.prototyped) return true;
      return a.variadic === bf.variadic && a.params.length === bf.params.length && a.params.every((p, i) => sameType(p, bf.params[i]!));
    }
  }
}

const rankNames: Record<IntRank, string> = {
  bool: "_Bool",
  char: "char",
  short: "short int",
  int: "int",
  long: "long int",
  llong: "long long int",
  int128: "__int128",
};

/** The type spelled as gcc prints it in messages: `int`, `char *`, `int[3]`, `int(int)`, `int (*)(int)`. */
export function typeName(t: Type): string {
  return spell(t, "");
}

function spell(t: Type, inner: string): string {
  const c = (t as { const?: boolean }).const ? "const " : "";
  switch (t.kind) {
    case "void":
      return join(`${c}void`, inner);
    case "float":
      return join(`${c}${t.size === 4 ? "float" : t.size === 8 ? "double" : "long double"}`, inner);
    case "struct":
      return join(`${c}${t.def.kind} ${t.def.tag ?? "<anonymous>"}`, inner);
    case "typeof":
      return join(`${c}typeof(${t.expr.type ? typeName(t.expr.type) : "..."})`, inner);
    case "int": {
      if (t.enumDef) return join(`${c}enum ${t.enumDef.tag ?? "<anonymous>"}`, inner);
      let base = rankNames[t.rank];
      if (t.rank === "char") base = t.plainChar ? "char" : t.unsigned ? "unsigned char" : "signed char";
      else if (t.rank === "int128") base = t.unsigned ? "__int128 unsigned" : base;
      else if (t.unsigned && t.rank !== "bool") base = t.rank === "int" ? "unsigned int" : `${base.replace(" int", "")} unsigned int`;
      return join(c + base, inner);
    }
    case "pointer":
      return spell(t.to, `*${t.const ? "const " : ""}${inner}`);
    case "array": {
      const inside = inner.startsWith("*") ? `(${inner})` : inner;
      return spell(t.of, `${inside}[${t.length ?? ""}]`);
    }
    case "function": {
      const inside = inner.startsWith("*") ? `(${inner})` : inner;
      const ps = t.params.map(typeName);
      if (t.variadic) ps.push("...");
      if (t.prototyped && ps.length === 0) ps.push("void");
      return spell(t.returns, `${inside}(${ps.join(", ")})`);
    }
  }
}

function join(base: string, inner: string): string {
  if (inner === "") return base;
  // gcc: `int *`, `int (*)(int)`, `int (*)[3]`, but `int(int)` for a function type itself.
  return inner.startsWith("*") || inner.startsWith("(*") ? `${base} ${inner}` : `${base}${inner}`;
}
