// Lexing GNU assembler source into statements.
//
// GNU `as` works a line at a time: a statement ends at a newline or at `;` (outside a
// string); `/* … */` comments may span lines; the ISA picks the line comment (`#` on x86-64,
// `//` on AArch64, where `#` only starts a comment at the start of a line because `#5` is an
// immediate). Inside a statement the tokens are names (`.Lfoo`, `b.eq`, `main`), numbers
// (`42`, `0x2a`, `052`, `0b101010`, `'*`), numeric label references (`1b`, `1f`), strings
// with C escapes, and punctuation. Registers are not special here: `%rax` is `%` + `rax`,
// `x0` is a name; the ISA's operand parser decides.

import type { SourceFile } from "@glass/diagnostics";
import { asmError } from "./errors.js";

export type TokenKind = "name" | "number" | "string" | "numlabel" | "punct";

export interface Token {
  kind: TokenKind;
  /** The text as written (for "punct": the operator, e.g. "<<"). */
  text: string;
  /** File offsets [offset, end). */
  offset: number;
  end: number;
  /** "number": its value. */
  value?: bigint;
  /** "string": its bytes after escapes. */
  bytes?: number[];
}

/** One statement: its tokens and where it sits in the file. */
export interface Statement {
  tokens: Token[];
  /** Offset of the statement's first character and of the end of its line. */
  offset: number;
  end: number;
}

const TWO_CHAR_OPS = new Set(["<<", ">>", "&&", "||", "==", "!=", "<=", ">=", "<>"]);
const isNameStart = (c: string) => /[A-Za-z_.]/.test(c);
const isNameChar = (c: string) => /[A-Za-z0-9_.$]/.test(c);

export interface CommentStyle {
  lineComment: string;
  lineStartComment?: string;
}

/** Splits a whole file into statements (empty ones dropped). */
export function lexFile(file: SourceFile, style: CommentStyle): Statement[] {
  const text = file.text;
  const out: Statement[] = [];
  let tokens: Token[] = [];
  let stmtStart = 0;
  let atLineStart = true;
  const flush = (end: number) => {
    if (tokens.length) out.push({ tokens, offset: stmtStart, end });
    tokens = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n" || c === ";") {
      flush(i);
      i++;
      atLineStart = c === "\n";
      stmtStart = i;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      if (close < 0) asmError(file, i, "unterminated comment", 2);
      i = close + 2;
      continue;
    }
    const lineStartOnly = atLineStart && tokens.length === 0 && style.lineStartComment && text.startsWith(style.lineStartComment, i);
    if (text.startsWith(style.lineComment, i) || lineStartOnly) {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (tokens.length === 0) stmtStart = i;
    const tok = lexToken(file, i);
    tokens.push(tok);
    i = tok.end;
  }
  flush(text.length);
  return out;
}

