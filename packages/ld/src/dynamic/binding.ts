// Where a symbol's address comes from in a dynamic link, the question behind every decision
// about GOT slots, PLT entries and dynamic relocations:
//
//   "import"    the dynamic linker finds it at run time: it is defined in a shared object
//               (or nowhere, in a shared object being built), or it is defined here but
//               preemptible — a global of a shared object that an executable or an earlier
//               library may interpose (ELF gABI "Symbol Resolution"; -Bsymbolic turns it off)
//   "local"     inside this image: known at link time up to the load base, so a pointer to it
//               needs a RELATIVE relocation in a position-independent output
//   "absolute"  a fixed number: an SHN_ABS symbol, or an undefined weak symbol (0)

import { STB_LOCAL, STT_FUNC, STT_GNU_IFUNC, STV_DEFAULT, STV_PROTECTED } from "@glass/elf";
import type { LinkContext, LinkSymbol } from "../context.js";
import { providedByLinker } from "../passes/linker-symbols.js";

export type Binding = "import" | "local" | "absolute";

/** A global of the shared object being built that other modules may interpose. */
export function isPreemptible(ctx: LinkContext, sym: LinkSymbol): boolean {
  return (
    ctx.dynamic?.kind === "shared" &&
    !ctx.options.symbolic &&
    sym.defined &&
    sym.binding !== STB_LOCAL &&
    sym.visibility === STV_DEFAULT &&
    sym.file !== undefined &&
    !sym.file.internal
  );
}

export function bindingOf(ctx: LinkContext, sym: LinkSymbol): Binding {
  if (sym.defined) {
    if (!sym.section && !sym.outputSection && sym.commonAlign === undefined) return "absolute";
    return isPreemptible(ctx, sym) ? "import" : "local";
  }
  if (ctx.dynamic && sym.binding !== STB_LOCAL && sym.dso) return "import";
  if (sym.binding !== STB_LOCAL && providedByLinker(ctx, sym.name)) return "local";
  if (!ctx.dynamic || sym.binding === STB_LOCAL) return "absolute";
  return ctx.dynamic.kind === "shared" && sym.visibility === STV_DEFAULT ? "import" : "absolute";
}

export const isFunction = (sym: LinkSymbol): boolean => sym.type === STT_FUNC || sym.type === STT_GNU_IFUNC;

/** Defined symbols the output offers to other modules through .dynsym. */
export function isExported(ctx: LinkContext, sym: LinkSymbol): boolean {
  const dyn = ctx.dynamic;
  if (!dyn || !sym.defined || sym.binding === STB_LOCAL) return false;
  if (sym.copied) return true;
  const visible = sym.visibility === STV_DEFAULT || sym.visibility === STV_PROTECTED;
  if (!visible || !sym.file || sym.file.internal) return false;
  return dyn.kind === "shared" || ctx.options.exportDynamic === true || sym.dsoReferenced === true;
}

/** The dynamic relocation a GOT slot needs: GLOB_DAT for an import, RELATIVE for a local address in a PIC output. */
export function gotSlotReloc(ctx: LinkContext, sym: LinkSymbol): "globDat" | "relative" | undefined {
  const binding = bindingOf(ctx, sym);
  if (binding === "import") return "globDat";
  return binding === "local" && ctx.dynamic?.kind !== "exec" ? "relative" : undefined;
}

/** A TLS initial-exec slot needs TPOFF64 when the offset is not known here: an import, or any symbol of a shared object. */
export function tlsSlotNeedsReloc(ctx: LinkContext, sym: LinkSymbol): boolean {
  return ctx.dynamic !== undefined && (bindingOf(ctx, sym) === "import" || ctx.dynamic.kind === "shared");
}
