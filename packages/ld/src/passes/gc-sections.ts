// --gc-sections: keep only the input sections the program can reach.
//
// Mark and sweep over the graph "section → sections its relocations point into". The roots
// are what runs without being referenced: the entry point's section, constructor and
// destructor tables (.init_array …), sections marked SHF_GNU_RETAIN, and sections whose
// `__start_NAME`/`__stop_NAME` symbols are used. .eh_frame is not a root (it mentions every
// function); it is kept, minus the frame descriptions of removed functions.

import { SHF_GNU_RETAIN, SHT_FINI_ARRAY, SHT_INIT_ARRAY, SHT_NOTE, SHT_PREINIT_ARRAY } from "@glass/elf";
import type { InputSection, LinkContext } from "../context.js";
import { pruneEhFrame } from "./eh-frame.js";

const rootTypes = new Set([SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY, SHT_NOTE]);
const rootNames = /^\.(init|fini|ctors|dtors|preinit_array|init_array|fini_array)(\.|$)/;

function isRoot(ctx: LinkContext, s: InputSection): boolean {
  return (
    rootTypes.has(s.sh_type) ||
    rootNames.test(s.name) ||
    (s.sh_flags & SHF_GNU_RETAIN) !== 0n ||
    ctx.symbols.has(`__start_${s.name}`) ||
    ctx.symbols.has(`__stop_${s.name}`)
  );
}

export function gcSections(ctx: LinkContext): void {
  const sections = ctx.files.flatMap((f) => f.sections.filter((s): s is InputSection => s !== undefined));
  const isEhFrame = (s: InputSection): boolean => s.name === ".eh_frame";
  for (const s of sections) s.live = false;

  const work: InputSection[] = [];
  const mark = (s: InputSection | undefined): void => {
    if (s && !s.live) {
      s.live = true;
      work.push(s);
    }
  };
  mark(ctx.symbols.get(ctx.options.entry ?? "_start")?.section);
  sections.filter((s) => !isEhFrame(s) && isRoot(ctx, s)).forEach(mark);
  for (let s = work.pop(); s; s = work.pop()) {
    for (const rel of s.relocations) mark(s.file.symbols[rel.r_sym]?.section);
  }

  for (const s of sections) {
    if (isEhFrame(s)) {
      s.live = true;
      pruneEhFrame(s);
    } else if (!s.live) {
      ctx.discarded.push(s);
      if (ctx.options.printGcSections)
        ctx.messages.push(`removing unused section '${s.name}' in file '${s.file.name}'`);
    }
  }
}
