// What a static glibc program's own startup code does to its image before main — the parts
// of ld.so that are linked into it (csu/libc-start.c, elf/static-stubs, dl-reloc-static-pie.c):
//
//   static PIE     _dl_relocate_static_pie: the executable relocates itself from its .dynamic
//                  (RELATIVE, and IRELATIVE noted), with only itself in scope
//   static         apply_irel: each IRELATIVE in [__rela_iplt_start, __rela_iplt_end) — the
//                  symbols GNU ld puts around .rela.iplt, which it places in the output's
//                  .rela.plt — gets its IFUNC resolver's result (noted, not run); any other
//                  type is "Unexpected reloc type in static binary."
//   both           PT_GNU_RELRO made read-only (_dl_relro_protect)
//
// Then __libc_start_main's call_init (csu/libc-start.c) runs the constructors, found through
// the linker's symbols, not .dynamic: each pointer in [__preinit_array_start,
// __preinit_array_end), then _init (the .init section crti.o/crtn.o build; a libc without
// them has none), then [__init_array_start, __init_array_end). A stripped program has no
// symbols left: the .preinit_array, .init and .init_array sections give the same ranges.
//
// Nothing here runs code, so resolvers and constructors are listed with their address and name.

import { ET_DYN, PT_DYNAMIC, PT_GNU_RELRO, readElf, SHF_ALLOC, SHN_UNDEF, SHT_RELA } from "@glass/elf";
import type { KernelResult } from "../kernel/execve.js";
import { LdsoContext } from "./context.js";
import type { DebugLog } from "./debug-log.js";
import { LinkMap } from "./link-map.js";
import { relroRange } from "./map-object.js";
import { MemoryFault } from "../memory.js";
import { applyRelocations, readRelas, relocateObject } from "./relocate.js";
import type { Initializer, LoadedObject } from "../process.js";

export function staticStart(k: KernelResult, program: LoadedObject, debug: DebugLog): { ctx: LdsoContext; initializers: Initializer[] } {
  const pDyn = k.program.phdrs.find((p) => p.p_type === PT_DYNAMIC);
  const isPie = k.program.header.e_type === ET_DYN && pDyn !== undefined;
  const main = new LinkMap(k.space, { ...program, dynamic: isPie ? k.bias + pDyn.p_vaddr : 0n }, k.program.bytes);
  const ctx = new LdsoContext(k.arch, k.space, debug, program.name, main);
  const tables = linkerTables(k.program.bytes);
  ctx.scope = [main];
  try {
    if (isPie) {
      main.readDynamic();
      relocateObject(ctx, main, false);
    } else {
      const range = tables?.range("rela_iplt", [".rela.iplt", ".rela.plt"], SHT_RELA);
      const iplt = range ? readRelas(main, range.start, range.end - range.start) : [];
      if (iplt.some((r) => k.arch.relocKind(r.r_type) !== "IRELATIVE")) ctx.fatal("Unexpected reloc type in static binary.", "", "fatal");
      if (iplt.length > 0) {
        debug.add("reloc", `\nrelocation processing: ${program.name} (apply_irel: .rela.iplt)`);
        applyRelocations(ctx, main, iplt.map((r) => [r, false]), 0);
      }
    }
  } catch (e) {
    if (e instanceof Error && e.name === "GlassError") throw e;
    ctx.fatal(`the startup code would crash (${e instanceof Error ? e.message : String(e)}) while relocating itself`, "", "fatal");
  }
  const relro = k.program.phdrs.find((p) => p.p_type === PT_GNU_RELRO);
  const range = relro ? relroRange(k.bias, relro.p_vaddr, relro.p_memsz, k.arch.pageSize) : undefined;
  if (range) k.space.protect(range.start, range.end, "r--");
  return { ctx, initializers: tables ? staticInitializers(main, tables) : [] };
}

/** call_init's list: the preinit array, _init, the init array, each pointer read from memory (after self-relocation). */
function staticInitializers(main: LinkMap, tables: LinkerTables): Initializer[] {
  const out: Initializer[] = [];
  const add = (kind: Initializer["kind"], address: bigint): void => {
    const symbol = main.nameOf(address);
    out.push(symbol ? { object: main.name, kind, address, symbol } : { object: main.name, kind, address });
  };
  const array = (table: string, kind: Initializer["kind"]): void => {
    const r = tables.range(table, [`.${table}`]);
    for (let at = r?.start ?? 0n, n = 0; r && at + 8n <= r.end && n < 4096; at += 8n, n++) {
      let target: bigint;
      try {
        target = main.mem.readU64(main.l_addr + at);
      } catch (e) {
        if (e instanceof MemoryFault) return; // unmapped: call_init would crash here
        throw e;
      }
      add(kind, target);
    }
  };
  array("preinit_array", ".preinit_array");
  const init = tables.symbols.get("_init") ?? tables.section(".init");
  if (init !== undefined) add("_init", main.l_addr + init);
  array("init_array", ".init_array");
  return out;
}

interface LinkerTables {
  symbols: Map<string, bigint>;
  /** [__NAME_start, __NAME_end) from .symtab; in a stripped program, the first allocated section named in `sections`. */
  range(name: string, sections: string[], type?: number): { start: bigint; end: bigint } | undefined;
  /** An allocated section's address. */
  section(name: string): bigint | undefined;
}

/** The executable's linker-defined symbols and allocated sections, parsed once; undefined without a readable section table. */
function linkerTables(bytes: Uint8Array): LinkerTables | undefined {
  try {
    const elf = readElf(bytes, "");
    const symbols = new Map(elf.symbols().filter((s) => s.name && s.st_shndx !== SHN_UNDEF).map((s) => [s.name, s.st_value]));
    const find = (names: string[], type?: number) => elf.sections.find((s) => names.includes(s.name) && (s.sh_flags & SHF_ALLOC) !== 0n && (type === undefined || s.sh_type === type));
    return {
      symbols,
      range(name, sections, type) {
        const [start, end] = [symbols.get(`__${name}_start`), symbols.get(`__${name}_end`)];
        if (start !== undefined && end !== undefined) return end > start ? { start, end } : undefined;
        const s = find(sections, type);
        return s ? { start: s.sh_addr, end: s.sh_addr + s.sh_size } : undefined;
      },
      section: (name) => find([name])?.sh_addr,
    };
  } catch {
    return undefined; // no readable section table: nothing to list
  }
}
