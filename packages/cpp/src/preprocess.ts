// The preprocessor proper: translation phase 4 (C11 5.1.1.2, 6.10).
//
// Files are lexed on demand (lexer.ts), or read from token tapes kept from earlier runs when
// the run is given a TapeCache (tape.ts, line-memo.ts), token by token through `read`, the
// TokenSource the macro expander pulls from. `read` is where directives happen: a `#` that starts a
// line is handed to `directive`, lines inside a false #if group are skipped, and the end of
// an included file pops back to its includer. What comes out of the expander goes to the
// `gcc -E` printer (output.ts) and into the token list the compiler consumes.
//
// Before the main file, the predefined macros are read from a "<built-in>" file
// (predefined.ts) and -D/-U from a "<command-line>" file, so every macro has a location.

import { GlassError, SourceFile, error, warning, type Diagnostic } from "@glass/diagnostics";
import type { Machine } from "@glass/elf";
import { dynamicMacros } from "./builtins.js";
import { Expander, ListSource } from "./expand.js";
import { evaluate } from "./expr.js";
import { type IncludeDirs, findInclude, searchChain } from "./include.js";
import { type Item, type Tok, LineChange, isToken } from "./items.js";
import { type LexOptions, Lexer, lex } from "./lexer.js";
import { type Macro, parseDefine, sameDefinition } from "./macro.js";
import { GccPrinter, type LineStart, type Place } from "./output.js";
import { builtinSource } from "./predefined.js";
import { Spellings } from "./spellings.js";
import { parseStandard } from "./standard.js";
import type { PPToken } from "./token.js";
import { Lines } from "./lines.js";
import { type LineMemo, MacroView } from "./line-memo.js";
import { type DirectiveLine, type TapeCache, TapeReader } from "./tape.js";

export interface PreprocessOptions {
  machine: Machine;
  fs: { readFile(path: string): string | undefined };
  includeDirs?: IncludeDirs;
  /** `-D name[=value]` and `-U name`, in command-line order (a later one wins, as in gcc). */
  macros?: { define: boolean; text: string }[];
  /** `-include` files, read before the main file. */
  includes?: string[];
  /** `-C`: keep comments in the output. */
  keepComments?: boolean;
  /** Print `# N "file"` markers (default true; `-P` turns them off). */
  lineMarkers?: boolean;
  /** Clock for __DATE__/__TIME__ (default: now). */
  now?: Date;
  /** `-std=`: c89 c90 c99 c11 c17 (ISO) or gnu89 … gnu17, iso9899:…; default gnu11. */
  std?: string;
  /** `-trigraphs`: replace trigraphs (default: on in the ISO modes only, as in gcc). */
  trigraphs?: boolean;
  /**
   * Which results to make: the `gcc -E` text, the token list a compiler reads, or both (the
   * default). Making only one saves its cost: `-E` keeps no token list alive to its end.
   */
  output?: "text" | "tokens" | "both";
  /** Headers' tapes kept from earlier runs, and where to keep this run's (see tape.ts). */
  tapes?: TapeCache;
}

export interface PreprocessResult {
  /** The tokens in output order (empty when `output` is "text"). */
  tokens: PPToken[];
  /** The `gcc -E` text (empty when `output` is "tokens"). */
  text: string;
  /** Every file read, main file first, in the order they were first opened. */
  deps: string[];
  /** The macro table at the end of the main file (for -dM). */
  macros: Map<string, Macro>;
  /** Warnings (#warning, redefinitions); errors are thrown. */
  warnings: Diagnostic[];
  /** For each dependency, whether it is a system header (for -MM). */
  systemDeps: Set<string>;
}

interface Cond {
  directive: Tok;
  /** Some group of this #if chain was (or is) active. */
  taken: boolean;
  active: boolean;
  sawElse: boolean;
}

interface Frame {
  file: SourceFile;
  /** The file's tokens: cut on demand, or read from a kept tape (tape.ts). */
  reader: Lexer | TapeReader;
  conds: Cond[];
  /** Search-chain index it was found at (for #include_next), -1 if not found in the chain. */
  index: number;
  system: boolean;
  /** Include-guard detection: the #ifndef macro, and how far we are. */
  guard?: { name: string; cond?: Cond; closed: boolean };
  guardPossible: boolean;
  /** Don't print line markers (the <built-in> and <command-line> files). */
  silent: boolean;
  /** The #include directive that opened it. */
  includedAt?: Tok;
}

