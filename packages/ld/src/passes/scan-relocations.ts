// Before layout, look at every relocation once (mold's `scan_relocations`): a relocation
// type the target does not support is an error now, and every symbol reached through the
// GOT gets a slot, so layout knows how big .got is.

import { relocName } from "@glass/elf";
import type { InputSection, LinkContext } from "../context.js";
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
    if (rule.got && sym.gotIndex === undefined) {
      sym.gotIndex = ctx.gotSymbols.length;
      ctx.gotSymbols.push(sym);
    }
  }
}
