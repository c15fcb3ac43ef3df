// Layout: bin input sections into output sections by name, order the output sections as
// GNU ld's default linker script does, and group them into PT_LOAD segments by permission.
//
//   .text .text.*                 → .text            (R X)
//   .rodata .rodata.*             → .rodata          (R)
//   .data.rel.ro .data.rel.ro.*   → .data.rel.ro     (RW)
//   .data .data.*                 → .data            (RW)
//   .bss .bss.* .dynbss + COMMON  → .bss             (RW, no file bytes)
//   .tdata .tdata.* / .tbss .tbss.* → .tdata / .tbss  (RW TLS template, first in the RW segment)
//   .init_array / .fini_array / .preinit_array (+ .N priority suffixes, sorted by N, first)
//   .iplt .igot.plt .rela.iplt    → .plt .got.plt .rela.plt  (a static link's IFUNC stubs)
//   the linker's .got.plt         → .got with -z now (GNU ld: nothing is bound lazily, so the
//                                   PLT's slots join the GOT under PT_GNU_RELRO), then the GOT slots
//   any other allocated section keeps its own name (so `__start_NAME` can find it)
//
// Input sections keep command-line order inside an output section. Non-allocated input
// sections (.comment, .note.GNU-stack, debug info) were dropped when the objects were read.
// A dynamic link's own sections (.interp, .dynsym, .plt, .dynamic …) arrive as input sections
// of the linker's internal file; the ones only the dynamic linker reads go with the headers.
// With a -T script, the script names the output sections instead (passes/script-layout.ts).

import {
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_TLS,
  SHF_WRITE,
  SHT_DYNSYM,
  SHT_GNU_HASH,
  SHT_GNU_verneed,
  SHT_GNU_versym,
  SHT_HASH,
  SHT_NOBITS,
  SHT_NOTE,
  SHT_PROGBITS,
  SHT_RELA,
  PF_R,
  PF_W,
  PF_X,
} from "@glass/elf";
import type { InputSection, LinkContext, ObjectFile, OutputSection, Segment } from "../context.js";
import { separateCode } from "../context.js";
import { scriptBinning } from "./script-layout.js";

/** Owner of the GOT slots: the linker itself (not in ctx.files: it has no symbols or relocations). */
const linkerFile: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };

/** Input-name prefixes and the output section they go to, first match wins. */
const binningRules: [prefix: string, output: string][] = [
  [".text", ".text"],
  [".rodata", ".rodata"],
  [".data.rel.ro", ".data.rel.ro"],
  [".data", ".data"],
  [".bss", ".bss"],
  [".dynbss", ".bss"],
  [".init_array", ".init_array"],
  [".fini_array", ".fini_array"],
  [".preinit_array", ".preinit_array"],
  [".tdata", ".tdata"],
  [".tbss", ".tbss"],
  [".iplt", ".plt"],
  [".igot.plt", ".got.plt"],
  [".rela.iplt", ".rela.plt"],
];

/** GNU ld's default order for the sections it knows; others follow, in order of appearance. */
const outputOrder = [
  ".interp", ".hash", ".gnu.hash", ".dynsym", ".dynstr", ".gnu.version", ".gnu.version_r", ".rela.dyn", ".rela.plt",
  ".init", ".plt", ".text", ".fini",
  ".rodata", ".eh_frame_hdr", ".eh_frame",
  ".tdata", ".tbss", ".preinit_array", ".init_array", ".fini_array", ".data.rel.ro", ".dynamic", ".got", ".got.plt", ".data",
  ".bss",
];

const textRank = outputOrder.indexOf(".text");

/** Sections that go with the headers: notes and what the dynamic linker reads. */
const headerTypes = new Set([SHT_NOTE, SHT_HASH, SHT_GNU_HASH, SHT_DYNSYM, SHT_GNU_versym, SHT_GNU_verneed, SHT_RELA]);
const headerNames = new Set([".interp", ".dynstr"]);

/** Where an output section goes: 0 notes (with the headers), 1 code, 2 read-only, 3 data, 4 bss. */
function classOf(s: OutputSection): number {
  if ((s.sh_flags & SHF_TLS) !== 0n) return 3;
  if ((s.sh_flags & SHF_WRITE) !== 0n) return s.sh_type === SHT_NOBITS ? 4 : 3;
  if ((s.sh_flags & SHF_EXECINSTR) !== 0n) return 1;
  return headerTypes.has(s.sh_type) || headerNames.has(s.name) ? 0 : 2;
}

/** The rules with each prefix's dotted form made once (every input section is binned). */
const rules = binningRules.map(([prefix, output]) => ({ prefix, dotted: prefix + ".", output }));

function outputNameOf(name: string): string {
  for (const { prefix, dotted, output } of rules) {
    if (name === prefix || name.startsWith(dotted)) return output;
  }
  return name;
}

