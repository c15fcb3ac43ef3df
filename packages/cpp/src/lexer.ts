// The pp-token lexer: C11 translation phases 1–3 (5.1.1.2) and the pp-token grammar (6.4).
//
// Phases 1 and 2 (trigraphs, line splicing) are done first: every trigraph becomes its
// character and every backslash-newline is deleted, and a table remembers, for each
// character of the result, its offset in the original file (no table at all when the file
// has neither, the usual case). Tokens are then cut from that text (phase 3), so `text` is the
// spelling after splicing while `loc` still points at the exact original characters a
// diagnostic should underline.
//
// Trigraphs (5.2.1.1) are replaced only when asked (gcc: -trigraphs, or a strict -std=cNN);
// otherwise, like gcc's default -Wtrigraphs, each one outside a comment (and a `??/` that
// would have spliced a comment's line) is reported as ignored.
//
// Comments become white space: they set `hasSpace` on the next token, and a block comment
// spanning lines does not start a new logical line. `atLineStart` marks the first token of
// every logical line, which is how the preprocessor finds directives (6.10 "# at line start").
//
// Header names (6.4.7) only exist inside `#include`: right after `# include`, `# include_next`
// or `# import`, a `<` starts a header-name token that runs to the next `>`. Such a token has
// kind "string", its spelling keeps the angle brackets, and `headerName` is set.
//
// The scanner works on character codes (no regular expressions, no substrings until a
// token's spelling is cut): it is the preprocessor's hottest loop.

import { GlassError, error, warning, type Diagnostic, type SourceFile } from "@glass/diagnostics";
import { type Spellings, hashStep } from "./spellings.js";
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
  /** Replace trigraphs (phase 1); off by default, as in gcc's GNU modes. */
  trigraphs?: boolean;
  /** Receives a warning for each ignored trigraph when `trigraphs` is off. */
  warnings?: Diagnostic[];
  /** Shares one string per distinct identifier or number spelling (the preprocessor's, per run). */
  spellings?: Spellings;
}

/** `??x` → character (5.2.1.1), indexed by the code of x. */
const TRIGRAPH: Record<number, string> = {
  0x3d: "#", 0x28: "[", 0x2f: "\\", 0x29: "]", 0x27: "^", 0x3c: "{", 0x21: "|", 0x3e: "}", 0x2d: "~",
};

const NL = 10, CR = 13, SPACE = 32, TAB = 9, VT = 11, FF = 12;
const BACKSLASH = 0x5c, QUOTE = 0x22, APOS = 0x27, SLASH = 0x2f, STAR = 0x2a, LT = 0x3c, GT = 0x3e, QMARK = 0x3f;

/** Phases 1–2: the text with trigraphs replaced and backslash-newlines removed, and each character's original offset. */
function phases12(text: string, hasTrigraphs: boolean): { chars: string; origin: Int32Array | null } {
  const out: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  // Only a backslash or a `??` can change anything: the runs between them are copied whole
  // (for speed: glibc's headers splice many lines, and most of a file is such runs).
  const copy = (from: number, to: number): void => {
    out.push(text.slice(from, to));
    for (let k = from; k < to; k++) origin[n++] = k;
  };
  let backslash = text.indexOf("\\");
  let question = hasTrigraphs ? text.indexOf("??") : -1;
  let i = 0;
  while (i < text.length) {
    if (backslash >= 0 && backslash < i) backslash = text.indexOf("\\", i);
    if (question >= 0 && question < i) question = text.indexOf("??", i);
    const special = backslash < 0 ? question : question < 0 ? backslash : Math.min(backslash, question);
    if (special < 0) {
      copy(i, text.length);
      break;
    }
    copy(i, special);
    i = special;
    let c = text[i]!;
    let width = 1;
    if (hasTrigraphs && c === "?" && text.charCodeAt(i + 1) === QMARK && TRIGRAPH[text.charCodeAt(i + 2)]) {
      c = TRIGRAPH[text.charCodeAt(i + 2)]!;
      width = 3;
    }
    if (c === "\\") {
      // gcc also accepts white space between the backslash and the newline (with a warning).
      let j = i + width;
      while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
      if (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === NL) j++;
      if (text.charCodeAt(j) === NL) {
        i = j + 1;
        continue;
      }
    }
    out.push(c);
    origin[n++] = i;
    i += width;
  }
  origin[n] = text.length;
  return { chars: out.join(""), origin };
}

/**
 * Phases 1–2 of each file, kept as long as the file object lives: a header read several times
 * in one run (glibc's <stddef.h>, once per `__need_…`) is spliced only once.
 */
const splicedFiles = new WeakMap<SourceFile, { trigraphs: boolean; chars: string; origin: Int32Array | null }>();

