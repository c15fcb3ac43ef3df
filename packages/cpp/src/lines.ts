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

  // The physical line last looked up: tokens are placed in order, so most lookups hit it.
  private lastFile: SourceFile | undefined;
  private lastStart = 0;
  private lastEnd = -1;
  private lastLine = 0;

  /** Physical line of an offset. */
  line(file: SourceFile, offset: number): number {
    if (file !== this.lastFile || offset < this.lastStart || offset > this.lastEnd) {
      const { line, col } = file.position(offset);
      this.lastFile = file;
      this.lastStart = offset - col + 1;
      const nl = file.text.indexOf("\n", offset);
      this.lastEnd = nl < 0 ? file.text.length : nl;
      this.lastLine = line;
    }
    return this.lastLine;
  }

  /** Physical column (1-based) of an offset. */
  column(file: SourceFile, offset: number): number {
    this.line(file, offset);
    return offset - this.lastStart + 1;
  }

  /** Presumed line and file name of an offset. */
  presumed(file: SourceFile, offset: number): { line: number; file: string } {
    const line = this.line(file, offset);
    const list = this.changes.get(file);
    let change: LineChange | undefined;
    if (list) for (const c of list) if (c.offset <= offset) change = c;
    return change ? { line: line + change.delta, file: change.name } : { line, file: file.name };
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
