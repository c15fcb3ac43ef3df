// Symbol resolution: load the objects, and pull archive members only when they are needed.
//
// Every global name gets one LinkSymbol. A strong definition beats a weak one and a COMMON
// one; two strong definitions are an error; COMMON symbols of the same name merge to the
// largest. An archive is a bag of objects with an index (name → member): following GNU ld,
// when the link reaches an archive it loads each member that defines a symbol that is still
// undefined (and referenced strongly: weak references never pull members), and rescans the
// archive until nothing changes. Archives between --start-group and --end-group are rescanned
// together, so they may refer to each other in any order.
//
// A shared object defines symbols without bringing any code: a name it defines is imported
// from it (`sym.dso`) unless an object defines the name too, and such a name no longer pulls
// archive members. Names a shared object leaves undefined are marked, so that an executable
// defining them exports them.

import { readArchive, readElf, SHN_ABS, SHN_COMMON, SHN_UNDEF, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_OBJECT, STV_DEFAULT, type ElfFile, type ElfSymbol } from "@glass/elf";
import type { ArchiveFile, InputSection, LinkContext, LinkSymbol, ObjectFile } from "../context.js";
import type { LoadableInput } from "../input/inputs.js";
import { readObject } from "../input/object-file.js";
import { readSharedObject } from "../input/shared-object.js";
import { definitionPlace, PlaceFormatter, report, throwIfErrors } from "../messages.js";

export function resolveSymbols(ctx: LinkContext, inputs: LoadableInput[]): void {
  const places = new PlaceFormatter();
  for (let i = 0; i < inputs.length; ) {
    const group = inputs[i]!.group;
    const batch = group === undefined ? [inputs[i++]!] : [];
    while (group !== undefined && inputs[i]?.group === group) batch.push(inputs[i++]!);

    const archives: ArchiveFile[] = [];
    for (const input of batch) {
      if (input.kind === "object") {
        loadObject(ctx, readElf(input.data, input.path), places);
        continue;
      }
      if (input.kind === "shared") {
        loadSharedObject(ctx, input);
        continue;
      }
      ctx.trace.push(input.path);
      const archive = openArchive(input);
      if (input.wholeArchive) archive.members.forEach((m) => loadMember(ctx, archive, m, places));
      else archives.push(archive);
    }
    while (archives.some((a) => pullNeededMembers(ctx, a, places)));
  }
  throwIfErrors(ctx);
}

function openArchive(input: LoadableInput): ArchiveFile {
  const { members, symbolIndex } = readArchive(input.data, input.path);
  return { name: input.path, members: members.map((m) => ({ ...m, loaded: false })), symbolIndex };
}

/** One scan of the archive index; true when it loaded a member. */
function pullNeededMembers(ctx: LinkContext, archive: ArchiveFile, places: PlaceFormatter): boolean {
  let pulled = false;
  for (const [name, index] of archive.symbolIndex) {
    const sym = ctx.symbols.get(name);
    if (!sym || sym.defined || sym.dso || !sym.strongReference) continue;
    const member = archive.members[index];
    if (!member || member.loaded) continue;
    const file = loadMember(ctx, archive, member, places);
    ctx.archiveReasons.push({ member: file.name, by: sym.referencedBy?.name ?? "", symbol: name });
    pulled = true;
  }
  return pulled;
}

function loadMember(
  ctx: LinkContext,
  archive: ArchiveFile,
  member: ArchiveFile["members"][number],
  places: PlaceFormatter,
): ObjectFile {
  member.loaded = true;
  return loadObject(ctx, readElf(member.data, `${archive.name}(${member.name})`), places);
}

function loadObject(ctx: LinkContext, elf: ElfFile, places: PlaceFormatter): ObjectFile {
  const { file, dropped } = readObject(elf, ctx.machine, ctx.comdatGroups);
  ctx.trace.push(file.name);
  ctx.files.push(file);
  ctx.discarded.push(...dropped);
  const elfSymbols = file.elfSymbols;
  for (let i = 0; i < elfSymbols.length; i++) {
    const esym = elfSymbols[i]!;
    if (esym.bind === STB_LOCAL) {
      // A local in a section the link dropped (debug info, .comment) is not defined anywhere.
      const section = file.sections[esym.st_shndx];
      const defined = i !== 0 && (esym.st_shndx === SHN_ABS || section !== undefined);
      file.symbols[i] = newSymbol(esym.name, STB_LOCAL, esym.type, esym.visibility, file, section, esym.st_value, esym.st_size, defined);
      continue;
    }
    const sym = globalSymbol(ctx, esym.name);
    file.symbols[i] = sym;
    if (esym.visibility !== STV_DEFAULT && (sym.visibility === STV_DEFAULT || esym.visibility < sym.visibility))
      sym.visibility = esym.visibility;
    // A definition in a dropped section (a duplicate COMDAT group's) is a reference to the kept one.
    const inDroppedSection = esym.st_shndx !== SHN_ABS && esym.st_shndx !== SHN_COMMON && !file.sections[esym.st_shndx];
    if (esym.st_shndx === SHN_UNDEF || inDroppedSection) {
      if (esym.bind !== STB_WEAK) sym.strongReference = true;
      sym.referencedBy ??= file;
    } else if (esym.st_shndx === SHN_COMMON) {
      mergeCommon(sym, file, esym.st_size, esym.st_value, esym.bind);
    } else {
      define(ctx, sym, file, esym, places);
    }
  }
  return file;
}

