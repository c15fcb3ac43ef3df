// Declaration specifiers (C11 6.7.1–6.7.3) to a base type: the multiset of type-specifier
// keywords is checked against the list of valid combinations in 6.7.2p2 (`unsigned long
// int`, `long long`, …) and turned into one Type.

import { error, type Diagnostic } from "@glass/diagnostics";
import type { Loc, Storage } from "../ast/ast.js";
import type { IntRank } from "../target/abi.js";
import type { Type } from "../ast/types.js";

export interface Specifiers {
  storage: Storage;
  /** Type-specifier keywords in the order written. */
  words: string[];
  /** The type of a typedef name used as the type specifier. */
  typedefType?: Type;
  isConst: boolean;
  loc: Loc;
}

const unsupported = new Set(["float", "double", "_Complex", "struct", "union", "enum"]);

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
    if (unsupported.has(w)) {
      diags.push(error(`'${w}' is not supported yet`, s.loc));
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
  if (main === "_Bool") return signed + unsigned + longs > 0 ? bad() : { kind: "int", rank: "bool", unsigned: true };
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
