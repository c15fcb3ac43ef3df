// objdump -d: each code section, block by block between symbols, one instruction a line
// (binutils objdump.c disassemble_section / disassemble_bytes).
//
// A block starts with its label `0000000000001139 <main>:`; a section that starts before its
// first symbol is labelled by the next one (`<puts@plt-0x10>`) or by the section itself. Each
// line is `address:<tab>raw bytes<tab>text`, the address padded to the section's width with
// leading zeros blanked; long x86 instructions continue their bytes on the next line. Runs of
// zero bytes (8 or more, or the last 1–2 of a block) print as `...`.
//
// -D takes every BFD section with a size (a NOBITS section reads as zeros); --start-address
// and --stop-address clip each section to [start, stop) and skip sections outside it;
// --no-show-raw-insn leaves the byte columns out. A block labelled by an object symbol in a
// section named by -j (without -D) is shown as data: 16 bytes and their characters a line.

import { EM_AARCH64, ET_REL, SHF_EXECINSTR, SHT_NOBITS, STT_SECTION, type ElfFile, type ElfSection, type RelaEntry } from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";
import { a64Target } from "./aarch64/target.js";
import { lineAnnotator, type SourceReader } from "./line-numbers.js";
import { interleavedRelocs, relocLine, sectionRelocs, type BfdReloc } from "./relocs.js";
import { addressWithSymbol, bfdSymbol, dynamicRelocs, findSymbol, sortedSymbols, type BfdSymbol, type FindContext } from "./symbols.js";
import type { DisasmTarget } from "./target.js";
import { x86Target } from "./x86_64/target.js";

const SKIP_ZEROES = 8;
const SKIP_ZEROES_AT_END = 3;

/** Address column: the section's end address decides how many leading hex digits to drop. */
function addressFormatter(section: ElfSection): (a: bigint) => string {
  const end = (section.sh_addr + section.sh_size).toString(16).padStart(16, "0");
  const zeros = /^0*/.exec(end)![0].length;
  const skip = zeros === 0 || (zeros === 16 && section.sh_addr !== 0n) ? 0 : (zeros - 1) & ~3;
  return (a) => {
    const s = a.toString(16).padStart(16, "0").slice(skip);
    const blank = s.replace(/^0+/, (z) => " ".repeat(z.length));
    return blank.endsWith(" ") ? blank.slice(0, -1) + "0" : blank;
  };
}

export interface DisassembleOptions {
  /** -j's filter on section names. */
  want(name: string): boolean;
  /** -r: print each instruction's relocations under it. */
  relocs: boolean;
  wide: boolean;
  /** -D: every section, not only code. */
  all: boolean;
  /** -j was given: the sections it names are disassembled even if they are not code. */
  selected: boolean;
  /** Print the instruction bytes (not --no-show-raw-insn). */
  rawBytes: boolean;
  /** -l: function names and file:line before the instructions they start. */
  lines: boolean;
  /** -S: the source files' text, read through the tool's IO. */
  source?: SourceReader;
  /** --start-address / --stop-address. */
  start?: bigint;
  stop?: bigint;
}

export function disassemble(elf: ElfFile, options: DisassembleOptions): string {
  const target: DisasmTarget = elf.header.e_machine === EM_AARCH64 ? a64Target : x86Target;
  const ctx: FindContext = {
    syms: sortedSymbols(elf, target.pltSymbols(elf)),
    dynrels: dynamicRelocs(elf),
    relocatable: elf.header.e_type === ET_REL,
    isValid: target.symbolIsValid,
  };
  // Data lines group bytes as the disassembler last did (bytes_per_chunk outlives each call).
  const state = { chunk: 1, lines: options.lines || options.source ? lineAnnotator(elf, options.lines, options.source) : undefined };
  let out = "";
  for (const b of bfdSections(elf)) {
    if ((options.all || options.selected || (b.code && b.contents)) && options.want(b.section.name) && b.section.sh_size > 0n) {
      out += section(elf, target, ctx, b.section, options.relocs && b.reloc ? interleavedRelocs(elf, b.section) : undefined, options, state);
    }
  }
  return out;
}

/** The part of a section the address bounds leave, as offsets [from, to), or undefined if none. */
function clip(sec: ElfSection, size: bigint, start: bigint | undefined, stop: bigint | undefined): { from: number; to: number } | undefined {
  const from = start === undefined || start < sec.sh_addr ? 0n : start - sec.sh_addr;
  let to = stop === undefined ? size : stop < sec.sh_addr ? 0n : stop - sec.sh_addr;
  if (to > size) to = size;
  return from < to ? { from: Number(from), to: Number(to) } : undefined;
}

