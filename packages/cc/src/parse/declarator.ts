// Declarators as the parser builds them (C11 6.7.6): a name and a function from the base type
// to the declared type, so `int *a[3]` applies the suffix `[3]` to `int *`. Also the two
// adjustments the grammar implies: a function suffix's parameter list becomes a FunctionType,
// and array/function parameters become pointers.

import type { Attribute, Loc, Param } from "../ast/ast.js";
import { pointerTo, type Type } from "../ast/types.js";

/** A parsed declarator: the name (if any) and how it wraps the base type. */
export interface Declarator {
  name?: string;
  loc: Loc;
  apply: (base: Type) => Type;
  /** Parameters of the function suffix directly after the name (for function definitions). */
  params?: Param[];
  /** Those parameters are a K&R identifier list (`f(a, b)`): their declarations follow. */
  oldStyle?: boolean;
  /** `__asm__("sym")` and attributes written after the declarator. */
  asmName?: string;
  attrs?: Attribute[];
}

export type Suffix = { apply: (t: Type) => Type; params?: Param[]; oldStyle?: boolean };

/**
 * A function suffix `( params )` as a type wrapper; `(void)` means no parameters. An
 * identifier list `(a, b)` (`oldStyle`, a K&R definition) or `()` declares no prototype: the
 * names come back as parameters whose types the declarations before the body give.
 */
export function functionSuffix(list: { params: Param[]; variadic: boolean; oldStyle?: boolean } | undefined): Suffix {
  if (!list || list.oldStyle) {
    return { params: list?.params ?? [], oldStyle: !!list, apply: (returns) => ({ kind: "function", returns, params: [], variadic: false, prototyped: false }) };
  }
  let params = list.params;
  if (params.length === 1 && params[0]!.type.kind === "void" && !params[0]!.name) params = [];
  return {
    params,
    apply: (returns) => ({ kind: "function", returns, params: params.map((p) => p.type), variadic: list.variadic, prototyped: true }),
  };
}

/** Parameter type adjustment (C11 6.7.6.3p7–8): arrays and functions become pointers. */
export function adjustParam(t: Type): Type {
  if (t.kind === "array") return pointerTo(t.of);
  if (t.kind === "function") return pointerTo(t);
  return t;
}
