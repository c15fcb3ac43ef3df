// The .dynamic section (gABI "Dynamic Section"): the dynamic linker's table of contents.
// It is computed twice from the same state: before layout (only its length matters, every
// address is 0) and after (the real values), so the list's shape must not depend on addresses.
//
//   NEEDED…  SONAME  RUNPATH          libraries to load, our name, where to look ($ORIGIN = our dir)
//   INIT FINI  (PRE)INIT_ARRAY(SZ) FINI_ARRAY(SZ)   constructors and destructors
//   HASH GNU_HASH STRTAB SYMTAB STRSZ SYMENT        the dynamic symbol table
//   DEBUG                                           (executables) where debuggers find r_debug
//   PLTGOT PLTRELSZ PLTREL JMPREL                   the lazy PLT: .got.plt and .rela.plt
//   RELA RELASZ RELAENT RELACOUNT                   .rela.dyn (RELATIVE ones first, counted)
//   FLAGS FLAGS_1                                   BIND_NOW (-z now), SYMBOLIC, PIE
//   VERNEED VERNEEDNUM VERSYM                       symbol versions (.gnu.version_r, .gnu.version)

import {
  DF_1_NOW, DF_1_PIE, DF_BIND_NOW, DF_SYMBOLIC, DT_DEBUG, DT_FINI, DT_FINI_ARRAY, DT_FINI_ARRAYSZ, DT_FLAGS, DT_FLAGS_1,
  DT_GNU_HASH, DT_HASH, DT_INIT, DT_INIT_ARRAY, DT_INIT_ARRAYSZ, DT_JMPREL, DT_NEEDED, DT_NULL, DT_PLTGOT, DT_PLTREL,
  DT_PLTRELSZ, DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, DT_RELA, DT_RELACOUNT, DT_RELAENT, DT_RELASZ, DT_RUNPATH, DT_SONAME,
  DT_STRSZ, DT_STRTAB, DT_SYMENT, DT_SYMTAB, DT_VERNEED, DT_VERNEEDNUM, DT_VERSYM, ELF64_RELA_SIZE, ELF64_SYM_SIZE, type DynamicEntry,
} from "@glass/elf";
import { symbolAddress, type InputSection, type LinkContext } from "../context.js";
import { versionNeeds } from "./symbol-versions.js";

/** DT_NEEDED names: every shared object, except --as-needed ones nothing uses. */
function neededNames(ctx: LinkContext): string[] {
  return [...new Set(ctx.dynamic!.sharedObjects.filter((so) => !so.asNeeded || so.used).map((so) => so.soname))];
}

/** The strings .dynamic refers to, in .dynstr. */
export function dynamicStrings(ctx: LinkContext): string[] {
  const names = neededNames(ctx);
  if (ctx.options.soname) names.push(ctx.options.soname);
  if (ctx.options.rpath?.length) names.push(ctx.options.rpath.join(":"));
  return names;
}

export function dynamicEntries(ctx: LinkContext, strings: Map<string, number>, relativeCount: number): DynamicEntry[] {
  const dyn = ctx.dynamic!;
  const o = ctx.options;
  const entries: DynamicEntry[] = [];
  const add = (tag: number, value: bigint | number): void => void entries.push({ d_tag: BigInt(tag), d_val: BigInt(value) });
  const addrOf = (s: InputSection | undefined): bigint => (s?.output ? s.output.sh_addr + s.offset : 0n);
  const section = (name: string): InputSection | undefined => dyn.sections.get(name);
  const output = (name: string) => ctx.outputSections.find((s) => s.name === name);
  const str = (s: string): number => strings.get(s) ?? 0;

  for (const name of neededNames(ctx)) add(DT_NEEDED, str(name));
  if (o.soname) add(DT_SONAME, str(o.soname));
  if (o.rpath?.length) add(DT_RUNPATH, str(o.rpath.join(":")));

  for (const [tag, name] of [[DT_INIT, "_init"], [DT_FINI, "_fini"]] as const) {
    const sym = ctx.symbols.get(name);
    if (sym?.defined && sym.section) add(tag, symbolAddress(sym));
  }
  const tables = [
    [DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, ".preinit_array"],
    [DT_INIT_ARRAY, DT_INIT_ARRAYSZ, ".init_array"],
    [DT_FINI_ARRAY, DT_FINI_ARRAYSZ, ".fini_array"],
  ] as const;
  const hasTable = (name: string): boolean => ctx.files.some((f) => f.sections.some((s) => s?.live && (s.name === name || s.name.startsWith(name + "."))));
  for (const [tag, sizeTag, name] of tables) {
    if (!hasTable(name) || (name === ".preinit_array" && dyn.kind === "shared")) continue;
    add(tag, output(name)?.sh_addr ?? 0n);
    add(sizeTag, output(name)?.size ?? 0n);
  }

  if (section(".hash")) add(DT_HASH, addrOf(section(".hash")));
  if (section(".gnu.hash")) add(DT_GNU_HASH, addrOf(section(".gnu.hash")));
  add(DT_STRTAB, addrOf(section(".dynstr")));
  add(DT_SYMTAB, addrOf(section(".dynsym")));
  add(DT_STRSZ, section(".dynstr")!.size);
  add(DT_SYMENT, ELF64_SYM_SIZE);
  if (dyn.kind !== "shared") add(DT_DEBUG, 0);

  const relaPlt = section(".rela.plt");
  if (relaPlt) {
    add(DT_PLTGOT, addrOf(section(".got.plt")));
    add(DT_PLTRELSZ, relaPlt.size);
    add(DT_PLTREL, DT_RELA);
    add(DT_JMPREL, addrOf(relaPlt));
  }
  const relaDyn = section(".rela.dyn");
  if (relaDyn) {
    add(DT_RELA, addrOf(relaDyn));
    add(DT_RELASZ, relaDyn.size);
    add(DT_RELAENT, ELF64_RELA_SIZE);
    if (relativeCount > 0) add(DT_RELACOUNT, relativeCount);
  }

  const flags = (o.bindNow ? DF_BIND_NOW : 0) | (o.symbolic ? DF_SYMBOLIC : 0);
  const flags1 = (o.bindNow ? DF_1_NOW : 0) | (dyn.kind === "pie" ? DF_1_PIE : 0);
  if (flags) add(DT_FLAGS, flags);
  if (flags1) add(DT_FLAGS_1, flags1);
  if (section(".gnu.version_r")) {
    add(DT_VERNEED, addrOf(section(".gnu.version_r")));
    add(DT_VERNEEDNUM, versionNeeds(ctx).length);
    add(DT_VERSYM, addrOf(section(".gnu.version")));
  }
  add(DT_NULL, 0);
  return entries;
}