function lexToken(file: SourceFile, start: number): Token {
  const text = file.text;
  const c = text[start]!;
  if (c === '"') return lexString(file, start);
  if (c === "'") {
    // GNU character constant: 'c (a closing quote is optional), with C escapes.
    const [value, next] = readEscape(file, start + 1);
    const end = text[next] === "'" ? next + 1 : next;
    return { kind: "number", text: text.slice(start, end), offset: start, end, value: BigInt(value) };
  }
  if (/[0-9]/.test(c)) return lexNumber(file, start);
  if (isNameStart(c)) {
    let end = start + 1;
    while (end < text.length && isNameChar(text[end]!)) end++;
    return { kind: "name", text: text.slice(start, end), offset: start, end };
  }
  const two = text.slice(start, start + 2);
  if (TWO_CHAR_OPS.has(two)) return { kind: "punct", text: two, offset: start, end: start + 2 };
  if (/[-+*/%&|^~!<>=()[\]{},:$@#]/.test(c)) return { kind: "punct", text: c, offset: start, end: start + 1 };
  return asmError(file, start, `unexpected character '${c}'`);
}

function lexNumber(file: SourceFile, start: number): Token {
  const text = file.text;
  let end = start;
  while (end < text.length && /[0-9A-Za-z_]/.test(text[end]!)) end++;
  const word = text.slice(start, end);
  const tok = (value: bigint): Token => ({ kind: "number", text: word, offset: start, end, value });
  if (/^[0-9]+[bf]$/.test(word) && !/^0b[01]+$/.test(word)) return { kind: "numlabel", text: word, offset: start, end };
  if (/^0[xX][0-9a-fA-F]+$/.test(word)) return tok(BigInt(word));
  if (/^0[bB][01]+$/.test(word)) return tok(BigInt("0b" + word.slice(2)));
  if (/^0[0-7]*$/.test(word)) return tok(word.length > 1 ? BigInt("0o" + word.slice(1)) : 0n);
  if (/^[1-9][0-9]*$/.test(word)) return tok(BigInt(word));
  return asmError(file, start, `invalid number '${word}'`, word.length);
}

function lexString(file: SourceFile, start: number): Token {
  const text = file.text;
  const bytes: number[] = [];
  let i = start + 1;
  for (;;) {
    if (i >= text.length || text[i] === "\n") asmError(file, start, "missing closing '\"'");
    if (text[i] === '"') break;
    const [value, next] = readEscape(file, i);
    if (value < 0) bytes.push(...utf8(text.codePointAt(i)!));
    else bytes.push(value & 0xff);
    i = next;
  }
  return { kind: "string", text: text.slice(start, i + 1), offset: start, end: i + 1, bytes };
}

const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, e: 27, "\\": 92, '"': 34, "'": 39 };

/** Reads one possibly escaped character at `i`: [byte value, next offset]; -1 = a plain non-ASCII char. */
function readEscape(file: SourceFile, i: number): [number, number] {
  const text = file.text;
  const c = text[i];
  if (c === undefined) asmError(file, i, "unexpected end of file");
  if (c !== "\\") {
    const cp = text.codePointAt(i)!;
    return cp < 0x80 ? [cp, i + 1] : [-1, i + (cp > 0xffff ? 2 : 1)];
  }
  const e = text[i + 1] ?? "";
  if (e in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[e]!, i + 2];
  if (/[0-7]/.test(e)) {
    let j = i + 1;
    let v = 0;
    while (j < i + 4 && /[0-7]/.test(text[j] ?? "")) v = v * 8 + Number(text[j++]);
    return [v, j];
  }
  if (e === "x") {
    let j = i + 2;
    let v = 0;
    while (/[0-9a-fA-F]/.test(text[j] ?? "")) v = (v * 16 + parseInt(text[j++]!, 16)) & 0xff;
    return [v, j];
  }
  return asmError(file, i, `unknown escape '\\${e}' in string`, 2);
}

function utf8(cp: number): number[] {
  return [...new TextEncoder().encode(String.fromCodePoint(cp))];
}

/** A read position in a token list: what operand and directive parsers walk. */
export class TokenCursor {
  pos = 0;
  constructor(
    readonly file: SourceFile,
    readonly tokens: Token[],
    /** Offset used for "missing operand" messages when the list runs out. */
    readonly endOffset: number,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }
  peek(k = 0): Token | undefined {
    return this.tokens[this.pos + k];
  }
  /** Offset of the next token, or of the end of the list. */
  here(): number {
    return this.peek()?.offset ?? this.endOffset;
  }
  next(): Token {
    const t = this.tokens[this.pos];
    if (!t) asmError(this.file, this.endOffset, "missing operand");
    this.pos++;
    return t;
  }
  isPunct(p: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.kind === "punct" && t.text === p;
  }
  eatPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }
  expectPunct(p: string): Token {
    if (!this.isPunct(p)) this.fail(`expected '${p}'`);
    return this.next();
  }
  expectName(what: string): Token {
    const t = this.peek();
    if (t?.kind !== "name") this.fail(`expected ${what}`);
    return this.next();
  }
  /** Errors unless every token was used ("junk at end of line" in GNU as). */
  expectEnd(): void {
    const t = this.peek();
    if (t) asmError(this.file, t.offset, `junk '${this.file.text.slice(t.offset, this.tokens.at(-1)!.end)}' at end of operand`, t.end - t.offset);
  }
  fail(message: string): never {
    const t = this.peek();
    return asmError(this.file, this.here(), message, t ? t.end - t.offset : 1);
  }
}

/** Splits tokens at commas outside () [] {} (operands of an instruction or directive). */
export function splitOperands(file: SourceFile, tokens: Token[], endOffset: number): TokenCursor[] {
  if (tokens.length === 0) return [];
  const out: TokenCursor[] = [];
  let depth = 0;
  let cur: Token[] = [];
  for (const t of tokens) {
    if (t.kind === "punct") {
      if ("([{".includes(t.text)) depth++;
      else if (")]}".includes(t.text)) depth--;
      else if (t.text === "," && depth === 0) {
        out.push(new TokenCursor(file, cur, t.offset));
        cur = [];
        continue;
      }
    }
    cur.push(t);
  }
  out.push(new TokenCursor(file, cur, endOffset));
  return out;
}
