// Reading and rewriting the runnable examples in docs/*.md.
//
// A ```console block holds commands (lines starting with "$ ") each followed by the output it
// prints. The docs test runs every command of a page in order, in one scratch directory, and
// compares the output; with UPDATE=1 it writes the actual output back into the page (the
// accept command, STYLE.md #9), so a reviewer sees any change as a diff in git.

export interface ConsoleCommand {
  command: string;
  expected: string;
}

export interface ConsoleBlock {
  /** Line index (0-based) of the opening fence. */
  start: number;
  /** Line index of the closing fence. */
  end: number;
  commands: ConsoleCommand[];
}

export function consoleBlocks(markdown: string): ConsoleBlock[] {
  const lines = markdown.split("\n");
  const blocks: ConsoleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```console") continue;
    const start = i;
    const commands: ConsoleCommand[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== "```"; i++) {
      const line = lines[i]!;
      if (line.startsWith("$ ")) commands.push({ command: line.slice(2), expected: "" });
      else if (commands.length) commands.at(-1)!.expected += line + "\n";
    }
    blocks.push({ start, end: i, commands });
  }
  return blocks;
}

/** The page with each block's outputs replaced by `actual` (one string per command, in order). */
export function rewriteBlocks(markdown: string, blocks: ConsoleBlock[], actual: string[][]): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let next = 0;
  blocks.forEach((b, bi) => {
    out.push(...lines.slice(next, b.start + 1));
    b.commands.forEach((c, ci) => {
      out.push(`$ ${c.command}`);
      const text = actual[bi]![ci]!;
      if (text !== "") out.push(...text.replace(/\n$/, "").split("\n"));
    });
    next = b.end;
  });
  out.push(...lines.slice(next));
  return out.join("\n");
}
