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
//
// A GOT load of a symbol whose address is known at link time is relaxed when the arch can
// rewrite the instruction (x86-64 `mov foo@GOTPCREL(%rip)` → `lea foo(%rip)`; TLS initial exec
// → local exec in an executable): then it needs no slot. TLS initial exec otherwise gets a
// slot holding the offset from the thread pointer. In a static link an STT_GNU_IFUNC symbol
// gets an .iplt stub, which every reference uses instead (passes/ifunc.ts).

import { relocName, STT_GNU_IFUNC, type RelaEntry } from "@glass/elf";
import type { RelocRule } from "../arch/arch.js";
import type { InputSection, LinkContext, LinkSymbol } from "../context.js";
import { bindingOf, isFunction } from "../dynamic/binding.js";
import { PlaceFormatter, report, throwIfErrors } from "../messages.js";

export function scanRelocations(ctx: LinkContext): void {
  const places = new PlaceFormatter();
  // Indexed loops (as in apply-relocations.ts): once per section and relocation, mostly unoptimized.
  for (const file of ctx.files) {
    const sections = file.sections;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      if (section?.live) scanSection(ctx, section, places);
    }
  }
  throwIfErrors(ctx);
}

function scanSection(ctx: LinkContext, section: InputSection, places: PlaceFormatter): void {
  const relocations = section.relocations;
  for (let i = 0; i < relocations.length; i++) {
    const rel = relocations[i]!;
    const rule = ctx.arch.relocs.get(rel.r_type);
    const sym = section.file.symbols[rel.r_sym];
    if (!rule || !sym) {
      const name = relocName(ctx.machine, rel.r_type);
      report(ctx, places.lines(section, rel.r_offset, `unsupported relocation type ${name} against \`${sym?.name ?? rel.r_sym}'`));
      continue;
    }
    if (sym.defined && sym.type === STT_GNU_IFUNC && !sym.copied) {
      if (ctx.dynamic) report(ctx, places.lines(section, rel.r_offset, `STT_GNU_IFUNC symbol \`${sym.name}' in a dynamic link is not supported by glass ld`));
      else addIfunc(ctx, sym);
      if (rule.kind === "got") addGotSlot(ctx, sym);
      continue;
    }
    if (rule.kind === "got") {
      if (!relaxed(ctx, section, rel, sym)) addGotSlot(ctx, sym);
    } else if (rule.kind === "gotTpoff") {
      if (!relaxed(ctx, section, rel, sym)) addTlsGotSlot(ctx, sym);
    } else if (rule.kind === "tpoff") {
      if (ctx.dynamic?.kind === "shared") report(ctx, places.lines(section, rel.r_offset, `relocation ${relocName(ctx.machine, rel.r_type)} against \`${sym.name}' can not be used when making a shared object; recompile with -fPIC`));
    } else if (ctx.dynamic) {
      const problem = scanDynamic(ctx, section, rel, rule, sym, places);
      if (problem) report(ctx, problem);
    }
  }
}

/** Asks the arch to rewrite the instruction so it needs no GOT slot; true when it did. */
function relaxed(ctx: LinkContext, section: InputSection, rel: RelaEntry, sym: LinkSymbol): boolean {
  const dyn = ctx.dynamic;
  return ctx.arch.relax({
    rel,
    data: section.data,
    binding: bindingOf(ctx, sym),
    pic: dyn !== undefined && dyn.kind !== "exec",
    executable: dyn?.kind !== "shared",
  });
}

function addTlsGotSlot(ctx: LinkContext, sym: LinkSymbol): void {
  if (sym.gotTpIndex !== undefined) return;
  sym.gotTpIndex = ctx.tlsGotSymbols.length; // counted after the address slots once those are all known
  ctx.tlsGotSymbols.push(sym);
}

function addIfunc(ctx: LinkContext, sym: LinkSymbol): void {
  if (sym.ipltIndex !== undefined) return;
  sym.ipltIndex = ctx.ifuncSymbols.length;
  ctx.ifuncSymbols.push(sym);
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
function scanDynamic(ctx: LinkContext, section: InputSection, rel: RelaEntry, rule: RelocRule, sym: LinkSymbol, places: PlaceFormatter): string | undefined {
  const dyn = ctx.dynamic!;
  const binding = bindingOf(ctx, sym);
  const pic = dyn.kind !== "exec";
  const place = { section, offset: rel.r_offset, sym, addend: rel.r_addend };

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
      if (rule.kind === "absolute" && pic && binding !== "absolute") return nonPic(ctx, section, rel, sym, places);
      if (binding !== "import") return undefined;
      // A shared object cannot reach a preemptible symbol, defined here or not, PC-relatively.
      if (dyn.kind === "shared") return rule.bindsLocally ? nonPic(ctx, section, rel, sym, places) : undefined;
      if (sym.defined) return undefined;
      if (isFunction(sym)) {
        addPltEntry(ctx, sym);
        sym.canonicalPlt = true;
      } else if (!dyn.copySymbols.includes(sym)) dyn.copySymbols.push(sym);
      return undefined;
  }
  return undefined;
}

/** GNU ld's "can not be used when making a shared object; recompile with -fPIC", in the arch's words. */
function nonPic(ctx: LinkContext, section: InputSection, rel: RelaEntry, sym: LinkSymbol, places: PlaceFormatter): string | undefined {
  const { message, dangerous } = ctx.arch.nonPicError({
    file: section.file.name,
    reloc: relocName(ctx.machine, rel.r_type),
    target: sym.name || (sym.section?.name ?? ""),
    section: !sym.name,
    defined: sym.defined,
    absolute: ctx.arch.relocs.get(rel.r_type)?.kind === "absolute",
    shared: ctx.dynamic?.kind === "shared",
  });
  // Once per symbol and relocation type, as GNU ld reports it.
  if (ctx.errors.some((e) => e.message.split("\n")[0] === message)) return undefined;
  return dangerous ? `${message}\n${places.lines(section, rel.r_offset, "dangerous relocation: unsupported relocation")}` : message;
}
