// Macro definitions and their replacement (C11 6.10.3).
//
// `#define` is parsed once into a Macro whose body marks every parameter use, every `#`
// (stringize, 6.10.3.2) and every `##` (paste, 6.10.3.3). `substitute` then builds one
// expansion: parameters are replaced by their fully macro-expanded argument, except next to
// `#` or `##`, where the argument's raw spelling is used; `##` glues its neighbours into one
// token (an empty argument is a "placemarker" that glues to nothing).
//
// Rescanning (6.10.3.4) uses Prosser's hide sets, as chibicc does: every token of an
// expansion of M gets hide set (HS(name) ∩ HS(")")) ∪ {M} (just HS(name) ∪ {M} for
// object-like macros), and a name whose hide set contains itself is never expanded again.
// That is what stops `#define foo foo` and `#define f(x) x f` from recursing.
//
// GNU extensions kept because real headers use them: named variadic parameters
// (`args...`), `, ## __VA_ARGS__` (the comma disappears when there are no variable
// arguments), and C2x/C++20 `__VA_OPT__(…)`.

import { GlassError, error, SourceFile, type SourceLocation } from "@glass/diagnostics";
import type { HideSet } from "./hideset.js";
import { lex } from "./lexer.js";
import { type Item, type Spaced, type Tok, Padding, isToken, padding } from "./items.js";
import type { PPTokenKind } from "./token.js";

/**
 * A token of a replacement list, annotated with its role. It is kept as long as its macro
 * is defined, so it holds only what an expansion reads (no line-start flag, no hide set).
 */
export interface BodyTok {
  kind: PPTokenKind;
  text: string;
  loc: SourceLocation;
  /** White space came before it in the definition. */
  hasSpace: boolean;
  /** Index of the parameter this identifier names (-1: an empty argument, see `replace`). */
  param: number | undefined;
  /** `#param`: the argument's spelling as a string literal. */
  stringify: boolean;
  /** The `##` operator. */
  paste: boolean;
  /** `__VA_OPT__(…)`: the tokens between the parentheses (with `stringify`: `#__VA_OPT__(…)`). */
  vaOpt: BodyTok[] | undefined;
}

export interface Macro {
  name: string;
  /** Parameter names; absent for an object-like macro. */
  params?: string[];
  /** The last parameter collects the variable arguments (`...` or `name...`). */
  variadic: boolean;
  body: BodyTok[];
  /** Where `#define` named it (absent for dynamic built-ins). */
  loc?: SourceLocation;
  /** Dynamic built-in (__LINE__ …): computes the one-token expansion from the use. */
  dynamic?: (use: Tok) => Tok;
}

const fail = (message: string, tok: { loc: SourceLocation }): never => {
  throw new GlassError([error(message, tok.loc)]);
};

/** Parses the tokens after `#define` (C11 6.10.3p2–p10). */
export function parseDefine(line: Tok[], directive: Tok): Macro {
  const nameTok = line[0] ?? fail("macro names must be identifiers", directive);
  if (nameTok.kind !== "identifier") fail("macro names must be identifiers", nameTok);
  if (nameTok.text === "defined") fail('"defined" cannot be used as a macro name', nameTok);
  let i = 1;
  let params: string[] | undefined;
  let variadic = false;
  if (line[1]?.text === "(" && !line[1].hasSpace) {
    params = [];
    i = 2;
    for (;;) {
      const t = line[i++] ?? fail("missing ')' in macro parameter list", line[i - 2]!);
      if (t.text === ")" && params.length === 0) break;
      if (t.text === "...") {
        params.push("__VA_ARGS__");
        variadic = true;
      } else if (t.kind === "identifier") {
        if (params.includes(t.text)) fail(`duplicate macro parameter "${t.text}"`, t);
        params.push(t.text);
        if (line[i]?.text === "...") {
          variadic = true;
          i++;
        }
      } else fail(`expected parameter name, found "${t.text}"`, t);
      const sep = line[i++] ?? fail("missing ')' in macro parameter list", t);
      if (sep.text === ")") break;
      if (sep.text !== "," || variadic) fail(`expected ',' or ')', found "${sep.text}"`, sep);
    }
  }
  const body = parseBody(line.slice(i), params, variadic);
  if (body[0]) body[0].hasSpace = false;
  return { name: nameTok.text, params, variadic, body, loc: nameTok.loc };
}

/**
 * A replacement-list token: a fresh object of the same shape whatever its role (the expander
 * reads every one of them, and one shape keeps those property loads fast).
 */
function bodyTok(t: Tok, hasSpace: boolean, param?: number, stringify = false, paste = false, vaOpt?: BodyTok[]): BodyTok {
  return { kind: t.kind, text: t.text, loc: t.loc, hasSpace, param, stringify, paste, vaOpt };
}

/** Index of the `)` that closes the `__VA_OPT__(` at `i`. */
function vaOptEnd(toks: Tok[], i: number): number {
  const t = toks[i]!;
  if (toks[i + 1]?.text !== "(") fail("__VA_OPT__ must be followed by an open parenthesis", t);
  let depth = 0;
  for (let j = i + 1; j < toks.length; j++) {
    if (toks[j]!.text === "(") depth++;
    else if (toks[j]!.text === ")" && --depth === 0) return j;
  }
  return fail("unterminated __VA_OPT__", t);
}