/** Under -C, comments inside a directive are white space, as in gcc (only -CC keeps them). */
function dropComments(toks: Tok[]): Tok[] {
  if (!toks.some((t) => t.comment)) return toks;
  const out: Tok[] = [];
  let space = false;
  for (const t of toks) {
    if (t.comment) space = true;
    else {
      out.push(space && !t.hasSpace ? { ...t, hasSpace: true } : t);
      space = false;
    }
  }
  return out;
}

/** The name of a directive, after its `#` (kept comments before it are white space); none on a null directive. */
function directiveName(reader: Lexer | TapeReader): Tok | undefined {
  for (let t = reader.peek(); t && !t.atLineStart; t = reader.peek()) {
    reader.next();
    if (!t.comment) return t;
  }
  return undefined;
}

/** Inside a false group? (A group inside a false one is false too, so the innermost decides.) */
const skipping = (f: Frame): boolean => {
  const c = f.conds[f.conds.length - 1];
  return c !== undefined && !c.active;
};

/** GNU feature tests Glass answers "no" to in #if. */
const HAS_FEATURE = /^__has_(attribute|cpp_attribute|builtin|c_attribute)$/;

/** How many expansions of one line are kept, for as many different sets of definitions (line-memo.ts). */
const memosPerLine = 4;

const CONDITIONALS = new Set(["if", "ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif"]);

const INCLUDES = new Set(["include", "include_next", "import"]);

const spell = (toks: Tok[]): string => toks.map((t, i) => (i > 0 && t.hasSpace ? " " : "") + t.text).join("");

/**
 * The predefined macros of each target and standard, parsed once per process: macros are
 * never modified once parsed, so every run can share them (a run that redefines one only
 * replaces it in its own table).
 */
const predefinedCache = new Map<string, Macro[]>();

class Preprocessor {
  readonly macros = new Map<string, Macro>();
  readonly warnings: Diagnostic[] = [];
  readonly deps: string[] = [];
  private readonly depSet = new Set<string>();
  readonly systemDeps = new Set<string>();
  readonly lines = new Lines();
  private readonly stack: Frame[] = [];
  private readonly cache = new Map<string, SourceFile | null>();
  private readonly once = new Set<string>();
  private readonly guards = new Map<string, string>();
  private readonly pushed = new Map<string, (Macro | undefined)[]>();
  private readonly search;
  private readonly expander: Expander;
  /** The macro table as expanders see it, noting lookups while a line is recorded (line-memo.ts). */
  private readonly view: MacroView;
  /** The text line of a kept tape whose expansion is being recorded. */
  private recording: { reader: TapeReader; start: number; items: Item[]; printer: LineStart | undefined } | null = null;
  /** The expander of `#if` lines, and the source it reads each line from (made once, for speed). */
  private readonly ifArgs = new ListSource([]);
  private readonly ifExpander: Expander;
  private readonly charUnsigned: boolean;
  private readonly lexOptions: LexOptions;
  /** What the lexing options are, as part of a shared tape's key. */
  private readonly tapeKey: string;
  private lineChangePending: Tok | undefined;
  /** Frames below this depth belong to an outer reader; `read` stops at the end of this one. */
  private floor = 0;
  readonly printer: GccPrinter;
  private readonly printPlace: Place = { line: 0, col: 0, file: "", system: false, builtin: false };
  readonly tokens: PPToken[] = [];
  private readonly printing: boolean;
  private readonly keepingTokens: boolean;
  counter = 0;

  constructor(
    readonly main: SourceFile,
    readonly opts: PreprocessOptions,
  ) {
    this.search = searchChain(opts.includeDirs ?? {});
    this.view = new MacroView(this.macros);
    this.expander = new Expander(this.view, this);
    this.ifExpander = new Expander(this.view, this.ifArgs, (t, read) => this.ifOperator(t, read));
    this.printer = new GccPrinter(opts.lineMarkers ?? true, (t) => this.place(t));
    this.printing = opts.output !== "tokens";
    this.keepingTokens = opts.output !== "text";
    for (const m of dynamicMacros(this, opts.now ?? new Date())) this.macros.set(m.name, m);
    const std = parseStandard(opts.std ?? "gnu11");
    this.lexOptions = { lenient: true, keepComments: opts.keepComments, trigraphs: opts.trigraphs ?? std.strict, warnings: this.warnings, spellings: new Spellings() };
    this.tapeKey = `${this.lexOptions.keepComments ? "C" : ""}${this.lexOptions.trigraphs ? "T" : ""}`;
    const key = `${opts.machine} ${opts.std ?? "gnu11"}`;
    const cached = predefinedCache.get(key);
    if (cached) for (const m of cached) this.macros.set(m.name, m);
    else {
      const dynamic = this.macros.size;
      this.runSilent(new SourceFile("<built-in>", builtinSource(opts.machine, std)));
      predefinedCache.set(key, [...this.macros.values()].slice(dynamic));
    }
    this.charUnsigned = this.macros.has("__CHAR_UNSIGNED__");
  }

