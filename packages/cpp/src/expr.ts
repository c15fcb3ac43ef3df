// `#if` expressions (C11 6.10.1): integer constant expressions over intmax_t / uintmax_t.
//
// By the time we get here the line is macro-expanded and `defined`/`__has_include` are
// already 0 or 1; every identifier left is 0 (6.10.1p4). Values are 64-bit, signed unless a
// `u` suffix or the usual arithmetic conversions make them unsigned, held as bigint and
// wrapped with BigInt.asIntN/asUintN. Operands that are not evaluated (the right side of
// `0 && x`, the untaken arm of `?:`) may divide by zero without error, as in C.

import { GlassError, error } from "@glass/diagnostics";
import type { Tok } from "./items.js";

interface Value {
  v: bigint;
  unsigned: boolean;
}

const wrap = (v: bigint, unsigned: boolean): Value => ({ v: unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), unsigned });

const BINARY: Record<string, number> = {
  "*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "<": 7, ">": 7, "<=": 7, ">=": 7,
  "==": 6, "!=": 6, "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1,
};

/** Evaluates a #if line; `at` is the directive, for messages about an empty line. */
export function evaluate(toks: Tok[], at: Tok, charUnsigned: boolean): boolean {
  if (toks.length === 0) fail("#if with no expression", at);
  const e = new Evaluator(toks, at, charUnsigned);
  const result = e.conditional(true);
  if (e.pos < toks.length) e.fail(toks[e.pos]!.text === ")" ? "missing '(' in expression" : `missing binary operator before token "${toks[e.pos]!.text}"`);
  return result.v !== 0n;
}

const fail = (message: string, tok: Tok): never => {
  throw new GlassError([error(message, tok.loc)]);
};

/** A recursive-descent reading of one line's tokens, from `pos` on. */
class Evaluator {
  pos = 0;

  constructor(
    private readonly toks: Tok[],
    private readonly at: Tok,
    private readonly charUnsigned: boolean,
  ) {}

  /** An error at `tok` (by default the token being read, else the line's last). */
  fail(message: string, tok: Tok | undefined = this.toks[this.pos]): never {
    return fail(message, tok ?? this.toks[this.toks.length - 1] ?? this.at);
  }

  private primary(live: boolean): Value {
    const toks = this.toks;
    const t = toks[this.pos++] ?? this.fail("#if with no expression", toks[toks.length - 1] ?? this.at);
    if (t.text === "(") {
      const v = this.conditional(live);
      if (toks[this.pos]?.text !== ")") this.fail("missing ')' in expression");
      this.pos++;
      return v;
    }
    if (t.text === "+" || t.text === "-" || t.text === "~" || t.text === "!") {
      const x = this.primary(live);
      if (t.text === "+") return x;
      if (t.text === "-") return wrap(-x.v, x.unsigned);
      if (t.text === "~") return wrap(~x.v, x.unsigned);
      return { v: x.v === 0n ? 1n : 0n, unsigned: false };
    }
    if (t.kind === "number") return number(t);
    if (t.kind === "character") return character(t, this.charUnsigned);
    if (t.kind === "identifier") return { v: 0n, unsigned: false };
    return this.fail(`token "${t.text}" is not valid in preprocessor expressions`, t);
  }

  private binary(minPrec: number, live: boolean): Value {
    const toks = this.toks;
    let lhs = this.primary(live);
    for (;;) {
      const op = toks[this.pos]?.text ?? "";
      const prec = BINARY[op];
      if (prec === undefined || prec < minPrec) {
        const next = toks[this.pos];
        if (next && prec === undefined && op !== ")" && op !== ":" && op !== "?" && op !== ",")
          this.fail(`missing binary operator before token "${next.text}"`, next);
        return lhs;
      }
      const opTok = toks[this.pos++]!;
      if (op === "&&" || op === "||") {
        const decided = op === "&&" ? lhs.v === 0n : lhs.v !== 0n;
        const rhs = this.binary(prec + 1, live && !decided);
        lhs = { v: (op === "&&" ? lhs.v !== 0n && rhs.v !== 0n : lhs.v !== 0n || rhs.v !== 0n) ? 1n : 0n, unsigned: false };
        continue;
      }
      const rhs = this.binary(prec + 1, live);
      lhs = apply(op, lhs, rhs, live, opTok);
    }
  }

  conditional(live: boolean): Value {
    const toks = this.toks;
    const cond = this.binary(1, live);
    if (toks[this.pos]?.text === "?") {
      this.pos++;
      const a = this.conditional(live && cond.v !== 0n);
      if (toks[this.pos]?.text !== ":") this.fail("'?' without following ':'");
      this.pos++;
      const b = this.conditional(live && cond.v === 0n);
      const unsigned = a.unsigned || b.unsigned;
      return wrap(cond.v !== 0n ? a.v : b.v, unsigned);
    }
    if (toks[this.pos]?.text === ",") {
      this.pos++;
      return this.conditional(live);
    }
    return cond;
  }
}

