// The macro expander: turns a stream of pp-tokens into its full expansion (C11 6.10.3).
//
// It reads items from a TokenSource (a file being preprocessed, or a macro argument being
// pre-expanded in isolation, 6.10.3.1), and keeps the not-yet-rescanned part of expansions
// in `pending`, a stack: an expansion is pushed back in front of the input and read again,
// which is exactly "rescanned together with the rest of the source file" (6.10.3.4p1).
// Padding markers (items.ts) are emitted around every expansion like libcpp does, so the
// `-E` printer can space the output as gcc does.

import { GlassError, error } from "@glass/diagnostics";
import { type Item, type Tok, NO_SPACE, Padding, isToken, padding } from "./items.js";
import { HideSet } from "./hideset.js";
import { type Macro, substitute } from "./macro.js";

export interface TokenSource {
  /** The next item, or null at the end. `inArgs`: reading a macro's arguments or its `(`. */
  read(inArgs: boolean): Item | null;
}

/** Replaces an operator like `defined X` inside #if before expansion (6.10.1p4). */
export type Intercept = (name: Tok, read: () => Item | null) => Tok | undefined;

/** A source over a fixed list (an argument being pre-expanded, a directive's tokens). */
export class ListSource implements TokenSource {
  private i = 0;

  constructor(private items: readonly Item[]) {}

  /** Starts over on another list. */
  reset(items: readonly Item[]): void {
    this.items = items;
    this.i = 0;
  }

  read(): Item | null {
    return this.items[this.i++] ?? null;
  }
}

/** Where an expander looks macros up: the macro table, or a view of it that notes each lookup (line-memo.ts). */
export interface MacroLookup {
  get(name: string): Macro | undefined;
  has(name: string): boolean;
}

export class Expander {
  private readonly pending: Item[] = [];

  constructor(
    private readonly macros: MacroLookup,
    private readonly source: TokenSource,
    private readonly intercept?: Intercept,
  ) {}

  /** Pushes items back so they are read next, in order. */
  unread(items: Item[]): void {
    for (let i = items.length - 1; i >= 0; i--) this.pending.push(items[i]!);
  }

  /** Pushes back an expansion of the macro named by `use`, between its padding markers (without building a joined list). */
  private unreadExpansion(use: Tok, items: Item[]): void {
    this.pending.push(NO_SPACE);
    for (let i = items.length - 1; i >= 0; i--) this.pending.push(items[i]!);
    this.pending.push(padding(use));
  }

  /** `read(true)`, made once (an intercepted operator reads its operand with it). */
  private readonly readInArgs = (): Item | null => this.read(true);

  private read(inArgs: boolean): Item | null {
    return this.pending.pop() ?? this.source.read(inArgs);
  }

  /** Everything, fully expanded. */
  all(): Item[] {
    const out: Item[] = [];
    for (let item = this.next(); item; item = this.next()) out.push(item);
    return out;
  }

  /** The next fully expanded item, or null at the end of the source. */
  next(): Item | null {
    for (;;) {
      const item = this.read(false);
      if (!item || !isToken(item) || item.kind !== "identifier") return item;
      if (this.intercept) {
        const replaced = this.intercept(item, this.readInArgs);
        if (replaced) return replaced;
      }
      const macro = this.macros.get(item.text);
      if (!macro || item.hide?.has(item.text)) return item;
      if (macro.dynamic) {
        this.unreadExpansion(item, [{ ...macro.dynamic(item), hasSpace: false }]);
        continue;
      }
      if (!macro.params) {
        const hide = (item.hide ?? HideSet.EMPTY).with(item.text);
        this.unreadExpansion(item, this.substitute(macro, item, [], hide));
        continue;
      }
      const call = this.collectArgs(item, macro);
      if (!call) return item;
      const hide = (item.hide ?? HideSet.EMPTY).intersect(call.close.hide ?? HideSet.EMPTY).with(item.text);
      this.unreadExpansion(item, this.substitute(macro, item, call.args, hide));
    }
  }

  private substitute(macro: Macro, use: Tok, args: Item[][], hide: HideSet): Item[] {
    const expand = (arg: Item[]): Item[] => (this.inert(arg) ? arg : new Expander(this.macros, new ListSource(arg), this.intercept).all());
    return substitute({ macro, use, args, hide, expand });
  }

  /** No name in `items` is a macro (nor an operator `intercept` replaces): expanding them changes nothing. */
  private inert(items: Item[]): boolean {
    for (const item of items) if (isToken(item) && item.kind === "identifier" && (this.intercept || this.macros.has(item.text))) return false;
    return true;
  }

  /** Reads `( args )` after a function-like macro name; null (nothing consumed) if no `(`. */
  private collectArgs(name: Tok, macro: Macro): { args: Item[][]; close: Tok } | null {
    const skipped: Item[] = [];
    let open = this.read(true);
    while (open && !isToken(open)) {
      skipped.push(open);
      open = this.read(true);
    }
    if (!open || open.text !== "(") {
      this.unread(open ? [...skipped, open] : skipped);
      return null;
    }
    const params = macro.params!;
    const args: Item[][] = [[]];
    let depth = 0;
    let close: Tok | undefined;
    while (!close) {
      const item = this.read(true);
      if (!item) throw new GlassError([error(`unterminated argument list invoking macro "${name.text}"`, name.loc)]);
      const arg = args[args.length - 1]!;
      if (!isToken(item)) {
        if (item instanceof Padding && arg.length > 0) arg.push(item);
        continue;
      }
      if (item.text === "(") depth++;
      else if (item.text === ")" && depth-- === 0) {
        close = item;
        continue;
      } else if (item.text === "," && depth === 0 && !(macro.variadic && args.length === params.length)) {
        args.push([]);
        continue;
      }
      // A `//` comment kept by -C cannot stay one in an argument: gcc rewrites it as `/*…*/`.
      arg.push(item.comment && item.text.startsWith("//") ? { ...item, text: `/*${item.text.slice(2)}*/` } : item);
    }
    for (const arg of args) while (arg.length > 0 && !isToken(arg[arg.length - 1]!)) arg.pop();
    const given = params.length === 0 && args.length === 1 && args[0]!.length === 0 ? 0 : args.length;
    if (given < params.length && macro.variadic && given === params.length - 1) args.push([]);
    else if (given < params.length)
      this.argError(`macro "${name.text}" requires ${params.length} arguments, but only ${given} given`, close, macro);
    else if (given > params.length)
      this.argError(`macro "${name.text}" passed ${given} arguments, but takes just ${params.length}`, close, macro);
    return { args: params.length === 0 ? [] : args, close };
  }

  private argError(message: string, at: Tok, macro: Macro): never {
    const d = error(message, at.loc);
    if (macro.loc) d.notes = [{ severity: "note", message: `macro "${macro.name}" defined here`, loc: macro.loc }];
    throw new GlassError([d]);
  }
}