  get includeLevel(): number {
    return this.stack.filter((f) => !f.silent).length - 1;
  }

  presumed(t: Tok): { line: number; file: string } {
    const loc = t.expandedFrom ?? t.loc;
    return this.lines.presumed(loc.file, loc.offset);
  }

  /** Where the printer puts a token; one Place object, refilled for each token (for speed). */
  private place(t: Tok): Place {
    const at = t.expandedFrom ?? t.loc;
    const spelled = t.loc.file;
    const p = this.printPlace;
    p.line = this.lines.presumedLine(at.file, at.offset);
    p.col = this.lines.column(at.file, at.offset);
    p.file = this.lines.presumedName(at.file, at.offset);
    p.system = this.lines.isSystem(spelled);
    p.builtin = spelled.name === "<built-in>";
    return p;
  }

  /** Reads a file made only of directives (predefined macros, -D/-U). */
  private runSilent(file: SourceFile): void {
    this.push(new Lexer(file), -1, false, true);
    const saved = this.floor;
    this.floor = this.stack.length;
    const item = this.read(false);
    if (item) this.fail("expected a directive", isToken(item) ? item : item instanceof LineChange ? item.lineChange : lex(file)[0]!);
    this.pop();
    this.floor = saved;
  }

  run(): PreprocessResult {
    const o = this.opts;
    const cmd = (o.macros ?? [])
      .map(({ define, text }) => {
        if (!define) return `#undef ${text}\n`;
        const eq = text.indexOf("=");
        return eq < 0 ? `#define ${text} 1\n` : `#define ${text.slice(0, eq)} ${text.slice(eq + 1)}\n`;
      })
      .join("");
    this.runSilent(new SourceFile("<command-line>", cmd));
    const markers = o.lineMarkers ?? true;
    if (markers) this.printer.raw(`# 0 "${this.main.name}"\n# 0 "<built-in>"\n# 0 "<command-line>"\n`);
    this.deps.push(this.main.name);
    this.depSet.add(this.main.name);
    for (const inc of o.includes ?? []) {
      const found = findInclude(inc, false, { path: this.main.name, system: false, index: -1 }, false, this.search, (p) => this.load(p) !== null);
      if (!found) throw new GlassError([error(`${inc}: No such file or directory`)]);
      const file = this.load(found.path)!;
      this.addDep(found.path, found.system);
      this.push(this.open(file), found.index, found.system, false);
      this.printer.marker(1, file.name, " 1", found.system);
      this.drain();
      this.printer.marker(0, "<command-line>", " 2", false);
    }
    this.warnTrigraphs(this.main);
    this.push(this.open(this.main), -1, false, false);
    this.printer.marker(1, this.main.name, "", false);
    this.drain();
    return {
      tokens: this.tokens,
      text: this.printing ? this.printer.text() : "",
      deps: this.deps,
      macros: this.macros,
      warnings: this.warnings,
      systemDeps: this.systemDeps,
    };
  }

  /** Expands and prints the file just pushed (and what it includes) to its end. */
  private drain(): void {
    const saved = this.floor;
    this.floor = this.stack.length;
    for (let item = this.expander.next(); item; item = this.expander.next()) {
      if (item instanceof LineChange && this.lineStart(item)) continue;
      if (isToken(item) && item.text === "_Pragma") {
        this.view.dynamic = true; // a line with _Pragma is not remembered
        this.pragmaOperator(item);
        continue;
      }
      this.recording?.items.push(item);
      this.emit(item);
    }
    this.pop();
    this.floor = saved;
  }

  /** An item of the output: printed, and kept for the compiler. */
  private emit(item: Item): void {
    if (this.printing) this.printer.item(item);
    if (this.keepingTokens && isToken(item)) this.tokens.push(item);
  }

