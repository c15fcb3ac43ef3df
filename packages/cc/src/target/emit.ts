// Writes a whole IR module as GNU assembly, the way gcc lays out its `.s` files: `.file`,
// the functions in `.text` (each with `.globl`, `.type`, its label and `.size`), initialized
// data in `.data`, zeroed data in `.bss`, string literals in `.rodata` as `.LC<n>`, and the
// `.note.GNU-stack` marker (the stack need not be executable). Before the code of each new
// C source line, a comment quotes that line. The target supplies the instructions.

import type { SourceLocation } from "@glass/diagnostics";
import type { Block, DataItem, IRFunction, IRGlobal, IRModule } from "../ir/ir.js";
import { layoutFrame } from "./frame.js";
import type { FunctionContext, Target } from "./target.js";

export function emitModule(m: IRModule, target: Target): string {
  const out: string[] = [`\t.file\t"${escape(bytesOf(m.fileName))}"`];
  const defined = new Set(m.functions.map((f) => f.name));
  if (m.functions.length) out.push("\t.text");
  m.functions.forEach((f, index) => out.push(...emitFunction(f, index, target, defined)));
  const data = m.globals.filter((g) => g.init);
  const bss = m.globals.filter((g) => !g.init);
  if (data.length) out.push("\t.data", ...data.flatMap((g) => emitGlobal(g, target)));
  if (bss.length) out.push("\t.bss", ...bss.flatMap((g) => emitGlobal(g, target)));
  if (m.strings.length) {
    out.push("\t.section\t.rodata");
    for (const s of m.strings) out.push(`${s.label}:`, `\t.string\t"${escape(s.bytes.slice(0, -1))}"`);
  }
  out.push(`\t.section\t.note.GNU-stack,"",@progbits`);
  return out.join("\n") + "\n";
}

function emitFunction(f: IRFunction, index: number, target: Target, defined: Set<string>): string[] {
  const frame = layoutFrame(f, target.intArgRegs);
  const fx: FunctionContext = {
    f,
    frame,
    label: (b: Block) => `.L${f.name.replace(/\W/g, "_")}_${index}_${b.id}`,
    next: undefined,
    isDefinedHere: (name) => defined.has(name),
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
