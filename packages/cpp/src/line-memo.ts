// Line memos: the expansion of a line of a kept tape, remembered with what it depended on.
//
// A text line's expansion is a function of its tokens, which a tape keeps, and of the
// definitions (or absence) of the names the expander looked up while expanding it: the
// line's own names, and those its macros' bodies and arguments brought in. So while a line
// of a kept tape is expanded, `MacroView` notes every lookup, and at the end of the line the
// items that came out are kept on the tape with those (name, definition) pairs. A later
// reading of the same line, when every one of those names still has the same definition (the
// very same Macro object: a tape parses each #define once), gives the same items again
// without expanding anything; they are handed to the compiler as usual, and printed as the
// text they printed the first time when the printer is in the same state.
//
// A line is not remembered when its expansion read past its end (a macro call whose
// arguments go on to the next line), used a macro whose expansion changes each time (the
// dynamic built-ins: __LINE__, __COUNTER__, …), or holds `_Pragma`.

import type { MacroLookup } from "./expand.js";
import type { Item } from "./items.js";
import type { Macro } from "./macro.js";
import type { LineText } from "./output.js";
import type { SourceFile } from "@glass/diagnostics";

/** A remembered line: its items, the tape index where the next line starts, and the lookups it made. */
export interface LineMemo {
  items: Item[];
  end: number;
  /** Pairs: a name, then the definition it had (undefined: not a macro). */
  lookups: (string | Macro | undefined)[];
  /**
   * The `gcc -E` text of the items after the line change, when it can be printed again as
   * is: while the printer is as it was (output.ts) and the files the tokens were spelled in
   * are still system headers or not, as they were (`system`).
   */
  printed?: { text: LineText; system: Map<SourceFile, boolean> };
}

/** The macro table as the expander of text lines sees it: every lookup noted while a line is recorded. */
export class MacroView implements MacroLookup {
  /** The lookups of the line being recorded; null when none is. */
  lookups: (string | Macro | undefined)[] | null = null;
  /** The line being recorded used a dynamic macro: it cannot be remembered. */
  dynamic = false;

  constructor(private readonly macros: Map<string, Macro>) {}

  get(name: string): Macro | undefined {
    const m = this.macros.get(name);
    if (this.lookups) {
      this.lookups.push(name, m);
      if (m?.dynamic) this.dynamic = true;
    }
    return m;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Whether every name a memo looked up still has the definition it had. */
  same(memo: LineMemo): boolean {
    const l = memo.lookups;
    for (let k = 0; k < l.length; k += 2) if (this.macros.get(l[k] as string) !== l[k + 1]) return false;
    return true;
  }
}
