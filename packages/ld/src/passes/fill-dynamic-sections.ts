// After relocation, write the contents of the dynamic link's sections now that addresses are
// final (their sizes were fixed by createDynamicSections):
//
//   .dynsym    defined symbols with their addresses; imports undefined (value 0, or their
//              canonical PLT entry, which the dynamic linker then uses as their address)
//   .rela.dyn  RELATIVE first (DT_RELACOUNT lets ld.so do them in a quick loop), then
//              GLOB_DAT for GOT slots, symbolic word relocations, and COPY
//   .rela.plt  JUMP_SLOT for each .got.plt slot
//   .plt       PLT0 and the entries (arch hooks)
//   .got.plt   [0] = _DYNAMIC, [1] [2] for ld.so (link map, resolver), then the lazy slots
//   .dynamic   the table of contents
//
// It also fills in the section header links (sh_link, sh_info, sh_entsize) readelf checks.

import {
  ELF64_DYN_SIZE, ELF64_RELA_SIZE, ELF64_ST_INFO, ELF64_SYM_SIZE, SHF_INFO_LINK, SHN_ABS, SHN_UNDEF, STB_GLOBAL,
  STB_WEAK, STT_FUNC, STT_GNU_IFUNC, STV_DEFAULT, encodeDynamic, encodeRela, encodeSymbols, type RelaEntry,
} from "@glass/elf";
import { gotSlotAddress, pltAddress, symbolAddress, tlsTemplate, type InputSection, type LinkContext, type LinkSymbol } from "../context.js";
import { bindingOf, gotSlotReloc, tlsSlotNeedsReloc } from "../dynamic/binding.js";
import { dynamicEntries } from "../dynamic/dynamic-section.js";
import { versionNeeds } from "../dynamic/symbol-versions.js";

export function fillDynamicSections(ctx: LinkContext): void {
  const dyn = ctx.dynamic;
  if (!dyn) return;
  const section = (name: string): InputSection | undefined => dyn.sections.get(name);

  section(".dynsym")!.data.set(encodeSymbols([
    { st_name: 0, st_info: 0, st_other: 0, st_shndx: SHN_UNDEF, st_value: 0n, st_size: 0n },
    ...dyn.dynsym.map((sym) => dynamicSymbol(ctx, sym)),
  ]));

  const relative: RelaEntry[] = [];
  const symbolic: RelaEntry[] = [];
  for (const sym of ctx.gotSymbols) {
    const r_offset = gotSlotAddress(ctx, sym.gotIndex!);
    const kind = gotSlotReloc(ctx, sym);
    if (kind === "relative") relative.push({ r_offset, r_type: ctx.arch.dynamicRelocs.relative, r_sym: 0, r_addend: symbolAddress(sym) });
    if (kind === "globDat") symbolic.push({ r_offset, r_type: ctx.arch.dynamicRelocs.globDat, r_sym: sym.dynsymIndex!, r_addend: 0n });
  }
  // TLS initial exec: the offset from the thread pointer (of an import, or inside our own block).
  ctx.tlsGotSymbols.forEach((sym, i) => {
    if (!tlsSlotNeedsReloc(ctx, sym)) return;
    const r_offset = gotSlotAddress(ctx, ctx.gotSymbols.length + i);
    const imported = bindingOf(ctx, sym) === "import";
    const r_addend = imported ? 0n : symbolAddress(sym) - (tlsTemplate(ctx)?.start ?? 0n);
    symbolic.push({ r_offset, r_type: ctx.arch.dynamicRelocs.tpoff, r_sym: imported ? sym.dynsymIndex! : 0, r_addend });
  });
  for (const r of dyn.relocs) {
    const r_offset = r.section.output!.sh_addr + r.section.offset + r.offset;
    if (r.kind === "relative") relative.push({ r_offset, r_type: ctx.arch.dynamicRelocs.relative, r_sym: 0, r_addend: symbolAddress(r.sym) + r.addend });
    else symbolic.push({ r_offset, r_type: ctx.arch.dynamicRelocs.symbolic, r_sym: r.sym.dynsymIndex!, r_addend: r.addend });
  }
  for (const sym of dyn.copySymbols)
    symbolic.push({ r_offset: symbolAddress(sym), r_type: ctx.arch.dynamicRelocs.copy, r_sym: sym.dynsymIndex!, r_addend: 0n });
  section(".rela.dyn")?.data.set(encodeRela([...relative, ...symbolic]));

  const plt = section(".plt");
  const gotPlt = section(".got.plt");
  if (plt && gotPlt) writePlt(ctx, plt, gotPlt);

  const entries = dynamicEntries(ctx, dyn.strings, relative.length);
  section(".dynamic")!.data.set(encodeDynamic(entries));
  linkSectionHeaders(ctx);
}

