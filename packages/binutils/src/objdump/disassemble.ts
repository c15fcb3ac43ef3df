// objdump -d: each code section, symbol by symbol, one instruction per line with its address,
// raw bytes and text. Instruction text comes from @glass/isa's decoders; addresses that an
// instruction targets (branches, adrp) are followed by the nearest symbol, `<name+0xoff>`.

import { EM_AARCH64, STT_FUNC, STT_NOTYPE, STT_OBJECT, type ElfFile, type ElfSection } from "@glass/elf";
import { decodeA64 } from "@glass/isa";
import { bfdSections } from "../common/bfd-sections.js";
import { isMappingSymbol } from "../common/symbol-class.js";

interface Label {
  value: bigint;
  name: string;
}

/** Symbols objdump labels a section with, sorted by address. */
function labels(elf: ElfFile, section: ElfSection): Label[] {
  const symbols = elf.symbols().length > 0 ? elf.symbols() : elf.dynamicSymbols();
  return symbols
    .filter((s) => s.index > 0 && s.st_shndx === section.index && [STT_FUNC, STT_OBJECT, STT_NOTYPE].includes(s.type) && !isMappingSymbol(elf, s) && s.name !== "")
    .map((s) => ({ value: s.st_value, name: s.name }))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const TARGETED = /^(b|bl|b\.\w+|cbz|cbnz|tbz|tbnz|adr|adrp|ldr|ldrsw|prfm)\t/;

function symbolize(text: string, pool: Label[]): string {
  if (!TARGETED.test(text)) return text;
  const m = /(\t|, )(?:0x)?([0-9a-f]+)$/.exec(text);
  if (!m) return text;
  const bare = text.slice(0, m.index) + m[1] + m[2];
  const target = BigInt("0x" + m[2]);
  let best: Label | undefined;
  for (const l of pool) if (l.value <= target && (!best || l.value >= best.value)) best = l;
  if (!best) return bare;
  const off = target - best.value;
  return `${bare} <${best.name}${off === 0n ? "" : "+0x" + off.toString(16)}>`;
}

export function disassemble(elf: ElfFile): string | { error: string } {
  if (elf.header.e_machine !== EM_AARCH64) return { error: "can't disassemble for architecture i386:x86-64: not supported yet" };
  let out = "";
  const code = bfdSections(elf).filter((b) => b.code && b.contents);
  const pool = code.flatMap((b) => labels(elf, b.section)).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  for (const b of bfdSections(elf)) {
    const s = b.section;
    if (!b.code || !b.contents) continue;
    out += `\nDisassembly of section ${s.name}:\n`;
    const own = labels(elf, s);
    const width = Math.max(4, (s.sh_addr + s.sh_size).toString(16).length);
    const view = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    let next = 0;
    for (let at = 0; at + 4 <= s.data.length; at += 4) {
      const pc = s.sh_addr + BigInt(at);
      while (next < own.length && own[next]!.value < pc) next++;
      const here = own.filter((l) => l.value === pc);
      if (here.length > 0) out += `\n${pc.toString(16).padStart(16, "0")} <${here.at(-1)!.name}>:\n`;
      const word = view.getUint32(at, true);
      const text = decodeA64(word, pc);
      out += `${pc.toString(16).padStart(width)}:\t${word.toString(16).padStart(8, "0")} \t${text === undefined ? `.inst\t0x${word.toString(16).padStart(8, "0")} ; undefined` : symbolize(text, pool)}\n`;
    }
  }
  return out;
}
