// Presumed line numbers and file names (C11 6.10.4 `#line`), and which files are system
// headers. `#line` does not change where a token really is, only what __LINE__, __FILE__,
// diagnostics and line markers say; so each file keeps a list of "from this offset on,
// physical line L is presumed line L + delta of file `name`".

import type { SourceFile } from "@glass/diagnostics";

interface LineChange {
  offset: number;
  delta: number;
  name: string;
}

export class Lines {
  private readonly changes = new Map<SourceFile, LineChange[]>();
  private readonly system = new Set<SourceFile>();

  // Each file's physical line last looked up ([start, end] offsets, end at its newline).
  // Tokens are placed in order, so a lookup either hits that line or lies a little further
  // on, found by walking forward (for speed: no table of every line start is built).
  private readonly cursors = new Map<SourceFile, { start: number; end: number; line: number }>();
  private lastFile: SourceFile | undefined;
  private last = { start: 0, end: -1, line: 0 };

  /** Physical line of an offset. */
  line(file: SourceFile, offset: number): number {
    let c = this.last;
    if (file !== this.lastFile) {
      c = this.cursors.get(file) ?? { start: 0, end: -1, line: 0 };
      this.cursors.set(file, c);
      this.lastFile = file;
      this.last = c;
    }
    if (offset >= c.start && offset <= c.end) return c.line;
    const text = file.text;
    if (offset > c.end) {
      let start = c.end + 1;
      let line = c.line + 1;
      let nl = text.indexOf("\n", start);
      while (nl >= 0 && nl < offset) {
        start = nl + 1;
        line++;
        nl = text.indexOf("\n", start);
      }
      c.start = start;
      c.line = line;
      c.end = nl < 0 ? text.length : nl;
    } else {
      const { line, col } = file.position(offset);
      c.start = offset - col + 1;
      c.line = line;
      const nl = text.indexOf("\n", offset);
      c.end = nl < 0 ? text.length : nl;
    }
    return c.line;
  }

  /** Physical column (1-based) of an offset. */
  column(file: SourceFile, offset: number): number {
    this.line(file, offset);
    return offset - this.last.start + 1;
  }

  /** Presumed line and file name of an offset. */
  presumed(file: SourceFile, offset: number): { line: number; file: string } {
    return { line: this.presumedLine(file, offset), file: this.presumedName(file, offset) };
  }

  /** Presumed line of an offset (with `presumedName`, for callers that make no object per token). */
  presumedLine(file: SourceFile, offset: number): number {
    return this.line(file, offset) + (this.change(file, offset)?.delta ?? 0);
  }

  presumedName(file: SourceFile, offset: number): string {
    return this.change(file, offset)?.name ?? file.name;
  }

  /** The last `#line` in effect at an offset. */
  private change(file: SourceFile, offset: number): LineChange | undefined {
    const list = this.changes.size === 0 ? undefined : this.changes.get(file);
    let change: LineChange | undefined;
    if (list) for (const c of list) if (c.offset <= offset) change = c;
    return change;
  }

  /** From `offset` (physical line `physical`) on, the line is `line` of file `name`. */
  setLine(file: SourceFile, offset: number, physical: number, line: number, name: string): void {
    const list = this.changes.get(file) ?? [];
    list.push({ offset, delta: line - physical, name });
    this.changes.set(file, list);
  }

  markSystem(file: SourceFile): void {
    this.system.add(file);
  }

  isSystem(file: SourceFile): boolean {
    return this.system.has(file);
  }
}