  /**
   * A text line starts (its line change is `start`). On a kept tape, when the line's
   * remembered expansion still holds (line-memo.ts), gives that and moves past the line;
   * otherwise gives the line change and records the line. False when not on a kept tape
   * (the caller gives the line change).
   */
  private lineStart(start: LineChange): boolean {
    const reader = this.stack[this.stack.length - 1]?.reader;
    if (!(reader instanceof TapeReader)) return false;
    // The line's first token was just read: it is the one before the reader.
    const at = reader.i - 1;
    if (reader.tape.tokens[at] !== start.lineChange) return false;
    const memo = this.holding(reader.tape.lines.get(at));
    if (memo) {
      this.lineChangePending = undefined;
      reader.i = memo.end;
      this.replay(memo);
      return true;
    }
    this.emit(start);
    this.recording = { reader, start: at, items: [start], printer: this.printing ? this.printer.lineStart() : undefined };
    this.view.lookups = [];
    this.view.dynamic = false;
    return true;
  }

  /** The memo of a line whose names all still mean what they meant then, if one does. */
  private holding(memos: LineMemo[] | undefined): LineMemo | undefined {
    if (memos) for (const m of memos) if (this.view.same(m)) return m;
    return undefined;
  }

  /** A remembered line's items: printed (as text, when it can be), and kept for the compiler. */
  private replay(memo: LineMemo): void {
    const items = memo.items;
    if (this.printing) {
      this.printer.item(items[0]!);
      const printed = memo.printed;
      if (!(printed && this.sameSystem(printed.system) && this.printer.reprint(printed.text))) for (let k = 1; k < items.length; k++) this.printer.item(items[k]!);
    }
    if (this.keepingTokens) for (const item of items) if (isToken(item)) this.tokens.push(item);
  }

  private sameSystem(files: Map<SourceFile, boolean>): boolean {
    for (const [file, system] of files) if (this.lines.isSystem(file) !== system) return false;
    return true;
  }

  /** The line being recorded has ended (the next line, or its file's end, is next): remember it if it can be. */
  private endLine(inArgs: boolean): void {
    const r = this.recording!;
    const lookups = this.view.lookups!;
    this.recording = null;
    this.view.lookups = null;
    // Arguments still being collected, or another file: the expansion runs past the line.
    if (inArgs || this.view.dynamic || this.stack[this.stack.length - 1]?.reader !== r.reader) return;
    const memo: LineMemo = { items: r.items, end: r.reader.i, lookups };
    const text = r.printer && this.printer.lineText(r.printer);
    if (text) {
      const system = new Map<SourceFile, boolean>();
      for (const item of r.items) if (isToken(item)) system.set(item.loc.file, this.lines.isSystem(item.loc.file));
      memo.printed = { text, system };
    }
    // A few memos a line (one per set of definitions it met, such as each target's): the oldest goes.
    const memos = r.reader.tape.lines.get(r.start) ?? [];
    if (memos.length === memosPerLine) memos.shift();
    memos.push(memo);
    r.reader.tape.lines.set(r.start, memos);
  }

  /** Reads a file once per run (the first read also reports its ignored trigraphs). */
  private load(path: string): SourceFile | null {
    let file = this.cache.get(path);
    if (file === undefined) {
      const text = this.opts.fs.readFile(path);
      file = text === undefined ? null : (this.opts.tapes?.file(path, text) ?? new SourceFile(path, text));
      if (file) this.warnTrigraphs(file);
      this.cache.set(path, file);
    }
    return file;
  }

  /** A reader of a file: its kept tape when the run has a cache of tapes, else a lexer. */
  private open(file: SourceFile): Lexer | TapeReader {
    const tape = this.opts.tapes?.tape(file, this.tapeKey, this.lexOptions);
    return tape ? new TapeReader(tape) : new Lexer(file, this.lexOptions);
  }

  /** Trigraph warnings need the whole file's comments: a separate full lex, only when `??` occurs. */
  private warnTrigraphs(file: SourceFile): void {
    if (this.lexOptions.warnings && !this.lexOptions.trigraphs && file.text.includes("??")) lex(file, this.lexOptions);
  }

  private addDep(path: string, system: boolean): void {
    if (!this.depSet.has(path)) {
      this.depSet.add(path);
      this.deps.push(path);
    }
    if (system) this.systemDeps.add(path);
  }

