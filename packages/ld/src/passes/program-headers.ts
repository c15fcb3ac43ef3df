// The program header table: what the kernel and the dynamic linker read (gABI "Program Header").
//
//   PT_PHDR       the table itself (executables of a dynamic link: ld.so derives the load
//                 base of a PIE from it)
//   PT_INTERP     .interp, the dynamic linker the kernel starts instead of the program
//   PT_LOAD…      the segments of layout
//   PT_DYNAMIC    .dynamic
//   PT_NOTE       each run of note sections with the same alignment (.note.gnu.property,
//                 .note.ABI-tag from crt1.o), as GNU ld makes them
//   PT_TLS        the TLS template, .tdata then .tbss: glibc's __libc_setup_tls finds it
//                 through AT_PHDR, even in a static executable
//   PT_GNU_PROPERTY  .note.gnu.property, for the kernel and ld.so (x86 ISA level, IBT, BTI)
//   PT_GNU_EH_FRAME  .eh_frame_hdr (--eh-frame-hdr), the unwinder's index of .eh_frame
//   PT_GNU_STACK  RW: the stack is not executable
//   PT_GNU_RELRO  the start of the RW segment (.tdata … .init_array … .dynamic .got) that ld.so
//                 (or a static program's libc) makes read-only once relocated (-z relro, the
//                 default, static links too). A lazy PLT's .got.plt stays writable but for its
//                 3 reserved words, which GNU ld's DATA_SEGMENT_RELRO_END(24, .) takes in; with
//                 -z now the whole .got.plt is inside .got (passes/layout.ts). The region ends on
//                 a page boundary: assignAddresses moves the RW segment up to make it so.
//
// How many there are is known before addresses are (assignAddresses needs the count to place
// the first section); the entries themselves are made after.

import {
  ELF64_EHDR_SIZE, ELF64_PHDR_SIZE, PF_R, PF_W, PT_DYNAMIC, PT_GNU_RELRO, PT_GNU_STACK, PT_INTERP, PT_LOAD, PT_PHDR,
  type ProgramHeader,
} from "@glass/elf";
import { SHF_TLS, SHT_NOBITS, SHT_NOTE, PT_GNU_EH_FRAME, PT_GNU_PROPERTY, PT_NOTE, PT_TLS } from "@glass/elf";
import { tlsTemplate, type LinkContext, type OutputSection } from "../context.js";

const relroNames = new Set([".tdata", ".tbss", ".preinit_array", ".init_array", ".fini_array", ".data.rel.ro", ".dynamic", ".got"]);

function relroSections(ctx: LinkContext): OutputSection[] {
  // A -T script decides without DATA_SEGMENT_RELRO_END: no PT_GNU_RELRO, as with GNU ld.
  if (ctx.options.relro === false || ctx.script) return [];
  return ctx.outputSections.filter((s) => relroNames.has(s.name));
}

/** Room a section takes in its segment: none for .tbss, which only the TLS template counts. */
export const roomOf = (s: OutputSection): bigint => (s.sh_type === SHT_NOBITS && (s.sh_flags & SHF_TLS) !== 0n ? 0n : s.size);

/**
 * PT_GNU_RELRO's sections and end (valid for the addresses assigned so far), or undefined
 * without one; `tail` is what it covers of a lazy .got.plt (24 bytes) past the last section.
 */
export function relroRange(ctx: LinkContext): { sections: OutputSection[]; end: bigint; tail: bigint } | undefined {
  const sections = relroSections(ctx);
  if (sections.length === 0) return undefined;
  const last = sections[sections.length - 1]!;
  const gotPlt = ctx.dynamic?.sections.get(".got.plt")?.output;
  const tail = gotPlt?.name === ".got.plt" && ctx.outputSections[ctx.outputSections.indexOf(last) + 1] === gotPlt ? 24n : 0n;
  const end = tail > 0n ? gotPlt!.sh_addr + tail : last.sh_addr + roomOf(last);
  return { sections, end, tail };
}

const has = (ctx: LinkContext, name: string): boolean => ctx.dynamic?.sections.has(name) ?? false;
const isExecutable = (ctx: LinkContext): boolean => ctx.dynamic !== undefined && ctx.dynamic.kind !== "shared";

/** An output section's alignment, known before addresses are (from its members). */
const alignOf = (s: OutputSection): bigint => s.members.reduce((a, m) => (m.sh_addralign > a ? m.sh_addralign : a), s.sh_addralign);