function section(elf: ElfFile, target: DisasmTarget, ctx: FindContext, sec: ElfSection, shown: BfdReloc[] | undefined, options: DisassembleOptions, state: { chunk: number; lines: ReturnType<typeof lineAnnotator> | undefined }): string {
  // A NOBITS section (-D on .bss) reads as zeros; a damaged size beyond 256 MiB is not read at all.
  const nobits = sec.sh_type === SHT_NOBITS;
  const range = clip(sec, nobits ? (sec.sh_size < 1n << 28n ? sec.sh_size : 0n) : BigInt(sec.data.length), options.start, options.stop);
  if (!range) return "";
  const wide = options.wide;
  let out = `\nDisassembly of section ${sec.name}:\n`;
  const data = nobits ? new Uint8Array(range.to) : sec.data;
  const stopOffset = range.to;
  const relocs = target.needsRelocs ? sectionRelocs(elf, sec) : [];
  const symtab = elf.symbols();
  const decode = target.decoder(elf, sec.index, options.all);
  const address = addressFormatter(sec);
  // -r: the relocations not yet shown whose address is below `end`, one line each.
  let nextShown = 0;
  const relocsBelow = (end: bigint): string => {
    let lines = "";
    while (shown && nextShown < shown.length && shown[nextShown]!.address < end) lines += relocLine(shown[nextShown++]!, wide);
    return lines;
  };
  // Relocations below --start-address are skipped, not printed.
  relocsBelow(sec.sh_addr + BigInt(range.from));

  const printer = (reloc: RelaEntry | undefined) => (vma: bigint): string => {
    if (ctx.syms.length === 0) return "0x" + vma.toString(16);
    let sym: BfdSymbol | undefined;
    const relSym = reloc && reloc.r_sym !== 0 ? symtab[reloc.r_sym] : undefined;
    if (relSym) {
      sym = bfdSymbol(relSym);
      if (relSym.type === STT_SECTION) sym.name = elf.sections[relSym.st_shndx]?.name ?? "";
      vma = BigInt.asUintN(64, vma + sym.value);
    }
    if (!relSym || relSym.st_shndx !== 0) sym = findSymbol(ctx, vma, sec, false)?.sym;
    return addressWithSymbol(elf, sec, sym, vma, false);
  };

  const readEnd = (stop: number): number => (options.all || (sec.sh_flags & SHF_EXECINSTR) === 0n ? stopOffset : stop);
  const bytes = (from: number, to: number, chunk: number, stop = stopOffset): string => {
    let s = "";
    for (let j = from; j < to; j += chunk) {
      let v = "";
      for (let k = 0; k < chunk; k++) v = (data[j + k] ?? 0).toString(16).padStart(2, "0") + v;
      s += (j + chunk <= stop ? v : "") + " ";
    }
    return s;
  };

  /** A data line: up to 16 bytes, padded, then their printable characters. */
  const dataLine = (at: number, stop: number): number => {
    const n = Math.min(16, stop - at);
    const text = String.fromCharCode(...data.subarray(at, at + n).map((c) => (c >= 0x20 && c < 0x7f ? c : 0x2e)));
    const chunk = state.chunk;
    const pad = " ".repeat(chunk * 2 + 1).repeat(Math.max(0, Math.floor((16 - n + chunk - 1) / chunk)));
    out += `${address(sec.sh_addr + BigInt(at))}:\t${bytes(at, at + n, chunk)}${pad}    ${text}`;
    return n;
  };

  const block = (start: number, stop: number, insns: boolean): void => {
    let at = start;
    while (at < stop) {
      let z = at;
      while (z < stop && data[z] === 0) z++;
      if (z - at >= SKIP_ZEROES || (z === stop && z > at && z - at < SKIP_ZEROES_AT_END)) {
        out += "\t...\n";
        at = z === stop ? z : at + ((z - at) & ~3);
        out += relocsBelow(sec.sh_addr + BigInt(at));
        continue;
      }
      const pc = sec.sh_addr + BigInt(at);
      if (!insns) {
        const n = dataLine(at, stop);
        out += "\n" + relocsBelow(pc + BigInt(n));
        at += n;
        continue;
      }
      if (state.lines) out += state.lines(sec, pc);
      const reloc = relocs.find((r) => r.r_offset === pc);
      const d = decode({ data, offset: at, address: pc, stop, end: readEnd(stop), hasReloc: reloc !== undefined, printAddress: printer(reloc) });
      // An instruction may run past the block (-D reads on): its bytes there print as blanks.
      const length = Math.max(1, d.length);
      state.chunk = d.chunk;
      const perLine = Math.max(target.bytesPerLine, d.chunk);
      // --wide puts all of an instruction's bytes on its first line.
      const first = wide ? length : Math.min(length, perLine);
      const raw = options.rawBytes && !d.fault;
      out += raw ? `${address(pc)}:\t${bytes(at, at + first, d.chunk, stop)}${"   ".repeat(Math.max(0, (perLine - first) / d.chunk))}\t${d.text}` : `${address(pc)}:\t${d.text}`;
      for (let pb = first; raw && pb < length; pb += perLine) {
        out += `\n${address(pc + BigInt(pb))}:\t${bytes(at + pb, at + Math.min(length, pb + perLine), d.chunk, stop)}`;
      }
      const notes = relocsBelow(pc + BigInt(length));
      out += wide && notes !== "" ? notes : "\n" + notes;
      at += length;
    }
  };

  const found = findSymbol({ ...ctx }, sec.sh_addr + BigInt(range.from), sec, true);
  let sym = found?.sym;
  let place = found?.place ?? 0;
  let offset = range.from;
  while (offset < stopOffset) {
    const addr = sec.sh_addr + BigInt(offset);
    out += `\n${addressWithSymbol(elf, sec, sym, addr, true)}:\n`;
    let next: BfdSymbol | undefined;
    if (sym && sym.value > addr) next = sym;
    else {
      const floor = sym?.value ?? addr;
      const valid = (s: BfdSymbol): boolean => elf.sections[s.section]?.name === sec.name && s.value > floor && ctx.isValid(s);
      while (place < ctx.syms.length && !valid(ctx.syms[place]!)) place++;
      next = ctx.syms[place];
    }
    let stop = sym && sym.value > addr ? Number(sym.value - sec.sh_addr) : next ? Number(next.value - sec.sh_addr) : stopOffset;
    if (stop > stopOffset || stop <= offset) stop = stopOffset;
    const insns = options.all || !sym || sym.value > addr || !sym.object;
    block(offset, stop, insns);
    offset = stop;
    sym = next;
  }
  return out;
}
