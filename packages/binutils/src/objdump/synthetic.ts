// objdump's synthetic `name@plt` symbols (bfd get_synthetic_symtab): one per PLT entry of a
// dynamically linked file, named after the dynamic symbol whose GOT slot the entry jumps
// through, so that `call 1030 <puts@plt>` reads as the source did. Only files with a .dynsym
// get them (a static executable's IRELATIVE PLT stays anonymous).

import { SHT_DYNSYM, SHT_RELA, type ElfFile, type ElfSection } from "@glass/elf";
import { dynamicBfdSymbols, type BfdSymbol } from "./symbols.js";

function synthetic(sym: BfdSymbol, addend: bigint, plt: ElfSection, value: bigint): BfdSymbol {
  const plus = addend === 0n ? "" : "+0x" + addend.toString(16);
  return { ...sym, name: `${sym.name}${plus}@plt`, version: "", value, section: plt.index, size: 0n, synthetic: true, global: sym.global || !sym.local };
}

/**
 * x86-64 (bfd elfxx-x86.c): walk .plt, .plt.sec and .plt.got entry by entry; an entry holding
 * `jmp *disp(%rip)` (ff 25, maybe after endbr64/bnd) names the relocation of its GOT slot.
 */
export function x86PltSymbols(elf: ElfFile): BfdSymbol[] {
  const dynsym = elf.sections.find((s) => s.sh_type === SHT_DYNSYM);
  if (!dynsym) return [];
  const syms = dynamicBfdSymbols(elf);
  const bySlot = new Map<bigint, { sym: number; addend: bigint }>();
  for (const s of elf.sections.filter((x) => x.sh_type === SHT_RELA && x.sh_link === dynsym.index)) {
    for (const r of elf.relocations(s)) if (r.r_sym !== 0) bySlot.set(r.r_offset, { sym: r.r_sym, addend: r.r_addend });
  }
  const out: BfdSymbol[] = [];
  const hasSec = elf.sectionByName(".plt.sec") !== undefined;
  for (const name of [".plt", ".plt.sec", ".plt.got"]) {
    const plt = elf.sectionByName(name);
    if (!plt || (name === ".plt" && hasSec)) continue;
    const d = plt.data;
    const size = name === ".plt.got" && d[0] !== 0xf3 ? 8 : 16;
    for (let at = 0; at + size <= d.length; at += size) {
      const jmp = [0, 1, 4, 5].find((k) => d[at + k] === 0xff && d[at + k + 1] === 0x25);
      if (jmp === undefined) continue;
      const p = at + jmp + 2;
      const disp = BigInt((d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >> 0);
      const slot = bySlot.get(plt.sh_addr + BigInt(p + 4) + disp);
      if (slot && syms[slot.sym]) out.push(synthetic(syms[slot.sym]!, slot.addend, plt, plt.sh_addr + BigInt(at)));
    }
  }
  return out;
}

/** AArch64 (bfd elfnn-aarch64.c plt_sym_val): entry i of .rela.plt is at .plt + 32 + 16·i. */
export function a64PltSymbols(elf: ElfFile): BfdSymbol[] {
  const dynsym = elf.sections.find((s) => s.sh_type === SHT_DYNSYM);
  const relplt = elf.sectionByName(".rela.plt");
  const plt = elf.sectionByName(".plt");
  if (!dynsym || !relplt || !plt || relplt.sh_link !== dynsym.index) return [];
  const syms = dynamicBfdSymbols(elf);
  return elf.relocations(relplt).flatMap((r, i) => {
    const sym = syms[r.r_sym];
    return r.r_sym !== 0 && sym ? [synthetic(sym, r.r_addend, plt, plt.sh_addr + 32n + 16n * BigInt(i))] : [];
  });
}
