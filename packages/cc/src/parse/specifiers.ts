// Declaration specifiers (C11 6.7.1–6.7.3) to a base type: the multiset of type-specifier
// keywords is checked against the list of valid combinations in 6.7.2p2 (`unsigned long
// int`, `long long`, …) and turned into one Type. A struct, union or enum specifier, a typedef
// name or `__builtin_va_list` stands alone.

import { error, type Diagnostic } from "@glass/diagnostics";
import type { Attribute, Loc, Storage } from "../ast/ast.js";
import { int128Type, type IntRank, type Type } from "../ast/types.js";

export interface Specifiers {
  storage: Storage;
  /** Type-specifier keywords in the order written. */
  words: string[];
  /** The type of a typedef name, struct/union/enum specifier or `__builtin_va_list`. */
  typedefType?: Type;
  isConst: boolean;
  /** A struct/union/enum specifier is among them (`struct S;` declares the tag). */
  declaresTag?: boolean;
  /** GNU attributes and `_Alignas` (as an `aligned` attribute) among the specifiers. */
  attrs: Attribute[];
  loc: Loc;
}

const unsupported: Record<string, string> = {
  _Complex: "complex types are not supported",
  _Atomic: "'_Atomic' is not supported",
  _Thread_local: "thread-local storage is not supported",
};

/** The type the specifiers denote; diagnoses invalid combinations (and defaults to int). */
export function baseType(s: Specifiers, diags: Diagnostic[]): Type {
  const t = combine(s, diags);
  return s.isConst ? { ...t, const: true } as Type : t;
}

function combine(s: Specifiers, diags: Diagnostic[]): Type {
  if (s.typedefType) {
    if (s.words.length > 0) diags.push(error("two or more data types in declaration specifiers", s.loc));
    return s.typedefType;
  }
  const count = (w: string) => s.words.filter((x) => x === w).length;
  for (const w of s.words) {
    if (unsupported[w]) {
      diags.push(error(unsupported[w], s.loc));
      return { kind: "int", rank: "int", unsigned: false };
    }
  }
  const signed = count("signed");
  const unsigned = count("unsigned");
  const longs = count("long");
  const base = s.words.filter((w) => w !== "signed" && w !== "unsigned" && w !== "long");
  const bad = () => {
    diags.push(error("two or more data types in declaration specifiers", s.loc));
    return { kind: "int", rank: "int", unsigned: false } as Type;
  };
  if (signed + unsigned > 1 || longs > 2) return bad();
  if (s.words.length === 0) {
    diags.push(error("type defaults to 'int' in declaration", s.loc));
    return { kind: "int", rank: "int", unsigned: false };
  }
  const others = base.filter((w) => w !== "int");
  const ints = base.length - others.length;
  if (ints > 1 || others.length > 1) return bad();
  const main = others[0] ?? "int";
  if (ints && main !== "int" && main !== "short") return bad();
  if (main === "void") return signed + unsigned + longs > 0 ? bad() : { kind: "void" };
  if (main === "float") return signed + unsigned + longs > 0 ? bad() : { kind: "float", size: 4 };
  if (main === "double") {
    if (longs === 1) return signed + unsigned > 0 ? bad() : { kind: "float", size: 16 };
    return signed + unsigned + longs > 0 ? bad() : { kind: "float", size: 8 };
  }
  if (main === "__auto_type") return signed + unsigned + longs > 0 ? bad() : { kind: "int", rank: "int", unsigned: false }; // until the initializer's type is known
  if (main === "_Bool") return signed + unsigned + longs > 0 ? bad() : { kind: "int", rank: "bool", unsigned: true };
  if (main === "__int128") return longs ? bad() : int128Type(unsigned > 0);
  let rank: IntRank;
  if (main === "char") {
    if (longs) return bad();
    if (!signed && !unsigned) return { kind: "int", rank: "char", unsigned: false, plainChar: true };
    rank = "char";
  } else if (main === "short") {
    if (longs) return bad();
    rank = "short";
  } else if (main === "int") rank = longs === 2 ? "llong" : longs === 1 ? "long" : "int";
  else return bad();
  return { kind: "int", rank, unsigned: unsigned > 0 };
}
