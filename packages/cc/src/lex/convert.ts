// Translation phases 5–7 (C11 5.1.1.2): each preprocessing token becomes a C token.
// Identifiers that spell keywords become keywords, pp-numbers become integer constants
// (C11 6.4.4.1, with their suffixes checked), character constants and string literals get
// their escape sequences decoded (6.4.4.4, 6.4.5, see ./encoding.ts). Adjacent string
// literals are concatenated, and encoded for their common prefix, later by the parser
// (phase 6), which keeps each token's own location.
//
// The resulting objects are chevrotain `IToken`s, so the parser consumes them directly.

import { error, warning, type Diagnostic, type SourceLocation } from "@glass/diagnostics";
import type { PPToken } from "@glass/cpp";
import type { IToken } from "chevrotain";
import { decodeLiteral, encodeUnits, splitLiteral, unitSize, type Encoding, type LiteralChar } from "./encoding.js";
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
  /** Character constants: the value (one byte, 0..255, a gcc multi-char value, or a wide code unit). */
  char?: number;
  /** Character constants and string literals: the prefix (`L`, `u`, `U`, `u8`; "" for none). */
  enc?: Encoding;
  /** String literals: the characters, encoded once the concatenation's prefix is known. */
  chars?: LiteralChar[];
  /** Floating constants: the value (already rounded to float for an `f` suffix) and size. */
  float?: { value: number; size: 4 | 8 };
  /** String literals: their UTF-8 bytes without the terminating NUL (asm labels, attribute arguments). */
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
        const { enc, body } = splitLiteral(t.text, "'");
        const wide = enc === "L" || enc === "u" || enc === "U" ? enc : undefined;
        const units = encodeUnits(decodeLiteral(body, wide ? unitSize(wide) : 1, loc, diags), wide ?? "");
        if (units.length === 0) diags.push(error("empty character constant", loc));
        let value: number;
        if (wide) {
          // gcc keeps the last character of an over-long wide constant
          if (units.length > 1) diags.push(warning("character constant too long for its type", loc));
          value = units[units.length - 1] ?? 0;
        } else {
          if (units.length > 1) diags.push(warning("multi-character character constant", loc, "multichar"));
          value = units.length === 1 ? units[0]! : units.reduce((v, b) => ((v << 8) | b) >>> 0, 0) | 0;
        }
        out.push(make(CharConstant, { char: value, ...(wide ? { enc: wide } : {}) }));
        break;
      }
      case "string": {
        const { enc, body } = splitLiteral(t.text, '"');
        const chars = decodeLiteral(body, unitSize(enc), loc, diags);
        out.push(make(StringLiteral, { enc, chars, bytes: encodeUnits(chars, "").map((b) => b & 0xff) }));
        break;
      }
      case "other":
        diags.push(error(`stray '${t.text}' in program`, loc));
        break;
    }
  }
  return out;
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

/** `-fdump-tokens`: one C token per line, `line:col kind 'spelling'`. */
export function dumpTokens(tokens: CToken[]): string {
  return tokens
    .map((t) => {
      const { line, col } = t.loc.file.position(t.loc.offset);
      return `${line}:${col}\t${t.tokenType.name}\t${t.image}`;
    })
    .join("\n") + "\n";
}
