// Translation phases 5–7 (C11 5.1.1.2): each preprocessing token becomes a C token.
// Identifiers that spell keywords become keywords, pp-numbers become integer constants
// (C11 6.4.4.1, with their suffixes checked), character constants and string literals get
// their escape sequences decoded (6.4.4.4, 6.4.5) into byte values. Adjacent string literals
// are concatenated later by the parser (phase 6), which keeps each token's own location.
//
// The resulting objects are chevrotain `IToken`s, so the parser consumes them directly.

import { error, warning, type Diagnostic, type SourceLocation } from "@glass/diagnostics";
import type { PPToken } from "@glass/cpp";
import type { IToken } from "chevrotain";
import {
  CharConstant, FloatingConstant, Identifier, IntegerConstant, StringLiteral, keywords, punctuators,
} from "./tokens.js";

export interface IntValue {
  value: bigint;
  unsignedSuffix: boolean;
  longSuffix: 0 | 1 | 2;
  decimal: boolean;
}

export interface CToken extends IToken {
  loc: SourceLocation;
  /** Integer constants: value and suffixes. */
  int?: IntValue;
  /** Character constants: the value (one byte, 0..255, or a gcc multi-char value). */
  char?: number;
  /** Floating constants: the value (already rounded to float for an `f` suffix) and size. */
  float?: { value: number; size: 4 | 8 };
  /** String literals: the bytes without the terminating NUL. */
  bytes?: number[];
  /** Identifier tokens: the scope generation the Identifier/TypedefName label was decided at. */
  classifiedAt?: number;
}

/** GNU alternate keyword spellings (usable under -std=c11 too), by the keyword they mean. */
const gnuSpellings: Record<string, string> = {
  __inline: "inline", __inline__: "inline", __restrict: "restrict", __restrict__: "restrict",
  __const: "const", __const__: "const", __volatile: "volatile", __volatile__: "volatile",
  __signed: "signed", __signed__: "signed", __alignof: "_Alignof", __alignof__: "_Alignof",
  __typeof: "typeof", __typeof__: "typeof", __asm: "asm", __asm__: "asm", __attribute: "__attribute__",
  __thread: "_Thread_local", __complex__: "_Complex", __auto_type: "__auto_type",
};

const digraphs: Record<string, string> = { "<:": "[", ":>": "]", "<%": "{", "%>": "}", "%:": "#", "%:%:": "##" };

/** Converts pp-tokens to C tokens; problems (stray characters, bad constants) go to `diags`. */
export function toCTokens(pp: PPToken[], diags: Diagnostic[]): CToken[] {
  const out: CToken[] = [];
  for (const t of pp) {
    const loc = t.expandedFrom ?? t.loc;
    const make = (type: IToken["tokenType"], extra: Partial<CToken> = {}): CToken => ({
      image: t.text,
      startOffset: loc.offset,
      endOffset: loc.offset + Math.max(1, loc.length ?? t.text.length) - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
      loc,
      ...extra,
    });
    switch (t.kind) {
      case "identifier": {
        if (t.text === "__extension__") break; // only silences -pedantic warnings in gcc
        const kw = keywords.get(gnuSpellings[t.text] ?? t.text);
        out.push(kw ? make(kw) : make(Identifier, { classifiedAt: -1 }));
        break;
      }
      case "punctuator": {
        const type = punctuators.get(digraphs[t.text] ?? t.text);
        if (type) out.push(make(type));
        else diags.push(error(`stray '${t.text}' in program`, loc));
        break;
      }
      case "number": {
        const int = parseInteger(t.text);
        const float = int ? undefined : parseFloating(t.text);
        if (int) out.push(make(IntegerConstant, { int }));
        else if (float) {
          if (float.size === 16) diags.push(error("'long double' is not supported", loc));
          out.push(make(FloatingConstant, { float: { value: float.value, size: float.size === 4 ? 4 : 8 } }));
        } else {
          diags.push(error(`invalid integer constant '${t.text}'`, loc));
          out.push(make(IntegerConstant, { int: { value: 0n, unsignedSuffix: false, longSuffix: 0, decimal: true } }));
        }
        break;
      }
      case "character": {
        const body = literalBody(t.text, "'");
        if (body === undefined) {
          diags.push(error("wide character constants are not supported yet", loc));
          out.push(make(CharConstant, { char: 0 }));
          break;
        }
        const bytes = decodeEscapes(body, loc, diags);
        if (bytes.length === 0) diags.push(error("empty character constant", loc));
        if (bytes.length > 1) diags.push(warning("multi-character character constant", loc));
        const value = bytes.length === 1 ? bytes[0]! : bytes.reduce((v, b) => ((v << 8) | b) >>> 0, 0) | 0;
        out.push(make(CharConstant, { char: value }));
        break;
      }
      case "string": {
        const body = literalBody(t.text, '"');
        if (body === undefined) {
          diags.push(error("wide string literals are not supported yet", loc));
          out.push(make(StringLiteral, { bytes: [] }));
          break;
        }
        out.push(make(StringLiteral, { bytes: decodeEscapes(body, loc, diags) }));
        break;
      }
      case "other":
        diags.push(error(`stray '${t.text}' in program`, loc));
        break;
    }
  }
  return out;
}

