// Range-extension veneers ("ELF for the Arm 64-bit Architecture", 5.7.6 "Call and Jump
// relocations": a linker may route a CALL26/JUMP26 through a veneer that clobbers IP0/IP1).
// B and BL reach ±128 MiB; a program whose code spans more may branch further. Once
// addresses are known, every branch whose target is out of reach gets a veneer — one per
// target, `__<sym>_veneer`, a local FUNC symbol as GNU ld writes it — in a group appended to
// the output section of the first such branch (GNU ld puts its `.stub` group after the
// calling input section). The group moves what follows it, so addresses are assigned again;
// applyRelocations then sends the branches that do not reach to the veneer.
//
// A link whose code spans less than the reach cannot need one: the pass stops there without
// looking at a relocation (and on targets without veneers, at once).

import { error } from "@glass/diagnostics";
import { SHF_ALLOC, SHF_EXECINSTR, SHT_PROGBITS, STB_LOCAL, STT_FUNC, STT_SECTION, STV_DEFAULT } from "@glass/elf";
import { pltAddress, targetAddress, type InputSection, type LinkContext, type LinkSymbol, type ObjectFile } from "../context.js";

export function addVeneers(ctx: LinkContext, reassign: () => void): void {
  const hooks = ctx.arch.veneers;
  if (!hooks || codeSpan(ctx) < hooks.reach) return;
  const targets = unreachedTargets(ctx, hooks.reach);
  if (targets.size === 0) return;

  const file: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };
  const size = hooks.headerSize + BigInt(targets.size) * hooks.entrySize;
  const out = [...targets.values()][0]!.section.output!;
  const group: InputSection = {
    file, index: -1, name: ".text.stub", sh_type: SHT_PROGBITS, sh_flags: SHF_ALLOC | SHF_EXECINSTR, sh_addralign: 8n,
    size, data: new Uint8Array(Number(size)), relocations: [], live: true, output: out, offset: 0n,
  };
  file.sections.push(group);
  out.members.push(group);
  ctx.files.push(file);
  ctx.veneers = new Map();
  let index = 0n;
  for (const [sym, { addend }] of targets) {
    const name = sym.type === STT_SECTION ? sym.section?.name ?? "" : sym.name;
    const veneer: LinkSymbol = {
      name: `__${name}_veneer`, binding: STB_LOCAL, type: STT_FUNC, visibility: STV_DEFAULT, file, section: group,
      value: hooks.headerSize + index++ * hooks.entrySize, size: hooks.symbolSize, defined: true, strongReference: false,
    };
    file.symbols.push(veneer);
    ctx.veneers.set(sym, { veneer, addend });
  }

  reassign();
  const at = out.sh_addr + group.offset;
  hooks.writeHeader(group.data, at, at + size);
  for (const [sym, { veneer, addend }] of ctx.veneers) {
    const problem = hooks.writeEntry(group.data, Number(veneer.value), at + veneer.value, branchTarget(ctx, sym) + addend);
    if (problem) ctx.errors.push(error(`${veneer.name}: \`${sym.name}' is out of the veneer's reach too (${problem})`));
  }
}

/** From the lowest to the highest address of code. */
function codeSpan(ctx: LinkContext): bigint {
  let low: bigint | undefined;
  let high = 0n;
  for (const out of ctx.outputSections) {
    if ((out.sh_flags & SHF_EXECINSTR) === 0n) continue;
    if (low === undefined || out.sh_addr < low) low = out.sh_addr;
    if (out.sh_addr + out.size > high) high = out.sh_addr + out.size;
  }
  return low === undefined ? 0n : high - low;
}

/** Where a branch to `sym` goes: its PLT entry or IFUNC stub if it has one, else the symbol. */
const branchTarget = (ctx: LinkContext, sym: LinkSymbol): bigint => pltAddress(ctx, sym) ?? targetAddress(ctx, sym);

/**
 * Each symbol some branch cannot reach, with the first such branch's section and addend, in
 * link order. One veneer serves one symbol: branches to it with another addend are an error.
 */
function unreachedTargets(ctx: LinkContext, reach: bigint): Map<LinkSymbol, { section: InputSection; addend: bigint }> {
  const targets = new Map<LinkSymbol, { section: InputSection; addend: bigint }>();
  for (const file of ctx.files) {
    for (const section of file.sections) {
      if (!section?.live || !section.output || (section.sh_flags & SHF_EXECINSTR) === 0n) continue;
      const base = section.output.sh_addr + section.offset;
      for (const rel of section.relocations) {
        if (ctx.arch.relocs.get(rel.r_type)?.kind !== "call") continue;
        const sym = section.file.symbols[rel.r_sym]!;
        if (!sym.defined && pltAddress(ctx, sym) === undefined) continue;
        const distance = branchTarget(ctx, sym) + rel.r_addend - (base + rel.r_offset);
        if (distance >= -reach && distance < reach) continue;
        const first = targets.get(sym);
        if (!first) targets.set(sym, { section, addend: rel.r_addend });
        else if (first.addend !== rel.r_addend) ctx.errors.push(error(`${section.file.name}: branches to \`${sym.name}' with different addends out of reach: Glass makes one veneer per symbol`));
      }
    }
  }
  return targets;
}
