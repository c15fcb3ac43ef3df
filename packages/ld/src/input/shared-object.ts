// Reading a shared object (ET_DYN) given to the link: the linker needs only its name for
// DT_NEEDED (DT_SONAME, else the file name) and its dynamic symbol table, which says what it
// defines (imports for the output) and what it leaves undefined (what an executable must
// export to it). Its sections are never copied: the dynamic linker maps the file itself.
// A symbol defined only at a hidden (non-default) version cannot be bound by a new link and
// is left out; the others carry their default version's name (input/symbol-versions.ts).

import { DT_NULL, DT_SONAME, ET_DYN, PT_DYNAMIC, SHN_UNDEF, STB_LOCAL, type ElfFile, type ElfSymbol, type Machine } from "@glass/elf";
import { binaryError } from "@glass/diagnostics";
import { readSymbolVersions } from "./symbol-versions.js";

export interface SharedObjectFile {
  soname: string;
  /** Global and weak symbols it defines, with their default version. */
  defined: (ElfSymbol & { version?: string })[];
  /** Names it refers to but does not define. */
  undefined: string[];
}

export function readSharedObject(elf: ElfFile, machine: Machine | undefined): SharedObjectFile {
  const path = elf.fileName;
  if (elf.header.e_type !== ET_DYN) binaryError(path, 16, "not a shared object (e_type is not ET_DYN)");
  if (machine && elf.machine !== machine) binaryError(path, 18, `${elf.machine ?? elf.header.e_machine} shared object is incompatible with ${machine} output`);
  const dynamic = elf.sections.find((s) => s.name === ".dynamic");
  if (!dynamic || !elf.programHeaders.some((p) => p.p_type === PT_DYNAMIC)) binaryError(path, 0, "object file has no dynamic section");
  const dynstr = elf.sections[dynamic.sh_link];
  if (!dynstr) binaryError(path, Number(dynamic.sh_offset), ".dynamic has no string table");

  let soname = path.slice(path.lastIndexOf("/") + 1);
  const view = new DataView(dynamic.data.buffer, dynamic.data.byteOffset, dynamic.data.byteLength);
  for (let at = 0; at + 16 <= dynamic.data.length; at += 16) {
    const tag = view.getBigInt64(at, true);
    if (tag === BigInt(DT_NULL)) break;
    if (tag === BigInt(DT_SONAME)) soname = elf.stringAt(dynstr, Number(view.getBigUint64(at + 8, true)));
  }

  const symbols = elf.dynamicSymbols().filter((s) => s.index !== 0 && s.bind !== STB_LOCAL && s.name !== "");
  const versionOf = readSymbolVersions(elf);
  return {
    soname,
    defined: symbols.flatMap((s) => {
      const version = versionOf(s.index);
      return s.st_shndx === SHN_UNDEF || version.hidden ? [] : [{ ...s, version: version.name }];
    }),
    undefined: symbols.filter((s) => s.st_shndx === SHN_UNDEF).map((s) => s.name),
  };
}
