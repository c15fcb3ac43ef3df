// `-dM`: the macro table as `#define` lines, one per macro, like `gcc -dM -E` prints it.
// Dynamic built-ins (__FILE__, __LINE__ …) are not listed, as gcc does not list them.

import type { BodyTok, Macro } from "./macro.js";

/** One `#define` line for a macro. */
export function defineLine(m: Macro): string {
  let head = m.name;
  if (m.params) {
    const ps = m.params.map((p, i) => (m.variadic && i === m.params!.length - 1 ? (p === "__VA_ARGS__" ? "..." : `${p}...`) : p));
    head += `(${ps.join(",")})`;
  }
  return `#define ${head} ${spellBody(m.body)}`;
}

/** A replacement list as written; inside `__VA_OPT__(…)` the first token keeps its space too. */
function spellBody(body: BodyTok[], inner = false): string {
  return body
    .map((t, i) => ((i > 0 || inner) && t.hasSpace ? " " : "") + (t.stringify ? "#" : "") + (t.vaOpt ? `__VA_OPT__(${spellBody(t.vaOpt, true)})` : t.text))
    .join("");
}

/** The whole table, sorted by name (gcc's order is its hash table's; sorting makes it stable). */
export function dumpMacros(macros: Map<string, Macro>): string {
  return [...macros.values()]
    .filter((m) => !m.dynamic)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((m) => defineLine(m) + "\n")
    .join("");
}
