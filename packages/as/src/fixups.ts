// What becomes of a fixup once addresses are known (GNU as `write.c: fixup_segment`).
//
// The value `c + sym - neg` of the fixup's expression decides:
//   - no symbol left: a constant, written into the field now;
//   - `sym` a label in the fixup's own section and the fixup PC-relative: the distance is
//     known, so it is written now (for instruction fixups only if their `resolve` rule
//     allows it: a call to a global function keeps its relocation, as GNU as does);
//   - otherwise a relocation. Against a local symbol it refers to the section symbol with
//     the label's offset added to the addend (so `.L` names need not be in the symbol table;
//     mergeable sections and COMDAT group members excepted: the linker may drop or merge them),
//     against a global, weak or undefined symbol to the symbol itself.
// A data item `sym - .` (or `sym - label` with the label in this section) is PC-relative:
// the addend is adjusted by the distance from the label to the item.

import type { SourceFile } from "@glass/diagnostics";
import { SHF_MERGE } from "@glass/elf";
import type { AsmArch } from "./arch/types.js";
import { asmError } from "./errors.js";
import type { Expr } from "./expr.js";
import type { PlacedFixup, Section } from "./sections.js";
import { evaluate, labelAddress, type AsmSymbol, type EvalEnv } from "./symbols.js";

export type Outcome =
  | { kind: "value"; reloc: number | undefined; value: bigint }
  | { kind: "reloc"; reloc: number; target: AsmSymbol | Section; addend: bigint }
  | { kind: "error"; message: string };

/** Decides one fixup; `place` is the address of its field inside `section`. */
export function decideFixup(pf: PlacedFixup, section: Section, place: number, env: EvalEnv, arch: AsmArch): Outcome {
  const v = evaluate(pf.expr, env);
  const fx = pf.fixup;
  let pcrel = fx?.pcrel ?? false;
  let c = v.c + (fx?.bias ?? 0n);
  if (v.neg) {
    // Only `x - label-in-this-section` survives: a PC-relative value with a shifted addend.
    if (!v.neg.label || v.neg.label.section !== section || pcrel) return { kind: "error", message: `can't resolve '${v.sym?.name ?? "0"}' - '${v.neg.name}': symbols in different sections` };
    pcrel = true;
    c += BigInt(place - labelAddress(v.neg));
  }
  const dataReloc = pf.dataSize ? arch.dataReloc(pf.dataSize, pcrel) : undefined;
  const reloc = fx?.reloc ?? dataReloc;
  const sym = v.sym;
  if (!sym) {
    if (pcrel) return { kind: "error", message: "PC-relative reference to an absolute value is not supported" };
    return { kind: "value", reloc: fx?.reloc, value: c };
  }
  if (reloc === undefined) return { kind: "error", message: `cannot represent a ${pf.dataSize}-byte ${pcrel ? "PC-relative " : ""}relocation` };
  const local = (sym.binding === "local" || v.localAlias === true) && sym.label !== undefined;
  if (pcrel && sym.label?.section === section && sym.binding !== "weak") {
    const rule = fx?.resolve ?? "section";
    if (rule === "section" || (rule === "local" && local)) return { kind: "value", reloc, value: BigInt(labelAddress(sym)) + c - BigInt(place) };
  }
  const type = local && fx?.localReloc !== undefined ? fx.localReloc : reloc;
  // GNU as keeps the symbol for an offset into a mergeable section (the linker may move the
  // pieces), unless it is a plain absolute reference to the symbol itself.
  const merge = local && (sym.label!.section.sh_flags & SHF_MERGE) !== 0n && (pcrel || c !== 0n);
  const comdat = local && sym.label!.section.group?.comdat === true;
  if (local && !fx?.keepSymbol && !merge && !comdat) return { kind: "reloc", reloc: type, target: sym.label!.section, addend: BigInt(labelAddress(sym)) + c };
  // A kept local alias (`.set .LC21, .LC30+8`) is relocated against by its own name, as GNU as does.
  const alias = local ? aliasOf(pf.expr, env) : undefined;
  const kept = alias?.symbol ?? sym;
  kept.inReloc = true;
  return { kind: "reloc", reloc: type, target: kept, addend: c - (alias?.offset ?? 0n) };
}

/** The local equate a fixup's expression starts with, when it stands for a label plus a constant. */
function aliasOf(expr: Expr, env: EvalEnv): { symbol: AsmSymbol; offset: bigint } | undefined {
  const head = expr.kind === "binary" && expr.op === "+" ? expr.left : expr;
  const s = head.kind === "symbol" ? env.symbols.map.get(head.name) : undefined;
  if (!s?.equ || s.binding !== "local") return undefined;
  const v = evaluate(s.equ, env);
  return v.sym?.label && !v.neg ? { symbol: s, offset: v.c } : undefined;
}

/** Writes a resolved value into `bytes` at `at`; data items without a field type are plain little-endian. */
export function writeValue(arch: AsmArch, file: SourceFile, pf: PlacedFixup, out: Uint8Array, at: number, o: { reloc: number | undefined; value: bigint }): void {
  if (pf.dataSize) {
    let v = BigInt.asUintN(pf.dataSize * 8, o.value);
    for (let i = 0; i < pf.dataSize; i++, v >>= 8n) out[at + i] = Number(v & 0xffn);
    return;
  }
  const err = arch.relocField(o.reloc!, out, at, o.value);
  if (err) asmError(file, pf.loc, err);
}
