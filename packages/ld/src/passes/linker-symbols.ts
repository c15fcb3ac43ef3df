// Symbols the linker defines, the ones GNU ld's default linker script provides:
//
//   __ehdr_start                 the ELF header (start of the first PT_LOAD)
//   _etext etext __etext         end of the code
//   _edata edata                 end of the initialized data
//   __bss_start                  start of .bss
//   _end end                     end of the writable segment (the program break starts here)
//   __{preinit,init,fini}_array_{start,end}   bounds of the constructor/destructor tables
//   __start_SEC __stop_SEC       bounds of an output section whose name is a C identifier
//   _GLOBAL_OFFSET_TABLE_        .got.plt on x86-64, .got on AArch64 (arch.gotSymbolSection)
//   __rela_iplt_start/_end       (static links) bounds of the IRELATIVE table (passes/ifunc.ts)
//
// and in a dynamic link:
//
//   _DYNAMIC                     the .dynamic section
//   __dso_handle                 the image itself (hidden), for atexit in libc_nonshared.a when
//                                no crtbegin.o defines it (as lld does)
//
// A definition in an input file wins. `__bss_start`, `_edata` and `_end` are always defined
// (GNU ld does too); the others only when something refers to them (PROVIDE). A -T script
// replaces GNU ld's default one, and with it every symbol above but `_GLOBAL_OFFSET_TABLE_`
// and `__start_SEC`/`__stop_SEC` (which GNU ld defines in code): it defines its own.

import { SHF_EXECINSTR, SHT_NOBITS, STB_GLOBAL, STT_NOTYPE, STV_DEFAULT, STV_HIDDEN } from "@glass/elf";
import type { LinkContext, LinkSymbol, OutputSection } from "../context.js";
import { ifuncSection } from "./ifunc.js";

export function defineLinkerSymbols(ctx: LinkContext): void {
  const byName = (name: string): OutputSection | undefined => ctx.outputSections.find((s) => s.name === name);
  if (ctx.script) defineScriptSymbols(ctx);
  else defineDefaultScriptSymbols(ctx, byName);
  const got = byName(ctx.arch.gotSymbolSection) ?? byName(".got.plt") ?? byName(".got");
  provideSymbol(ctx, "_GLOBAL_OFFSET_TABLE_", got?.sh_addr ?? 0n, got, true);
  for (const out of ctx.outputSections) {
    if (!isIdentifier(out.name)) continue;
    provideSymbol(ctx, `__start_${out.name}`, out.sh_addr, out);
    provideSymbol(ctx, `__stop_${out.name}`, out.sh_addr + out.size, out);
  }
}

/** A -T script's `sym = expr` (an object's definition gives way) and PROVIDE(sym = expr) (only when referenced and undefined). */
function defineScriptSymbols(ctx: LinkContext): void {
  for (const { assignment: a, value, near } of ctx.script!.symbols) {
    const sym = ctx.symbols.get(a.name);
    if (a.provide && (!sym || sym.defined)) continue;
    if (sym?.defined) Object.assign(sym, { defined: false, section: undefined, file: undefined });
    define(ctx, a.name, value, near, a.hidden);
  }
}

/** Defines `name` if something refers to it and nothing defines it (the linker script's PROVIDE). */
function provideSymbol(ctx: LinkContext, name: string, value: bigint, section?: OutputSection, hidden = false): void {
  const sym = ctx.symbols.get(name);
  if (sym && !sym.defined) define(ctx, name, value, section, hidden);
}

/** What GNU ld's default linker script defines. */
function defineDefaultScriptSymbols(ctx: LinkContext, byName: (name: string) => OutputSection | undefined): void {
  const data = ctx.segments[ctx.segments.length - 1]!;
  const end = data.p_vaddr + data.p_memsz;
  const edata = data.p_vaddr + data.p_filesz;
  const bss = data.sections.find((s) => s.sh_type === SHT_NOBITS);
  const code = ctx.outputSections.filter((s) => (s.sh_flags & SHF_EXECINSTR) !== 0n).pop();
  const always = (name: string, value: bigint, section?: OutputSection): void => define(ctx, name, value, section, false);
  const provide = (name: string, value: bigint, section?: OutputSection, hidden = false): void => provideSymbol(ctx, name, value, section, hidden);

  provide("__ehdr_start", ctx.segments[0]!.p_vaddr, ctx.outputSections[0], true);
  for (const name of ["_etext", "etext", "__etext"]) provide(name, code ? code.sh_addr + code.size : ctx.arch.base, code);
  always("_edata", edata, data.sections.filter((s) => s.sh_type !== SHT_NOBITS).pop());
  provide("edata", edata);
  always("__bss_start", bss?.sh_addr ?? edata, bss);
  always("_end", end, bss);
  provide("end", end, bss);
  for (const name of ctx.arch.extraBssSymbols.start) always(name, bss?.sh_addr ?? edata, bss);
  for (const name of ctx.arch.extraBssSymbols.end) always(name, end, bss);

  for (const table of ["preinit_array", "init_array", "fini_array"]) {
    const out = byName(`.${table}`);
    const start = out?.sh_addr ?? data.p_vaddr;
    provide(`__${table}_start`, start, out, true);
    provide(`__${table}_end`, start + (out?.size ?? 0n), out, true);
  }
  if (ctx.dynamic) {
    const dynamic = byName(".dynamic");
    provide("_DYNAMIC", dynamic?.sh_addr ?? 0n, dynamic, true);
    provide("__dso_handle", ctx.imageBase, ctx.outputSections[0], true);
  } else {
    const rela = ifuncSection(ctx, ".rela.iplt");
    const start = rela?.output ? rela.output.sh_addr + rela.offset : ctx.segments[0]!.p_vaddr;
    provide("__rela_iplt_start", start, rela?.output ?? ctx.outputSections[0], true);
    provide("__rela_iplt_end", start + (rela?.size ?? 0n), rela?.output ?? ctx.outputSections[0], true);
  }
}

const isIdentifier = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);

/** Whether this pass will define `name` if nothing else does (asked before layout, by the relocation scan). */
export function providedByLinker(ctx: LinkContext, name: string): boolean {
  const fixed = ["_GLOBAL_OFFSET_TABLE_", "__ehdr_start", "_etext", "etext", "__etext", "_edata", "edata", "__bss_start", "_end", "end"];
  const dynamic = ctx.dynamic ? ["_DYNAMIC", "__dso_handle"] : ["__rela_iplt_start", "__rela_iplt_end"];
  const bss = [...ctx.arch.extraBssSymbols.start, ...ctx.arch.extraBssSymbols.end];
  if ([...fixed, ...dynamic, ...bss].includes(name)) return true;
  if (/^__(preinit|init|fini)_array_(start|end)$/.test(name)) return true;
  const section = /^__(?:start|stop)_(.*)$/.exec(name)?.[1];
  return section !== undefined && isIdentifier(section) && ctx.files.some((f) => f.sections.some((s) => s?.live && s.name === section));
}

export function define(ctx: LinkContext, name: string, value: bigint, outputSection: OutputSection | undefined, hidden: boolean): void {
  const existing = ctx.symbols.get(name);
  if (existing?.defined) return;
  const sym: LinkSymbol = {
    name,
    binding: STB_GLOBAL,
    type: STT_NOTYPE,
    visibility: hidden ? STV_HIDDEN : existing?.visibility ?? STV_DEFAULT,
    value,
    size: 0n,
    defined: true,
    outputSection,
    strongReference: existing?.strongReference ?? false,
  };
  if (existing) Object.assign(existing, sym);
  else ctx.symbols.set(name, sym);
}
