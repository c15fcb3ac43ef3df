// The `gcc -E` printer: turns the expanded item stream back into text that re-lexes to the
// same tokens, with the same lines, spaces and line markers gcc's c-ppoutput.c prints.
//
// Rules it reproduces:
//  - each source line that yields tokens starts a new output line, indented so its first
//    token lands in its original column (one space per column, tabs count as one);
//  - a token is preceded by a space if it had white space before it, or, right after a
//    macro expansion boundary (padding), if the padding's source token had white space or
//    the two tokens would lex as one when written together (`cpp_avoid_paste`);
//  - going forward fewer than 8 lines prints blank lines, anything else a line marker
//    `# N "file" flags`: 1 = entering an include, 2 = returning to the includer,
//    3 = system header (gcc writes "3 4" in C);
//  - a change between system and user tokens (a system macro used in user code) also
//    re-syncs with a marker, as gcc does.

import { type Item, type Spaced, type Tok, LineChange, Padding } from "./items.js";
import { TextBuffer } from "./text-buffer.js";

/** Where a token is for the output: its presumed line/col/file (at the macro use) and system-ness. */
export interface Place {
  line: number;
  col: number;
  file: string;
  system: boolean;
  /** Tokens of predefined macros are neither system nor user (gcc's BUILTINS_LOCATION). */
  builtin: boolean;
}

const NEWLINE = 10, SPACE = 32;

const quote = (s: string): string => (/[\\"\n]/.test(s) ? s.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n") : s);

