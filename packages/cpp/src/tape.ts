// Token tapes: each file's pp-tokens, cut once and kept for every later reading.
//
// A header is read by many translation units (and, under the driver's compile server, by
// many requests), and its pp-tokens never change while its text does not: they do not
// depend on macros or on which groups a #if selects (6.10p4: even skipped groups are made of
// pp-tokens). So a Tape holds a file's tokens in an array, cut by the lexer the first time a
// reader goes past the end of what is there (tokens are cut in the order they are needed, so
// a lexical error is reported where an on-demand lexer would reach it). Readers (`TapeReader`)
// are just an index into the tape. A tape also remembers each directive line it has cut, by
// the index of its `#`, with the Macro parsed from a `#define`: a definition is a function of
// the directive's tokens alone, and a parsed Macro is never modified.
//
// A run can keep the tapes of the headers it read for later runs in a TapeCache (the driver's
// compile server does), checked against each file's text on each use, so a changed file is
// cut again. Readers never modify the tokens and definitions they share (the expander copies
// what it changes). Without a cache there are no tapes: files are read straight from their
// lexers, whose tokens die as soon as they are used (keeping every token of every header alive
// to the end of a run costs the garbage collector more than a single run gains).

import { SourceFile } from "@glass/diagnostics";
import { type LexOptions, Lexer } from "./lexer.js";
import type { LineMemo } from "./line-memo.js";
import type { Macro } from "./macro.js";
import { Spellings } from "./spellings.js";
import type { PPToken } from "./token.js";

export class Tape {
  readonly tokens: PPToken[] = [];
  /** The lexer still cutting this file (null once it reached the end). */
  private lexer: Lexer | null;
  /** Text lines' remembered expansions, by the tape index of their first token (line-memo.ts). */
  readonly lines = new Map<number, LineMemo[]>();
  /** Directive lines already cut, by the tape index of their `#`. */
  readonly directives = new Map<number, DirectiveLine & { name: PPToken | undefined; end: number }>();

  constructor(
    readonly file: SourceFile,
    opts: LexOptions,
  ) {
    this.lexer = new Lexer(file, opts);
  }

  /** Token `i`, cutting more of the file when needed; null past its end. */
  at(i: number): PPToken | null {
    const tokens = this.tokens;
    while (i >= tokens.length) {
      const t = this.lexer?.next() ?? null;
      if (!t) {
        this.lexer = null;
        return null;
      }
      tokens.push(t);
    }
    return tokens[i]!;
  }
}

/** A directive's tokens after its name, and for a `#define` the Macro parsed from them once. */
export interface DirectiveLine {
  args: PPToken[];
  macro?: Macro;
}

/** One reading of a tape: the lexer interface the preprocessor walks a file with. */
export class TapeReader {
  /** Index of the next token. */
  i = 0;

  constructor(readonly tape: Tape) {}

  get file(): SourceFile {
    return this.tape.file;
  }

  /** The next token, without consuming it; null at the end of the file. */
  peek(): PPToken | null {
    return this.tape.at(this.i);
  }

  next(): PPToken | null {
    const t = this.tape.at(this.i);
    if (t) this.i++;
    return t;
  }

  /** The tokens left on the current logical line (after a directive's `#`). */
  restOfLine(): PPToken[] {
    const start = this.i;
    this.skipRest();
    return this.tape.tokens.slice(start, this.i);
  }

  /**
   * The directive whose `#` is the next token, cut the first time the tape is read there (its
   * name, none for the null directive; `clean` prepares the arguments), and the reader moved
   * to the next line.
   */
  directive(clean: (args: PPToken[]) => PPToken[]): DirectiveLine & { name: PPToken | undefined } {
    const at = this.i;
    let line = this.tape.directives.get(at);
    if (!line) {
      this.i++;
      let name: PPToken | undefined;
      for (let t = this.peek(); t && !t.atLineStart && !name; t = this.peek()) if (!this.next()!.comment) name = t;
      line = { name, args: name ? clean(this.restOfLine()) : [], end: 0 };
      line.end = this.i;
      this.tape.directives.set(at, line);
    }
    this.i = line.end;
    return line;
  }

  /** Drops the next token and the rest of its line (a line inside a false #if group). */
  skipLine(): void {
    this.i++;
    this.skipRest();
  }

  /** Drops the rest of the current line. */
  skipRest(): void {
    let i = this.i;
    for (let t = this.tape.at(i); t && !t.atLineStart; t = this.tape.at(++i));
    this.i = i;
  }
}

/**
 * Kept tapes hold at most about this many characters of source; then they start afresh. A
 * kept header costs ~20 bytes of memory a character with its tokens and line memos (glibc's
 * common headers: 0.9 M characters, 20 MB), so this is ~160 MB at most.
 */
const keptChars = 8 << 20;

/**
 * Headers' SourceFiles and tapes, kept from one run of the preprocessor to the next (the
 * compile server keeps one for its whole life). A header's entry is used while its text is the
 * same string of characters as when it was made.
 */
export class TapeCache {
  private entries = new Map<string, { file: SourceFile; tapes: Map<string, Tape> }>();
  private chars = 0;
  /** The spellings of kept tapes' identifiers and numbers (one string per name, see spellings.ts). */
  private spellings = new Spellings();

  /** The SourceFile of a header's text: the one made before, while the text is unchanged. */
  file(path: string, text: string): SourceFile {
    const old = this.entries.get(path);
    if (old && old.file.text === text) return old.file;
    if (old) this.chars -= old.file.text.length;
    if (this.chars + text.length > keptChars) {
      this.entries = new Map();
      this.chars = 0;
      this.spellings = new Spellings();
    }
    const file = new SourceFile(path, text);
    this.entries.set(path, { file, tapes: new Map() });
    this.chars += text.length;
    return file;
  }

  /** The tape of a file this cache made (none for others), read with lexing options `opts` (`key` names them). */
  tape(file: SourceFile, key: string, opts: LexOptions): Tape | undefined {
    const entry = this.entries.get(file.name);
    if (entry?.file !== file) return undefined;
    let tape = entry.tapes.get(key);
    if (!tape) {
      tape = new Tape(file, { ...opts, warnings: undefined, spellings: this.spellings });
      entry.tapes.set(key, tape);
    }
    return tape;
  }
}