  private push(reader: Lexer | TapeReader, index: number, system: boolean, silent: boolean, includedAt?: Tok): void {
    const file = reader.file;
    if (system) this.lines.markSystem(file);
    this.stack.push({ file, reader, conds: [], index, system, guardPossible: true, silent, includedAt });
  }

  /** End of a file: check its conditionals, remember its include guard, return to the includer. */
  private pop(): void {
    const f = this.stack.pop()!;
    const open = f.conds[f.conds.length - 1];
    if (open) this.fail(`unterminated #${open.directive.text}`, open.directive);
    if (f.guard?.closed) this.guards.set(f.file.name, f.guard.name);
    const back = this.stack[this.stack.length - 1];
    if (back && !f.silent && f.includedAt) {
      const { line, file } = this.lines.presumed(back.file, f.includedAt.loc.offset);
      this.printer.marker(line + 1, file, " 2", back.system);
    }
  }

  fail(message: string, t: Tok): never {
    throw new GlassError([this.withChain(error(message, t.loc))]);
  }

  /** Adds "in file included from" notes for each includer. */
  private withChain(d: Diagnostic): Diagnostic {
    const notes = this.stack
      .filter((f) => f.includedAt)
      .reverse()
      .map((f) => ({ severity: "note" as const, message: `in file included from here`, loc: f.includedAt!.loc }));
    if (notes.length) d.notes = [...(d.notes ?? []), ...notes];
    return d;
  }

  /** TokenSource for the expander: the next token of the current file, directives done. */
  read(inArgs: boolean): Item | null {
    if (this.lineChangePending && !inArgs) {
      const t = this.lineChangePending;
      this.lineChangePending = undefined;
      return t;
    }
    for (;;) {
      const f = this.stack[this.stack.length - 1];
      if (!f) return null;
      const t = f.reader.peek();
      if (this.recording && (!t || t.atLineStart)) this.endLine(inArgs);
      if (!t) {
        // An included file ends; macro arguments may not run past it (gcc agrees).
        if (inArgs || this.stack.length <= this.floor) return null;
        this.pop();
        continue;
      }
      if (!t.atLineStart) {
        // The rest of a line whose first token was read (a skipped line or a directive is
        // consumed whole, and its first token already ended any include guard).
        f.reader.next();
        if (t.invalid) this.fail(t.invalid, t);
        return t;
      }
      if ((t.text === "#" || t.text === "%:") && t.kind === "punctuator") {
        if (f.reader instanceof TapeReader) {
          const line = f.reader.directive(dropComments);
          if (line.name) this.directive(f, t, line.name, line);
          continue;
        }
        f.reader.next();
        const name = directiveName(f.reader);
        if (!name) continue; // the null directive (6.10.7)
        // In a false group only the conditionals matter: any other directive is dropped
        // without cutting its line into tokens (for speed). An include is still read, as its
        // `<…>` header name may hold what looks like a comment start.
        if (skipping(f) && !CONDITIONALS.has(name.text) && !INCLUDES.has(name.text)) f.reader.skipRest();
        else this.directive(f, t, name, { args: dropComments(f.reader.restOfLine()) });
        continue;
      }
      if (skipping(f)) {
        f.reader.skipLine();
        continue;
      }
      f.reader.next();
      this.noteToken(f);
      if (t.invalid) this.fail(t.invalid, t);
      if (!inArgs && !f.silent) {
        this.lineChangePending = t;
        return new LineChange(t);
      }
      return t;
    }
  }

  /** A token or directive outside the guard's #ifndef…#endif means the file is not guarded. */
  private noteToken(f: Frame): void {
    if (f.guard?.closed) f.guard = undefined;
    if (!f.guard) f.guardPossible = false;
  }

