// Layout by a `-T` linker script (GNU ld manual, "SECTIONS Command"), in place of the default
// placement of passes/layout.ts and passes/assign-addresses.ts:
//
//   binning     an input section goes to the first output section statement with an input
//               spec matching its file and name; inside it, specs are laid out in script
//               order and sections matching one spec in input order. /DISCARD/ drops them.
//   orphans     a section no statement names keeps its own name and, as GNU ld places
//               orphans, follows the last scripted section of its kind (code, read-only
//               data, data, bss), or of the nearest kind before it.
//   addresses   the statements run in order with the location counter `.`: `. = expr` moves
//               it, an output section starts at its own address or at `.` aligned for its
//               members, assignments inside one see `.` at that point of the section.
//   segments    a PT_LOAD per run of sections that are contiguous in pages, split where
//               read-only gives way to writable on a new page or file bytes follow .bss, as
//               GNU ld's map_sections_to_segments does. The ELF and program headers stay
//               outside the segments (the script did not leave room for them, SIZEOF_HEADERS
//               being outside the subset), and each segment's file offset is its address
//               modulo the page size.
//   symbols     `sym = expr` gets its value here (passes/linker-symbols.ts defines it).
//               An empty output section is dropped (GNU ld drops it too); its symbols keep
//               the location counter's value.

import { ELF64_EHDR_SIZE, ELF64_PHDR_SIZE, PF_R, PF_W, PF_X, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT_NOBITS } from "@glass/elf";
import { GlassError, error } from "@glass/diagnostics";
import type { InputSection, LinkContext, OutputSection, Segment } from "../context.js";
import type { LinkerScript, ScriptAssignment, ScriptExpr, ScriptOutputSection, ScriptSpan } from "../input/linker-script.js";
import { alignUp } from "../arch/arch.js";
import { programHeaderCount } from "./program-headers.js";

/** A script's layout state: the script, where each input section was binned, the symbols it assigns. */
export interface ScriptLayout {
  script: LinkerScript;
  /** The input spec (index in its statement's body) each scripted input section matched. */
  specOf: Map<InputSection, number>;
  /** The output sections as layout made them (the script may run again, after veneers are added). */
  created?: OutputSection[];
  /** The script's symbol assignments with their values, defined by passes/linker-symbols.ts. */
  symbols: ScriptSymbol[];
}

export interface ScriptSymbol {
  assignment: ScriptAssignment;
  value: bigint;
  /** The output section it is in (the nearest one for assignments outside sections). */
  near?: OutputSection;
}

/** For an input section: its output section's name, null to discard it, undefined for an orphan. */
export function scriptBinning(layout: ScriptLayout): (s: InputSection) => string | null | undefined {
  const specs = layout.script.sections!.flatMap((st) =>
    st.kind === "output" ? st.body.flatMap((item, index) => (item.kind === "input" ? [{ st, index, item }] : [])) : [],
  );
  return (s) => {
    for (const { st, index, item } of specs) {
      if (!item.file.test(s.file.name) || !item.sections.some((re) => re.test(s.name))) continue;
      if (st.name === "/DISCARD/") return null;
      layout.specOf.set(s, index);
      return st.name;
    }
    return undefined;
  };
}

/** Where an output section goes among kinds: 1 code, 2 read-only, 3 data, 4 bss (notes count as read-only). */
function kindOf(s: OutputSection): number {
  if ((s.sh_flags & SHF_WRITE) !== 0n || (s.sh_flags & SHF_TLS) !== 0n) return s.sh_type === SHT_NOBITS ? 4 : 3;
  return (s.sh_flags & SHF_EXECINSTR) !== 0n ? 1 : 2;
}

type Step = { statement: ScriptAssignment | ScriptOutputSection; out?: OutputSection } | { orphan: OutputSection };

/**
 * The order the script runs in: its statements, each scripted output section with its
 * orphans right after it. Sets ctx.outputSections in that order.
 */
function plan(ctx: LinkContext, layout: ScriptLayout, created: OutputSection[]): Step[] {
  const byName = new Map(created.map((s) => [s.name, s]));
  const steps: Step[] = [];
  const scripted = new Set<OutputSection>();
  for (const statement of layout.script.sections!) {
    const out = statement.kind === "output" ? byName.get(statement.name) : undefined;
    if (out) scripted.add(out);
    steps.push({ statement, out });
  }
  for (const orphan of created) {
    if (scripted.has(orphan)) continue;
    let at = -1;
    for (let kind = kindOf(orphan); kind >= 1 && at < 0; kind--) {
      for (let j = steps.length - 1; j >= 0 && at < 0; j--) {
        const step = steps[j]!;
        const out = "orphan" in step ? step.orphan : step.out;
        if (out && kindOf(out) === kind) at = j;
      }
    }
    steps.splice(at < 0 ? steps.length : at + 1, 0, { orphan });
  }
  ctx.outputSections = steps.flatMap((step) => ("orphan" in step ? [step.orphan] : step.out ? [step.out] : []));
  return steps;
}

