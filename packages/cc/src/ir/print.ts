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
        return x.type === "f32" || x.type === "f64" ? floatText(x.value, x.type) : String(x.value);
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
      const args = i.args.map((a, n) => (n === i.variadicAfter ? "..., " : "") + (i.structArgs?.[n] ? "byval " : "") + tv(a)).join(", ");
      const ret = i.dest ? `%${i.dest.id} = call ${i.dest.type} ` : i.sret ? `call sret ${v(i.sret)} ` : i.resultParts ? `call struct → ${v(i.resultParts.addr)} ` : "call void ";
      return `${ret}${callee}(${args})`;
    }
    case "vastart":
      return `vastart ${v(i.list)}`;
    case "vaarg":
      return `%${i.dest.id} = vaarg ${i.dest.type}, ${v(i.list)}`;
    case "vaargStruct":
      return `vaarg struct ${i.arg.size} → ${v(i.addr)}, ${v(i.list)}`;
  }
}

function printTerm(t: Terminator, v: (x: Value) => string, tv: (x: Value) => string): string {
  switch (t.op) {
    case "br":
      return `br ${label(t.target)}`;
    case "condbr":
      return `condbr ${v(t.cond)}, ${label(t.then)}, ${label(t.else)}`;
    case "ret":
      return t.value ? `ret ${t.parts ? "struct " : ""}${tv(t.value)}` : "ret void";
    case "jumptable":
      return `jumptable ${tv(t.index)}, [${t.targets.map(label).join(", ")}]`;
  }
}

/** A float constant as its value (bits in hex when the decimal form would not round-trip). */
function floatText(bits: bigint, t: "f32" | "f64"): string {
  const buf = new DataView(new ArrayBuffer(8));
  if (t === "f32") buf.setUint32(0, Number(bits), true);
  else buf.setBigUint64(0, bits, true);
  const x = t === "f32" ? buf.getFloat32(0, true) : buf.getFloat64(0, true);
  return Number.isFinite(x) ? String(x) : `0x${bits.toString(16)}`;
}
