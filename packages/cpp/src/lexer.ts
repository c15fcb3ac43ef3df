// The pp-token lexer: C11 translation phases 1–3 (5.1.1.2) and the pp-token grammar (6.4).
//
// Phase 2 (line splicing) is done first: every backslash-newline is deleted, and a table
// remembers, for each character of the spliced text, its offset in the original file. Tokens
// are then cut from the spliced text (phase 3), so `text` is the spelling after splicing while
// `loc` still points at the exact original characters a diagnostic should underline.
//
// Comments become white space: they set `hasSpace` on the next token, and a block comment
// spanning lines does not start a new logical line. `atLineStart` marks the first token of
// every logical line, which is how the preprocessor finds directives (6.10 "# at line start").
//
// Header names (6.4.7) only exist inside `#include`: right after `# include`, `# include_next`
// or `# import`, a `<` starts a header-name token that runs to the next `>`. Such a token has
// kind "string", its spelling keeps the angle brackets, and `headerName` is set.

import { GlassError, error, type SourceFile } from "@glass/diagnostics";
import type { PPToken } from "./token.js";

export interface LexOptions {
  /** Keep comments as tokens of kind "other" with `comment` set (`gcc -C`). */
  keepComments?: boolean;
  /**
   * What to do with an unterminated character constant or string literal: by default it is
   * an error; when lenient, it becomes an "other" token with `invalid` set, so the
   * preprocessor can complain only if the line is not skipped by a conditional (as gcc does).
   */
  lenient?: boolean;
}

/** Punctuators of 6.4.6, longest first so that maximal munch is a first-match search. */
const PUNCTUATORS = [
  "%:%:", "...", "<<=", ">>=",
  "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=", "-=",
  "&=", "^=", "|=", "##", "<:", ":>", "<%", "%>", "%:",
  "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">", "^", "|",
  "?", ":", ";", "=", ",", "#",
];

/** Phase 2: the text with backslash-newlines removed, and each character's original offset. */
function splice(text: string): { chars: string; origin: Int32Array } {
  if (!text.includes("\\")) {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return { chars: text, origin };
  }
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\") {
      // gcc also accepts white space between the backslash and the newline (with a warning).
      let j = i + 1;
      while (text[j] === " " || text[j] === "\t") j++;
      if (text[j] === "\r" && text[j + 1] === "\n") j++;
      if (text[j] === "\n") {
        i = j + 1;
        continue;
      }
    }
    out.push(text[i]!);
    origin.push(i);
    i++;
  }
  origin.push(text.length);
  return { chars: out.join(""), origin: Int32Array.from(origin) };
}

function isIdentStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c === "$" || c > "\x7f";
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isIdentChar(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** Splits a source file into pp-tokens (C11 6.4), after phases 1–3. */
export function lex(file: SourceFile, opts: LexOptions = {}): PPToken[] {
  const { chars: s, origin } = splice(file.text);
  const tokens: PPToken[] = [];
  let i = 0;
  let hasSpace = false;
  let atLineStart = true;
  // Directive state for header names: 0 = nothing, 1 = saw `#` at line start, 2 = saw include.
  let includeState = 0;

  const fail = (message: string, start: number, end: number): never => {
    const offset = origin[start]!;
    throw new GlassError([error(message, { file, offset, length: Math.max(1, origin[end]! - offset) })]);
  };

  const push = (kind: PPToken["kind"], start: number, end: number, extra?: Partial<PPToken>): void => {
    const offset = origin[start]!;
    const token: PPToken = {
      kind,
      text: s.slice(start, end),
      loc: { file, offset, length: origin[end - 1]! + 1 - offset },
      hasSpace,
      atLineStart,
      ...extra,
    };
    tokens.push(token);
    if (atLineStart) includeState = kind === "punctuator" && (token.text === "#" || token.text === "%:") ? 1 : 0;
    else if (includeState === 1)
      includeState = kind === "identifier" && /^(include|include_next|import)$/.test(token.text) ? 2 : 0;
    else includeState = 0;
    hasSpace = false;
    atLineStart = false;
  };

  /** End of a quoted literal starting at `q` (the opening quote), or -1 if unterminated. */
  const quoted = (q: number): number => {
    const quote = s[q];
    let j = q + 1;
    while (j < s.length && s[j] !== "\n") {
      if (s[j] === "\\" && j + 1 < s.length && s[j + 1] !== "\n") j += 2;
      else if (s[j] === quote) return j + 1;
      else j++;
    }
    return -1;
  };

  while (i < s.length) {
    const c = s[i]!;
    if (c === "\n") {
      atLineStart = true;
      hasSpace = false;
      includeState = 0;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\f" || c === "\v" || c === "\r") {
      hasSpace = true;
      i++;
      continue;
    }
    if (c === "/" && s[i + 1] === "*") {
      const end = s.indexOf("*/", i + 2);
      if (end < 0) fail("unterminated comment", i, i + 2);
      if (opts.keepComments) {
        push("other", i, end + 2, { comment: true });
      } else hasSpace = true;
      i = end + 2;
      continue;
    }
    if (c === "/" && s[i + 1] === "/") {
      let end = s.indexOf("\n", i);
      if (end < 0) end = s.length;
      if (opts.keepComments) push("other", i, end, { comment: true });
      else hasSpace = true;
      i = end;
      continue;
    }
    const start = i;

    if (c === "<" && includeState === 2) {
      const end = s.indexOf(">", i + 1);
      const eol = s.indexOf("\n", i + 1);
      if (end >= 0 && (eol < 0 || end < eol)) {
        push("string", start, end + 1, { headerName: true });
        i = end + 1;
        continue;
      }
    }

    // Character constants and string literals, with their encoding prefixes.
    const prefix = /^(u8|u|U|L)?/.exec(s.slice(i, i + 3))![0];
    const q = s[i + prefix.length];
    if ((q === '"' || (q === "'" && prefix !== "u8")) && (prefix === "" || isIdentStart(c))) {
      const end = quoted(i + prefix.length);
      const kind = q === '"' ? "string" : "character";
      if (end < 0) {
        const eol = s.indexOf("\n", i) < 0 ? s.length : s.indexOf("\n", i);
        const message = `missing terminating ${q} character`;
        if (!opts.lenient) fail(message, start, eol);
        // Like gcc, the rest of the line becomes one "other" token.
        push("other", start, eol, { invalid: message });
        i = eol;
        continue;
      }
      push(kind, start, end);
      i = end;
      continue;
    }

    if (isIdentStart(c) || (c === "\\" && (s[i + 1] === "u" || s[i + 1] === "U"))) {
      i++;
      while (i < s.length) {
        if (isIdentChar(s[i]!)) i++;
        else if (s[i] === "\\" && (s[i + 1] === "u" || s[i + 1] === "U")) i += 2;
        else break;
      }
      push("identifier", start, i);
      continue;
    }

    // pp-number: .? digit (digit | identifier-nondigit | e± | E± | p± | P± | .)*
    if (isDigit(c) || (c === "." && isDigit(s[i + 1] ?? ""))) {
      i++;
      while (i < s.length) {
        const d = s[i]!;
        if ((d === "+" || d === "-") && /[eEpP]/.test(s[i - 1]!)) i++;
        else if (isIdentChar(d) || d === ".") i++;
        else if (d === "\\" && (s[i + 1] === "u" || s[i + 1] === "U")) i += 2;
        else break;
      }
      push("number", start, i);
      continue;
    }

    const punct = PUNCTUATORS.find((p) => s.startsWith(p, i));
    if (punct) {
      // `<::` is not a digraph start in C; only C++ has that exception, so no special case.
      i += punct.length;
      push("punctuator", start, i);
      continue;
    }

    i++;
    push("other", start, i);
  }
  return tokens;
}