/** Runs of consecutive note sections with the same alignment: one PT_NOTE each. */
function noteRuns(ctx: LinkContext): OutputSection[][] {
  const runs: OutputSection[][] = [];
  let previous: OutputSection | undefined;
  for (const s of ctx.outputSections) {
    if (s.sh_type !== SHT_NOTE) {
      previous = undefined;
      continue;
    }
    const run = runs[runs.length - 1];
    if (previous && run && alignOf(previous) === alignOf(s)) run.push(s);
    else runs.push([s]);
    previous = s;
  }
  return runs;
}

const hasTls = (ctx: LinkContext): boolean => ctx.outputSections.some((s) => s.name === ".tdata" || s.name === ".tbss");
const property = (ctx: LinkContext): OutputSection | undefined => ctx.outputSections.find((s) => s.name === ".note.gnu.property");
const ehFrameHdr = (ctx: LinkContext): OutputSection | undefined => (ctx.options.ehFrameHdr ? ctx.outputSections.find((s) => s.name === ".eh_frame_hdr") : undefined);

export function programHeaderCount(ctx: LinkContext): number {
  return (
    (isExecutable(ctx) ? 1 : 0) + (has(ctx, ".interp") ? 1 : 0) + ctx.segments.length + (ctx.dynamic ? 1 : 0) +
    noteRuns(ctx).length + (hasTls(ctx) ? 1 : 0) + (property(ctx) ? 1 : 0) + (ehFrameHdr(ctx) ? 1 : 0) + 1 + (relroSections(ctx).length > 0 ? 1 : 0)
  );
}

export function programHeaders(ctx: LinkContext): ProgramHeader[] {
  const span = (p_type: number, p_flags: number, first: OutputSection, last: OutputSection, p_align: bigint): ProgramHeader => ({
    p_type, p_flags, p_offset: first.sh_offset, p_vaddr: first.sh_addr, p_paddr: first.sh_addr,
    p_filesz: last.sh_offset + last.size - first.sh_offset, p_memsz: last.sh_addr + last.size - first.sh_addr, p_align,
  });
  const section = (name: string): OutputSection => ctx.dynamic!.sections.get(name)!.output!;
  const headers: ProgramHeader[] = [];
  if (isExecutable(ctx)) {
    const size = BigInt(programHeaderCount(ctx) * ELF64_PHDR_SIZE);
    const at = ctx.imageBase + BigInt(ELF64_EHDR_SIZE);
    headers.push({ p_type: PT_PHDR, p_flags: PF_R, p_offset: BigInt(ELF64_EHDR_SIZE), p_vaddr: at, p_paddr: at, p_filesz: size, p_memsz: size, p_align: 8n });
  }
  if (has(ctx, ".interp")) headers.push(span(PT_INTERP, PF_R, section(".interp"), section(".interp"), 1n));
  for (const seg of ctx.segments) {
    headers.push({
      p_type: PT_LOAD, p_flags: seg.p_flags, p_offset: seg.p_offset, p_vaddr: seg.p_vaddr, p_paddr: seg.p_vaddr,
      p_filesz: seg.p_filesz, p_memsz: seg.p_memsz, p_align: ctx.arch.pageSize,
    });
  }
  if (ctx.dynamic) headers.push(span(PT_DYNAMIC, PF_R | PF_W, section(".dynamic"), section(".dynamic"), 8n));
  for (const run of noteRuns(ctx)) headers.push(span(PT_NOTE, PF_R, run[0]!, run[run.length - 1]!, run[0]!.sh_addralign));
  const tls = tlsTemplate(ctx);
  if (tls) {
    headers.push({
      p_type: PT_TLS, p_flags: PF_R, p_offset: tls.offset, p_vaddr: tls.start, p_paddr: tls.start,
      p_filesz: tls.filesz, p_memsz: tls.memsz, p_align: tls.align,
    });
  }
  const note = property(ctx);
  if (note) headers.push(span(PT_GNU_PROPERTY, PF_R, note, note, note.sh_addralign));
  const hdr = ehFrameHdr(ctx);
  if (hdr) headers.push(span(PT_GNU_EH_FRAME, PF_R, hdr, hdr, hdr.sh_addralign));
  headers.push({ p_type: PT_GNU_STACK, p_flags: PF_R | PF_W, p_offset: 0n, p_vaddr: 0n, p_paddr: 0n, p_filesz: 0n, p_memsz: 0n, p_align: 0x10n });
  const relro = relroRange(ctx);
  if (relro) {
    const { sections: [first], end } = relro;
    const size = end - first!.sh_addr;
    headers.push({ p_type: PT_GNU_RELRO, p_flags: PF_R, p_offset: first!.sh_offset, p_vaddr: first!.sh_addr, p_paddr: first!.sh_addr, p_filesz: size, p_memsz: size, p_align: 1n });
  }
  return headers;
}
