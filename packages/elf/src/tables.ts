// Encoders for the fixed-size ELF64 records that fill table sections: Elf64_Sym (.symtab,
// .dynsym), Elf64_Rela (.rela.*) and Elf64_Dyn (.dynamic), gABI "Symbol Table",
// "Relocation" and "Dynamic Section". Each returns the section's bytes.

import { ELF64_DYN_SIZE, ELF64_R_INFO, ELF64_RELA_SIZE, ELF64_SYM_SIZE } from "./constants.js";
import type { RelaEntry, SymbolEntry } from "./model.js";

export function encodeSymbols(symbols: SymbolEntry[]): Uint8Array {
  const out = new Uint8Array(symbols.length * ELF64_SYM_SIZE);
  const view = new DataView(out.buffer);
  symbols.forEach((s, i) => {
    const at = i * ELF64_SYM_SIZE;
    view.setUint32(at, s.st_name, true);
    view.setUint8(at + 4, s.st_info);
    view.setUint8(at + 5, s.st_other);
    view.setUint16(at + 6, s.st_shndx, true);
    view.setBigUint64(at + 8, s.st_value, true);
    view.setBigUint64(at + 16, s.st_size, true);
  });
  return out;
}

export function encodeRela(entries: RelaEntry[]): Uint8Array {
  const out = new Uint8Array(entries.length * ELF64_RELA_SIZE);
  const view = new DataView(out.buffer);
  entries.forEach((r, i) => {
    const at = i * ELF64_RELA_SIZE;
    view.setBigUint64(at, r.r_offset, true);
    view.setBigUint64(at + 8, ELF64_R_INFO(r.r_sym, r.r_type), true);
    view.setBigInt64(at + 16, r.r_addend, true);
  });
  return out;
}

export interface DynamicEntry {
  d_tag: bigint;
  /** d_val or d_ptr. */
  d_val: bigint;
}

export function encodeDynamic(entries: DynamicEntry[]): Uint8Array {
  const out = new Uint8Array(entries.length * ELF64_DYN_SIZE);
  const view = new DataView(out.buffer);
  entries.forEach((d, i) => {
    view.setBigInt64(i * ELF64_DYN_SIZE, d.d_tag, true);
    view.setBigUint64(i * ELF64_DYN_SIZE + 8, d.d_val, true);
  });
  return out;
}
