// Dynamic predefined macros (C11 6.10.8.1 and GNU): their value depends on where they are
// used, so each is a function from the use to one token rather than a replacement list.
//   __FILE__ __LINE__  presumed file and line of the use (outermost macro use, like gcc)
//   __DATE__ __TIME__  when preprocessing started ("Mmm dd yyyy", "hh:mm:ss")
//   __COUNTER__        0, 1, 2 … on each use
//   __BASE_FILE__      the main file;  __INCLUDE_LEVEL__  include depth of the use

import type { Tok } from "./items.js";
import type { Macro } from "./macro.js";

export interface BuiltinContext {
  presumed(t: Tok): { line: number; file: string };
  readonly main: { name: string };
  readonly includeLevel: number;
  counter: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const str = (s: string): string => `"${s.replace(/[\\"]/g, "\\$&")}"`;

export function dynamicMacros(ctx: BuiltinContext, now: Date): Macro[] {
  const two = (n: number): string => String(n).padStart(2, "0");
  const date = `${MONTHS[now.getMonth()]} ${String(now.getDate()).padStart(2, " ")} ${now.getFullYear()}`;
  const time = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
  const make = (name: string, kind: Tok["kind"], value: (use: Tok) => string): Macro => ({
    name,
    variadic: false,
    body: [],
    dynamic: (use) => ({ kind, text: value(use), loc: use.loc, hasSpace: use.hasSpace, atLineStart: false, expandedFrom: use.expandedFrom ?? use.loc }),
  });
  return [
    make("__FILE__", "string", (use) => str(ctx.presumed(use).file)),
    make("__LINE__", "number", (use) => String(ctx.presumed(use).line)),
    make("__DATE__", "string", () => str(date)),
    make("__TIME__", "string", () => str(time)),
    make("__COUNTER__", "number", () => String(ctx.counter++)),
    make("__BASE_FILE__", "string", () => str(ctx.main.name)),
    make("__INCLUDE_LEVEL__", "number", () => String(ctx.includeLevel)),
  ];
}