/** Runs the script: addresses of output and input sections, script symbols, segments, file offsets. */
export function assignScriptAddresses(ctx: LinkContext): void {
  const layout = ctx.script!;
  layout.created ??= ctx.outputSections;
  const steps = plan(ctx, layout, layout.created);
  const file = layout.script.file;
  const fail = (message: string, at: ScriptSpan): never => {
    throw new GlassError([error(message, { file, offset: at.offset, length: at.length })]);
  };
  const symbols: ScriptSymbol[] = [];
  let dot = 0n;
  const evaluate = (e: ScriptExpr): bigint => {
    switch (e.kind) {
      case "number":
        return e.value;
      case "dot":
        return dot;
      case "align": {
        const n = evaluate(e.arg);
        return n > 0n ? alignUp(dot, n) : dot;
      }
      case "add":
        return evaluate(e.left) + evaluate(e.right);
      case "sub":
        return evaluate(e.left) - evaluate(e.right);
    }
  };
  const assign = (a: ScriptAssignment, inside?: OutputSection): void => {
    const value = evaluate(a.expr);
    if (a.name !== ".") symbols.push({ assignment: a, value, near: inside });
    else if (inside && value < dot) fail("cannot move the location counter backwards inside an output section", a.at);
    else dot = value;
  };

  for (const step of steps) {
    if ("orphan" in step) {
      const out = step.orphan;
      placeMembers(out, out.members);
      dot = alignUp(dot, out.sh_addralign);
      out.sh_addr = dot;
      dot += advance(out);
      continue;
    }
    const { statement, out } = step;
    if (statement.kind === "assign") {
      assign(statement);
      continue;
    }
    if (statement.name === "/DISCARD/") continue;
    if (statement.address) dot = evaluate(statement.address);
    if (out) {
      // The section's alignment is its members' largest; it starts there, its body runs from it.
      for (const m of out.members) if (m.sh_addralign > out.sh_addralign) out.sh_addralign = m.sh_addralign;
      dot = alignUp(dot, out.sh_addralign);
      out.sh_addr = dot;
    }
    const ordered: InputSection[] = [];
    statement.body.forEach((item, index) => {
      if (item.kind === "assign") return assign(item, out);
      for (const m of out?.members ?? []) {
        if (layout.specOf.get(m) !== index) continue;
        dot = alignUp(dot, m.sh_addralign);
        m.offset = dot - out!.sh_addr;
        dot += m.size;
        ordered.push(m);
      }
    });
    if (out) {
      // Sections the linker added after binning (a veneer group) go at the end.
      for (const m of out.members) {
        if (layout.specOf.has(m)) continue;
        dot = alignUp(dot, m.sh_addralign);
        m.offset = dot - out.sh_addr;
        dot += m.size;
        ordered.push(m);
      }
      out.members = ordered;
      out.size = dot - out.sh_addr;
      if (out.sh_type === SHT_NOBITS && (out.sh_flags & SHF_TLS) !== 0n) dot = out.sh_addr;
    }
  }

  ctx.segments = segmentsOf(ctx);
  assignOffsets(ctx);
  layout.symbols = symbols.map((s) => ({ ...s, near: s.near ?? sectionAt(ctx, s.value) }));
}

/** Input sections laid out one after the other, each at its alignment (an orphan's members). */
function placeMembers(out: OutputSection, members: InputSection[]): void {
  let size = 0n;
  for (const s of members) {
    if (s.sh_addralign > out.sh_addralign) out.sh_addralign = s.sh_addralign;
    size = alignUp(size, s.sh_addralign);
    s.offset = size;
    size += s.size;
  }
  out.size = size;
}

/** How far a section moves the location counter: .tbss takes no room outside the TLS template. */
const advance = (s: OutputSection): bigint => (s.sh_type === SHT_NOBITS && (s.sh_flags & SHF_TLS) !== 0n ? 0n : s.size);

/** The section a symbol at `value` belongs with: the first one at or after it, else the last one. */
function sectionAt(ctx: LinkContext, value: bigint): OutputSection | undefined {
  return ctx.outputSections.find((s) => s.sh_addr >= value) ?? ctx.outputSections[ctx.outputSections.length - 1];
}

/** PT_LOADs by GNU ld's rules (see the file comment), in section order. */
function segmentsOf(ctx: LinkContext): Segment[] {
  const page = ctx.arch.pageSize;
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let last: OutputSection | undefined;
  for (const out of ctx.outputSections) {
    const writable = (out.sh_flags & SHF_WRITE) !== 0n;
    const split =
      !current ||
      !last ||
      out.sh_addr < last.sh_addr + advance(last) ||
      alignUp(last.sh_addr + advance(last), page) < alignUp(out.sh_addr, page) ||
      ((current.p_flags & PF_W) === 0 && writable && (last.sh_addr + advance(last) - 1n) / page !== out.sh_addr / page) ||
      (last.sh_type === SHT_NOBITS && out.sh_type !== SHT_NOBITS);
    if (split) {
      current = { p_flags: PF_R, headers: false, sections: [], p_offset: 0n, p_vaddr: out.sh_addr, p_filesz: 0n, p_memsz: 0n };
      segments.push(current);
    }
    current!.sections.push(out);
    if (writable) current!.p_flags |= PF_W;
    if ((out.sh_flags & SHF_EXECINSTR) !== 0n) current!.p_flags |= PF_X;
    last = out;
  }
  return segments;
}

/** File offsets: after the headers, each segment at the next offset congruent to its address modulo the page size. */
function assignOffsets(ctx: LinkContext): void {
  const page = ctx.arch.pageSize;
  let offset = BigInt(ELF64_EHDR_SIZE + ELF64_PHDR_SIZE * programHeaderCount(ctx));
  for (const seg of ctx.segments) {
    offset += (((seg.p_vaddr - offset) % page) + page) % page;
    seg.p_offset = offset;
    let end = seg.p_vaddr;
    for (const out of seg.sections) {
      if (out.sh_type === SHT_NOBITS) out.sh_offset = offset;
      else {
        out.sh_offset = seg.p_offset + (out.sh_addr - seg.p_vaddr);
        offset = out.sh_offset + out.size;
      }
      if (out.sh_addr + advance(out) > end) end = out.sh_addr + advance(out);
    }
    seg.p_filesz = offset - seg.p_offset;
    seg.p_memsz = end - seg.p_vaddr;
  }
}
