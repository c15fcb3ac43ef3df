// The relocatable object: section bytes with every fixup applied or turned into a
// relocation, and the symbol table, as the ObjectModel that @glass/elf writes.
//
// Symbol table, as GNU as builds it: the STT_FILE symbol from `.file`, then the local
// symbols, then every global or weak symbol, defined or not (referenced symbols that are
// never defined become undefined globals). Locals are section symbols (on x86-64 only of
// sections a relocation refers to), mapping symbols, labels not starting with `.L`, and `.L`
// labels a relocation keeps. Within each group the order is GNU as's symbol list: the order
// in which names were first mentioned, sections made and mapping symbols placed
// (./symbols.ts `SymbolTable`).
//
// Section groups (`.section …,"G",…,signature[,comdat]`) become `ObjectModel.groups`: each is
// named by its signature symbol, made by GNU as at the end (local, in the `.group` section)
// when the file has no symbol of that name.

import type { SourceFile } from "@glass/diagnostics";
import {
  GRP_COMDAT, SHF_EXECINSTR, SHT_FINI_ARRAY, SHT_INIT_ARRAY, SHT_PREINIT_ARRAY, SHF_TLS, SHT_NOBITS, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_NOTYPE, STT_SECTION, STT_TLS, STV_DEFAULT, relocName,
  type ObjectGroup, type ObjectModel, type ObjectRelocation, type ObjectSymbol,
} from "@glass/elf";
import type { AsmArch, Encoding } from "./arch/types.js";
import type { Assembler } from "./assembler.js";
import { asmError } from "./errors.js";
import { decideFixup, writeValue } from "./fixups.js";
import type { PlacedFixup, Section } from "./sections.js";
import { evaluate, labelAddress, type AsmSymbol, type EvalEnv } from "./symbols.js";

const TLS_RELOC = /TLS|TPOFF|TPREL/;

/** Sections of function pointers: the ELF writer (GNU: BFD) gives them an entry size of 8. */
const POINTER_ARRAYS = new Set([SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY]);

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
    if (o.kind === "reloc") {
      relocs.push({ offset: place, type: o.reloc, target: o.target, addend: o.addend });
      // A symbol a TLS relocation refers to is thread-local (GNU as: S_SET_THREAD_LOCAL).
      if ("binding" in o.target && o.target.type === STT_NOTYPE && TLS_RELOC.test(relocName(arch.machine, o.reloc))) o.target.type = STT_TLS;
      // A kept `.L` label that was referred to before its definition joins the list now.
      if ("binding" in o.target) env.symbols.place(o.target.name);
    }
    else if (!nobits) writeValue(arch, file, pf, bytes, place, o);
  };
  // GNU as makes the relocations of relaxed instructions last, when it converts their
  // fragments; so does Glass, so the relocation tables list them in the same order.
  const relaxed: (() => void)[] = [];
  const applyEncoding = (e: Encoding, base: number, loc: number) => {
    bytes.set(e.bytes, base);
    relaxed.push(() => {
      for (const fx of e.fixups) apply({ at: fx.offset, expr: fx.expr, fixup: fx, loc }, base);
    });
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
  for (const r of relaxed) r();
  return { bytes, relocs };
}

