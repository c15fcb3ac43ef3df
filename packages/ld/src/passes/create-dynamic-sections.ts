// Before layout, make the sections a dynamic link adds, at their final sizes (their bytes
// that depend on addresses are written by fillDynamicSections once addresses are known):
//
//   .interp      the dynamic linker's path (executables)        → PT_INTERP
//   .hash .gnu.hash .dynsym .dynstr                             the dynamic symbol table
//   .gnu.version .gnu.version_r  the versions imports ask for   (dynamic/symbol-versions.ts)
//   .rela.dyn    RELATIVE, GLOB_DAT, R_*_64/ABS64 and COPY relocations
//   .rela.plt    one JUMP_SLOT per PLT entry                     (DT_JMPREL)
//   .plt         PLT0 and one entry per imported function       (arch hooks)
//   .got.plt     3 reserved words, then one slot per PLT entry   (DT_PLTGOT)
//   .dynamic     the table of contents                           → PT_DYNAMIC
//   .dynbss      room in .bss for data copied from shared objects (COPY)
//
// They belong to an internal "file" appended to ctx.files, so layout bins them like any
// input section. Also decided here: which shared objects are needed (--as-needed), where
// copied symbols live, and the .dynsym order (undefined symbols first, then the defined ones
// sorted by GNU hash bucket, as .gnu.hash requires).

import {
  ELF64_DYN_SIZE, ELF64_RELA_SIZE, ELF64_SYM_SIZE, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_DYNAMIC, SHT_DYNSYM,
  SHT_GNU_HASH, SHT_GNU_verneed, SHT_GNU_versym, SHT_HASH, SHT_NOBITS, SHT_PROGBITS, SHT_RELA, SHT_STRTAB, STB_GLOBAL, buildStringTable,
} from "@glass/elf";
import type { InputSection, LinkContext, LinkSymbol, ObjectFile } from "../context.js";
import { bindingOf, gotSlotReloc, isExported, tlsSlotNeedsReloc } from "../dynamic/binding.js";
import { dynamicEntries, dynamicStrings } from "../dynamic/dynamic-section.js";
import { buildGnuHash, buildSysvHash, sortForGnuHash } from "../dynamic/hash-tables.js";
import { buildVerneed, buildVersym, versionNeeds } from "../dynamic/symbol-versions.js";