/** The characters between the quotes of a plain or u8 literal; undefined for L/u/U prefixes. */
function literalBody(text: string, quote: string): string | undefined {
  const start = text.indexOf(quote);
  const prefix = text.slice(0, start);
  if (prefix !== "" && prefix !== "u8") return undefined;
  return text.slice(start + 1, text.length - 1);
}

/** An integer constant: decimal, octal or hex digits, then an optional u/l/ll suffix. */
function parseInteger(text: string): IntValue | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text);
  if (!m) return undefined;
  const [, digits, suffix] = m as unknown as [string, string, string];
  const s = suffix.toLowerCase();
  const valid = ["", "u", "l", "ul", "lu", "ll", "ull", "llu"];
  if (!valid.includes(s) || /lL|Ll/.test(suffix)) return undefined;
  const value = /^0[0-7]+$/.test(digits) ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  return {
    value,
    unsignedSuffix: s.includes("u"),
    longSuffix: s.includes("ll") ? 2 : s.includes("l") ? 1 : 0,
    decimal: /^[1-9]/.test(digits) || digits === "0",
  };
}

/** A floating constant (C11 6.4.4.2): decimal with `.`/exponent, or hex with a `p` exponent; f/l suffix. */
function parseFloating(text: string): { value: number; size: 4 | 8 | 16 } | undefined {
  const suffix = /[fFlL]$/.test(text) ? text.slice(-1).toLowerCase() : "";
  const body = suffix ? text.slice(0, -1) : text;
  let value: number;
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(body);
  if (hex) {
    const [, int = "", frac = "", exp] = hex;
    if (int === "" && frac === "") return undefined;
    // Number(bigint) rounds correctly; scaling by a power of two is exact (in two steps, so a
    // tiny exponent does not underflow before the mantissa is applied).
    const e = Number(exp) - 4 * frac.length;
    value = Number(BigInt("0x" + (int + frac || "0"))) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
  } else if (/^(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][+-]?[0-9]+)?$/.test(body)) value = Number(body);
  else return undefined;
  if (suffix === "f") return { value: Math.fround(value), size: 4 };
  return { value, size: suffix === "l" ? 16 : 8 };
}

const simpleEscapes: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, "\\": 92, "'": 39, '"': 34, "?": 63,
};
const encoder = new TextEncoder();

/** Decodes escape sequences (C11 6.4.4.4) into bytes; other characters are UTF-8 encoded. */
function decodeEscapes(body: string, loc: SourceLocation, diags: Diagnostic[]): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      const code = body.codePointAt(i)!;
      if (code < 0x80) bytes.push(code);
      else {
        const ch = String.fromCodePoint(code);
        bytes.push(...encoder.encode(ch));
        i += ch.length - 1;
      }
      continue;
    }
    const e = body[++i] ?? "";
    if (e in simpleEscapes) bytes.push(simpleEscapes[e]!);
    else if (/[0-7]/.test(e)) {
      let v = 0;
      let n = 0;
      while (n < 3 && /[0-7]/.test(body[i] ?? "")) v = v * 8 + Number(body[i++]), n++;
      i--;
      bytes.push(v & 0xff);
    } else if (e === "x") {
      let v = 0;
      let n = 0;
      while (/[0-9a-fA-F]/.test(body[i + 1] ?? "")) v = (v * 16 + parseInt(body[++i]!, 16)) & 0xfff, n++;
      if (n === 0) diags.push(error("\\x used with no following hex digits", loc));
      if (v > 0xff) diags.push(warning("hex escape sequence out of range", loc));
      bytes.push(v & 0xff);
    } else {
      diags.push(warning(`unknown escape sequence: '\\${e}'`, loc));
      bytes.push(e.charCodeAt(0) || 0);
    }
  }
  return bytes;
}

/** `-fdump-tokens`: one C token per line, `line:col kind 'spelling'`. */
export function dumpTokens(tokens: CToken[]): string {
  return tokens
    .map((t) => {
      const { line, col } = t.loc.file.position(t.loc.offset);
      return `${line}:${col}\t${t.tokenType.name}\t${t.image}`;
    })
    .join("\n") + "\n";
}