export function buildObject(as: Assembler): ObjectModel {
  const { sections, env, arch, file, symbols } = as;
  const contents = sections.map((s) => sectionContents(s, env, arch, file));
  sections.forEach((s, i) => (s.index = i));
  // Symbols GNU as makes while writing the file come last in its list: mapping symbols of
  // code padding, then the symbols of sections made without one (`.comment`).
  as.mapping?.finish(sections);
  const madeSignatures: Entry[] = [];
  as.groups.forEach((g, k) => {
    if (symbols.map.has(g.signature)) return;
    const sym: ObjectSymbol = { name: g.signature, binding: STB_LOCAL, type: STT_NOTYPE, visibility: STV_DEFAULT, section: { group: k }, value: 0n, size: 0n };
    madeSignatures.push({ key: g, order: symbols.nextOrder(), sym });
  });
  for (const s of sections) s.order ??= symbols.nextOrder();

  // Locals first, then globals (ELF gABI: sh_info of .symtab is the first non-local), each
  // in GNU as's list order.
  const locals: Entry[] = [];
  const globals: Entry[] = [];
  const targets = new Set(contents.flatMap((c) => c.relocs.map((r) => r.target)));
  for (const s of sections) {
    if (!arch.allSectionSymbols && !targets.has(s)) continue;
    locals.push({ key: s, order: s.order!, sym: { name: "", binding: STB_LOCAL, type: STT_SECTION, visibility: STV_DEFAULT, section: s.index, value: 0n, size: 0n } });
  }
  locals.push(...madeSignatures);
  if (arch.allSectionSymbols) {
    as.groups.forEach((_, k) => {
      const sym: ObjectSymbol = { name: "", binding: STB_LOCAL, type: STT_SECTION, visibility: STV_DEFAULT, section: { group: k }, value: 0n, size: 0n };
      locals.push({ key: {}, order: symbols.nextOrder(), sym });
    });
  }
  const versioned: Entry[] = [];
  for (const s of [...symbols.map.values(), ...(as.mapping?.list ?? [])]) {
    if (s.internal) continue;
    const defined = s.label !== undefined || s.equ !== undefined || s.common !== undefined;
    if (s.binding === "local" && defined && s.name.startsWith(".L") && !s.inReloc) continue;
    const sym = symbolEntry(s, env, file);
    if (s.weakrefTarget && !defined && s.binding === "local" && !symbols.mentioned.has(s.name)) sym.binding = STB_WEAK;
    // `.symver`: rename in place, or (defined, without @@@) a second name listed last.
    for (const v of s.versions ?? []) {
      if (v.includes("@@@")) sym.name = v.replace("@@@", defined ? "@@" : "@");
      else if (!defined) sym.name = v;
      else versioned.push({ key: { ...s }, order: 0, sym: { ...sym, name: v } }); // a key nothing relocates against
    }
    (sym.binding === STB_LOCAL ? locals : globals).push({ key: s, order: s.order ?? Number.MAX_SAFE_INTEGER, sym });
  }
  const byOrder = (a: Entry, b: Entry) => a.order - b.order;
  const fileEntry: ObjectSymbol[] = as.fileSymbol === undefined ? [] : [{ name: as.fileSymbol, binding: STB_LOCAL, type: STT_FILE, visibility: STV_DEFAULT, section: "abs", value: 0n, size: 0n }];
  const isLocal = (e: Entry) => e.sym.binding === STB_LOCAL;
  const ordered = [...locals.sort(byOrder), ...versioned.filter(isLocal), ...globals.sort(byOrder), ...versioned.filter((e) => !isLocal(e))];
  const index = new Map<object, number>(ordered.map((e, i) => [e.key, fileEntry.length + i]));
  const groups = as.groups.map((g): ObjectGroup => ({
    signature: index.get(symbols.map.get(g.signature) ?? g)!,
    flags: g.comdat ? GRP_COMDAT : 0,
    members: sections.filter((s) => s.group === g).map((s) => s.index),
  }));

  return {
    machine: arch.machine,
    sections: sections.map((s, i) => ({
      name: s.name,
      sh_type: s.sh_type,
      sh_flags: s.sh_flags,
      sh_addralign: BigInt(s.align),
      sh_entsize: s.sh_entsize || (POINTER_ARRAYS.has(s.sh_type) ? 8n : 0n),
      data: contents[i]!.bytes,
      size: BigInt(s.size),
      relocations: contents[i]!.relocs.map((r): ObjectRelocation => ({ offset: BigInt(r.offset), type: r.type, symbol: index.get(r.target)!, addend: r.addend })),
    })),
    symbols: [...fileEntry, ...ordered.map((e) => e.sym)],
    ...(groups.length > 0 && { groups }),
  };
}

interface Entry {
  /** What relocations and groups find the entry by: a symbol, a section, or a group. */
  key: object;
  order: number;
  sym: ObjectSymbol;
}

function symbolEntry(s: AsmSymbol, env: EvalEnv, file: SourceFile): ObjectSymbol {
  const binding = s.binding === "weak" ? STB_WEAK : s.binding === "global" || !(s.label || s.equ || s.common) ? STB_GLOBAL : STB_LOCAL;
  const size = s.size ? sizeOf(s, env, file) : 0n;
  // Symbols of thread-local sections are STT_TLS whatever `.type` said.
  const tls = s.label && (s.label.section.sh_flags & SHF_TLS) !== 0n;
  const base = { name: s.name, binding, type: tls ? STT_TLS : s.type, visibility: s.visibility, size };
  if (s.common) return { ...base, section: "common", value: s.common.align, size: s.common.size };
  if (s.label) return { ...base, section: s.label.section.index, value: BigInt(labelAddress(s)) };
  if (s.equ) {
    const v = evaluate(s.equ, env);
    if (v.neg) asmError(file, s.firstUse, `symbol '${s.name}' has a value that is not representable`);
    // GNU as gives an alias of a label (`.set f.localalias, f`) the label's type and size.
    if (v.sym?.label) {
      const copied = { ...(v.sym.type !== STT_NOTYPE && { type: v.sym.type }), ...(v.sym.size && { size: sizeOf(v.sym, env, file) }) };
      return { ...base, ...copied, section: v.sym.label.section.index, value: BigInt(labelAddress(v.sym)) + v.c };
    }
    if (!v.sym) return { ...base, section: "abs", value: v.c };
  }
  return { ...base, section: "undef", value: 0n };
}

function sizeOf(s: AsmSymbol, env: EvalEnv, file: SourceFile): bigint {
  const v = evaluate(s.size!, env);
  if (v.sym || v.neg) asmError(file, s.size!.offset, `.size expression for '${s.name}' does not evaluate to a constant`);
  return v.c;
}