  /** A directive; `line` holds the tokens after its name (and, on a kept tape, its parsed #define). */
  private directive(f: Frame, hash: Tok, name: Tok, line: DirectiveLine): void {
    const args = line.args;
    const skip = skipping(f);
    const conditional = CONDITIONALS.has(name.text);
    if (skip && !conditional) return;
    if (!conditional || name.text === "if" || name.text === "ifdef" || name.text === "ifndef") {
      if (f.guard?.closed) f.guard = undefined;
      if (!f.guard && !(f.guardPossible && (name.text === "ifndef" || name.text === "if"))) f.guardPossible = false;
    }
    switch (name.text) {
      case "define":
        return this.define(line, name);
      case "undef":
        if (args[0]?.kind !== "identifier") this.fail("macro names must be identifiers", args[0] ?? name);
        this.macros.delete(args[0].text);
        return;
      case "include":
      case "include_next":
      case "import":
        return this.include(f, hash, name, args);
      case "if":
      case "ifdef":
      case "ifndef":
        return this.openIf(f, name, args, skip);
      case "elif":
      case "elifdef":
      case "elifndef":
      case "else":
      case "endif":
        return this.continueIf(f, name, args);
      case "line":
        return this.line(f, name, args);
      case "error":
        this.fail(`#error ${spell(args)}`.trimEnd(), hash);
        break;
      case "warning":
        this.warnings.push(this.withChain(warning(`#warning ${spell(args)}`.trimEnd(), hash.loc)));
        return;
      case "pragma":
        return this.pragma(f, hash, args);
      case "ident":
      case "sccs":
        this.printer.directiveLine(hash, `#ident ${spell(args)}`);
        return;
      case "assert":
      case "unassert":
        return;
      default:
        if (name.kind === "number" && !f.silent) return this.line(f, name, [name, ...args]); // GNU `# 33 "file"`
        this.fail(`invalid preprocessing directive #${name.text}`, name);
    }
  }

  /**
   * `#define` (6.10.3). The Macro is kept on the directive's line: a line of a kept tape is
   * parsed the first time it is read, and gives the same Macro on every later reading.
   */
  private define(line: DirectiveLine, directive: Tok): void {
    let m = line.macro;
    if (!m) {
      m = parseDefine(line.args, directive);
      if (m.name.startsWith("__VA_ARGS__")) this.fail("__VA_ARGS__ can not be used as a macro name", line.args[0]!);
      line.macro = m;
    }
    const old = this.macros.get(m.name);
    if (old && old !== m && !old.dynamic && !sameDefinition(old, m)) {
      const d = warning(`"${m.name}" redefined`, m.loc);
      if (old.loc) d.notes = [{ severity: "note", message: "this is the location of the previous definition", loc: old.loc }];
      this.warnings.push(d);
    }
    this.macros.set(m.name, m);
  }

  private macroName(args: Tok[], at: Tok): Tok {
    const t = args[0];
    if (!t) this.fail(`no macro name given in #${at.text} directive`, at);
    if (t.kind !== "identifier") this.fail("macro names must be identifiers", t);
    return t;
  }

  private condition(name: Tok, args: Tok[]): boolean {
    if (name.text.endsWith("ifdef")) return this.macros.has(this.macroName(args, name).text);
    if (name.text.endsWith("ifndef")) return !this.macros.has(this.macroName(args, name).text);
    return this.evaluateIf(name, args);
  }

  private openIf(f: Frame, name: Tok, args: Tok[], skipping: boolean): void {
    const active = !skipping && this.condition(name, args);
    const cond: Cond = { directive: name, taken: active || skipping, active, sawElse: false };
    f.conds.push(cond);
    if (f.guardPossible && !f.guard && f.conds.length === 1) {
      const guardName =
        name.text === "ifndef" ? args[0]?.text
        : name.text === "if" && args[0]?.text === "!" && args[1]?.text === "defined" ? (args[2]?.text === "(" ? args[3]?.text : args[2]?.text)
        : undefined;
      if (guardName) f.guard = { name: guardName, cond, closed: false };
      f.guardPossible = false;
    }
  }

  private continueIf(f: Frame, name: Tok, args: Tok[]): void {
    const cond = f.conds[f.conds.length - 1];
    if (!cond) this.fail(`#${name.text} without #if`, name);
    if (name.text === "endif") {
      f.conds.pop();
      if (f.guard && f.guard.cond === cond) f.guard.closed = true;
      return;
    }
    if (cond.sawElse) this.fail(`#${name.text} after #else`, name);
    if (f.guard && f.guard.cond === cond) {
      f.guard = undefined;
      f.guardPossible = false;
    }
    let outerSkipping = false;
    for (let i = 0; i < f.conds.length - 1; i++) if (!f.conds[i]!.active) outerSkipping = true;
    if (name.text === "else") {
      cond.sawElse = true;
      cond.active = !cond.taken && !outerSkipping;
    } else cond.active = !cond.taken && !outerSkipping && this.condition(name, args);
    cond.taken ||= cond.active;
  }