/** The annotated replacement list. */
function parseBody(toks: Tok[], params: string[] | undefined, variadic: boolean): BodyTok[] {
  const body: BodyTok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const index = params && t.kind === "identifier" ? params.indexOf(t.text) : -1;
    if (variadic && t.text === "__VA_OPT__") {
      const j = vaOptEnd(toks, i);
      body.push(bodyTok(t, t.hasSpace, undefined, false, false, parseBody(toks.slice(i + 2, j), params, variadic)));
      i = j;
    } else if (index >= 0) body.push(bodyTok(t, t.hasSpace, index));
    else if (params && (t.text === "#" || t.text === "%:")) {
      const next = toks[i + 1];
      if (variadic && next?.text === "__VA_OPT__") {
        // `#__VA_OPT__(…)` (C23 6.10.4.2): the string of what the __VA_OPT__ becomes.
        const j = vaOptEnd(toks, i + 1);
        body.push(bodyTok(next, t.hasSpace, undefined, true, false, parseBody(toks.slice(i + 3, j), params, variadic)));
        i = j;
        continue;
      }
      const p = next && next.kind === "identifier" ? params.indexOf(next.text) : -1;
      if (p < 0) fail("'#' is not followed by a macro parameter", t);
      body.push(bodyTok(next!, t.hasSpace, p, true));
      i++;
    } else if (t.text === "##" || t.text === "%:%:") body.push(bodyTok(t, t.hasSpace, undefined, false, true));
    else body.push(bodyTok(t, t.hasSpace));
  }
  const first = body[0];
  const last = body[body.length - 1];
  if (first?.paste) fail("'##' cannot appear at either end of a macro expansion", first);
  if (last?.paste) fail("'##' cannot appear at either end of a macro expansion", last);
  return body;
}

/** Two definitions are the same (6.10.3p2): same parameters and same body spelling and spacing. */
export function sameDefinition(a: Macro, b: Macro): boolean {
  const spell = (m: Macro): string =>
    JSON.stringify([m.params, m.variadic, m.body.map((t) => [t.text, t.hasSpace, t.stringify, t.param])]);
  return spell(a) === spell(b);
}

/** A token as it appears in an expansion: fresh object, the expansion's hide set added. */
function copy(t: Tok, expandedFrom: SourceLocation, hide: HideSet): Tok {
  return { kind: t.kind, text: t.text, loc: t.loc, hasSpace: t.hasSpace, atLineStart: false, expandedFrom, hide: t.hide ? t.hide.union(hide) : hide };
}

/** A replacement-list token as it appears in an expansion (it has no hide set of its own). */
function copyBody(t: BodyTok, expandedFrom: SourceLocation, hide: HideSet): Tok {
  return { kind: t.kind, text: t.text, loc: t.loc, hasSpace: t.hasSpace, atLineStart: false, expandedFrom, hide };
}

