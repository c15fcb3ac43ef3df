// Relocation: now that every address is known, patch each place a relocation names.
//
// For each RELA entry the arch's formula computes the value (S + A - P, Page(S+A) - Page(P) …)
// and @glass/isa's field writer puts it into the instruction or data word, reporting values
// that do not fit. A reference to a symbol nobody defined is GNU ld's "undefined reference"
// (unless every reference is weak: then the symbol is 0), except for symbols a shared object
// defines and, in a shared object being built, any symbol (unless -z defs). The GOT holds the
// link-time address of each symbol reached through it (0 for an import: the dynamic linker
// fills it in). A call to a function with a PLT entry, and any use of a canonical PLT entry,
// lands on the entry instead of the symbol; in a static link every use of an IFUNC lands on
// its .iplt stub; a branch that does not reach lands on its range-extension veneer. TLS
// offsets are counted from the thread pointer's place (arch.threadPointer);
// a thread-pointer-offset GOT slot holds that offset (0 for an import: TPOFF64 fills it).

import { relocName, STT_SECTION } from "@glass/elf";
import {
  gotSlotAddress, pltAddress, symbolAddress, targetAddress, tlsTemplate, type InputSection, type LinkContext, type LinkSymbol,
} from "../context.js";
import type { RelocInputs } from "../arch/arch.js";
import { bindingOf } from "../dynamic/binding.js";
import { PlaceFormatter, report, throwIfErrors } from "../messages.js";

export function applyRelocations(ctx: LinkContext): void {
  fillGot(ctx);
  const places = new PlaceFormatter();
  const tls = tlsTemplate(ctx);
  const gotSymbol = ctx.symbols.get("_GLOBAL_OFFSET_TABLE_");
  // One RelocInputs for the whole pass: GOT and TP are the same for every relocation, and S,
  // A, P and G are set for each (formulas only read them).
  const inputs: RelocInputs = {
    S: 0n,
    A: 0n,
    P: 0n,
    G: 0n,
    GOT: gotSymbol?.defined ? targetAddress(ctx, gotSymbol) : ctx.got?.output?.sh_addr ?? 0n,
    TP: tls ? ctx.arch.threadPointer(tls) : 0n,
  };
  // Indexed loops here and in relocateSection: they run once per section and per relocation,
  // mostly before the JIT has optimized them, where for…of pays for an iterator per step.
  for (const file of ctx.files) {
    const sections = file.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      if (section?.live && section.output) relocateSection(ctx, section, inputs, places);
    }
  }
  throwIfErrors(ctx);
}

function fillGot(ctx: LinkContext): void {
  if (!ctx.got) return;
  const view = new DataView(ctx.got.data.buffer);
  ctx.gotSymbols.forEach((sym, i) => view.setBigUint64(i * 8, BigInt.asUintN(64, targetAddress(ctx, sym)), true));
  const tls = tlsTemplate(ctx);
  ctx.tlsGotSymbols.forEach((sym, i) => {
    const offset = tls && bindingOf(ctx, sym) !== "import" ? targetAddress(ctx, sym) - ctx.arch.threadPointer(tls) : 0n;
    view.setBigUint64((ctx.gotSymbols.length + i) * 8, BigInt.asUintN(64, offset), true);
  });
}

/** G of a relocation: the symbol's address slot, or its thread-pointer-offset slot. */
function gotSlotOf(ctx: LinkContext, sym: LinkSymbol, kind: string): bigint {
  if (kind === "gotTpoff" && sym.gotTpIndex !== undefined) return gotSlotAddress(ctx, ctx.gotSymbols.length + sym.gotTpIndex);
  return sym.gotIndex !== undefined ? gotSlotAddress(ctx, sym.gotIndex) : 0n;
}

function isUndefinedReference(ctx: LinkContext, sym: LinkSymbol): boolean {
  if (sym.defined || !sym.strongReference || sym.dso) return false;
  return !(ctx.dynamic?.kind === "shared" && !ctx.options.noUndefined);
}

function displayName(sym: LinkSymbol): string {
  return sym.type === STT_SECTION ? sym.section?.name ?? "" : sym.name;
}

function relocateSection(ctx: LinkContext, section: InputSection, inputs: RelocInputs, places: PlaceFormatter): void {
  const base = section.output!.sh_addr + section.offset;
  const relocations = section.relocations;
  for (let i = 0; i < relocations.length; i++) {
    const rel = relocations[i]!;
    const sym = section.file.symbols[rel.r_sym]!;
    if (isUndefinedReference(ctx, sym)) {
      report(ctx, places.lines(section, rel.r_offset, `undefined reference to \`${sym.name}'`));
      continue;
    }
    const rule = ctx.arch.relocs.get(rel.r_type)!;
    const plt = pltAddress(ctx, sym);
    inputs.S = plt !== undefined && (rule.kind === "call" || sym.canonicalPlt) ? plt : targetAddress(ctx, sym);
    inputs.A = rel.r_addend;
    inputs.P = base + rel.r_offset;
    inputs.G = gotSlotOf(ctx, sym, rule.kind);
    let problem = ctx.arch.writeField(rel.r_type, section.data, Number(rel.r_offset), rule.formula(inputs));
    const veneer = problem && rule.kind === "call" ? ctx.veneers?.get(sym) : undefined;
    if (veneer) {
      inputs.S = symbolAddress(veneer.veneer);
      inputs.A = 0n;
      problem = ctx.arch.writeField(rel.r_type, section.data, Number(rel.r_offset), rule.formula(inputs));
    }
    if (problem) {
      const name = relocName(ctx.machine, rel.r_type);
      const what = /misaligned/.test(problem) ? `misaligned relocation ${name}` : `relocation truncated to fit: ${name}`;
      report(ctx, places.lines(section, rel.r_offset, `${what} against \`${displayName(sym)}'`));
    }
  }
}