/** Would `b` written right after `a` lex differently (libcpp cpp_avoid_paste)? */
export function avoidPaste(a: Tok, b: Tok): boolean {
  const c = b.kind === "punctuator" ? b.text[0]! : "";
  const at = a.text;
  if (a.kind === "punctuator") {
    if (c === "=" && ["=", "!", ">", "<", "+", "-", "*", "/", "%", "&", "|", "^", ">>", "<<"].includes(at)) return true;
    switch (at) {
      case ">": return c === ">";
      case "<": return c === "<" || c === "%" || c === ":";
      case "+": return c === "+";
      case "-": return c === "-" || c === ">";
      case "/": return c === "/" || c === "*";
      case "%": return c === ":" || c === "%";
      case "&": return c === "&";
      case "|": return c === "|";
      case ":": return c === ":" || c === ">";
      case "->": return c === "*";
      case ".": return c === "." || c === "%" || b.kind === "number";
      case "#":
      case "%:": return c === "#" || c === "%";
      case "<=": return c === ">";
      default: return false;
    }
  }
  if (a.kind === "identifier")
    return b.kind === "identifier" || ((b.kind === "character" || b.kind === "string") && /^['"]/.test(b.text));
  if (a.kind === "number")
    return b.kind === "number" || b.kind === "identifier" || (b.kind === "character" && b.text[0] === "'") || c === "." || c === "+" || c === "-";
  if (a.kind === "other") return a.text === "\\" && b.kind === "identifier";
  return false;
}

/** The printer's state at a line start (see `GccPrinter.lineStart`). */
export interface LineStart {
  size: number;
  syncs: number;
  srcLine: number;
  avoid: boolean;
  prevWasSystem: boolean;
  markers: boolean;
}

/** A line's printed text and the state it left the printer in (see `GccPrinter.lineText`). */
export interface LineText {
  start: LineStart;
  text: string;
  prev: Tok | null;
  source: Spaced | null;
  avoid: boolean;
}

export class GccPrinter {
  /** The text so far. */
  private readonly out = new TextBuffer();
  private printed = false;
  private srcLine = 1;
  private srcFile = "";
  private prev: Tok | null = null;
  private source: Spaced | null = null;
  private avoid = false;
  private prevWasSystem = false;
  /** Counts line starts and markers: a line's text is only reused when it printed neither (see `lineText`). */
  private syncs = 0;

  constructor(
    private readonly markers: boolean,
    /** Where a token goes; the Place it returns is only valid until the next call. */
    private readonly place: (t: Tok) => Place,
  ) {}

  text(): string {
    if (this.printed) this.out.char(NEWLINE);
    this.printed = false;
    return this.out.toString();
  }

  /** Raw text (the preamble lines gcc prints before the main file). */
  raw(s: string): void {
    this.out.write(s);
  }

  /** `# N "file" flags` (print_line_1). */
  marker(line: number, file: string, flags: string, system: boolean): void {
    this.syncs++;
    if (this.printed) this.out.char(NEWLINE);
    this.printed = false;
    if (!this.markers) return;
    this.srcLine = line;
    this.srcFile = file;
    this.out.write(`# ${line} "${quote(file)}"${flags}${system ? " 3 4" : ""}\n`);
  }

  /** Brings the output to `line` of `file` with blank lines or a marker (maybe_print_line). */
  sync(line: number, file: string, system: boolean): boolean {
    if (this.printed) {
      this.out.char(NEWLINE);
      this.srcLine++;
      this.printed = false;
    }
    if (this.markers && line >= this.srcLine && line < this.srcLine + 8 && file === this.srcFile) {
      while (line > this.srcLine) {
        this.out.char(NEWLINE);
        this.srcLine++;
      }
      return false;
    }
    this.marker(line, file, "", system);
    return this.markers;
  }

  /** A new source line starts with `t` (cb_line_change). */
  lineChange(t: Tok): boolean {
    this.syncs++;
    const p = this.place(t);
    const emitted = this.sync(p.line, p.file, p.system);
    this.prev = null;
    this.source = null;
    this.printed = true;
    if (p.col > 2) this.out.spaces(p.col - 2);
    return emitted;
  }

  /** A whole line printed as is (`#pragma …`, `#ident …`), on its own output line. */
  directiveLine(t: Tok, text: string): void {
    const p = this.place(t);
    this.sync(p.line, p.file, p.system);
    this.out.write(text);
    this.out.char(NEWLINE);
    this.printed = false;
    this.srcLine++;
  }

  /** Where the printer is, just after a line change: what the text of the line's other items depends on. */
  lineStart(): LineStart {
    return { size: this.out.size, syncs: this.syncs, srcLine: this.srcLine, avoid: this.avoid, prevWasSystem: this.prevWasSystem, markers: this.markers };
  }

  /**
   * What was printed since `start` (a line's items after its line change), to print again
   * with `reprint`; none when that printed a line change or a marker (a token placed on
   * another line, a system/user switch, a comment's newlines), which depend on more.
   */
  lineText(start: LineStart): LineText | undefined {
    if (this.syncs !== start.syncs || this.srcLine !== start.srcLine) return undefined;
    return { start, text: this.out.since(start.size), prev: this.prev, source: this.source, avoid: this.avoid };
  }

  /** Prints a line's text again if the printer is as it was then (after the line's line change); false if not. */
  reprint(line: LineText): boolean {
    const s = line.start;
    if (this.avoid !== s.avoid || this.prevWasSystem !== s.prevWasSystem || this.markers !== s.markers || this.prev !== null || this.source !== null) return false;
    this.out.write(line.text);
    this.prev = line.prev;
    this.source = line.source;
    this.avoid = line.avoid;
    return true;
  }

  item(item: Item): void {
    if (item instanceof LineChange) {
      this.lineChange(item.lineChange);
      return;
    }
    if (item instanceof Padding) {
      this.avoid = true;
      if (this.source === null || (!this.source.hasSpace && item.source === null)) this.source = item.source;
      return;
    }
    const t = item;
    let markerEmitted = false;
    const p = this.place(t);
    if (this.markers && p.line !== this.srcLine) {
      // A token on a later line than the output is at (after a macro call spanning lines).
      markerEmitted = this.lineChange(t);
      this.space();
    } else if (this.avoid) {
      const s = this.source ?? t;
      if (s.hasSpace || (this.prev && avoidPaste(this.prev, t)) || (!this.prev && t.text === "#")) this.space();
    } else if (t.hasSpace) this.space();
    this.avoid = false;
    this.source = null;
    this.prev = t;
    if (this.markers && !markerEmitted && !p.builtin && this.prevWasSystem !== p.system) {
      this.lineChange(t);
      this.prevWasSystem = p.system;
    }
    this.out.write(t.text);
    this.printed = true;
    // A block comment kept by -C carries its newlines into the output (account_for_newlines).
    if (t.comment) for (let i = t.text.indexOf("\n"); i >= 0; i = t.text.indexOf("\n", i + 1)) this.srcLine++;
  }

  private space(): void {
    this.out.char(SPACE);
    this.printed = true;
  }
}
