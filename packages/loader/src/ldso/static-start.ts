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
// Nothing here runs code, so resolvers are listed with their address and name.

import { ET_DYN, PT_DYNAMIC, PT_GNU_RELRO, readElf, SHF_ALLOC, SHT_RELA } from "@glass/elf";
import type { KernelResult } from "../kernel/execve.js";
import { LdsoContext } from "./context.js";
import type { DebugLog } from "./debug-log.js";
import { LinkMap } from "./link-map.js";
import { relroRange } from "./map-object.js";
import { applyRelocations, readRelas, relocateObject } from "./relocate.js";
import type { LoadedObject } from "../process.js";

export function staticStart(k: KernelResult, program: LoadedObject, debug: DebugLog): LdsoContext {
  const pDyn = k.program.phdrs.find((p) => p.p_type === PT_DYNAMIC);
  const isPie = k.program.header.e_type === ET_DYN && pDyn !== undefined;
  const main = new LinkMap(k.space, { ...program, dynamic: isPie ? k.bias + pDyn.p_vaddr : 0n }, k.program.bytes);
  const ctx = new LdsoContext(k.arch, k.space, debug, program.name, main);
  ctx.scope = [main];
  try {
    if (isPie) {
      main.readDynamic();
      relocateObject(ctx, main, false);
    } else {
      const range = ipltRange(k.program.bytes);
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
  return ctx;
}

/**
 * [__rela_iplt_start, __rela_iplt_end) from .symtab; in a stripped program, the allocated
 * .rela.iplt / .rela.plt section (a static program has no other relocation section).
 */
function ipltRange(bytes: Uint8Array): { start: bigint; end: bigint } | undefined {
  try {
    const elf = readElf(bytes, "");
    const sym = (name: string): bigint | undefined => elf.symbols().find((s) => s.name === name)?.st_value;
    const [start, end] = [sym("__rela_iplt_start"), sym("__rela_iplt_end")];
    if (start !== undefined && end !== undefined) return end > start ? { start, end } : undefined;
    const section = elf.sections.find((s) => (s.name === ".rela.iplt" || s.name === ".rela.plt") && s.sh_type === SHT_RELA && (s.sh_flags & SHF_ALLOC) !== 0n);
    return section ? { start: section.sh_addr, end: section.sh_addr + section.sh_size } : undefined;
  } catch {
    return undefined; // no readable section table: nothing to list
  }
}
