// _dl_relocate_object: apply one object's dynamic relocations (glibc elf/dl-reloc.c,
// do-rel.h, and each machine's dl-machine.h elf_machine_rela).
//
//   DT_RELR        packed relative relocations: an address word, then bitmaps of following words
//   DT_RELA        RELATIVE  B + A        (the first DT_RELACOUNT entries, no lookup)
//                  GLOB_DAT  S + A        ABS64  S + A       COPY  memcpy(P, S, st_size)
//                  IRELATIVE (B + A)()    TLS    noted, not modelled
//   DT_JMPREL      JUMP_SLOT: lazily, the slot only gets B added (it points back into the PLT,
//                  whose first call runs _dl_runtime_resolve); with BIND_NOW, S like GLOB_DAT
//
// S comes from lookupSymbol over the global scope; consecutive relocations against the same
// symbol (and type class) reuse the last answer (l_lookup_cache). LD_DEBUG=statistics counts
// what glibc counts: each lookup made (_dl_lookup_symbol_x's bump_num_relocations) and each
// cache hit — not the relocations applied: RELATIVE, RELR, IRELATIVE, lazy JUMP_SLOTs and
// references to local or hidden symbols need no lookup. A reference to an undefined non-weak
// symbol is "symbol lookup error: undefined symbol: NAME".

import {
  DT_JMPREL, DT_PLTREL, DT_PLTRELSZ, DT_RELA, DT_RELACOUNT, DT_RELAENT, DT_RELASZ, DT_VERSYM, STB_LOCAL, STB_WEAK, STT_GNU_IFUNC, STV_HIDDEN, STV_INTERNAL, relocName,
} from "@glass/elf";
import type { RelocKind } from "../arch/index.js";
import { hex } from "../kernel/headers.js";
import type { LdsoContext } from "./context.js";
import type { DynSymbol, LinkMap, Version } from "./link-map.js";
import { lookupSymbol, type Found } from "./lookup.js";

// DT_RELR (gABI 2022) is not in @glass/elf yet.
const DT_RELR = 36;
const DT_RELRSZ = 35;

export interface Rela {
  r_offset: bigint;
  r_sym: number;
  r_type: number;
  r_addend: bigint;
}

/** The Elf64_Rela entries of [start, start + size) in the object's memory. */
export function readRelas(map: LinkMap, start: bigint | undefined, size: bigint | undefined): Rela[] {
  if (start === undefined || !size) return [];
  const ent = map.value(DT_RELAENT) ?? 24n;
  if (ent !== 24n) throw new Error(`DT_RELAENT is ${ent}, not 24`);
  const out: Rela[] = [];
  const bytes = map.mem.read(start, Number(size < 1n << 28n ? size : 0n));
  const v = new DataView(bytes.buffer);
  for (let at = 0; at + 24 <= bytes.length; at += 24) {
    const info = v.getBigUint64(at + 8, true);
    out.push({ r_offset: v.getBigUint64(at, true), r_sym: Number(info >> 32n), r_type: Number(info & 0xffffffffn), r_addend: v.getBigInt64(at + 16, true) });
  }
  return out;
}

/** Relocation type class (elf_machine_type_class): PLT for JUMP_SLOT and TLS, COPY for COPY. */
function typeClass(kind: RelocKind): "plt" | "copy" | "normal" {
  if (kind === "JUMP_SLOT" || kind === "TPOFF64" || kind === "DTPMOD64" || kind === "DTPOFF64" || kind === "TLSDESC") return "plt";
  return kind === "COPY" ? "copy" : "normal";
}

