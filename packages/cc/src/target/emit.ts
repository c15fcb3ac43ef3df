// Writes a whole IR module as GNU assembly, the way gcc lays out its `.s` files: `.file`,
// the functions in `.text` (each with `.globl`, `.type`, its label and `.size`), initialized
// data in `.data`, zeroed data in `.bss`, `const` data and string literals (`.LC<n>`) in
// `.rodata`, objects with a `section` attribute in their section, constructor/destructor
// pointers in `.init_array`/`.fini_array`, `.weak`/`.hidden` marks, and the
// `.note.GNU-stack` marker (the stack need not be executable). Before the code of each new
// C source line, a comment quotes that line. The target supplies the instructions.
// With `functionSections` / `dataSections` (gcc's -ffunction-sections / -fdata-sections)
// each function and object gets a section of its own, named as gcc names them —
// `.text.NAME`, `.data.NAME`, `.bss.NAME`, `.rodata.NAME` — so a linker can drop the unused.

import type { SourceLocation } from "@glass/diagnostics";
import type { Block, DataItem, IRFunction, IRGlobal, IRModule } from "../ir/ir.js";
import { layoutFrame } from "./frame.js";
import { placeTemps } from "./placement.js";
import type { FunctionContext, PicMode, SymbolInfo, Target } from "./target.js";

export interface EmitOptions {
  pic?: PicMode;
  /** One `.text.NAME` section per function (gcc's -ffunction-sections). */
  functionSections?: boolean;
  /** One `.data.NAME` / `.bss.NAME` / `.rodata.NAME` section per object (gcc's -fdata-sections). */
  dataSections?: boolean;
  /** Symbols the object must reference even though no code uses them (`.globl NAME`). */
  references?: string[];
}

export function emitModule(m: IRModule, target: Target, opts: EmitOptions = {}): string {
  const out: string[] = [`\t.file\t"${escape(bytesOf(m.fileName))}"`];
  const symbols = symbolTable(m);
  const mark = target.typeMark;
  const sections = (f: IRFunction) =>
    opts.functionSections
      ? { text: `.section\t.text.${f.name},"ax",${mark}progbits`, rodata: `.section\t.rodata.${f.name},"a"` }
      : { text: ".text", rodata: ".section\t.rodata" };
  if (m.functions.length && !opts.functionSections) out.push("\t.text");
  m.functions.forEach((f, index) => {
    if (opts.functionSections) out.push(`\t${sections(f).text}`);
    out.push(...emitFunction(f, index, target, symbols, opts.pic ?? "none", sections(f)));
  });
  const kinds = [
    { of: (g: IRGlobal) => !!g.init && !g.readonly, section: ".data", flags: `"aw"` },
    { of: (g: IRGlobal) => !g.init, section: ".bss", flags: `"aw",${mark}nobits` },
    { of: (g: IRGlobal) => !!g.init && !!g.readonly, section: ".rodata", flags: `"a"` },
  ];
  for (const k of kinds) {
    const globals = m.globals.filter((g) => !g.section && k.of(g));
    if (!globals.length) continue;
    if (!opts.dataSections) out.push(k.section === ".rodata" ? "\t.section\t.rodata" : `\t${k.section}`, ...globals.flatMap((g) => emitGlobal(g, target)));
    else for (const g of globals) out.push(`\t.section\t${k.section}.${g.name},${k.flags}`, ...emitGlobal(g, target));
  }
  for (const g of m.globals.filter((x) => x.section)) {
    const flags = g.init ? `"aw"` : `"aw",${mark}nobits`;
    out.push(`\t.section\t${g.section},${flags}`, ...emitGlobal(g, target));
  }
  // `constructor`/`destructor` functions: pointers in .init_array / .fini_array, run by the C
  // runtime. A priority goes in the section's name (`.init_array.00101`, as gcc names it), and
  // the linker sorts those sections by it, ahead of the plain ones.
  for (const [base, fns] of [[".init_array", m.constructors], [".fini_array", m.destructors]] as const) {
    const sectionOf = (f: (typeof fns)[number]) => (f.priority === undefined ? base : `${base}.${String(f.priority).padStart(5, "0")}`);
    for (const section of new Set(fns.map(sectionOf))) {
      const here = fns.filter((f) => sectionOf(f) === section);
      out.push(`\t.section\t${section},"aw"`, "\t.balign\t8", ...here.map((f) => `\t.quad\t${f.name}`));
    }
  }
  for (const a of m.symbolAttrs) {
    if (a.weak) out.push(`\t.weak\t${a.name}`);
    if (a.visibility && a.visibility !== "default") out.push(`\t.${a.visibility}\t${a.name}`);
  }
  for (const name of opts.references ?? []) out.push(`\t.globl\t${name}`);
  if (m.strings.length) {
    out.push("\t.section\t.rodata");
    for (const s of m.strings) out.push(`${s.label}:`, `\t.string\t"${escape(s.bytes.slice(0, -1))}"`);
  }
  out.push(`\t.section\t.note.GNU-stack,"",@progbits`);
  return out.join("\n") + "\n";
}

/** What this module defines: every function and global, with `static` ones (and labels) local. */
function symbolTable(m: IRModule): (name: string) => SymbolInfo {
  const table = new Map<string, SymbolInfo>();
  for (const x of [...m.functions, ...m.globals]) table.set(x.name, { defined: true, local: x.isStatic });
  for (const s of m.strings) table.set(s.label, { defined: true, local: true });
  return (name) => table.get(name) ?? { defined: false, local: false };
}

