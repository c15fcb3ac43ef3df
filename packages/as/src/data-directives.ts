// Data directives beyond integers and strings (GNU as manual: ".float", ".double", ".org").
//
//   .float / .single  x, …   IEEE 754 binary32, little-endian        (`.float 1.5` → 00 00 c0 3f)
//   .double           x, …   IEEE 754 binary64
//   .org new-lc[, fill]      pad with `fill` up to offset new-lc of the current section; new-lc
//                            is a constant or a label of this section plus a constant
//                            (`.org .+16`). How far that is depends on layout, so `.org` is a
//                            fragment whose size layout decides (./layout.ts).
// Integers are accepted (`.float -2`), and `inf`/`nan`.

import type { Handler } from "./directives.js";
import { asmError } from "./errors.js";
import type { TokenCursor } from "./lex.js";

const FLOAT = /^[-+]?(\d+\.?\d*(e[-+]?\d+)?|\.\d+(e[-+]?\d+)?|inf|nan)$/i;

/** The next comma-separated item as a number, read from its source text. */
function floatItem(args: TokenCursor): number {
  const first = args.peek() ?? args.fail("expected a floating-point number");
  let last = first;
  while (!args.atEnd() && !args.isPunct(",")) last = args.next();
  const text = args.file.text.slice(first.offset, last.end).replace(/\s+/g, "");
  if (!FLOAT.test(text)) asmError(args.file, first.offset, `bad floating-point number '${text}'`, last.end - first.offset);
  return Number(text.replace(/^([-+]?)inf$/i, "$1Infinity"));
}

function floats(size: 4 | 8): Handler {
  return (a, args) => {
    a.mapping?.data();
    do {
      const view = new DataView(new ArrayBuffer(size));
      if (size === 4) view.setFloat32(0, floatItem(args), true);
      else view.setFloat64(0, floatItem(args), true);
      a.emit(new Uint8Array(view.buffer));
    } while (args.eatPunct(","));
    args.expectEnd();
  };
}

const org: Handler = (a, args, head) => {
  const target = a.parseExpr(args);
  const fill = args.eatPunct(",") ? Number(a.absolute(args) & 0xffn) : 0;
  args.expectEnd();
  a.mapping?.fragment("fill");
  a.frags().push({ kind: "org", target, fill, loc: head.offset, address: 0, size: 0 });
};

export const DATA_DIRECTIVES: Record<string, Handler> = {
  ".float": floats(4),
  ".single": floats(4),
  ".double": floats(8),
  ".org": org,
};