export function createDynamicSections(ctx: LinkContext): void {
  const dyn = ctx.dynamic;
  if (!dyn) return;
  const internal: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };
  const make = (name: string, sh_type: number, sh_flags: bigint, align: bigint, data: Uint8Array | bigint): InputSection => {
    const section: InputSection = {
      file: internal, index: -1, name, sh_type, sh_flags, sh_addralign: align,
      size: typeof data === "bigint" ? data : BigInt(data.length),
      data: typeof data === "bigint" ? (sh_type === SHT_NOBITS ? new Uint8Array(0) : new Uint8Array(Number(data))) : data,
      relocations: [], live: true, offset: 0n,
    };
    internal.sections.push(section);
    dyn.sections.set(name, section);
    return section;
  };
  const A = SHF_ALLOC;

  // Which shared objects an object uses (for --as-needed).
  for (const sym of ctx.symbols.values()) if (sym.dso && !sym.defined && sym.referencedBy) sym.dso.used = true;

  if (dyn.kind !== "shared") {
    const path = ctx.options.dynamicLinker ?? ctx.arch.dynamicLinker;
    make(".interp", SHT_PROGBITS, A, 1n, new TextEncoder().encode(path + "\0"));
  }
  if (dyn.copySymbols.length > 0) placeCopies(ctx, make(".dynbss", SHT_NOBITS, A | SHF_WRITE, 1n, 0n), internal);

  // .dynsym: what is imported through a GOT slot, PLT entry or word relocation, then what
  // ld.so must find here: exports, and canonical PLT entries (the function's address).
  const imported = new Set<LinkSymbol>();
  for (const sym of [...ctx.gotSymbols, ...ctx.tlsGotSymbols, ...dyn.pltSymbols, ...dyn.relocs.filter((r) => r.kind === "symbolic").map((r) => r.sym)])
    if (bindingOf(ctx, sym) === "import" && !sym.defined && !sym.canonicalPlt) imported.add(sym);
  const exported = [...ctx.symbols.values()].filter((sym) => isExported(ctx, sym) || sym.canonicalPlt);
  dyn.dynsym = [...imported, ...sortForGnuHash(exported, (s) => s.name)];
  dyn.dynsym.forEach((sym, i) => (sym.dynsymIndex = i + 1));

  const names = ["", ...dyn.dynsym.map((s) => s.name)];
  const style = ctx.options.hashStyle ?? "both";
  if (style !== "gnu") make(".hash", SHT_HASH, A, 8n, buildSysvHash(names));
  if (style !== "sysv") make(".gnu.hash", SHT_GNU_HASH, A, 8n, buildGnuHash(names, imported.size + 1));
  make(".dynsym", SHT_DYNSYM, A, 8n, BigInt(names.length * ELF64_SYM_SIZE));
  const needs = versionNeeds(ctx);
  const versionNames = needs.flatMap((n) => [n.soname, ...n.versions.map((v) => v.name)]);
  const strings = buildStringTable([...names, ...dynamicStrings(ctx), ...versionNames]);
  make(".dynstr", SHT_STRTAB, A, 1n, strings.table);
  dyn.strings = strings.offsets;
  if (needs.length > 0) {
    make(".gnu.version", SHT_GNU_versym, A, 2n, buildVersym(ctx, needs));
    make(".gnu.version_r", SHT_GNU_verneed, A, 8n, buildVerneed(needs, strings.offsets));
  }

  const gotRelocs = ctx.gotSymbols.filter((sym) => gotSlotReloc(ctx, sym) !== undefined).length;
  const tlsRelocs = ctx.tlsGotSymbols.filter((sym) => tlsSlotNeedsReloc(ctx, sym)).length;
  const relaDyn = dyn.relocs.length + gotRelocs + tlsRelocs + dyn.copySymbols.length;
  if (relaDyn > 0) make(".rela.dyn", SHT_RELA, A, 8n, BigInt(relaDyn * ELF64_RELA_SIZE));
  const plt = dyn.pltSymbols.length;
  if (plt > 0) {
    make(".rela.plt", SHT_RELA, A, 8n, BigInt(plt * ELF64_RELA_SIZE));
    make(".plt", SHT_PROGBITS, A | SHF_EXECINSTR, 16n, ctx.arch.plt.headerSize + BigInt(plt) * ctx.arch.plt.entrySize);
    make(".got.plt", SHT_PROGBITS, A | SHF_WRITE, 8n, BigInt((3 + plt) * 8));
  }
  const relative = dyn.relocs.some((r) => r.kind === "relative") || ctx.gotSymbols.some((s) => gotSlotReloc(ctx, s) === "relative");
  const entries = dynamicEntries(ctx, strings.offsets, relative ? 1 : 0);
  make(".dynamic", SHT_DYNAMIC, A | SHF_WRITE, 8n, BigInt(entries.length * ELF64_DYN_SIZE));
  ctx.files.push(internal);
}

/**
 * Gives each copied symbol a slot in .dynbss, aligned for its size; the symbol is now defined
 * there, and so are its aliases in the shared object (libc reads `__environ`, programs
 * `environ`: both names must lead to the one copy).
 */
function placeCopies(ctx: LinkContext, dynbss: InputSection, internal: ObjectFile): void {
  const copies = ctx.dynamic!.copySymbols;
  let size = 0n;
  copies.forEach((sym, i) => {
    // The COPY relocation names the strong alias (`__environ`, not the weak `environ`), as GNU ld does.
    const names = sym.dso?.aliases.get(sym.name) ?? [sym.name];
    const strong = names.map((n) => ctx.symbols.get(n)!).find((s) => s.binding === STB_GLOBAL && !s.defined && s.dso === sym.dso);
    if (strong) copies[i] = strong;
    let align = 1n;
    while (align < 16n && align < sym.size) align *= 2n;
    if (align > dynbss.sh_addralign) dynbss.sh_addralign = align;
    size = ((size + align - 1n) / align) * align;
    for (const name of names) {
      const alias = ctx.symbols.get(name)!;
      if (alias === sym || (!alias.defined && alias.dso === sym.dso))
        Object.assign(alias, { defined: true, section: dynbss, value: size, file: internal, copied: true });
    }
    size += sym.size;
  });
  dynbss.size = size;
}
