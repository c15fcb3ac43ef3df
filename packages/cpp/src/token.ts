// Preprocessing tokens (C11 6.4, "pp-tokens"): what the lexer produces, the preprocessor
// rewrites, and the compiler's parser finally consumes (after turning each into a C token:
// keyword, identifier, constant, string literal or punctuator; translation phase 7).
//
// A token keeps its spelling and where it came from; the preprocessor sets `expandedFrom`
// on tokens a macro produced, so a diagnostic can point at the macro use.

import type { SourceLocation } from "@glass/diagnostics";

export type PPTokenKind = "identifier" | "number" | "character" | "string" | "punctuator" | "other";

export interface PPToken {
  kind: PPTokenKind;
  /** Spelling, after line splicing (C11 5.1.1.2 phase 2). */
  text: string;
  /** Where the spelling is in its source file (offset and length). */
  loc: SourceLocation;
  /** White space or a comment came before it on its line (matters for `#` and output spacing). */
  hasSpace: boolean;
  /** First token on its logical line (a `#` here starts a directive). */
  atLineStart: boolean;
  /** Set on tokens a macro expansion produced: the location of the macro name that was used. */
  expandedFrom?: SourceLocation;
  /** A `<…>` header name, lexed as one token right after `#include` (C11 6.4.7). */
  headerName?: boolean;
  /** A comment kept as a token (`-C`); its kind is "other". */
  comment?: boolean;
  /** Set on a malformed token (unterminated literal); the message to report if it is used. */
  invalid?: string;
}
