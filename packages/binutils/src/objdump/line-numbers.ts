// objdump -l and -S (show_line): before an instruction, the function it belongs to (`main():`)
// when that changes, and `file:line` (with `(discriminator N)`) when the line does (-l); the
// source lines up to its line, with up to five lines of context before the first (-S). Lines come from
// .debug_line (../common/dwarf-line.ts); the function is BFD's elf_find_function: the nearest
// symbol at or below the address in the section that is not an object, file, section or TLS
// symbol (nor an AArch64 mapping symbol), kept while the address stays inside the last one
// found. Where neither knows the address nothing is printed.

import { ET_REL, STT_FILE, STT_NOTYPE, STT_OBJECT, STT_SECTION, STT_TLS, STB_LOCAL, type ElfFile, type ElfSection, type ElfSymbol } from "@glass/elf";
import { findLine, lineSequences } from "../common/dwarf-line.js";

const STV_HIDDEN = 2;

function maybeFunction(s: ElfSymbol): boolean {
  if (s.name === "" || /^\$[xd](\.|$)/.test(s.name)) return false;
  if (s.type === STT_SECTION || s.type === STT_FILE || s.type === STT_OBJECT || s.type === STT_TLS) return false;
  // annobin's hidden local markers are not functions.
  return !(s.st_size === 0n && s.bind === STB_LOCAL && s.type === STT_NOTYPE && s.visibility === STV_HIDDEN);
}

/** Where -S finds source files: their text, or undefined when there is no such file. */
export type SourceReader = (path: string) => string | undefined;

interface SourceFile {
  lines: string[];
  maxPrinted: number;
  lastLine: number;
}

const CONTEXT_LINES = 5;

/** A function of (section, address) giving what -l (`numbers`) and -S (`source`) print before that instruction. */
export function lineAnnotator(elf: ElfFile, numbers: boolean, source: SourceReader | undefined): (sec: ElfSection, address: bigint) => string {
  const files = new Map<string, SourceFile>();
  /** dump_lines from the line after what was printed, or five lines before `line`. */
  const sourceLines = (path: string, line: number): string => {
    let file = files.get(path);
    if (!file) {
      const text = source!(path);
      if (text === undefined) return "";
      file = { lines: text.split("\n").map((l) => l.replace(/\r.*$/s, "")), maxPrinted: 0, lastLine: 0 };
      if (text.endsWith("\n")) file.lines.pop();
      files.set(path, file);
    }
    if (line === file.lastLine) return "";
    let from = line > CONTEXT_LINES ? line - CONTEXT_LINES : 1;
    if (file.maxPrinted >= from) from = file.maxPrinted < line ? file.maxPrinted + 1 : line;
    let out = "";
    for (let l = from; l <= line && l <= file.lines.length; l++) out += file.lines[l - 1] + "\n";
    file.maxPrinted = Math.max(file.maxPrinted, line);
    file.lastLine = line;
    return out;
  };
  const sequences = lineSequences(elf);
  const symbols = elf.symbols().filter(maybeFunction);
  const relocatable = elf.header.e_type === ET_REL;
  const prev = { fn: undefined as string | undefined, line: 0, discriminator: 0 };
  // BFD caches the last function found and keeps it while the address stays inside it.
  let cache: { sec: number; start: bigint; end: bigint; name: string } | undefined;
  const functionAt = (sec: ElfSection, address: bigint): string | undefined => {
    if (cache && cache.sec === sec.index && address >= cache.start && address < cache.end) return cache.name;
    let best: ElfSymbol | undefined;
    const size = (s: ElfSymbol): bigint => (s.st_size === 0n ? 1n : s.st_size);
    for (const s of symbols) {
      if (s.st_shndx !== sec.index || s.st_value > address) continue;
      if (!best || s.st_value > best.st_value || (s.st_value === best.st_value && size(s) > size(best))) best = s;
    }
    if (best) cache = { sec: sec.index, start: best.st_value, end: best.st_value + size(best), name: best.name };
    return best?.name;
  };
  return (sec, address) => {
    const row = findLine(sequences, address, relocatable ? sec.index : undefined);
    const fn = functionAt(sec, address);
    if (!row && fn === undefined) return "";
    const line = row?.line ?? 0;
    const discriminator = row?.discriminator ?? 0;
    let out = "";
    if (numbers && fn !== undefined && fn !== prev.fn) {
      out += `${fn}():\n`;
      prev.fn = fn;
    }
    if (numbers && line > 0 && (line !== prev.line || discriminator !== prev.discriminator)) {
      out += `${row!.file || "???"}:${line}${discriminator > 0 ? ` (discriminator ${discriminator})` : ""}\n`;
    }
    if (source && row && row.file !== "" && line > 0) out += sourceLines(row.file, line);
    prev.line = line;
    prev.discriminator = discriminator;
    return out;
  };
}