  /** `#if` (6.10.1): `defined`, `__has_include`, macro expansion, then integer arithmetic. */
  private evaluateIf(at: Tok, args: Tok[]): boolean {
    this.ifArgs.reset(args);
    const toks = this.ifExpander.all().filter(isToken);
    return evaluate(toks, at, this.charUnsigned);
  }

  /** The operators of `#if` that act before macro expansion (6.10.1p4), replaced by 0 or 1. */
  private ifOperator(t: Tok, read: () => Item | null): Tok | undefined {
    if (t.text !== "defined" && !t.text.startsWith("__has_")) return undefined;
    const next = (): Tok => {
      for (let item = read(); item; item = read()) if (isToken(item)) return item;
      return this.fail(`operator "${t.text}" requires an identifier`, t);
    };
    const one = (v: boolean): Tok => ({ ...t, kind: "number", text: v ? "1" : "0" });
    if (t.text === "defined") {
      let n = next();
      const paren = n.text === "(";
      if (paren) n = next();
      if (n.kind !== "identifier") this.fail('operator "defined" requires an identifier', n);
      if (paren && next().text !== ")") this.fail("missing ')' after \"defined\"", n);
      return one(this.macros.has(n.text));
    }
    if (t.text === "__has_include" || t.text === "__has_include_next") {
      if (next().text !== "(") this.fail(`missing '(' after "${t.text}"`, t);
      const parts: Tok[] = [];
      for (let n = next(); n.text !== ")"; n = next()) parts.push(n);
      const header = this.headerName(parts, t);
      const f = this.stack[this.stack.length - 1]!;
      const from = { path: f.file.name, system: f.system, index: f.index };
      return one(!!findInclude(header.name, header.angled, from, t.text.endsWith("next"), this.search, (p) => this.load(p) !== null));
    }
    if (HAS_FEATURE.test(t.text)) {
      for (let depth = 0, n = next(); ; n = next()) {
        if (n.text === "(") depth++;
        else if (n.text === ")" && --depth === 0) break;
      }
      return one(false);
    }
    return undefined;
  }

  /** The file name of `#include` / `__has_include`: "…", <…> or a computed form (6.10.2p4). */
  private headerName(parts: Tok[], at: Tok): { name: string; angled: boolean } {
    const first = parts[0];
    if (first?.headerName) return { name: first.text.slice(1, -1), angled: true };
    if (first?.kind === "string" && first.text.startsWith('"')) return { name: first.text.slice(1, -1), angled: false };
    if (first?.text === "<") {
      const close = parts.findIndex((p) => p.text === ">");
      if (close > 0) return { name: spell(parts.slice(1, close)), angled: true };
    }
    return this.fail(`#${at.text} expects "FILENAME" or <FILENAME>`, first ?? at);
  }

  private include(f: Frame, hash: Tok, name: Tok, args: Tok[]): void {
    let parts = args;
    if (!(args[0]?.headerName || args[0]?.kind === "string")) parts = new Expander(this.view, new ListSource(args)).all().filter(isToken);
    const header = this.headerName(parts, name);
    if (header.name === "") this.fail(`empty filename in #${name.text}`, name);
    const next = name.text === "include_next" && this.stack.length > 1;
    const from = { path: f.file.name, system: f.system, index: f.index };
    const found = findInclude(header.name, header.angled, from, next, this.search, (p) => this.load(p) !== null);
    if (!found) this.fail(`${header.name}: No such file or directory`, parts[0] ?? name);
    if (this.once.has(found.path) || (name.text === "import" && this.depSet.has(found.path))) return;
    const guard = this.guards.get(found.path);
    if (guard && this.macros.has(guard)) return;
    if (this.stack.length > 200) this.fail(`#include nested depth ${this.stack.length} exceeds maximum of 200`, name);
    const file = this.load(found.path)!;
    this.addDep(found.path, found.system);
    const { line, file: at } = this.lines.presumed(f.file, hash.loc.offset);
    if (!f.silent) this.printer.sync(line, at, f.system);
    this.push(this.open(file), found.index, found.system, false, hash);
    this.printer.marker(1, file.name, " 1", found.system);
  }