function loadSharedObject(ctx: LinkContext, input: LoadableInput): void {
  const so = readSharedObject(readElf(input.data, input.path), ctx.machine);
  ctx.trace.push(input.path);
  const dso = { path: input.path, soname: so.soname, asNeeded: input.asNeeded ?? false, used: false, aliases: dataAliases(so.defined) };
  ctx.dynamic?.sharedObjects.push(dso);
  for (const esym of so.defined) {
    const sym = globalSymbol(ctx, esym.name);
    if (sym.defined || sym.dso) continue;
    Object.assign(sym, { dso, version: esym.version, binding: esym.bind, type: esym.type, size: esym.st_size, value: 0n });
  }
  for (const name of so.undefined) globalSymbol(ctx, name).dsoReferenced = true;
}

/** Names of data symbols at the same address, for each such name. */
function dataAliases(symbols: ElfSymbol[]): Map<string, string[]> {
  const byValue = new Map<bigint, string[]>();
  for (const s of symbols) if (s.type === STT_OBJECT) byValue.set(s.st_value, [...(byValue.get(s.st_value) ?? []), s.name]);
  const aliases = new Map<string, string[]>();
  for (const names of byValue.values()) if (names.length > 1) names.forEach((n) => aliases.set(n, names));
  return aliases;
}

/**
 * A LinkSymbol with every field the resolution sets present from the start, in one order: all
 * symbols then share one object shape, which keeps the passes that visit them all fast.
 */
function newSymbol(
  name: string,
  binding: number,
  type: number,
  visibility: number,
  file: ObjectFile | undefined,
  section: InputSection | undefined,
  value: bigint,
  size: bigint,
  defined: boolean,
): LinkSymbol {
  return { name, binding, type, visibility, file, section, value, size, defined, commonAlign: undefined, strongReference: false, referencedBy: undefined };
}

function globalSymbol(ctx: LinkContext, name: string): LinkSymbol {
  let sym = ctx.symbols.get(name);
  if (!sym) {
    sym = newSymbol(name, STB_GLOBAL, 0, STV_DEFAULT, undefined, undefined, 0n, 0n, false);
    ctx.symbols.set(name, sym);
  }
  return sym;
}

/** COMMON: a tentative definition; the largest size and alignment win, a real definition beats it. */
function mergeCommon(sym: LinkSymbol, file: ObjectFile, size: bigint, align: bigint, bind: number): void {
  if (sym.defined && sym.commonAlign === undefined) return;
  if (!sym.defined) Object.assign(sym, { defined: true, file, binding: bind, type: STT_OBJECT });
  sym.size = size > sym.size ? size : sym.size;
  sym.commonAlign = sym.commonAlign !== undefined && sym.commonAlign > align ? sym.commonAlign : align;
}

function define(
  ctx: LinkContext,
  sym: LinkSymbol,
  file: ObjectFile,
  esym: ObjectFile["elfSymbols"][number],
  places: PlaceFormatter,
): void {
  const section = esym.st_shndx === SHN_ABS ? undefined : file.sections[esym.st_shndx];
  if (sym.defined && sym.commonAlign === undefined) {
    if (esym.bind === STB_WEAK) return; // the first definition stays
    if (sym.binding !== STB_WEAK) {
      const first = definitionPlace(sym.section, sym.value, sym.file?.name ?? "");
      const message = `multiple definition of \`${sym.name}'; ${first}: first defined here`;
      report(ctx, section ? places.lines(section, esym.st_value, message) : `${file.name}: ${message}`);
      return;
    }
  }
  sym.binding = esym.bind;
  sym.type = esym.type;
  sym.file = file;
  sym.section = section;
  sym.value = esym.st_value;
  sym.size = esym.st_size;
  sym.defined = true;
  sym.commonAlign = undefined;
}
