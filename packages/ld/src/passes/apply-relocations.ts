// Relocation: now that every address is known, patch each place a relocation names.
//
// For each RELA entry the arch's formula computes the value (S + A - P, Page(S+A) - Page(P) …)
// and @glass/isa's field writer puts it into the instruction or data word, reporting values
// that do not fit. A reference to a symbol nobody defined is GNU ld's "undefined reference"
// (unless every reference is weak: then the symbol is 0), except for symbols a shared object
// defines and, in a shared object being built, any symbol (unless -z defs). The GOT holds the
// link-time address of each symbol reached through it (0 for an import: the dynamic linker
// fills it in). A call to a function with a PLT entry, and any use of a canonical PLT entry,
// lands on the entry instead of the symbol.

import { relocName, STT_SECTION } from "@glass/elf";
import { pltAddress, symbolAddress, type InputSection, type LinkContext, type LinkSymbol } from "../context.js";
import { PlaceFormatter, report, throwIfErrors } from "../messages.js";

export function applyRelocations(ctx: LinkContext): void {
  fillGot(ctx);
  const places = new PlaceFormatter();
  for (const file of ctx.files) {
    for (const section of file.sections) {
      if (section?.live && section.output) relocateSection(ctx, section, places);
    }
  }
  throwIfErrors(ctx);
}

function fillGot(ctx: LinkContext): void {
  if (!ctx.got?.synthetic) return;
  const view = new DataView(ctx.got.synthetic.buffer);
  ctx.gotSymbols.forEach((sym, i) => view.setBigUint64(i * 8, BigInt.asUintN(64, symbolAddress(sym)), true));
}

function isUndefinedReference(ctx: LinkContext, sym: LinkSymbol): boolean {
  if (sym.defined || !sym.strongReference || sym.dso) return false;
  return !(ctx.dynamic?.kind === "shared" && !ctx.options.noUndefined);
}

function displayName(sym: LinkSymbol): string {
  return sym.type === STT_SECTION ? sym.section?.name ?? "" : sym.name;
}

function relocateSection(ctx: LinkContext, section: InputSection, places: PlaceFormatter): void {
  const base = section.output!.sh_addr + section.offset;
  for (const rel of section.relocations) {
    const sym = section.file.symbols[rel.r_sym]!;
    if (isUndefinedReference(ctx, sym)) {
      report(ctx, places.lines(section, rel.r_offset, `undefined reference to \`${sym.name}'`));
      continue;
    }
    const rule = ctx.arch.relocs.get(rel.r_type)!;
    const got = ctx.got && sym.gotIndex !== undefined ? ctx.got.sh_addr + BigInt(sym.gotIndex * 8) : 0n;
    const plt = pltAddress(ctx, sym);
    const S = plt !== undefined && (rule.kind === "call" || sym.canonicalPlt) ? plt : symbolAddress(sym);
    const value = rule.formula({ S, A: rel.r_addend, P: base + rel.r_offset, G: got });
    const problem = ctx.arch.writeField(rel.r_type, section.data, Number(rel.r_offset), value);
    if (problem) {
      const name = relocName(ctx.machine, rel.r_type);
      const what = /misaligned/.test(problem) ? `misaligned relocation ${name}` : `relocation truncated to fit: ${name}`;
      report(ctx, places.lines(section, rel.r_offset, `${what} against \`${displayName(sym)}'`));
    }
  }
}