export function relocateObject(ctx: LdsoContext, map: LinkMap, lazy: boolean): void {
  const { log } = ctx;
  log.add("reloc", `\nrelocation processing: ${map.name}${lazy ? " (lazy)" : ""}`);
  const relr = map.address(DT_RELR);
  if (relr !== undefined && map.info.kind !== "interpreter") applyRelr(ctx, map, relr, map.value(DT_RELRSZ) ?? 0n);
  if (map.dyn.has(DT_JMPREL) && map.value(DT_PLTREL) !== BigInt(DT_RELA)) ctx.warnings.push(`${map.name}: DT_PLTREL is not DT_RELA; its PLT relocations are skipped`);
  const rela = readRelas(map, map.address(DT_RELA), map.value(DT_RELASZ));
  const plt = map.value(DT_PLTREL) === BigInt(DT_RELA) ? readRelas(map, map.address(DT_JMPREL), map.value(DT_PLTRELSZ)) : [];
  const relative = Number(map.value(DT_RELACOUNT) ?? 0n);
  applyRelocations(ctx, map, [...rela.map((r): [Rela, boolean] => [r, false]), ...plt.map((r): [Rela, boolean] => [r, lazy])], relative);
  map.relocated = true;
}

/** Applies relocations in order (each flagged lazy or not); the first `relative` are RELATIVE by DT_RELACOUNT. */
export function applyRelocations(ctx: LdsoContext, map: LinkMap, all: Array<[Rela, boolean]>, relative: number): void {
  const { log, arch } = ctx;
  const cache: { sym?: number; cls?: string; found?: Found | undefined } = {};
  all.forEach(([r, lazyHere], i) => {
    const kind = arch.relocKind(r.r_type);
    const P = map.l_addr + r.r_offset;
    const typeName = relocName(arch.name, r.r_type);
    const record = (symbol: string, value: bigint | undefined, note?: string): void => {
      ctx.relocations.push(note ? { object: map.name, type: typeName, offset: P, symbol, value, note } : { object: map.name, type: typeName, offset: P, symbol, value });
    };
    if (!kind) {
      record("", undefined, "unknown relocation type");
      ctx.fatal(`${map.name}: unexpected reloc type ${hex(r.r_type)}`, "");
    }
    if (kind === "NONE") return;
    if (kind === "RELATIVE" || (i < relative && !lazyHere)) {
      const value = map.l_addr + r.r_addend;
      map.mem.writeU64(P, value);
      record("", value);
      return;
    }
    if (kind === "IRELATIVE") {
      // Noted, not run: the slot gets the resolver's address where the resolver's answer would go.
      const resolver = map.l_addr + r.r_addend;
      const name = map.nameOf(resolver);
      const named = name ? `${name} (${hex(resolver)})` : hex(resolver);
      map.mem.writeU64(P, resolver);
      record("", resolver, `IFUNC resolver ${named} runs now; its result goes here`);
      log.add("reloc", `  ${typeName} at ${hex(P)}: IFUNC resolver ${named} (not run)`);
      return;
    }
    const sym = r.r_sym ? map.symbol(r.r_sym) : undefined;
    if (kind === "JUMP_SLOT" && lazyHere) {
      const slot = map.mem.readU64(P) + map.l_addr;
      map.mem.writeU64(P, slot);
      const target = sym ? resolve(ctx, map, sym, kind, false) : undefined;
      if (sym && target) ctx.bindings.push({ from: map.name, to: target.map.name, symbol: sym.name, ...versionOf(map, r.r_sym), when: "lazy" });
      record(sym?.name ?? "", slot, target ? `lazy: the first call binds ${sym!.name} to ${target.map.name} at ${hex(target.map.l_addr + target.sym.st_value)}` : `lazy: the first call would fail: undefined symbol: ${sym?.name}`);
      if (sym && !target && sym.bind !== STB_WEAK) ctx.lazyFailures.push(`${ctx.programName}: symbol lookup error: ${map.name}: undefined symbol: ${sym.name}`);
      return;
    }
    let found: Found | undefined;
    if (!sym) found = undefined;
    else if (bindsLocally(sym)) found = { map, sym };
    else if (cache.sym === r.r_sym && cache.cls === typeClass(kind)) {
      ctx.stats.fromCache++;
      found = cache.found;
    } else {
      found = resolve(ctx, map, sym, kind, true);
      Object.assign(cache, { sym: r.r_sym, cls: typeClass(kind), found });
    }
    if (sym && !found && sym.bind !== STB_WEAK) {
      const v = versionOf(map, r.r_sym).version;
      ctx.fatal(`undefined symbol: ${sym.name}${v ? `, version ${v}` : ""}`, map.name, "symbol lookup error");
    }
    const S = found ? found.map.l_addr + found.sym.st_value : 0n;
    const ifunc = found?.sym.type === STT_GNU_IFUNC ? ` (IFUNC: the resolver at ${hex(S)} runs and its result is stored)` : "";
    switch (kind) {
      case "GLOB_DAT":
      case "JUMP_SLOT":
      case "ABS64":
        map.mem.writeU64(P, S + r.r_addend);
        record(sym?.name ?? "", S + r.r_addend, ifunc || undefined);
        return;
      case "COPY": {
        if (!found) return record(sym?.name ?? "", undefined, "no definition to copy from");
        const n = found.sym.st_size < sym!.st_size ? found.sym.st_size : sym!.st_size;
        if (found.sym.st_size !== sym!.st_size) ctx.warnings.push(`${ctx.programName}: Symbol \`${sym!.name}' has different size in shared object, consider re-linking`);
        map.mem.write(P, found.map.mem.read(S, Number(n)));
        record(sym!.name, S, `copied ${n} bytes from ${found.map.name}`);
        return;
      }
      default:
        record(sym?.name ?? "", undefined, `${kind}: thread-local storage is not modelled`);
    }
  });
}

