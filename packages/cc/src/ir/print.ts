// Prints Glass IR as text (`-fdump-ir`), one instruction per line, LLVM-like:
//
//   define i32 @fib(i32 %0) {
//     slot $n: 4 align 4
//   bb0:
//     store i32 %0, $n
//     %1 = load i32, $n
//     ...

import type { Block, DataItem, Instr, IRFunction, IRModule, Terminator, Value } from "./ir.js";
import { typeOf } from "./ir.js";

export function printModule(m: IRModule): string {
  const out: string[] = [];
  for (const s of m.strings) out.push(`@${s.label} = string ${JSON.stringify(String.fromCharCode(...s.bytes.slice(0, -1)))}`);
  for (const g of m.globals) {
    const linkage = g.isStatic ? "internal " : "";
    out.push(`@${g.name} = ${linkage}global ${g.size} align ${g.align}${g.init ? " { " + g.init.map(printItem).join(", ") + " }" : " zeroinitializer"}`);
  }
  if (out.length) out.push("");
  for (const f of m.functions) out.push(printFunction(f), "");
  return out.join("\n");
}

function printItem(d: DataItem): string {
  switch (d.kind) {
    case "int":
      return `i${d.size * 8} ${d.value}`;
    case "addr":
      return `ptr @${d.name}${d.addend ? (d.addend > 0 ? " + " : " - ") + Math.abs(d.addend) : ""}`;
    case "bytes":
      return `bytes ${JSON.stringify(String.fromCharCode(...d.bytes))}`;
    case "zero":
      return `zero ${d.size}`;
  }
}

export function printFunction(f: IRFunction): string {
  const names = slotNames(f);
  const v = (x: Value): string => {
    switch (x.kind) {
      case "temp":
        return `%${x.id}`;
      case "const":
        return String(x.value);
      case "slot":
        return names.get(x.slot.id)!;
      case "global":
        return `@${x.name}`;
    }
  };
  const tv = (x: Value) => `${typeOf(x)} ${v(x)}`;
  const params = f.params.map((p) => `${p.type} %${p.id}`).join(", ");
  const lines = [`define ${f.isStatic ? "internal " : ""}${f.returns} @${f.name}(${params}) {`];
  for (const s of f.slots) lines.push(`  slot ${names.get(s.id)}: ${s.size} align ${s.align}`);
  for (const b of f.blocks) {
    lines.push(`${label(b)}:`);
    for (const i of b.instrs) lines.push(`  ${printInstr(i, v, tv)}`);
    if (b.term) lines.push(`  ${printTerm(b.term, v, tv)}`);
  }
  lines.push("}");
  return lines.join("\n");
}

function label(b: Block): string {
  return `bb${b.id}`;
}

/** `$x`, or `$x.2` for the second slot holding a variable named x. */
function slotNames(f: IRFunction): Map<number, string> {
  const seen = new Map<string, number>();
  const names = new Map<number, string>();
  for (const s of f.slots) {
    const n = seen.get(s.name) ?? 0;
    seen.set(s.name, n + 1);
    names.set(s.id, n === 0 ? `$${s.name}` : `$${s.name}.${n}`);
  }
  return names;
}

function printInstr(i: Instr, v: (x: Value) => string, tv: (x: Value) => string): string {
  switch (i.op) {
    case "binary":
    case "compare":
      return `%${i.dest.id} = ${i.kind} ${tv(i.a)}, ${v(i.b)}`;
    case "neg":
    case "not":
      return `%${i.dest.id} = ${i.op} ${tv(i.a)}`;
    case "convert":
      return `%${i.dest.id} = ${i.kind} ${tv(i.a)} to ${i.dest.type}`;
    case "load":
      return `%${i.dest.id} = load ${i.dest.type}, ${v(i.addr)}`;
    case "store":
      return `store ${i.type} ${v(i.value)}, ${v(i.addr)}`;
    case "call": {
      const callee = typeof i.callee === "string" ? `@${i.callee}` : v(i.callee);
      const args = i.args.map((a, n) => (n === i.variadicAfter ? "..., " : "") + tv(a)).join(", ");
      const ret = i.dest ? `%${i.dest.id} = call ${i.dest.type} ` : "call void ";
      return `${ret}${callee}(${args})`;
    }
  }
}

function printTerm(t: Terminator, v: (x: Value) => string, tv: (x: Value) => string): string {
  switch (t.op) {
    case "br":
      return `br ${label(t.target)}`;
    case "condbr":
      return `condbr ${v(t.cond)}, ${label(t.then)}, ${label(t.else)}`;
    case "ret":
      return t.value ? `ret ${tv(t.value)}` : "ret void";
  }
}
