// Layout: give every fragment an address, choosing the size of alignment padding and of
// relaxable instructions (GNU as `relax_segment` in write.c).
//
// Every relaxable instruction starts in its short form and addresses are assigned once.
// Then passes walk the fragments in order, as GNU as does, carrying `stretch`: how far the
// fragments seen so far in this pass have moved. A short form whose target is not in the
// section, or does not fit the short field (the ISA's field writer says so), becomes long
// for good and adds to the stretch; padding and `.org` fills are recomputed at their new
// address and may absorb some of it. While a short form is checked, GNU as guesses where
// targets ahead of it are: moved by the stretch if no alignment lies between (an alignment
// may absorb the move), not moved otherwise. The guess matters — two layouts can both be
// consistent, and GNU as's guess picks which one — so it is reproduced exactly. Passes
// repeat until no form changes; since forms only ever grow, this ends.
//
// From here on, label addresses are final.

import type { AsmArch } from "./arch/types.js";
import { decideFixup } from "./fixups.js";
import { asmError } from "./errors.js";
import { fragSize, MAX_FILL, type Frag, type OrgFrag, type Section } from "./sections.js";
import { evaluate, labelAddress, type EvalEnv } from "./symbols.js";

export function layoutSections(sections: Section[], env: EvalEnv, arch: AsmArch): void {
  for (const s of sections) s.frags = [...s.subsections.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, f]) => f);
  env.laidOut = true;
  for (const s of sections) {
    assignAddresses(s, env);
    while (relaxPass(s, env, arch)) assignAddresses(s, env);
  }
}

function assignAddresses(s: Section, env: EvalEnv): void {
  let addr = 0;
  for (const f of s.frags) {
    f.address = addr;
    resize(f, s, env);
    addr += fragSize(f);
  }
  s.size = addr;
}

/** Sets the size of padding and `.org` fills for the fragment's current address. */
function resize(f: Frag, s: Section, env: EvalEnv): void {
  if (f.kind === "align") {
    const pad = (f.align - (f.address % f.align)) % f.align;
    f.size = pad <= f.max ? pad : 0;
  }
  if (f.kind === "org") {
    f.size = orgTarget(f, s, env) - f.address;
    if (f.size < 0) asmError(env.file, f.loc, "attempt to move .org backwards");
    if (f.size > Number(MAX_FILL)) asmError(env.file, f.loc, `.org of ${f.size} bytes is larger than Glass supports (${MAX_FILL} bytes)`);
  }
}

/** The section offset a `.org` moves to: a constant, or a label of this section plus one. */
function orgTarget(f: OrgFrag, s: Section, env: EvalEnv): number {
  const v = evaluate(f.target, env);
  if (v.neg || (v.sym && v.sym.label?.section !== s)) asmError(env.file, f.loc, ".org needs a constant or a label of the current section");
  return Number(v.c) + (v.sym ? labelAddress(v.sym) : 0);
}

/** One pass over the fragments; true when a short form became long. */
function relaxPass(s: Section, env: EvalEnv, arch: AsmArch): boolean {
  const frags = s.frags;
  const old = frags.map((f) => f.address);
  const scratch = new Uint8Array(16);
  let stretch = 0;
  let changed = false;
  for (let i = 0; i < frags.length; i++) {
    const f = frags[i]!;
    f.address = old[i]! + stretch;
    const before = fragSize(f);
    resize(f, s, env);
    if (f.kind === "relax" && !f.useLong) {
      // Where the targets ahead are believed to be (see the comment at the top).
      for (let j = i + 1; j < frags.length && (stretch < 0 || frags[j]!.kind !== "align"); j++) frags[j]!.address = old[j]! + stretch;
      const fits = f.short.fixups.every((fx) => {
        const o = decideFixup({ at: fx.offset, expr: fx.expr, fixup: fx, loc: f.loc }, s, f.address + fx.offset, env, arch);
        return o.kind === "value" && arch.relocField(fx.reloc, scratch, 0, o.value) === undefined;
      });
      if (!fits) {
        f.useLong = true;
        changed = true;
      }
    }
    stretch += fragSize(f) - before;
  }
  return changed;
}