function versionOf(map: LinkMap, index: number): { version?: string } {
  if (!map.dyn.has(DT_VERSYM)) return {};
  const v = map.versions[map.versym(index) & 0x7fff];
  return v && v.hash ? { version: v.name } : {};
}

/** RESOLVE_MAP's first test: local and hidden symbols bind to their own object, with no lookup. */
const bindsLocally = (sym: DynSymbol): boolean => sym.bind === STB_LOCAL || sym.visibility === STV_HIDDEN || sym.visibility === STV_INTERNAL;

/** RESOLVE_MAP: local and hidden symbols bind to their own object; others are looked up (counted when at startup). */
function resolve(ctx: LdsoContext, map: LinkMap, sym: DynSymbol, kind: RelocKind, log: boolean): Found | undefined {
  if (bindsLocally(sym)) return { map, sym };
  if (log) ctx.stats.lookups++;
  const ndx = map.dyn.has(DT_VERSYM) ? map.versym(sym.index) & 0x7fff : 0;
  const v: Version | undefined = map.versions[ndx]?.hash ? map.versions[ndx] : undefined;
  const cls = typeClass(kind);
  const found = lookupSymbol(sym.name, ctx.scope, v, { plt: cls === "plt", skip: cls === "copy" ? ctx.main : undefined, log: log ? ctx.log : undefined });
  if (found && log) ctx.bind(map, found, sym.name, v?.name);
  return found;
}

/** DT_RELR (glibc 2.36+): even words are addresses to relocate, odd words bitmaps of the next 63. */
function applyRelr(ctx: LdsoContext, map: LinkMap, start: bigint, size: bigint): void {
  let where = 0n;
  for (let at = start; at < start + size; at += 8n) {
    const entry = map.mem.readU64(at);
    if ((entry & 1n) === 0n) {
      where = map.l_addr + entry;
      relocateWord(ctx, map, where);
      where += 8n;
    } else {
      for (let bits = entry >> 1n, p = where; bits !== 0n; bits >>= 1n, p += 8n) if (bits & 1n) relocateWord(ctx, map, p);
      where += 63n * 8n;
    }
  }
}

function relocateWord(ctx: LdsoContext, map: LinkMap, p: bigint): void {
  const value = map.mem.readU64(p) + map.l_addr;
  map.mem.writeU64(p, value);
  ctx.relocations.push({ object: map.name, type: "RELR", offset: p, symbol: "", value });
}