function emitFunction(f: IRFunction, index: number, target: Target, symbol: (name: string) => SymbolInfo, pic: PicMode, sections: { text: string; rodata: string }): string[] {
  const frame = layoutFrame(f, target.argRegs, target.abi, target.regSaveAreaSize);
  let labels = 0;
  const blockLabel = (b: Block) => `.L${f.name.replace(/\W/g, "_")}_${index}_${b.id}`;
  const fx: FunctionContext = {
    f,
    frame,
    // A jump to an empty block that only jumps on goes straight to where it leads.
    label: (b: Block) => blockLabel(forward(b)),
    isNext: (b: Block) => fx.next !== undefined && forward(b) === forward(fx.next),
    next: undefined,
    symbol,
    pic,
    needsGot: (name) => target.needsGot(pic, symbol(name)),
    uniqueLabel: () => `.L${f.name.replace(/\W/g, "_")}_${index}_x${labels++}`,
    section: sections.text,
    rodata: sections.rodata,
    placement: new Map(),
  };
  fx.placement = placeTemps(f, (l) => l.addr.kind === "slot" || (target.foldsGlobals && l.addr.kind === "global" && !fx.needsGot(l.addr.name)));
  const out: string[] = [];
  if (!f.isStatic) out.push(`\t.globl\t${f.name}`);
  out.push(`\t.type\t${f.name}, ${target.typeMark}function`, `${f.name}:`);
  let lastLine = -1;
  const comment = (loc: SourceLocation | undefined) => {
    if (!loc) return;
    const { line } = loc.file.position(loc.offset);
    if (line === lastLine) return;
    lastLine = line;
    out.push(`\t${target.comment} ${loc.file.name}:${line}: ${loc.file.lineText(line).trim()}`);
  };
  comment(f.loc);
  out.push(...target.prologue(fx).map(indent));
  // Empty blocks that only jump on are left out: every jump to one goes where it leads.
  const blocks = f.blocks.filter((b, n) => n === 0 || forward(b) === b);
  blocks.forEach((b, n) => {
    fx.next = blocks[n + 1];
    if (n > 0) out.push(`${blockLabel(b)}:`);
    for (const i of b.instrs) {
      comment(i.loc);
      out.push(...target.instr(i, fx).map(indent));
    }
    if (b.term) {
      comment(b.term.loc);
      out.push(...target.terminator(b.term, fx).map(indent));
    }
  });
  out.push(`\t.size\t${f.name}, .-${f.name}`);
  const tempCells = new Set<string>();
  for (let id = 0; id < f.tempCount; id++) {
    const cell = target.tempCell(id, fx);
    if (cell !== undefined) tempCells.add(cell);
  }
  return target.peephole(out, tempCells);
}

/** Instructions are indented by a tab; a label a target emits (`.Lf_0_x0:`) is not. */
const indent = (line: string) => (line.endsWith(":") ? line : `\t${line}`);

/** Where a jump to `b` ends up: past empty blocks that only branch on (a cycle of them stays put). */
function forward(b: Block): Block {
  const seen = new Set<Block>();
  while (b.instrs.length === 0 && b.term?.op === "br" && !seen.has(b)) {
    seen.add(b);
    b = b.term.target;
  }
  return b;
}

function emitGlobal(g: IRGlobal, target: Target): string[] {
  const out: string[] = [];
  if (!g.isStatic) out.push(`\t.globl\t${g.name}`);
  out.push(`\t.balign\t${g.align}`, `\t.type\t${g.name}, ${target.typeMark}object`, `\t.size\t${g.name}, ${g.size}`, `${g.name}:`);
  if (!g.init) out.push(`\t.zero\t${Math.max(1, g.size)}`);
  else for (const d of g.init) out.push(`\t${dataDirective(d)}`);
  return out;
}

/**
 * A jump table in .rodata: one 32-bit entry per target, the target's offset from the table
 * (position-independent, as gcc emits them); the code adds the entry to the table address.
 * (In a function of its own section, in `.rodata.NAME`, as gcc does.) Then back to the function's section.
 */
export function jumpTableData(table: string, targets: string[], fx: FunctionContext): string[] {
  return [fx.rodata, ".balign\t4", `${table}:`, ...targets.map((t) => `.long\t${t}-${table}`), fx.section];
}

function dataDirective(d: DataItem): string {
  switch (d.kind) {
    case "int": {
      const dir = { 1: ".byte", 2: ".short", 4: ".long", 8: ".quad" }[d.size] ?? ".quad";
      return `${dir}\t${BigInt.asIntN(d.size * 8, d.value)}`;
    }
    case "addr":
      return `.quad\t${d.name}${d.addend > 0 ? `+${d.addend}` : d.addend < 0 ? d.addend : ""}`;
    case "bytes":
      return `.ascii\t"${escape(d.bytes)}"`;
    case "zero":
      return `.zero\t${d.size}`;
  }
}

function bytesOf(s: string): number[] {
  return [...new TextEncoder().encode(s)];
}

/** Bytes as the inside of a GNU `as` string: printable ASCII as is, the rest as octal escapes. */
function escape(bytes: number[]): string {
  return bytes
    .map((b) => {
      if (b === 0x22) return '\\"';
      if (b === 0x5c) return "\\\\";
      if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
      return "\\" + b.toString(8).padStart(3, "0");
    })
    .join("");
}