function dynamicSymbol(ctx: LinkContext, sym: LinkSymbol) {
  const st_name = ctx.dynamic!.strings.get(sym.name)!;
  if (sym.defined) {
    const out = sym.section?.output ?? sym.outputSection;
    return {
      st_name, st_info: ELF64_ST_INFO(sym.binding, sym.type), st_other: sym.visibility,
      st_shndx: out ? ctx.outputSections.indexOf(out) + 1 : SHN_ABS, st_value: symbolAddress(sym), st_size: sym.size,
    };
  }
  const type = sym.type === STT_GNU_IFUNC ? STT_FUNC : sym.type;
  return {
    st_name, st_info: ELF64_ST_INFO(sym.strongReference ? STB_GLOBAL : STB_WEAK, type), st_other: STV_DEFAULT,
    st_shndx: SHN_UNDEF, st_value: sym.canonicalPlt ? pltAddress(ctx, sym)! : 0n, st_size: 0n,
  };
}

function writePlt(ctx: LinkContext, plt: InputSection, gotPlt: InputSection): void {
  const dyn = ctx.dynamic!;
  const hooks = ctx.arch.plt;
  const [pltAt, gotPltAt] = [plt.output!.sh_addr + plt.offset, gotPlt.output!.sh_addr + gotPlt.offset];
  hooks.writeHeader(plt.data, pltAt, gotPltAt);
  const slots = new DataView(gotPlt.data.buffer);
  const dynamic = dyn.sections.get(".dynamic")!;
  slots.setBigUint64(0, dynamic.output!.sh_addr + dynamic.offset, true);
  const jumpSlots: RelaEntry[] = dyn.pltSymbols.map((sym, i) => {
    const entry = pltAddress(ctx, sym)!;
    const slot = gotPltAt + BigInt((3 + i) * 8);
    hooks.writeEntry(plt.data, Number(entry - pltAt), entry, slot, i, pltAt);
    slots.setBigUint64((3 + i) * 8, hooks.lazySlot(entry, pltAt), true);
    return { r_offset: slot, r_type: ctx.arch.dynamicRelocs.jumpSlot, r_sym: sym.dynsymIndex!, r_addend: 0n };
  });
  dyn.sections.get(".rela.plt")!.data.set(encodeRela(jumpSlots));
}

/** sh_link / sh_info / sh_entsize of the table sections, as GNU ld sets them. */
function linkSectionHeaders(ctx: LinkContext): void {
  const table: [name: string, link: string | undefined, info: string | number | undefined, entsize: number][] = [
    [".dynsym", ".dynstr", 1, ELF64_SYM_SIZE],
    [".hash", ".dynsym", undefined, 4],
    [".gnu.hash", ".dynsym", undefined, 0],
    [".rela.dyn", ".dynsym", undefined, ELF64_RELA_SIZE],
    [".rela.plt", ".dynsym", ctx.dynamic?.sections.get(".got.plt")?.output?.name ?? ".got.plt", ELF64_RELA_SIZE], // .got with -z now
    [".dynamic", ".dynstr", undefined, ELF64_DYN_SIZE],
    [".gnu.version", ".dynsym", undefined, 2],
    [".gnu.version_r", ".dynstr", versionNeeds(ctx).length, 0],
    [".got", undefined, undefined, 8],
    [".got.plt", undefined, undefined, 8],
    [".plt", undefined, undefined, Number(ctx.arch.plt.entrySize)],
  ];
  for (const [name, link, info, entsize] of table) {
    const out = ctx.outputSections.find((s) => s.name === name);
    if (!out) continue;
    Object.assign(out, { sh_link: link, sh_info: info, sh_entsize: BigInt(entsize) });
    if (name === ".rela.plt") out.sh_flags |= SHF_INFO_LINK;
  }
}