function apply(op: string, a: Value, b: Value, live: boolean, at: Tok): Value {
  const unsigned = a.unsigned || b.unsigned;
  const x = unsigned ? BigInt.asUintN(64, a.v) : a.v;
  const y = unsigned ? BigInt.asUintN(64, b.v) : b.v;
  const bool = (c: boolean): Value => ({ v: c ? 1n : 0n, unsigned: false });
  switch (op) {
    case "*": return wrap(x * y, unsigned);
    case "/":
    case "%":
      if (y === 0n) return live ? fail("division by zero in #if", at) : { v: 0n, unsigned };
      return wrap(op === "/" ? x / y : x % y, unsigned);
    case "+": return wrap(x + y, unsigned);
    case "-": return wrap(x - y, unsigned);
    case "<<": return b.v < 0n ? shift(a, -b.v, false) : shift(a, b.v, true);
    case ">>": return b.v < 0n ? shift(a, -b.v, true) : shift(a, b.v, false);
    case "<": return bool(x < y);
    case ">": return bool(x > y);
    case "<=": return bool(x <= y);
    case ">=": return bool(x >= y);
    case "==": return bool(x === y);
    case "!=": return bool(x !== y);
    case "&": return wrap(x & y, unsigned);
    case "^": return wrap(x ^ y, unsigned);
    default: return wrap(x | y, unsigned);
  }
}

function shift(a: Value, n: bigint, left: boolean): Value {
  if (n >= 64n) return { v: left || a.unsigned || a.v >= 0n ? 0n : -1n, unsigned: a.unsigned };
  return wrap(left ? a.v << n : a.v >> n, a.unsigned);
}

/**
 * The values of the integer constants read so far, by spelling (Values are never modified).
 * For speed: headers test the same few numbers over and over, and reading one makes bigints.
 */
let numbers = new Map<string, Value>();

/** An integer constant (6.4.4.1); the `u` suffix or a value above INTMAX_MAX makes it unsigned. */
function number(t: Tok): Value {
  let value = numbers.get(t.text);
  if (!value) {
    value = readNumber(t);
    if (numbers.size >= 1 << 16) numbers = new Map();
    numbers.set(t.text, value);
  }
  return value;
}

function readNumber(t: Tok): Value {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)?$/.exec(t.text);
  if (!m) {
    if (/^[0-9.]/.test(t.text) && /[.eEpP]/.test(t.text) && !/^0[xX][0-9a-fA-F]+$/.test(t.text))
      return fail("floating constant in preprocessor expression", t);
    return fail(`invalid integer constant "${t.text}" in #if`, t);
  }
  const digits = m[1]!;
  const v = /^0[bB]/.test(digits) ? BigInt(digits.toLowerCase()) : digits.length > 1 && digits[0] === "0" && !/^0[xX]/.test(digits) ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  if (v >= 1n << 64n) return fail("integer constant is too large for its type", t);
  const unsigned = /[uU]/.test(m[2] ?? "") || v > (1n << 63n) - 1n;
  return { v, unsigned };
}

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, "\\": 92, "'": 39, '"': 34, "?": 63 };

/** A character constant's value as an int (plain char's signedness is the target's). */
function character(t: Tok, charUnsigned: boolean): Value {
  const prefix = /^(L|u|U)?/.exec(t.text)![0];
  const body = t.text.slice(prefix.length + 1, -1);
  const chars: number[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] !== "\\") {
      const cp = body.codePointAt(i)!;
      if (prefix === "" && cp > 0x7f) for (const byte of new TextEncoder().encode(String.fromCodePoint(cp))) chars.push(byte);
      else chars.push(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1]!;
    if (e === "x") {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i + 2))![0];
      chars.push(parseInt(m, 16));
      i += 2 + m.length;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      chars.push(parseInt(m, 8));
      i += 1 + m.length;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      chars.push(parseInt(body.slice(i + 2, i + 2 + n), 16));
      i += 2 + n;
    } else {
      chars.push(ESCAPES[e] ?? e.charCodeAt(0));
      i += 2;
    }
  }
  if (prefix === "") {
    // Multi-character constants: gcc shifts in each char, 8 bits at a time, into an int.
    let v = 0n;
    for (const c of chars) v = (v << 8n) | BigInt(c & 0xff);
    const value = chars.length === 1 ? (charUnsigned ? v : BigInt.asIntN(8, v)) : BigInt.asIntN(32, v);
    return { v: value, unsigned: false };
  }
  const last = BigInt(chars[chars.length - 1] ?? 0);
  if (prefix === "L") return { v: BigInt.asIntN(32, last), unsigned: false };
  return { v: BigInt.asUintN(prefix === "u" ? 16 : 32, last), unsigned: false };
}
