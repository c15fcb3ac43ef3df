// Writes a whole IR module as GNU assembly, the way gcc lays out its `.s` files: `.file`,
// the functions in `.text` (each with `.globl`, `.type`, its label and `.size`), initialized
// data in `.data`, zeroed data in `.bss`, `const` data and string literals (`.LC<n>`) in
// `.rodata`, objects with a `section` attribute in their section, constructor/destructor
// pointers in `.init_array`/`.fini_array`, `.weak`/`.hidden` marks, and the
// `.note.GNU-stack` marker (the stack need not be executable). Before the code of each new
// C source line, a comment quotes that line. The target supplies the instructions.

import type { SourceLocation } from "@glass/diagnostics";
import type { Block, DataItem, IRFunction, IRGlobal, IRModule } from "../ir/ir.js";
import { layoutFrame } from "./frame.js";
import type { FunctionContext, PicMode, SymbolInfo, Target } from "./target.js";

export function emitModule(m: IRModule, target: Target, pic: PicMode = "none"): string {
  const out: string[] = [`\t.file\t"${escape(bytesOf(m.fileName))}"`];
  const symbols = symbolTable(m);
  if (m.functions.length) out.push("\t.text");
  m.functions.forEach((f, index) => out.push(...emitFunction(f, index, target, symbols, pic)));
  const data = m.globals.filter((g) => g.init && !g.section && !g.readonly);
  const rodata = m.globals.filter((g) => g.init && !g.section && g.readonly);
  const bss = m.globals.filter((g) => !g.init && !g.section);
  if (data.length) out.push("\t.data", ...data.flatMap((g) => emitGlobal(g, target)));
  if (bss.length) out.push("\t.bss", ...bss.flatMap((g) => emitGlobal(g, target)));
  if (rodata.length) out.push("\t.section\t.rodata", ...rodata.flatMap((g) => emitGlobal(g, target)));
  for (const g of m.globals.filter((x) => x.section)) {
    const flags = g.init ? `"aw"` : `"aw",${target.typeMark}nobits`;
    out.push(`\t.section\t${g.section},${flags}`, ...emitGlobal(g, target));
  }
  // `constructor`/`destructor` functions: pointers in .init_array / .fini_array, run by the C runtime.
  for (const [section, fns] of [[".init_array", m.constructors], [".fini_array", m.destructors]] as const) {
    if (fns.length === 0) continue;
    out.push(`\t.section\t${section},"aw"`, "\t.balign\t8", ...fns.map((f) => `\t.quad\t${f}`));
  }
  for (const a of m.symbolAttrs) {
    if (a.weak) out.push(`\t.weak\t${a.name}`);
    if (a.visibility && a.visibility !== "default") out.push(`\t.${a.visibility}\t${a.name}`);
  }
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

function emitFunction(f: IRFunction, index: number, target: Target, symbol: (name: string) => SymbolInfo, pic: PicMode): string[] {
  const frame = layoutFrame(f, target.argRegs, target.abi, target.regSaveAreaSize);
  let labels = 0;
  const fx: FunctionContext = {
    f,
    frame,
    label: (b: Block) => `.L${f.name.replace(/\W/g, "_")}_${index}_${b.id}`,
    next: undefined,
    symbol,
    pic,
    needsGot: (name) => target.needsGot(pic, symbol(name)),
    uniqueLabel: () => `.L${f.name.replace(/\W/g, "_")}_${index}_x${labels++}`,
  };
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
  out.push(...target.prologue(fx).map((l) => `\t${l}`));
  f.blocks.forEach((b, n) => {
    fx.next = f.blocks[n + 1];
    if (n > 0) out.push(`${fx.label(b)}:`);
    for (const i of b.instrs) {
      comment(i.loc);
      out.push(...target.instr(i, fx).map((l) => `\t${l}`));
    }
    if (b.term) {
      comment(b.term.loc);
      out.push(...target.terminator(b.term, fx).map((l) => `\t${l}`));
    }
  });
  out.push(`\t.size\t${f.name}, .-${f.name}`);
  return out;
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
 */
export function jumpTableData(table: string, targets: string[]): string[] {
  return [".section\t.rodata", ".balign\t4", `${table}:`, ...targets.map((t) => `.long\t${t}-${table}`), ".text"];
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
