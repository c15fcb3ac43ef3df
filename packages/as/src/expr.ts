// Expressions in GNU as syntax, and their parser.
//
// Precedence is GNU as's, not C's (as manual §"Infix Operators"), tightest first:
//   * / % << >>          (also `<` `>` for shifts are NOT accepted here; use << >>)
//   | & ^ !              (`a ! b` is "or not")
//   + - == != <> < <= > >=
//   && ||
// so `.byte 8 - 2 | 1` is 8 - (2 | 1) = 5. Operators at one level associate to the left.
// Comparisons give -1 for true and 0 for false, as GNU as does.
//
//   expr    = and_or ;
//   and_or  = add { ("&&" | "||") add } ;
//   add     = bitwise { ("+" | "-" | cmp-op) bitwise } ;
//   bitwise = mul { ("|" | "&" | "^" | "!") mul } ;
//   mul     = unary { ("*" | "/" | "%" | "<<" | ">>") unary } ;
//   unary   = ("-" | "+" | "~" | "!") unary | primary ;
//   primary = number | name | numeric-label-ref | "." | "(" expr ")" ;
//
// `.` and `1b`/`1f` are turned into symbol names by the caller's hooks while parsing, so an
// Expr is plain data: numbers, symbol names and operators.

import type { TokenCursor } from "./lex.js";

export type Expr =
  | { kind: "number"; value: bigint; offset: number }
  | { kind: "symbol"; name: string; offset: number; length: number }
  | { kind: "unary"; op: string; arg: Expr; offset: number }
  | { kind: "binary"; op: string; left: Expr; right: Expr; offset: number };

export interface ExprHooks {
  /** Name of a symbol standing for the current location (`.`). */
  dot(): string;
  /** Name of the symbol `1b` / `1f` refers to; errors if there is none. */
  numericLabel(text: string, offset: number): string;
  /** An expression names a symbol (its place in the symbol table's order). */
  mention(name: string): void;
}

const LEVELS: string[][] = [
  ["&&", "||"],
  ["+", "-", "==", "!=", "<>", "<", "<=", ">", ">="],
  ["|", "&", "^", "!"],
  ["*", "/", "%", "<<", ">>"],
];

export function parseExpr(cur: TokenCursor, hooks: ExprHooks): Expr {
  return parseLevel(cur, hooks, 0);
}

function parseLevel(cur: TokenCursor, hooks: ExprHooks, level: number): Expr {
  if (level === LEVELS.length) return parseUnary(cur, hooks);
  let left = parseLevel(cur, hooks, level + 1);
  for (;;) {
    const t = cur.peek();
    if (t?.kind !== "punct" || !LEVELS[level]!.includes(t.text)) return left;
    cur.next();
    const right = parseLevel(cur, hooks, level + 1);
    left = { kind: "binary", op: t.text, left, right, offset: t.offset };
  }
}

function parseUnary(cur: TokenCursor, hooks: ExprHooks): Expr {
  const t = cur.peek();
  if (t?.kind === "punct" && ["-", "+", "~", "!"].includes(t.text)) {
    cur.next();
    return { kind: "unary", op: t.text, arg: parseUnary(cur, hooks), offset: t.offset };
  }
  return parsePrimary(cur, hooks);
}

function parsePrimary(cur: TokenCursor, hooks: ExprHooks): Expr {
  const t = cur.peek();
  if (!t) return cur.fail("expected an expression");
  if (t.kind === "number") {
    cur.next();
    return { kind: "number", value: t.value!, offset: t.offset };
  }
  if (t.kind === "name") {
    cur.next();
    const name = t.text === "." ? hooks.dot() : t.text;
    if (name === t.text) hooks.mention(name);
    return { kind: "symbol", name, offset: t.offset, length: t.end - t.offset };
  }
  if (t.kind === "numlabel") {
    cur.next();
    return { kind: "symbol", name: hooks.numericLabel(t.text, t.offset), offset: t.offset, length: t.end - t.offset };
  }
  if (t.kind === "punct" && t.text === "(") {
    cur.next();
    const e = parseExpr(cur, hooks);
    cur.expectPunct(")");
    return e;
  }
  return cur.fail(`expected an expression, found '${t.text}'`);
}

/** Applies a binary operator to two constants (GNU as semantics, 64-bit wrap-around). */
export function foldBinary(op: string, a: bigint, b: bigint): bigint | "division by zero" {
  const wrap = (v: bigint) => BigInt.asIntN(64, v);
  const bool = (v: boolean) => (v ? -1n : 0n);
  switch (op) {
    case "*": return wrap(a * b);
    case "/": return b === 0n ? "division by zero" : wrap(a / b);
    case "%": return b === 0n ? "division by zero" : wrap(a % b);
    case "<<": return wrap(a << (b & 63n));
    case ">>": return wrap(a >> (b & 63n));
    case "|": return a | b;
    case "&": return a & b;
    case "^": return a ^ b;
    case "!": return wrap(a | ~b);
    case "+": return wrap(a + b);
    case "-": return wrap(a - b);
    case "==": return bool(a === b);
    case "!=": case "<>": return bool(a !== b);
    case "<": return bool(a < b);
    case "<=": return bool(a <= b);
    case ">": return bool(a > b);
    case ">=": return bool(a >= b);
    case "&&": return a !== 0n && b !== 0n ? 1n : 0n;
    default: return a !== 0n || b !== 0n ? 1n : 0n; // "||"
  }
}
