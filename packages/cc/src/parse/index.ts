// Parsing entry point: one CParser per process, built lazily on first use (building it
// costs ~70 ms of grammar analysis), reused for every translation unit.
//
// Grammar errors become gcc-style diagnostics. A missing token is reported just after the
// previous token (where gcc puts its caret for "expected ';' before '}' token"); anything
// else at the offending token.

import { error, type Diagnostic, type SourceLocation } from "@glass/diagnostics";
import { MismatchedTokenException, type IRecognitionException } from "chevrotain";
import type { TranslationUnit } from "../ast/ast.js";
import type { Type } from "../ast/types.js";
import type { CToken } from "../lex/convert.js";
import { CParser } from "./parser.js";

let shared: CParser | undefined;

/** The process-wide parser (grammar validations off: the unit test builds one with them on). */
function parser(): CParser {
  return (shared ??= new CParser(false));
}

/** Parses C tokens; `vaListType` is what `__builtin_va_list` means on the target. */
export function parse(tokens: CToken[], diags: Diagnostic[], vaListType: Type): TranslationUnit {
  const p = parser();
  let unit: TranslationUnit;
  try {
    unit = p.parse(tokens, vaListType);
  } catch (e) {
    // An action tripped over a half-built node during error recovery: the grammar errors
    // already recorded explain the input; anything else is a compiler bug.
    if (p.errors.length === 0) throw e;
    unit = { decls: [] };
  }
  const seen = new Set<string>();
  for (const e of p.errors) {
    const d = error(e.message, where(e, tokens));
    const key = `${d.loc?.offset}:${d.message}`;
    if (!seen.has(key)) diags.push(d), seen.add(key);
  }
  diags.push(...p.diags);
  return unit;
}

function where(e: IRecognitionException, tokens: CToken[]): SourceLocation | undefined {
  const tok = e.token as Partial<CToken>;
  const prev = (e as { previousToken?: Partial<CToken> }).previousToken;
  if ((e instanceof MismatchedTokenException || !tok.loc) && prev?.loc) {
    const end = prev.loc.offset + (prev.loc.length ?? prev.image!.length);
    return { file: prev.loc.file, offset: end, length: 1 };
  }
  return tok.loc ?? tokens[tokens.length - 1]?.loc;
}
