// Before layout, look at every relocation once (mold's `scan_relocations`): a relocation
// type the target does not support is an error now, and every symbol reached through the
// GOT gets a slot, so layout knows how big .got is.
//
// In a dynamic link the scan also decides, from the relocation's kind and the symbol's
// binding (dynamic/binding.ts), what the output needs for it:
//
//   kind \ binding   import (from a .so, or preemptible)         local
//   got              slot + GLOB_DAT                              slot (+ RELATIVE if PIC)
//   call             PLT entry + JUMP_SLOT                        direct
//   word             R_X86_64_64 / ABS64 against the symbol       RELATIVE if PIC
//   relative         executable: data → COPY into .bss, function  direct
//   absolute           → canonical PLT entry; shared: an error    (absolute + PIC: an error)
//
// A COPY relocation makes the symbol local to the executable (its copy in .bss is exported
// so the library uses it too); a canonical PLT entry becomes the function's address
// everywhere (the .dynsym entry carries it), so function pointers compare equal.

import { relocName, type RelaEntry } from "@glass/elf";
import type { RelocRule } from "../arch/arch.js";
import type { InputSection, LinkContext, LinkSymbol } from "../context.js";
import { bindingOf, isFunction } from "../dynamic/binding.js";
import { PlaceFormatter, report, throwIfErrors } from "../messages.js";

export function scanRelocations(ctx: LinkContext): void {
  const places = new PlaceFormatter();
  for (const file of ctx.files) {
    for (const section of file.sections) {
      if (!section?.live) continue;
      scanSection(ctx, section, places);
    }
  }
  throwIfErrors(ctx);
}

function scanSection(ctx: LinkContext, section: InputSection, places: PlaceFormatter): void {
  for (const rel of section.relocations) {
    const rule = ctx.arch.relocs.get(rel.r_type);
    const sym = section.file.symbols[rel.r_sym];
    if (!rule || !sym) {
      const name = relocName(ctx.machine, rel.r_type);
      report(ctx, places.lines(section, rel.r_offset, `unsupported relocation type ${name} against \`${sym?.name ?? rel.r_sym}'`));
      continue;
    }
    if (rule.kind === "got") addGotSlot(ctx, sym);
    else if (ctx.dynamic) {
      const problem = scanDynamic(ctx, section, rel, rule, sym);
      if (problem && !ctx.errors.some((e) => e.message === problem)) report(ctx, problem);
    }
  }
}

function addGotSlot(ctx: LinkContext, sym: LinkSymbol): void {
  if (sym.gotIndex !== undefined) return;
  sym.gotIndex = ctx.gotSymbols.length;
  ctx.gotSymbols.push(sym);
}

function addPltEntry(ctx: LinkContext, sym: LinkSymbol): void {
  const dyn = ctx.dynamic!;
  if (sym.pltIndex !== undefined) return;
  sym.pltIndex = dyn.pltSymbols.length;
  dyn.pltSymbols.push(sym);
}

/** Records what `rel` needs in a dynamic link; returns GNU ld's error message for an impossible one. */
function scanDynamic(ctx: LinkContext, section: InputSection, rel: RelaEntry, rule: RelocRule, sym: LinkSymbol): string | undefined {
  const dyn = ctx.dynamic!;
  const binding = bindingOf(ctx, sym);
  const pic = dyn.kind !== "exec";
  const place = { section, offset: rel.r_offset, sym, addend: rel.r_addend };
  const target = sym.name ? `symbol \`${sym.name}'` : `\`${sym.section?.name ?? ""}'`;
  const making = dyn.kind === "shared" ? "a shared object; recompile with -fPIC" : "a PIE object; recompile with -fPIE";
  const recompile = `${section.file.name}: relocation ${relocName(ctx.machine, rel.r_type)} against ${target} can not be used when making ${making}`;

  switch (rule.kind) {
    case "call":
      if (binding === "import") addPltEntry(ctx, sym);
      return undefined;
    case "word":
      if (binding === "import") dyn.relocs.push({ ...place, kind: "symbolic" });
      else if (binding === "local" && pic) dyn.relocs.push({ ...place, kind: "relative" });
      return undefined;
    case "relative":
    case "absolute":
      if (rule.kind === "absolute" && pic && binding !== "absolute") return recompile;
      if (binding !== "import" || sym.defined) return undefined; // a preemptible symbol's own PC-relative uses bind locally
      if (dyn.kind === "shared") return recompile;
      if (isFunction(sym)) {
        addPltEntry(ctx, sym);
        sym.canonicalPlt = true;
      } else if (!dyn.copySymbols.includes(sym)) dyn.copySymbols.push(sym);
      return undefined;
  }
  return undefined;
}