  /** `#line N "file"` (6.10.4), also the GNU `# N "file" flags` form. */
  private line(f: Frame, name: Tok, args: Tok[]): void {
    const toks = new Expander(this.view, new ListSource(args)).all().filter(isToken);
    const n = toks[0];
    if (!n || n.kind !== "number" || !/^[0-9]+$/.test(n.text)) this.fail(`"${n?.text ?? ""}" after #line is not a positive integer`, n ?? name);
    const fileTok = toks[1];
    if (fileTok && (fileTok.kind !== "string" || !fileTok.text.startsWith('"'))) this.fail(`invalid filename "${fileTok.text}"`, fileTok);
    const next = f.reader.peek();
    const offset = next ? next.loc.offset : f.file.text.length;
    const physical = f.file.position(offset).line;
    const current = this.lines.presumed(f.file, offset);
    const newName = fileTok ? fileTok.text.slice(1, -1).replace(/\\(.)/g, "$1") : current.file;
    this.lines.setLine(f.file, offset, physical, Number(n.text), newName);
    if (!f.silent) this.printer.marker(Number(n.text), newName, "", f.system);
  }

  private pragma(f: Frame, hash: Tok, args: Tok[], operator = false): void {
    const words = args.map((a) => a.text);
    const internal = ["once", "push_macro", "pop_macro"].includes(words[0]!) || (words[0] === "GCC" && ["system_header", "warning", "error"].includes(words[1]!));
    // libcpp runs its own pragmas after a line change to their first word: `gcc -E` prints
    // that line as the spaces up to the word's column and nothing else.
    if (internal && !operator && !f.silent) this.printer.lineChange(args[0]!);
    if (words[0] === "once") {
      if (f.file === this.main) this.warnings.push(warning("#pragma once in main file", args[0]!.loc));
      this.once.add(f.file.name);
      return;
    }
    if (words[0] === "GCC" && words[1] === "system_header") {
      if (this.stack.length > 1) {
        f.system = true;
        this.lines.markSystem(f.file);
        const next = f.reader.peek();
        const { line, file } = this.lines.presumed(f.file, next ? next.loc.offset : f.file.text.length);
        this.printer.marker(line, file, "", true);
      }
      return;
    }
    if (words[0] === "GCC" && (words[1] === "warning" || words[1] === "error")) {
      const message = args[2]?.kind === "string" ? args[2].text.slice(1, -1) : spell(args.slice(2));
      if (words[1] === "error") this.fail(message, hash);
      this.warnings.push(warning(message, hash.loc));
      return;
    }
    if ((words[0] === "push_macro" || words[0] === "pop_macro") && args[2]?.kind === "string") {
      const macroName = args[2].text.slice(1, -1);
      const saved = this.pushed.get(macroName) ?? [];
      this.pushed.set(macroName, saved);
      if (words[0] === "push_macro") saved.push(this.macros.get(macroName));
      else if (saved.length) {
        const m = saved.pop();
        if (m) this.macros.set(macroName, m);
        else this.macros.delete(macroName);
      }
      return;
    }
    if (f.silent) return;
    this.printer.directiveLine(hash, `#pragma ${spell(args)}`);
    // After `_Pragma(…)` the rest of its line follows a line marker, not an indent.
    if (operator) {
      const { line, file } = this.presumed(hash);
      this.printer.sync(line, file, f.system);
    }
  }

  /** `_Pragma("…")` (6.10.9): destringize and treat as a #pragma line. */
  private pragmaOperator(at: Tok): void {
    const toks: Tok[] = [];
    while (toks.length < 3) {
      const item = this.expander.next();
      if (!item) break;
      if (isToken(item)) toks.push(item);
    }
    const [open, str, close] = toks;
    if (open?.text !== "(" || str?.kind !== "string" || close?.text !== ")") this.fail("_Pragma takes a parenthesized string literal", at);
    const text = str.text.replace(/^(u8|u|U|L)?"/, "").slice(0, -1).replace(/\\(["\\])/g, "$1");
    const file = new SourceFile(at.loc.file.name, text);
    const f = this.stack[this.stack.length - 1]!;
    this.pragma(f, at, lex(file).map((t) => ({ ...t, loc: at.loc, expandedFrom: at.expandedFrom })), true);
  }
}

/** Preprocesses `file` (phases 1–4) and prints it the way `gcc -E` does. */
export function preprocess(file: SourceFile, opts: PreprocessOptions): PreprocessResult {
  return new Preprocessor(file, opts).run();
}

