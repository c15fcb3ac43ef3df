// Layout: give every fragment an address, choosing the size of alignment padding and of
// relaxable instructions (GNU as `relax_segment`).
//
// Every relaxable instruction starts in its short form. Each round computes addresses, then
// checks the short forms: one whose target is not in the section, or does not fit the short
// field (the ISA's field writer says so), becomes long for good. Growing one instruction can
// push another target out of range, so rounds repeat until none changes; since forms only
// ever grow, this ends.
//
// From here on, label addresses are final.

import type { AsmArch } from "./arch/types.js";
import { decideFixup } from "./fixups.js";
import { fragSize, type Section } from "./sections.js";
import type { EvalEnv } from "./symbols.js";

export function layoutSections(sections: Section[], env: EvalEnv, arch: AsmArch): void {
  for (const s of sections) s.frags = [...s.subsections.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, f]) => f);
  env.laidOut = true;
  for (const s of sections) {
    for (;;) {
      assignAddresses(s);
      if (!growShortForms(s, env, arch)) break;
    }
  }
}

function assignAddresses(s: Section): void {
  let addr = 0;
  for (const f of s.frags) {
    f.address = addr;
    if (f.kind === "align") {
      const pad = (f.align - (addr % f.align)) % f.align;
      f.size = pad <= f.max ? pad : 0;
    }
    addr += fragSize(f);
  }
  s.size = addr;
}

function growShortForms(s: Section, env: EvalEnv, arch: AsmArch): boolean {
  let changed = false;
  const scratch = new Uint8Array(16);
  for (const f of s.frags) {
    if (f.kind !== "relax" || f.useLong) continue;
    const fits = f.short.fixups.every((fx) => {
      const o = decideFixup({ at: fx.offset, expr: fx.expr, fixup: fx, loc: f.loc }, s, f.address + fx.offset, env, arch);
      return o.kind === "value" && arch.relocField(fx.reloc, scratch, 0, o.value) === undefined;
    });
    if (!fits) {
      f.useLong = true;
      changed = true;
    }
  }
  return changed;
}