/** `#arg` (6.10.3.2): spelling with one space where white space was, `\` and `"` escaped in literals. */
export function stringize(arg: Item[], at: { loc: SourceLocation }): Tok {
  let text = "";
  let source: Spaced | null | undefined;
  for (const item of arg) {
    if (item instanceof Padding) {
      if (!source || (!source.hasSpace && item.source === null)) source = item.source;
      continue;
    }
    if (!isToken(item)) continue;
    if (text !== "") {
      const s = source ?? item;
      if (s.hasSpace) text += " ";
    }
    source = undefined;
    text += item.kind === "string" || item.kind === "character" ? item.text.replace(/[\\"]/g, "\\$&") : item.text;
  }
  return { kind: "string", text: `"${text}"`, loc: at.loc, hasSpace: false, atLineStart: false };
}

const PLACEMARKER: Tok = { kind: "other", text: "", loc: { file: new SourceFile("<placemarker>", ""), offset: 0 }, hasSpace: false, atLineStart: false };

/** `a ## b` (6.10.3.3): the two spellings must lex as exactly one pp-token. */
function paste(lhs: Tok, rhs: Tok, use: Tok): Tok {
  if (lhs === PLACEMARKER) return rhs === PLACEMARKER ? rhs : { ...rhs, hasSpace: lhs.hasSpace };
  if (rhs === PLACEMARKER) return lhs;
  const text = lhs.text + rhs.text;
  const kind = pastedKind(text);
  if (!kind) return fail(`pasting "${lhs.text}" and "${rhs.text}" does not give a valid preprocessing token`, use);
  return { ...lhs, kind, text };
}

/** What each spelling made by `##` lexed as (null: not exactly one pp-token), as the same pastes recur. */
let pastes = new Map<string, PPTokenKind | null>();

function pastedKind(text: string): PPTokenKind | null {
  let kind = pastes.get(text);
  if (kind === undefined) {
    let toks: Tok[] = [];
    try {
      toks = lex(new SourceFile("<paste>", text));
    } catch {
      toks = [];
    }
    kind = toks.length === 1 && toks[0]!.text === text ? toks[0]!.kind : null;
    if (pastes.size >= 1 << 16) pastes = new Map();
    pastes.set(text, kind);
  }
  return kind;
}

export interface Invocation {
  macro: Macro;
  /** The macro name as used. */
  use: Tok;
  /** Raw arguments (function-like macros). */
  args: Item[][];
  /** Hide set shared by every token of the expansion. */
  hide: HideSet;
  /** Fully macro-expands an argument (6.10.3.1). */
  expand: (arg: Item[]) => Item[];
}

/** Builds one expansion of a macro, with gcc's padding markers, before rescanning. */
export function substitute(inv: Invocation): Item[] {
  const body = inv.macro.body;
  // The usual object-like macro: copies of its body, nothing to replace (for speed).
  if (!inv.macro.params && !body.some(isOperator)) {
    const from = inv.use.expandedFrom ?? inv.use.loc;
    const out: Item[] = new Array<Item>(body.length);
    for (let i = 0; i < body.length; i++) out[i] = copyBody(body[i]!, from, inv.hide);
    return out;
  }
  return replace(body, inv, []);
}

const isOperator = (t: BodyTok): boolean => t.paste || t.vaOpt !== undefined;

/** The fully expanded argument of parameter `index` (-1: an empty one), expanded once per expansion (`expanded`). */
function expandedArg(inv: Invocation, index: number, expanded: Item[][]): Item[] {
  if (index < 0) return [];
  return (expanded[index] ??= inv.expand(inv.args[index] ?? []));
}

/** Replaces parameters, `#` and `##` in `body`; `expanded` caches the expanded arguments. */
function replace(body: BodyTok[], inv: Invocation, expanded: Item[][]): Item[] {
  const { macro, use, args } = inv;
  const from = use.expandedFrom ?? use.loc;
  const hasVarArgs = (): boolean => expandedArg(inv, macro.params!.length - 1, expanded).some(isToken);
  // __VA_OPT__(x) becomes x, or an empty argument when there are no variable arguments.
  const flat: BodyTok[] = body.some((t) => t.vaOpt) ? [] : body;
  if (flat !== body)
    for (const t of body) {
      if (t.vaOpt && t.stringify) flat.push(bodyTok(stringize(hasVarArgs() ? replace(t.vaOpt, inv, expanded) : [], t), t.hasSpace));
      else if (t.vaOpt) {
        // The contents take the place, and the leading white space, of `__VA_OPT__`.
        if (hasVarArgs()) flat.push(...t.vaOpt.map((v, i) => (i === 0 ? { ...v, hasSpace: t.hasSpace } : v)));
        else flat.push({ ...t, vaOpt: undefined, param: -1 });
      } else flat.push(t);
    }
  const hide = inv.hide;
  const out: Item[] = [];
  let placemarkers = false;
  for (let i = 0; i < flat.length; i++) {
    const t = flat[i]!;
    if (t.paste) continue;
    const pasteLeft = flat[i + 1]?.paste === true;
    const pasteRight = i > 0 && flat[i - 1]!.paste === true;
    if (t.param === undefined && !pasteLeft && !pasteRight) {
      out.push(copyBody(t, from, hide));
      continue;
    }
    const arg = t.param === undefined || t.param < 0 ? [] : (args[t.param] ?? []);
    let items: Item[];
    if (t.param === undefined) items = [copyBody(t, from, hide)];
    else if (t.stringify) items = [copy(stringize(arg, t), from, hide)];
    else if (pasteLeft || pasteRight) items = arg.filter(isToken).map((a) => copy(a, from, hide));
    else items = expandedArg(inv, t.param, expanded).map((a) => (isToken(a) ? copy(a, from, hide) : a));
    const isArg = t.param !== undefined;
    if (pasteRight) {
      let lhsIndex = out.length - 1;
      const lhs = out[lhsIndex] as Tok;
      // GNU: `, ## __VA_ARGS__` drops the comma when there are no variable arguments.
      if (lhs.text === "," && t.param === macro.params!.length - 1 && macro.variadic && !t.stringify) {
        if (items.length === 0) out.pop();
        else out.push(...items);
        if (!pasteLeft) out.push(padding(null));
        continue;
      }
      const first = items.shift() ?? PLACEMARKER;
      out[lhsIndex] = paste(lhs, first as Tok, use);
      if (items.length > 0 || !pasteLeft) out.push(padding(null));
      out.push(...items);
    } else {
      if (isArg && i > 0) out.push(padding(t));
      if (items.length === 0 && pasteLeft) {
        out.push(PLACEMARKER);
        placemarkers = true;
      } else out.push(...items);
    }
    if (isArg && !pasteLeft && !pasteRight) out.push(padding(null));
    else if (isArg && pasteRight && !pasteLeft && items.length > 0) out.push(padding(null));
  }
  return placemarkers ? out.filter((item) => item !== PLACEMARKER) : out;
}
