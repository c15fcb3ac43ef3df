// The root of the C parser's class chain. The grammar is one chevrotain
// EmbeddedActionsParser split by concern into a chain of classes, each adding the rules of
// one part of C11 Annex A.2 (rules refer to later ones through abstract members, resolved
// when chevrotain records the grammar in the final constructor):
//
//   ParserBase → SpecifierParser (type-specifiers.ts) → DeclarationParser (declarations.ts)
//              → StatementParser (statements.ts) → CParser (parser.ts: expressions)
//
// This class holds what every rule needs: the typedef/tag scopes, the diagnostics list and
// the token fetch that relabels identifiers as typedef names (the "lexer hack"): `LA` is
// overridden to classify identifier tokens against `TypedefScopes`, caching the answer per
// token until the scopes change.
//
// Chevrotain runs every rule once at construction to record the grammar: there, rule
// arguments are undefined and ACTIONs do not run, so every side effect lives in an ACTION.
// With error recovery a rule can be abandoned half-way: scopes are restored to a saved depth
// at each compound statement and external declaration.

import type { Diagnostic } from "@glass/diagnostics";
import { EmbeddedActionsParser, type IToken } from "chevrotain";
import type { Loc } from "../ast/ast.js";
import type { Type } from "../ast/types.js";
import type { CToken } from "../lex/convert.js";
import * as T from "../lex/tokens.js";
import { cErrorMessages } from "./errors.js";
import { TypedefScopes } from "./scope.js";

export abstract class ParserBase extends EmbeddedActionsParser {
  readonly scopes = new TypedefScopes();
  /** Problems found while building the AST (not grammar errors): bad specifiers, etc. */
  diags: Diagnostic[] = [];
  protected lastLoc: Loc | undefined;
  /** What `__builtin_va_list` stands for on the target being compiled for (from its ABI). */
  protected vaListType!: Type;

  constructor(validate: boolean) {
    super(T.allTokens, {
      maxLookahead: 2,
      recoveryEnabled: true,
      skipValidations: !validate,
      errorMessageProvider: cErrorMessages,
    });
  }

  // The token fetch, relabelling identifiers as typedef names against the current scopes.
  protected override LA(howMuch: number): IToken {
    const t = super.LA(howMuch) as CToken;
    if (t.classifiedAt !== undefined && t.classifiedAt !== this.scopes.generation) {
      const type = this.scopes.typedef(t.image) ? T.TypedefName : T.Identifier;
      t.tokenType = type;
      t.tokenTypeIdx = type.tokenTypeIdx!;
      t.classifiedAt = this.scopes.generation;
    }
    return t;
  }

  protected override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }

  protected loc(tok: IToken): Loc {
    const l = (tok as CToken).loc ?? this.lastLoc!;
    this.lastLoc = l;
    return l;
  }

  protected nameToken(tok: IToken, set: (name: string, loc: Loc) => void): void {
    this.ACTION(() => set(tok.image, this.loc(tok)));
  }
}
