// What objdump's disassembly loop needs from one architecture: how raw bytes are laid out,
// which symbols may name an address, the synthetic PLT symbols, and one-instruction decoding.
// x86_64/ and aarch64/ each implement it; disassemble.ts never asks which one it has.

import type { ElfFile } from "@glass/elf";
import type { BfdSymbol } from "./symbols.js";

export interface DecodeRequest {
  /** The section's contents, the instruction's offset in them and its address. */
  data: Uint8Array;
  offset: number;
  address: bigint;
  /** Where the current block (up to the next symbol) ends, as an offset in `data`. */
  stop: number;
  /**
   * How far the decoder may read: `stop` in a code section under -d, else the section's end
   * (objdump sets the disassembler's stop_vma only then, so -D reads across symbols).
   */
  end: number;
  /** The instruction carries a relocation (bfd INSN_HAS_RELOC). */
  hasReloc: boolean;
  /** objdump_print_addr: `4e <main+0x4e>`. */
  printAddress(address: bigint): string;
}

export interface Decoded {
  length: number;
  text: string;
  /** Raw bytes are grouped in chunks of this many (printed as one little-endian number). */
  chunk: number;
  /** The bytes could not be read (the text is the error): no raw bytes are printed. */
  fault?: boolean;
}

export interface DisasmTarget {
  /** Raw bytes on an instruction's first line (more continue on the next lines). */
  bytesPerLine: number;
  /** Relocations decide pc-relative targets, so they are read even without -r. */
  needsRelocs: boolean;
  symbolIsValid(sym: BfdSymbol): boolean;
  pltSymbols(elf: ElfFile): BfdSymbol[];
  /** Called once per section before decoding it (mapping-symbol state); `all` is -D. */
  decoder(elf: ElfFile, sectionIndex: number, all: boolean): (req: DecodeRequest) => Decoded;
}
