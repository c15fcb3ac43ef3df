// What flows between the preprocessor's stages: tokens plus two kinds of markers.
//
// Macro expansion works on a stream of items. Besides real tokens it carries
//  - padding (libcpp's CPP_PADDING): a marker left where a macro expansion or a macro
//    argument begins or ends. It carries no text; it only tells the `gcc -E` printer whether
//    a space is needed there, so that the output spaces exactly like gcc's;
//  - line changes: "a new source line starts with this token", the printer's cue to start
//    a new output line (in the original column) and, if needed, print a line marker.
// A token made by macro expansion carries its hide set (Prosser's algorithm, see macro.ts):
// the names of the macros whose expansion produced it, which must not expand it again.

import type { HideSet } from "./hideset.js";
import type { PPToken } from "./token.js";

export interface Tok extends PPToken {
  /** Macros that must not expand this token (C11 6.10.3.4p2). */
  hide?: HideSet;
}

// The two markers are class instances and tokens are plain objects, so `instanceof` tells them
// apart: a check on the map's prototype, cheap whatever shape the token has (for speed: every
// item goes through it).
abstract class Marker {}

/** What a padding marker looks at: whether a token had white space before it. */
export interface Spaced {
  hasSpace: boolean;
}

/** Spacing marker: `source` is the token whose leading white space decides, null for "none". */
export class Padding extends Marker {
  constructor(readonly source: Spaced | null) {
    super();
  }
}

/** The token starts a new (non-directive) source line. */
export class LineChange extends Marker {
  constructor(readonly lineChange: Tok) {
    super();
  }
}

export type Item = Tok | Padding | LineChange;

export const isToken = (item: Item): item is Tok => !(item instanceof Marker);

/** The padding with no source, shared (items are never modified). */
export const NO_SPACE = new Padding(null);

export function padding(source: Spaced | null): Padding {
  return source ? new Padding(source) : NO_SPACE;
}
