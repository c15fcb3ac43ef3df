// objdump -d for AArch64: one 32-bit word a line, from @glass/isa's decodeA64.
//
// Mapping symbols (AAELF64 §5.7.2) split a code section into instructions (`$x`) and data
// (`$d`, printed `.word 0x…`, or `.short`/`.byte` when less than a word is left); they are
// never used to name addresses. An instruction that carries a relocation is decoded as if at
// address 0, so its target is the relocation's symbol plus the field (binutils aarch64-dis.c).
// Where no mapping symbol says otherwise, a code section holds instructions and any other
// section data. -D (DISASSEMBLE_DATA) decodes everything as instructions, mapping symbols or
// not. Fewer than four bytes left in a block where an instruction is due are a read error, as
// aarch64-dis reports it.

import { SHF_EXECINSTR, SHT_SYMTAB, type ElfFile } from "@glass/elf";
import { decodeA64 } from "@glass/isa";
import { a64PltSymbols } from "../synthetic.js";
import type { Decoded, DecodeRequest, DisasmTarget } from "../target.js";

const MAPPING = /^\$[xd](\.|$)/;
const TARGETED = /^(b|bl|b\.\w+|cbz|cbnz|tbz|tbnz|adr|adrp|ldr|ldrsw|prfm)\t/;

/** Replaces the address at the end of a pc-relative instruction by objdump's rendering. */
function symbolize(text: string, req: DecodeRequest): string {
  if (!TARGETED.test(text)) return text;
  // The target is the last operand; a b.cond may be followed by its alias comment.
  const m = /(\t|, )(-?)0x([0-9a-f]+)((?:  \/\/ .*)?)$/.exec(text);
  if (!m) return text;
  const value = BigInt.asUintN(64, (m[2] ? -1n : 1n) * BigInt("0x" + m[3]));
  return text.slice(0, m.index) + m[1] + req.printAddress(value) + m[4];
}

function data(req: DecodeRequest, boundary: number): Decoded {
  let size = req.offset % 4 === 0 ? 4 : req.offset % 2 === 0 ? 2 : 1;
  while (size > 1 && req.offset + size > boundary) size >>= 1;
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + req.data[req.offset + i]!;
  const word = v.toString(16).padStart(size * 2, "0");
  return { length: size, chunk: size, text: `${size === 4 ? ".word" : size === 2 ? ".short" : ".byte"}\t0x${word}` };
}

export const a64Target: DisasmTarget = {
  bytesPerLine: 4,
  needsRelocs: true,
  symbolIsValid: (s) => !MAPPING.test(s.name),
  pltSymbols: a64PltSymbols,
  decoder(elf: ElfFile, sectionIndex: number, all: boolean) {
    const section = elf.sections[sectionIndex]!;
    const code = (section.sh_flags & SHF_EXECINSTR) !== 0n;
    const symtab = !all && elf.sections.some((s) => s.sh_type === SHT_SYMTAB) ? elf.symbols() : [];
    const maps = symtab
      .filter((s) => s.st_shndx === sectionIndex && MAPPING.test(s.name))
      .map((s) => ({ at: Number(s.st_value - section.sh_addr), data: s.name[1] === "d" }))
      .sort((a, b) => a.at - b.at);
    return (req) => {
      const before = maps.filter((m) => m.at <= req.offset).at(-1);
      const next = maps.find((m) => m.at > req.offset)?.at ?? req.stop;
      if (before ? before.data : !code && !all) return data(req, Math.min(next, req.stop));
      if (req.offset + 4 > req.end) return { length: req.stop - req.offset, chunk: 4, text: `Address 0x${req.address.toString(16)} is out of bounds.\n`, fault: true };
      const word = new DataView(req.data.buffer, req.data.byteOffset + req.offset, 4).getUint32(0, true);
      const text = decodeA64(word, req.hasReloc ? 0n : req.address);
      return { length: 4, chunk: 4, text: text === undefined ? `.inst\t0x${word.toString(16).padStart(8, "0")} ; ${((word >>> 21) & 0x3ff) === 1 ? "NYI" : "undefined"}` : symbolize(text, req) };
    };
  },
};
