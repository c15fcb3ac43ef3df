// Link errors worded as GNU ld words them, so a user who knows ld recognises them:
//
//   ld: u.o: in function `main':
//   u.c:(.text+0x5): undefined reference to `foo'
//   ld: c.o: in function `add':
//   c.c:(.text+0x0): multiple definition of `add'; b.o:b.c:(.text+0x0): first defined here
//
// A place is "source:(section+offset)" where source is the object's STT_FILE name; the
// "in function" line names the STT_FUNC symbol covering the place and is printed once for a
// run of messages about the same function.

import { ELF64_ST_TYPE, STT_FUNC } from "@glass/elf";
import { error, GlassError } from "@glass/diagnostics";
import type { InputSection, LinkContext } from "./context.js";

const hex = (n: bigint): string => "0x" + n.toString(16);

/** The function symbol of `section`'s file whose extent covers `offset`. */
function functionAt(section: InputSection, offset: bigint): string | undefined {
  const fn = section.file.elfSymbols.find(
    (s) =>
      ELF64_ST_TYPE(s.st_info) === STT_FUNC &&
      s.st_shndx === section.index &&
      s.st_value <= offset &&
      offset < s.st_value + (s.st_size === 0n ? 1n : s.st_size),
  );
  return fn?.name;
}

/** Message lines for a place in an input section, with GNU's "in function" header. */
export class PlaceFormatter {
  private lastHeader = "";

  lines(section: InputSection, offset: bigint, message: string): string {
    const file = section.file;
    const where = `(${section.name}+${hex(offset)})`;
    const fn = functionAt(section, offset);
    if (fn === undefined) {
      this.lastHeader = "";
      const source = file.sourceName ? `${file.sourceName}:` : "";
      return `${file.name}:${source}${where}: ${message}`;
    }
    const header = `${file.name}: in function \`${fn}':`;
    const body = `${file.sourceName ?? ""}:${where}: ${message}`.replace(/^:/, "");
    if (header === this.lastHeader) return body;
    this.lastHeader = header;
    return `${header}\n${body}`;
  }
}

/** "b.o:b.c:(.text+0x0)": where a definition is, for "first defined here". */
export function definitionPlace(section: InputSection | undefined, value: bigint, fileName: string): string {
  if (!section) return fileName;
  const source = section.file.sourceName ? `${section.file.sourceName}:` : "";
  return `${section.file.name}:${source}(${section.name}+${hex(value)})`;
}

/** Records an error; the link goes on to find more, and stops at the end of the pass. */
export function report(ctx: LinkContext, message: string): void {
  ctx.errors.push(error(message));
}

/** Ends the link with every error gathered so far (GNU ld reports them all, then exits 1). */
export function throwIfErrors(ctx: LinkContext): void {
  if (ctx.errors.length > 0) throw new GlassError(ctx.errors);
}
