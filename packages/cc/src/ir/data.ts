// Static data: the initial bytes of objects with static storage (C11 6.7.9p10: what an
// initializer does not cover is zero). The initializer's leaves (sema/init.ts) are laid into
// a byte image, with relocations where an address constant goes; the image is then written
// as data items, one per scalar where a scalar starts (`.long 5`, `.quad buf+8`), `.zero` for
// gaps, so the assembly reads like gcc's.

import type { Expr, InitLeaf } from "../ast/ast.js";
import { isFloat, isInteger, isPointer, sizeOf, type Type } from "../ast/types.js";
import { addressConstant, constFloat, constValue } from "../sema/conversions.js";
import type { Abi } from "../target/abi.js";
import type { DataItem } from "./ir.js";

/** What the data builder needs from the module: the ABI and the string pool. */
export interface DataContext {
  abi: Abi;
  string(bytes: number[]): string;
  /** The symbol of a file-scope compound literal or other unnamed static object. */
  symbolOf(e: Expr): string;
}

export function dataItems(dc: DataContext, leaves: InitLeaf[], size: number): DataItem[] {
  const bytes = new Array<number>(size).fill(0);
  const relocs = new Map<number, { name: string; addend: number }>();
  const scalarAt = new Map<number, number>(); // offset → size of a whole scalar written there
  for (const leaf of leaves) {
    const { offset, type, expr } = leaf;
    if (type.kind === "array") {
      const src = expr.kind === "string" ? expr.bytes : [];
      const n = Math.min(sizeOf(type, dc.abi), src.length);
      for (let i = 0; i < sizeOf(type, dc.abi); i++) bytes[offset + i] = i < n ? src[i]! : 0;
      clear(scalarAt, relocs, offset, sizeOf(type, dc.abi));
      continue;
    }
    const n = sizeOf(type, dc.abi);
    if (leaf.bitWidth !== undefined) {
      const v = BigInt.asUintN(leaf.bitWidth, constValue(expr, dc.abi) ?? 0n);
      let unit = read(bytes, offset, n);
      const mask = ((1n << BigInt(leaf.bitWidth)) - 1n) << BigInt(leaf.bitOffset!);
      unit = (unit & ~mask) | ((v << BigInt(leaf.bitOffset!)) & mask);
      write(bytes, offset, n, unit);
      scalarAt.delete(offset);
      continue;
    }
    clear(scalarAt, relocs, offset, n);
    scalarAt.set(offset, n);
    const v = scalarBits(type, expr, dc.abi);
    if (v !== undefined) write(bytes, offset, n, v);
    else {
      write(bytes, offset, n, 0n);
      relocs.set(offset, address(dc, expr));
    }
  }
  return items(bytes, relocs, scalarAt);
}

/** The bits of an arithmetic constant of type `t`; undefined for an address constant. */
function scalarBits(t: Type, e: Expr, abi: Abi): bigint | undefined {
  if (isFloat(t)) {
    const f = constFloat(e, abi) ?? Number(constValue(e, abi) ?? 0n);
    const buf = new DataView(new ArrayBuffer(8));
    if (t.size === 4) {
      buf.setFloat32(0, f, true);
      return BigInt(buf.getUint32(0, true));
    }
    buf.setFloat64(0, f, true);
    return buf.getBigUint64(0, true);
  }
  const v = constValue(e, abi);
  if (v !== undefined) return v;
  if ((isInteger(t) || isPointer(t)) && e.kind === "cast" && !addressConstant(e)) return constValue(e.operand, abi) ?? 0n;
  return undefined;
}

/** The symbol and byte offset an address constant refers to (sema checked it is one). */
function address(dc: DataContext, e: Expr): { name: string; addend: number } {
  switch (e.kind) {
    case "string":
      return { name: dc.string(e.bytes), addend: 0 };
    case "ident":
      return { name: e.sym!.linkName, addend: 0 };
    case "compoundlit":
      return { name: dc.symbolOf(e), addend: 0 };
    case "cast":
      return address(dc, e.operand);
    case "unary":
      return e.op === "&" ? lvalueAddress(dc, e.operand) : address(dc, e.operand);
    case "index":
    case "member":
      return lvalueAddress(dc, e);
    case "binary": {
      const base = address(dc, e.left);
      const scale = isPointer(e.type!) ? sizeOf(e.type.to, dc.abi) : 1;
      const n = Number(constValue(e.right, dc.abi) ?? 0n) * scale;
      return { name: base.name, addend: base.addend + (e.op === "-" ? -n : n) };
    }
    default:
      return { name: "", addend: 0 };
  }
}

/** The address of a static lvalue: `x`, `x[3]`, `s.f`, `p->f`, `*p`. */
function lvalueAddress(dc: DataContext, e: Expr): { name: string; addend: number } {
  switch (e.kind) {
    case "member": {
      const base = e.arrow ? address(dc, e.base) : lvalueAddress(dc, e.base);
      return { name: base.name, addend: base.addend + e.field!.offset };
    }
    case "index": {
      const base = address(dc, e.base);
      const t = e.base.type!;
      const scale = isPointer(t) ? sizeOf(t.to, dc.abi) : 1;
      return { name: base.name, addend: base.addend + Number(constValue(e.index, dc.abi) ?? 0n) * scale };
    }
    case "unary":
      return address(dc, e.operand);
    default:
      return address(dc, e);
  }
}

function clear(scalarAt: Map<number, number>, relocs: Map<number, unknown>, offset: number, n: number): void {
  for (const [o, s] of scalarAt) if (o < offset + n && offset < o + s) scalarAt.delete(o);
  for (const o of relocs.keys()) if (o < offset + n && offset < o + 8) relocs.delete(o);
}

function read(bytes: number[], off: number, n: number): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[off + i]!);
  return v;
}

function write(bytes: number[], off: number, n: number, v: bigint): void {
  for (let i = 0; i < n; i++) bytes[off + i] = Number((v >> BigInt(8 * i)) & 0xffn);
}

/** Data items for the image: relocations, whole scalars, and zero runs / byte runs between them. */
function items(bytes: number[], relocs: Map<number, { name: string; addend: number }>, scalarAt: Map<number, number>): DataItem[] {
  const out: DataItem[] = [];
  let i = 0;
  while (i < bytes.length) {
    const r = relocs.get(i);
    if (r) {
      out.push({ kind: "addr", name: r.name, addend: r.addend });
      i += 8;
      continue;
    }
    const n = scalarAt.get(i);
    if (n !== undefined) {
      out.push({ kind: "int", size: n, value: read(bytes, i, n) });
      i += n;
      continue;
    }
    let j = i;
    const stop = (k: number) => relocs.has(k) || scalarAt.has(k);
    if (bytes[i] === 0) {
      while (j < bytes.length && bytes[j] === 0 && !stop(j)) j++;
      out.push({ kind: "zero", size: j - i });
    } else {
      while (j < bytes.length && !stop(j) && !(bytes[j] === 0 && bytes[j + 1] === 0 && bytes[j + 2] === 0 && bytes[j + 3] === 0)) j++;
      out.push({ kind: "bytes", bytes: bytes.slice(i, j) });
    }
    i = j;
  }
  return out;
}
