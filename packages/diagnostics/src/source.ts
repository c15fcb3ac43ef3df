// A source file and the mapping from byte offsets to (line, column).
//
// Every stage that reads text (cpp, cc, as) keeps offsets in its tokens and only turns them
// into line:column when a message is printed, so a location is cheap to carry around.

export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  /** 1-based line and column of a 0-based character offset. */
  position(offset: number): { line: number; col: number } {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1];
    if (start === undefined) return "";
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

/** A place in a source file: where a token, AST node or assembler line came from. */
export interface SourceLocation {
  file: SourceFile;
  offset: number;
  /** Characters covered, for the `^~~~` underline (at least 1). */
  length?: number;
}
