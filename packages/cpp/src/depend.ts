// Make-style dependency output for -M -MM -MD -MMD -MF -MT -MP, as gcc writes it:
//   hello.o: hello.c /usr/include/stdio.h \
//    /usr/include/features.h
// -MM leaves out system headers; -MP adds an empty rule per header so a deleted header
// does not break `make`. Which file it goes to (-MF, or .d next to the object for -MD) is
// the driver's business; this only makes the text.

export interface DependOptions {
  /** Rule targets (-MT); default is the object file name the driver computes. */
  targets: string[];
  /** Files read, main file first (PreprocessResult.deps). */
  deps: string[];
  /** Leave out system headers (-MM / -MMD). */
  systemDeps?: Set<string>;
  excludeSystem?: boolean;
  /** -MP: a phony target for each dependency except the main file. */
  phony?: boolean;
}

const escape = (path: string): string => path.replace(/([ #])/g, "\\$1").replace(/\$/g, "$$$$");

export function makeDependencies(o: DependOptions): string {
  const deps = o.deps.filter((d) => !(o.excludeSystem && o.systemDeps?.has(d))).map(escape);
  const lines: string[] = [];
  let line = o.targets.map(escape).join(" ") + ":";
  for (const d of deps) {
    if (line.length + 1 + d.length > 75 && line.length > 1) {
      lines.push(line + " \\");
      line = " " + d;
    } else line += " " + d;
  }
  lines.push(line);
  let out = lines.join("\n") + "\n";
  if (o.phony) for (const d of deps.slice(1)) out += `\n${d}:\n`;
  return out;
}