function spliced(file: SourceFile, trigraphs: boolean): { chars: string; origin: Int32Array | null } {
  const text = file.text;
  const hasTrigraphs = trigraphs && text.includes("??");
  if (!hasTrigraphs && !text.includes("\\")) return { chars: text, origin: null };
  let entry = splicedFiles.get(file);
  if (!entry || entry.trigraphs !== hasTrigraphs) {
    entry = { trigraphs: hasTrigraphs, ...phases12(text, hasTrigraphs) };
    splicedFiles.set(file, entry);
  }
  return entry;
}

/** ASCII character classes: 1 = starts an identifier, 2 = digit (for speed: one table load per character). */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  CLASS[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24 ? 1 : c >= 0x30 && c <= 0x39 ? 2 : 0;

// Past the end of the text `c` is NaN, which is neither below 128 nor above 127.
const isIdentStart = (c: number): boolean => (c < 128 ? CLASS[c] === 1 : c > 0x7f);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isIdentChar = (c: number): boolean => (c < 128 ? CLASS[c] !== 0 : c > 0x7f);
const isUcn = (s: string, i: number): boolean => s.charCodeAt(i) === BACKSLASH && (s[i + 1] === "u" || s[i + 1] === "U");

/** Length of the punctuator (6.4.6, maximal munch) at `i`, 0 if none; `c` is its first code. */
function punctuator(s: string, i: number, c: number): number {
  const d = s.charCodeAt(i + 1);
  const eq = d === 0x3d;
  switch (c) {
    case 0x5b: case 0x5d: case 0x28: case 0x29: case 0x7b: case 0x7d: case 0x7e: case 0x3f: case 0x3b: case 0x2c:
      return 1; // [ ] ( ) { } ~ ? ; ,
    case 0x2e: // .  ...
      return d === 0x2e && s.charCodeAt(i + 2) === 0x2e ? 3 : 1;
    case 0x2d: // -  ->  --  -=
      return d === GT || d === 0x2d || eq ? 2 : 1;
    case 0x2b: // +  ++  +=
      return d === 0x2b || eq ? 2 : 1;
    case 0x26: // &  &&  &=
      return d === 0x26 || eq ? 2 : 1;
    case 0x7c: // |  ||  |=
      return d === 0x7c || eq ? 2 : 1;
    case STAR: case SLASH: case 0x21: case 0x3d: case 0x5e: // * / ! = ^ and their `=` forms
      return eq ? 2 : 1;
    case 0x25: // %  %:%:  %:  %>  %=
      if (d === 0x3a) return s.charCodeAt(i + 2) === 0x25 && s.charCodeAt(i + 3) === 0x3a ? 4 : 2;
      return d === GT || eq ? 2 : 1;
    case LT: // <  <<=  <<  <=  <:  <%
      if (d === LT) return s.charCodeAt(i + 2) === 0x3d ? 3 : 2;
      return eq || d === 0x3a || d === 0x25 ? 2 : 1;
    case GT: // >  >>=  >>  >=
      if (d === GT) return s.charCodeAt(i + 2) === 0x3d ? 3 : 2;
      return eq ? 2 : 1;
    case 0x3a: // :  :>
      return d === GT ? 2 : 1;
    case 0x23: // #  ##
      return d === 0x23 ? 2 : 1;
    default:
      return 0;
  }
}

/** Offsets of the trigraphs gcc warns about when they are off: outside comments, or `??/` ending a line. */
function ignoredTrigraphs(s: string, comments: number[]): number[] {
  const found: number[] = [];
  let k = 0;
  for (let p = s.indexOf("??"); p >= 0; p = s.indexOf("??", p + 1)) {
    const x = s.charCodeAt(p + 2);
    if (!TRIGRAPH[x]) continue;
    while (k < comments.length && comments[k + 1]! <= p) k += 2;
    const inComment = k < comments.length && comments[k]! <= p;
    if (!inComment || (x === SLASH && s.charCodeAt(p + 3) === NL)) found.push(p);
  }
  return found;
}

/**
 * Cuts pp-tokens one at a time, on demand (`peek`, `next`): the preprocessor reads a file
 * through one of these, so the tokens of directive lines and skipped groups are garbage as
 * soon as they are used, instead of living as long as a whole-file token array (for speed:
 * the garbage collector only pays for what survives).
 */
export class Lexer {
  /** The text after phases 1–2, which tokens are cut from. */
  readonly chars: string;
  private readonly origin: Int32Array | null;
  private readonly keepComments: boolean;
  private readonly lenient: boolean;
  private readonly spellings: Spellings | undefined;
  /** Comment ranges [start, end) pairs, kept only to place trigraph warnings (see `lex`). */
  readonly comments: number[] | null;
  private i = 0;
  private hasSpace = false;
  private atLineStart = true;
  /** Directive state for header names: 0 = nothing, 1 = saw `#` at line start, 2 = saw include. */
  private includeState = 0;
  /** The token `peek` cut ahead (undefined: none yet). */
  private ahead: PPToken | null | undefined = undefined;

  constructor(
    readonly file: SourceFile,
    opts: LexOptions = {},
  ) {
    const { chars, origin } = spliced(file, opts.trigraphs ?? false);
    this.chars = chars;
    this.origin = origin;
    this.keepComments = opts.keepComments ?? false;
    this.lenient = opts.lenient ?? false;
    this.spellings = opts.spellings;
    this.comments = opts.warnings && !opts.trigraphs && chars.includes("??") ? [] : null;
  }

  /** The next token, without consuming it; null at the end of the file. */
  peek(): PPToken | null {
    if (this.ahead === undefined) this.ahead = this.scan();
    return this.ahead;
  }

  next(): PPToken | null {
    const t = this.peek();
    this.ahead = undefined;
    return t;
  }

  /** The tokens left on the current logical line (after a directive's `#`). */
  restOfLine(): PPToken[] {
    const line: PPToken[] = [];
    for (let t = this.peek(); t && !t.atLineStart; t = this.peek()) line.push(this.next()!);
    return line;
  }

  /**
   * Drops the next token and the rest of its line (a line inside a false #if group). The rest
   * is passed over character by character, without cutting tokens (for speed: glibc's headers
   * are mostly false groups): only literals and comments matter, as they may hide a newline
   * or a comment start, or run past the line.
   */
  skipLine(): void {
    this.next();
    this.skipRest();
  }

  /** Drops the rest of the current line (see `skipLine`); no token may be peeked. */
  skipRest(): void {
    const s = this.chars;
    const n = s.length;
    let i = this.i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === NL) break;
      if (c === QUOTE || c === APOS) {
        const end = this.quoted(i);
        i = end >= 0 ? end : this.endOfLine(i);
      } else if (c === SLASH && s.charCodeAt(i + 1) === STAR) i = this.blockComment(i);
      else if (c === SLASH && s.charCodeAt(i + 1) === SLASH) i = this.lineComment(i);
      else i++;
    }
    this.i = i;
  }

  private endOfLine(i: number): number {
    const eol = this.chars.indexOf("\n", i);
    return eol < 0 ? this.chars.length : eol;
  }

  /** Where the `//` comment starting at `i` ends (at its newline). */
  private lineComment(i: number): number {
    const end = this.endOfLine(i);
    this.comments?.push(i, end);
    return end;
  }

  /** Where the block comment starting at `i` ends (the offset after its closing star-slash). */
  private blockComment(i: number): number {
    const close = this.chars.indexOf("*/", i + 2);
    if (close < 0) this.fail("unterminated comment", i, i + 2);
    this.comments?.push(i, close + 2);
    return close + 2;
  }

  /** Original offset of a character of the spliced text. */
  at(i: number): number {
    return this.origin ? this.origin[i]! : i;
  }

  private fail(message: string, start: number, end: number): never {
    const offset = this.at(start);
    throw new GlassError([error(message, { file: this.file, offset, length: Math.max(1, this.at(end) - offset) })]);
  }

  private make(kind: PPToken["kind"], start: number, end: number, text = this.chars.slice(start, end)): PPToken {
    const offset = this.at(start);
    const token: PPToken = {
      kind,
      text,
      loc: { file: this.file, offset, length: this.at(end - 1) + 1 - offset },
      hasSpace: this.hasSpace,
      atLineStart: this.atLineStart,
    };
    this.hasSpace = false;
    this.atLineStart = false;
    return token;
  }

  /** An identifier's or number's spelling (`hash`: of its characters, see hashStep), shared when there is a table of spellings. */
  private spelling(start: number, end: number, hash: number): string {
    return this.spellings ? this.spellings.get(this.chars, start, end, hash) : this.chars.slice(start, end);
  }

  /** End of a quoted literal starting at `q` (the opening quote), or -1 if unterminated. */
  private quoted(q: number): number {
    const s = this.chars;
    const n = s.length;
    const quote = s.charCodeAt(q);
    let j = q + 1;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === NL) return -1;
      if (c === BACKSLASH && j + 1 < n && s.charCodeAt(j + 1) !== NL) j += 2;
      else if (c === quote) return j + 1;
      else j++;
    }
    return -1;
  }

  /** Cuts the next token (white space, newlines and comments only set flags). */
  private scan(): PPToken | null {
    const s = this.chars;
    const n = s.length;
    let i = this.i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === NL) {
        this.atLineStart = true;
        this.hasSpace = false;
        this.includeState = 0;
        i++;
        continue;
      }
      if (c === SPACE || c === TAB || c === CR || c === FF || c === VT) {
        this.hasSpace = true;
        i++;
        continue;
      }
      const start = i;
      if (c === SLASH && (s.charCodeAt(i + 1) === STAR || s.charCodeAt(i + 1) === SLASH)) {
        const end = s.charCodeAt(i + 1) === STAR ? this.blockComment(i) : this.lineComment(i);
        this.i = end;
        // A comment never changes the header-name state: `#include /* x */ <a.h>`.
        if (this.keepComments) {
          const t = this.make("other", start, end);
          t.comment = true;
          return t;
        }
        this.hasSpace = true;
        i = end;
        continue;
      }
      return this.token(c, start);
    }
    this.i = n;
    return null;
  }

  /** The token starting with code `c` at `start` (not white space or a comment). */
  private token(c: number, start: number): PPToken {
    const s = this.chars;
    const state = this.includeState;
    this.includeState = 0;
    let i = start;

    if (c === LT && state === 2) {
      const end = s.indexOf(">", i + 1);
      const eol = s.indexOf("\n", i + 1);
      if (end >= 0 && (eol < 0 || end < eol)) {
        this.i = end + 1;
        const t = this.make("string", start, end + 1);
        t.headerName = true;
        return t;
      }
    }

    // Character constants and string literals, with their encoding prefixes.
    let q = i;
    if (c === 0x75 /* u */) q = s.charCodeAt(i + 1) === 0x38 && s.charCodeAt(i + 2) === QUOTE ? i + 2 : i + 1;
    else if (c === 0x55 /* U */ || c === 0x4c /* L */) q = i + 1;
    const qc = s.charCodeAt(q);
    if (qc === QUOTE || qc === APOS) {
      const end = this.quoted(q);
      if (end < 0) {
        const eol = this.endOfLine(i);
        const message = `missing terminating ${s[q]} character`;
        if (!this.lenient) this.fail(message, start, eol);
        // Like gcc, the rest of the line becomes one "other" token.
        this.i = eol;
        const t = this.make("other", start, eol);
        t.invalid = message;
        return t;
      }
      this.i = end;
      return this.make(qc === QUOTE ? "string" : "character", start, end);
    }

    // Identifiers and numbers are hashed while they are scanned, for their shared spelling.
    if (isIdentStart(c) || isUcn(s, i)) {
      let h = 0;
      for (;;) {
        const d = s.charCodeAt(i);
        if (isIdentChar(d)) {
          h = hashStep(h, d);
          i++;
        } else if (isUcn(s, i)) {
          h = hashStep(hashStep(h, d), s.charCodeAt(i + 1));
          i += 2;
        } else break;
      }
      this.i = i;
      const t = this.make("identifier", start, i, this.spelling(start, i, h));
      if (state === 1 && (t.text === "include" || t.text === "include_next" || t.text === "import")) this.includeState = 2;
      return t;
    }

    // pp-number: .? digit (digit | identifier-nondigit | e± | E± | p± | P± | .)*
    if (isDigit(c) || (c === 0x2e && isDigit(s.charCodeAt(i + 1)))) {
      let h = hashStep(0, c);
      i++;
      for (;;) {
        const d = s.charCodeAt(i);
        if (d === 0x2b || d === 0x2d) {
          const e = s.charCodeAt(i - 1) | 0x20; // e E p P
          if (e !== 0x65 && e !== 0x70) break;
        } else if (isUcn(s, i)) {
          h = hashStep(hashStep(h, d), s.charCodeAt(i + 1));
          i += 2;
          continue;
        } else if (!isIdentChar(d) && d !== 0x2e) break;
        h = hashStep(h, d);
        i++;
      }
      this.i = i;
      return this.make("number", start, i, this.spelling(start, i, h));
    }

    const len = punctuator(s, i, c);
    if (len > 0) {
      // `<::` is not a digraph start in C; only C++ has that exception, so no special case.
      const wasLineStart = this.atLineStart;
      this.i = i + len;
      const t = this.make("punctuator", start, i + len);
      if (wasLineStart && (t.text === "#" || t.text === "%:")) this.includeState = 1;
      return t;
    }

    this.i = i + 1;
    return this.make("other", start, i + 1);
  }
}

/** Splits a whole source file into pp-tokens (C11 6.4), after phases 1–3. */
export function lex(file: SourceFile, opts: LexOptions = {}): PPToken[] {
  const lexer = new Lexer(file, opts);
  const tokens: PPToken[] = [];
  for (let t = lexer.next(); t; t = lexer.next()) tokens.push(t);
  if (lexer.comments && opts.warnings) {
    const s = lexer.chars;
    for (const p of ignoredTrigraphs(s, lexer.comments))
      opts.warnings.push(warning(`trigraph ${s.slice(p, p + 3)} ignored, use -trigraphs to enable`, { file, offset: lexer.at(p), length: 3 }, "trigraphs"));
  }
  return tokens;
}
