// The relocatable object: section bytes with every fixup applied or turned into a
// relocation, and the symbol table, as the ObjectModel that @glass/elf writes.
//
// Symbol table, as GNU as builds it: an STT_FILE symbol from `.file`, one STT_SECTION
// symbol per section that a relocation refers to, the local labels that do not start
// with `.L`, then every global or weak symbol, defined or not. Referenced symbols that are
// never defined become undefined globals.

import type { SourceFile } from "@glass/diagnostics";
import {
  SHF_EXECINSTR, SHT_NOBITS, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_SECTION, STV_DEFAULT,
  type ObjectModel, type ObjectRelocation, type ObjectSymbol,
} from "@glass/elf";
import type { AsmArch, Encoding } from "./arch/types.js";
import { asmError } from "./errors.js";
import { decideFixup, writeValue } from "./fixups.js";
import type { PlacedFixup, Section } from "./sections.js";
import { evaluate, labelAddress, type AsmSymbol, type EvalEnv } from "./symbols.js";

interface PendingReloc {
  offset: number;
  type: number;
  target: AsmSymbol | Section;
  addend: bigint;
}

/** Section bytes with padding and resolved fixups; the rest as pending relocations. */
export function sectionContents(s: Section, env: EvalEnv, arch: AsmArch, file: SourceFile): { bytes: Uint8Array; relocs: PendingReloc[] } {
  const nobits = s.sh_type === SHT_NOBITS;
  const bytes = new Uint8Array(nobits ? 0 : s.size);
  const relocs: PendingReloc[] = [];
  const apply = (pf: PlacedFixup, base: number) => {
    const place = base + pf.at;
    const o = decideFixup(pf, s, place, env, arch);
    if (o.kind === "error") asmError(file, pf.loc, o.message);
    if (o.kind === "reloc") relocs.push({ offset: place, type: o.reloc, target: o.target, addend: o.addend });
    else if (!nobits) writeValue(arch, file, pf, bytes, place, o);
  };
  const applyEncoding = (e: Encoding, base: number, loc: number) => {
    bytes.set(e.bytes, base);
    for (const fx of e.fixups) apply({ at: fx.offset, expr: fx.expr, fixup: fx, loc }, base);
  };
  for (const f of s.frags) {
    if (f.kind === "fixed") {
      if (!nobits) bytes.set(f.bytes, f.address);
      for (const pf of f.fixups) apply(pf, f.address);
    } else if (f.kind === "relax") {
      applyEncoding(f.useLong ? f.long : f.short, f.address, f.loc);
    } else if (!nobits && f.size > 0) {
      const code = f.fill === undefined && (s.sh_flags & SHF_EXECINSTR) !== 0n;
      bytes.set(code ? arch.codeFill(f.size, f.address) : new Uint8Array(f.size).fill(f.fill ?? 0), f.address);
    }
  }
  return { bytes, relocs };
}

export function buildObject(sections: Section[], symbols: Iterable<AsmSymbol>, fileSymbol: string | undefined, env: EvalEnv, arch: AsmArch, file: SourceFile): ObjectModel {
  const contents = sections.map((s) => sectionContents(s, env, arch, file));
  sections.forEach((s, i) => (s.index = i));

  const out: ObjectSymbol[] = [];
  const index = new Map<AsmSymbol | Section, number>();
  const add = (key: AsmSymbol | Section | undefined, sym: ObjectSymbol) => {
    if (key) index.set(key, out.length);
    out.push(sym);
  };
  if (fileSymbol !== undefined) add(undefined, { name: fileSymbol, binding: STB_LOCAL, type: STT_FILE, visibility: STV_DEFAULT, section: "abs", value: 0n, size: 0n });
  const targets = new Set(contents.flatMap((c) => c.relocs.map((r) => r.target)));
  for (const s of sections) {
    if (targets.has(s)) add(s, { name: "", binding: STB_LOCAL, type: STT_SECTION, visibility: STV_DEFAULT, section: s.index, value: 0n, size: 0n });
  }
  const all = [...symbols].filter((s) => !s.internal);
  const emitted = (s: AsmSymbol) => symbolEntry(s, env, file);
  for (const s of all) {
    if (s.binding === "local" && (s.label || s.equ || s.common) && (!s.name.startsWith(".L") || s.inReloc)) add(s, emitted(s));
  }
  for (const s of all) {
    const undefinedRef = s.binding === "local" && !s.label && !s.equ && !s.common;
    if (s.binding !== "local" || undefinedRef) add(s, emitted(s));
  }

  return {
    machine: arch.machine,
    sections: sections.map((s, i) => ({
      name: s.name,
      sh_type: s.sh_type,
      sh_flags: s.sh_flags,
      sh_addralign: BigInt(s.align),
      sh_entsize: s.sh_entsize,
      data: contents[i]!.bytes,
      size: BigInt(s.size),
      relocations: contents[i]!.relocs.map((r): ObjectRelocation => ({ offset: BigInt(r.offset), type: r.type, symbol: index.get(r.target)!, addend: r.addend })),
    })),
    symbols: out,
  };
}

function symbolEntry(s: AsmSymbol, env: EvalEnv, file: SourceFile): ObjectSymbol {
  const binding = s.binding === "weak" ? STB_WEAK : s.binding === "global" || !(s.label || s.equ || s.common) ? STB_GLOBAL : STB_LOCAL;
  const size = s.size ? sizeOf(s, env, file) : 0n;
  const base = { name: s.name, binding, type: s.type, visibility: s.visibility, size };
  if (s.common) return { ...base, section: "common", value: s.common.align, size: s.common.size };
  if (s.label) return { ...base, section: s.label.section.index, value: BigInt(labelAddress(s)) };
  if (s.equ) {
    const v = evaluate(s.equ, env);
    if (v.neg) asmError(file, s.firstUse, `symbol '${s.name}' has a value that is not representable`);
    if (v.sym?.label) return { ...base, section: v.sym.label.section.index, value: BigInt(labelAddress(v.sym)) + v.c };
    if (!v.sym) return { ...base, section: "abs", value: v.c };
  }
  return { ...base, section: "undef", value: 0n };
}

function sizeOf(s: AsmSymbol, env: EvalEnv, file: SourceFile): bigint {
  const v = evaluate(s.size!, env);
  if (v.sym || v.neg) asmError(file, s.size!.offset, `.size expression for '${s.name}' does not evaluate to a constant`);
  return v.c;
}
