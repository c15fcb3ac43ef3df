// Character constants and string literals (C11 6.4.4.4, 6.4.5): escape sequences decoded
// into code points and raw code-unit values, then encoded for the literal's prefix.
//
//   ""  u8""  → UTF-8 bytes (char)          u""  → UTF-16 units (char16_t, unsigned short)
//   L""       → UTF-32 units (wchar_t)      U""  → UTF-32 units (char32_t, unsigned int)
//
// A character (or `\u`/`\U` universal character name) is a code point and is encoded; an
// octal or hex escape is one code unit as written (`"\xff"` is the byte 0xff, `u"\xff"` the
// unit 0x00ff). Both targets are little-endian, so a wide literal's bytes are its units in
// little-endian order. The prefix of a concatenation is the wide one among its parts (6.4.5p5).

import { error, warning, type Diagnostic, type SourceLocation } from "@glass/diagnostics";

/** A literal's prefix; "" and "u8" both mean UTF-8 `char`s. */
export type Encoding = "" | "u8" | "L" | "u" | "U";

/** One decoded character: a code point to encode, or (`raw`) a code unit from an octal/hex escape. */
export interface LiteralChar {
  value: number;
  raw: boolean;
}

/** Bytes per code unit of each encoding. */
export function unitSize(enc: Encoding): 1 | 2 | 4 {
  return enc === "u" ? 2 : enc === "L" || enc === "U" ? 4 : 1;
}

/** A literal's prefix and the text between its quotes. */
export function splitLiteral(text: string, quote: string): { enc: Encoding; body: string } {
  const start = text.indexOf(quote);
  return { enc: text.slice(0, start) as Encoding, body: text.slice(start + 1, text.length - 1) };
}

const simpleEscapes: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, "\\": 92, "'": 39, '"': 34, "?": 63,
};

/** Decodes the escape sequences of a literal body whose code units are `unit` bytes wide. */
export function decodeLiteral(body: string, unit: 1 | 2 | 4, loc: SourceLocation, diags: Diagnostic[]): LiteralChar[] {
  const out: LiteralChar[] = [];
  const max = unit === 4 ? 0xffffffff : (1 << (unit * 8)) - 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      const code = body.codePointAt(i)!;
      out.push({ value: code, raw: false });
      if (code > 0xffff) i++;
      continue;
    }
    const e = body[++i] ?? "";
    if (e in simpleEscapes) out.push({ value: simpleEscapes[e]!, raw: true });
    else if (/[0-7]/.test(e)) {
      let v = 0;
      let n = 0;
      while (n < 3 && /[0-7]/.test(body[i] ?? "")) v = v * 8 + Number(body[i++]), n++;
      i--;
      if (v > max) diags.push(warning("octal escape sequence out of range", loc));
      out.push({ value: v & max, raw: true });
    } else if (e === "x") {
      let v = 0n;
      let n = 0;
      while (/[0-9a-fA-F]/.test(body[i + 1] ?? "")) v = v * 16n + BigInt(parseInt(body[++i]!, 16)), n++;
      if (n === 0) diags.push(error("\\x used with no following hex digits", loc));
      if (v > BigInt(max)) diags.push(warning("hex escape sequence out of range", loc));
      out.push({ value: Number(v & BigInt(max)), raw: true });
    } else if (e === "u" || e === "U") {
      const digits = e === "u" ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) {
        diags.push(error(`incomplete universal character name \\${e}${hex.replace(/[^0-9a-fA-F].*$/, "")}`, loc));
        continue;
      }
      i += digits;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) diags.push(error(`\\${e}${hex} is not a valid universal character`, loc));
      out.push({ value: cp, raw: false });
    } else {
      diags.push(warning(`unknown escape sequence: '\\${e}'`, loc));
      out.push({ value: e.codePointAt(0) ?? 0, raw: false });
    }
  }
  return out;
}

/** The code units of decoded characters in an encoding. */
export function encodeUnits(chars: LiteralChar[], enc: Encoding): number[] {
  const units: number[] = [];
  const size = unitSize(enc);
  for (const { value, raw } of chars) {
    if (raw || size === 4) units.push(value);
    else if (size === 1) units.push(...utf8(value));
    else if (value > 0xffff) units.push(0xd800 + ((value - 0x10000) >> 10), 0xdc00 + ((value - 0x10000) & 0x3ff));
    else units.push(value);
  }
  return units;
}

/** Code units as little-endian bytes. */
export function unitBytes(units: number[], size: 1 | 2 | 4): number[] {
  const out: number[] = [];
  for (const u of units) for (let k = 0; k < size; k++) out.push((u >>> (8 * k)) & 0xff);
  return out;
}

function utf8(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}
