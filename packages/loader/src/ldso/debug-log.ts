// What ld.so would print under LD_DEBUG, recorded as it happens: each line carries its
// category (libs, reloc, symbols, bindings, versions, scopes, files, statistics, impcalls),
// and formatDebug keeps the categories asked for and adds glibc's "   PID:\t" prefix.

export type DebugCategory = "libs" | "reloc" | "symbols" | "bindings" | "versions" | "scopes" | "files" | "statistics" | "impcalls";

export const DEBUG_CATEGORIES: DebugCategory[] = ["libs", "reloc", "symbols", "bindings", "versions", "scopes", "files", "statistics", "impcalls"];

export interface DebugLine {
  category: DebugCategory;
  text: string;
}

export class DebugLog {
  readonly lines: DebugLine[] = [];
  add(category: DebugCategory, text: string): void {
    this.lines.push({ category, text });
  }
}

/** glibc's LD_DEBUG categories (elf/rtld.c debopts): "libs" and "files" also show the init calls, "all" everything. */
export function expandCategories(spec: string): Set<DebugCategory> | string {
  const out = new Set<DebugCategory>();
  for (const word of spec.split(/[,: ]/).filter(Boolean)) {
    if (word === "all") DEBUG_CATEGORIES.forEach((c) => out.add(c));
    else if ((DEBUG_CATEGORIES as string[]).includes(word)) out.add(word as DebugCategory);
    else return `warning: debug option \`${word}' unknown; try LD_DEBUG=help`;
    if (word === "libs" || word === "files") out.add("impcalls");
  }
  return out;
}

/** The lines of the chosen categories, each prefixed like glibc's _dl_debug_printf. */
export function formatDebug(log: DebugLog, categories: Set<DebugCategory>, pid: number): string {
  const prefix = `${String(pid).padStart(10)}:\t`;
  return log.lines
    .filter((l) => categories.has(l.category))
    .flatMap((l) => l.text.split("\n"))
    .map((t) => prefix + t + "\n")
    .join("");
}