export function layoutSections(ctx: LinkContext): void {
  const byName = new Map<string, OutputSection>();
  const outputFor = (name: string, s: { sh_type: number; sh_flags: bigint }): OutputSection => {
    let out = byName.get(name);
    if (!out) {
      out = { name, sh_type: s.sh_type, sh_flags: s.sh_flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS), sh_addralign: 1n, members: [], size: 0n, sh_addr: 0n, sh_offset: 0n };
      byName.set(name, out);
    }
    return out;
  };
  const place = (s: InputSection, out: OutputSection): void => {
    s.output = out;
    out.members.push(s);
    if (s.sh_type !== SHT_NOBITS) out.sh_type = s.sh_type; // one PROGBITS member puts bytes in the file
    // (Most members have their output section's flags already: no bigint arithmetic for them.)
    if (s.sh_flags !== out.sh_flags) out.sh_flags |= s.sh_flags & (SHF_WRITE | SHF_EXECINSTR);
  };

  // Objects share a handful of section names: bin each name once.
  const outputNames = new Map<string, string>();
  const mergedGotPlt = ctx.options.bindNow ? ctx.dynamic?.sections.get(".got.plt") : undefined;
  const scripted = ctx.script ? scriptBinning(ctx.script) : undefined;
  for (const file of ctx.files) {
    const sections = file.sections;
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i];
      if (!s?.live) continue;
      if (scripted) {
        // A -T script names the output section (null: /DISCARD/); an orphan keeps its own name.
        const name = scripted(s);
        if (name === null) {
          s.live = false;
          ctx.discarded.push(s);
        } else place(s, outputFor(name ?? s.name, s));
        continue;
      }
      if (s === mergedGotPlt) {
        place(s, outputFor(".got", s));
        continue;
      }
      let name = outputNames.get(s.name);
      if (name === undefined) {
        name = outputNameOf(s.name);
        outputNames.set(s.name, name);
      }
      place(s, outputFor(name, s));
    }
  }
  for (const table of [".preinit_array", ".init_array", ".fini_array"]) byName.get(table)?.members.sort(byInitPriority);

  allocateCommonSymbols(ctx, (s) => place(s, outputFor(scripted?.(s) ?? ".bss", s)));
  const gotSlots = ctx.gotSymbols.length + ctx.tlsGotSymbols.length;
  if (gotSlots > 0) {
    const size = BigInt(gotSlots * 8);
    ctx.got = {
      file: linkerFile, index: -1, name: ".got", sh_type: SHT_PROGBITS, sh_flags: SHF_ALLOC | SHF_WRITE, sh_addralign: 8n,
      size, data: new Uint8Array(gotSlots * 8), relocations: [], live: true, offset: 0n,
    };
    place(ctx.got, outputFor(".got", ctx.got));
  }

  if (ctx.script) {
    // The script orders the sections and makes the segments once addresses are known.
    ctx.outputSections = [...byName.values()];
    return;
  }
  const rank = (s: OutputSection): number => {
    // Notes right after .interp: .note.gnu.property, then .note.gnu.build-id, then the others.
    if (s.sh_type === SHT_NOTE) return s.name === ".note.gnu.property" ? 0.5 : s.name === ".note.gnu.build-id" ? 0.51 : 0.52;
    const i = outputOrder.indexOf(s.name);
    if (i >= 0) return i;
    // GNU ld places an orphan after the last section like it: code right after .text (before
    // .fini), anything else at the end of its class.
    return classOf(s) === 1 ? textRank + 0.5 : outputOrder.length;
  };
  const created = [...byName.values()];
  ctx.outputSections = created.sort(
    (a, b) => classOf(a) - classOf(b) || rank(a) - rank(b) || created.indexOf(a) - created.indexOf(b),
  );
  ctx.segments = groupIntoSegments(ctx);
}

/**
 * GNU ld's SORT_BY_INIT_PRIORITY: `.init_array.00101` runs before `.init_array.00200`, and both
 * before plain `.init_array` (input order otherwise; Array.prototype.sort is stable).
 */
function byInitPriority(a: InputSection, b: InputSection): number {
  const priority = (s: InputSection): number => {
    const suffix = /\.(\d+)$/.exec(s.name)?.[1];
    return suffix === undefined ? Infinity : Number(suffix);
  };
  const [pa, pb] = [priority(a), priority(b)];
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/**
 * COMMON symbols (`int x;` compiled with -fcommon) become slots in .bss, shown in the map as
 * input sections named COMMON, like GNU ld's `*(COMMON)`.
 */
function allocateCommonSymbols(ctx: LinkContext, place: (s: InputSection) => void): void {
  for (const sym of ctx.symbols.values()) {
    if (sym.commonAlign === undefined || !sym.file) continue;
    const section: InputSection = {
      file: sym.file,
      index: -1,
      name: "COMMON",
      sh_type: SHT_NOBITS,
      sh_flags: SHF_ALLOC | SHF_WRITE,
      sh_addralign: sym.commonAlign > 0n ? sym.commonAlign : 1n,
      size: sym.size,
      data: new Uint8Array(0),
      relocations: [],
      live: true,
      offset: 0n,
    };
    Object.assign(sym, { section, value: 0n, commonAlign: undefined });
    place(section);
  }
}

/**
 * PT_LOADs. With separate code (x86-64): R headers+notes, R X code, R read-only data, RW data.
 * Without (AArch64): R X headers+code+read-only data, RW data. Empty segments are left out,
 * except the first, which always maps the ELF and program headers.
 */
function groupIntoSegments(ctx: LinkContext): Segment[] {
  const plan: { p_flags: number; classes: number[] }[] = separateCode(ctx)
    ? [
        { p_flags: PF_R, classes: [0] },
        { p_flags: PF_R | PF_X, classes: [1] },
        { p_flags: PF_R, classes: [2] },
        { p_flags: PF_R | PF_W, classes: [3, 4] },
      ]
    : [
        { p_flags: PF_R | PF_X, classes: [0, 1, 2] },
        { p_flags: PF_R | PF_W, classes: [3, 4] },
      ];
  return plan
    .map((p, i) => ({
      p_flags: p.p_flags,
      headers: i === 0,
      sections: ctx.outputSections.filter((s) => p.classes.includes(classOf(s))),
      p_offset: 0n,
      p_vaddr: 0n,
      p_filesz: 0n,
      p_memsz: 0n,
    }))
    .filter((seg) => seg.headers || seg.sections.length > 0);
}
