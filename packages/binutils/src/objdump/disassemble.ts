// objdump -d: each code section, block by block between symbols, one instruction a line
// (binutils objdump.c disassemble_section / disassemble_bytes).
//
// A block starts with its label `0000000000001139 <main>:`; a section that starts before its
// first symbol is labelled by the next one (`<puts@plt-0x10>`) or by the section itself. Each
// line is `address:<tab>raw bytes<tab>text`, the address padded to the section's width with
// leading zeros blanked; long x86 instructions continue their bytes on the next line. Runs of
// zero bytes (8 or more, or the last 1–2 of a block) print as `...`.

import { EM_AARCH64, ET_REL, STT_SECTION, type ElfFile, type ElfSection, type RelaEntry } from "@glass/elf";
import { bfdSections } from "../common/bfd-sections.js";
import { a64Target } from "./aarch64/target.js";
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
}

export function disassemble(elf: ElfFile, options: DisassembleOptions): string {
  const target: DisasmTarget = elf.header.e_machine === EM_AARCH64 ? a64Target : x86Target;
  const ctx: FindContext = {
    syms: sortedSymbols(elf, target.pltSymbols(elf)),
    dynrels: dynamicRelocs(elf),
    relocatable: elf.header.e_type === ET_REL,
    isValid: target.symbolIsValid,
  };
  let out = "";
  for (const b of bfdSections(elf)) {
    if (b.code && b.contents && b.section.sh_size > 0n && options.want(b.section.name)) {
      out += section(elf, target, ctx, b.section, options.relocs && b.reloc ? interleavedRelocs(elf, b.section) : undefined, options.wide);
    }
  }
  return out;
}

function section(elf: ElfFile, target: DisasmTarget, ctx: FindContext, sec: ElfSection, shown: BfdReloc[] | undefined, wide: boolean): string {
  let out = `\nDisassembly of section ${sec.name}:\n`;
  const data = sec.data;
  const stopOffset = data.length;
  const relocs = target.needsRelocs ? sectionRelocs(elf, sec) : [];
  const symtab = elf.symbols();
  const decode = target.decoder(elf, sec.index);
  const address = addressFormatter(sec);
  let nextShown = 0;

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

  const bytes = (from: number, to: number, chunk: number): string => {
    let s = "";
    for (let j = from; j < to; j += chunk) {
      let v = "";
      for (let k = 0; k < chunk; k++) v = (data[j + k] ?? 0).toString(16).padStart(2, "0") + v;
      s += (j + chunk <= stopOffset ? v : "") + " ";
    }
    return s;
  };

  const block = (start: number, stop: number): void => {
    let at = start;
    while (at < stop) {
      let z = at;
      while (z < stop && data[z] === 0) z++;
      if (z - at >= SKIP_ZEROES || (z === stop && z > at && z - at < SKIP_ZEROES_AT_END)) {
        out += "\t...\n";
        at = z === stop ? z : at + ((z - at) & ~3);
        continue;
      }
      const pc = sec.sh_addr + BigInt(at);
      const reloc = relocs.find((r) => r.r_offset === pc);
      const d = decode({ data, offset: at, address: pc, stop, hasReloc: reloc !== undefined, printAddress: printer(reloc) });
      const length = Math.max(1, Math.min(d.length, stop - at));
      const perLine = Math.max(target.bytesPerLine, d.chunk);
      const first = Math.min(length, perLine);
      out += `${address(pc)}:\t${bytes(at, at + first, d.chunk)}${"   ".repeat(Math.max(0, (perLine - first) / d.chunk))}\t${d.text}`;
      for (let pb = first; pb < length; pb += perLine) {
        out += `\n${address(pc + BigInt(pb))}:\t${bytes(at + pb, at + Math.min(length, pb + perLine), d.chunk)}`;
      }
      let notes = "";
      while (shown && nextShown < shown.length && shown[nextShown]!.address < pc + BigInt(length)) notes += relocLine(shown[nextShown++]!, wide);
      out += wide && notes !== "" ? notes : "\n" + notes;
      at += length;
    }
  };

  const found = findSymbol({ ...ctx }, sec.sh_addr, sec, true);
  let sym = found?.sym;
  let place = found?.place ?? 0;
  let offset = 0;
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
    block(offset, stop);
    offset = stop;
    sym = next;
  }
  return out;
}
