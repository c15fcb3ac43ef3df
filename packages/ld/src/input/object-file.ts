// Turns a relocatable object (ET_REL) into the linker's ObjectFile: the sections that can go
// into the program (SHF_ALLOC ones), their RELA relocations, and the symbol table.
//
// Non-allocated sections (.comment, .note.GNU-stack, debug info, .symtab …) do not reach
// the executable; the ones a map file would mention are returned as `dropped`.
//
// COMDAT groups (gABI "Section Groups"): a SHT_GROUP section lists sections that stand or fall
// together, named by a signature symbol (gcc's inline functions, `DW.ref.__gcc_personality_v0`).
// The first group with a signature is kept; the members of any later one are dropped, and the
// symbols they defined become references to the kept copy.

import {
  ET_REL,
  GRP_COMDAT,
  SHF_ALLOC,
  SHT_GROUP,
  SHT_NOBITS,
  SHT_NULL,
  SHT_RELA,
  SHT_STRTAB,
  SHT_SYMTAB,
  STT_FILE,
  type ElfFile,
  type ElfSymbol,
  type Machine,
} from "@glass/elf";
import { binaryError } from "@glass/diagnostics";
import type { InputSection, ObjectFile } from "../context.js";

/** Bookkeeping sections that are never "discarded": they are consumed by the link itself. */
const consumedTypes = new Set([SHT_NULL, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_GROUP]);

export function readObject(
  elf: ElfFile,
  machine: Machine | undefined,
  comdatGroups: Set<string>,
): { file: ObjectFile; machine: Machine; dropped: InputSection[] } {
  const name = elf.fileName;
  if (elf.header.e_type !== ET_REL) binaryError(name, 16, "not a relocatable object (e_type is not ET_REL)");
  if (!elf.machine) binaryError(name, 18, `unsupported machine ${elf.header.e_machine}`);
  if (machine && elf.machine !== machine)
    binaryError(name, 18, `${elf.machine} object is incompatible with ${machine} output`);

  const elfSymbols = elf.symbols();
  const file: ObjectFile = {
    name,
    sourceName: elfSymbols.find((s) => s.type === STT_FILE)?.name,
    sections: [],
    elfSymbols,
    symbols: [],
  };

  const dropped: InputSection[] = [];
  const duplicates = duplicateGroupMembers(elf, elfSymbols, comdatGroups);
  // Relocation patches the kept sections' bytes in place, so they live in a private copy of
  // the file and the caller's input stays untouched. One copy per file, not per section:
  // thousands of small buffers cost more to allocate than the bytes cost to copy.
  // (A plain Uint8Array: a node Buffer's slice() would share the bytes, and its subarrays are
  // Buffers, which cost more to make.)
  const bytes = new Uint8Array(elf.bytes);
  // Indexed loops: they run for every section of every object, mostly before the JIT has
  // optimized them, where for…of pays for an iterator result per step.
  const sections = elf.sections;
  for (let i = 0; i < sections.length; i++) {
    const sh = sections[i]!;
    if (consumedTypes.has(sh.sh_type)) continue;
    const kept = (sh.sh_flags & SHF_ALLOC) !== 0n && !duplicates.has(sh.index);
    const section: InputSection = {
      file,
      index: sh.index,
      name: sh.name,
      sh_type: sh.sh_type,
      sh_flags: sh.sh_flags,
      sh_addralign: sh.sh_addralign === 0n ? 1n : sh.sh_addralign,
      size: sh.sh_size,
      data: kept && sh.sh_type !== SHT_NOBITS ? bytes.subarray(Number(sh.sh_offset), Number(sh.sh_offset) + sh.data.length) : sh.data,
      relocations: [],
      live: true,
      offset: 0n,
    };
    if (kept) file.sections[sh.index] = section;
    else dropped.push(section);
  }

  for (let i = 0; i < sections.length; i++) {
    const sh = sections[i]!;
    if (sh.sh_type !== SHT_RELA) continue;
    const target = file.sections[sh.sh_info];
    if (target) target.relocations = elf.relocations(sh);
  }
  return { file, machine: elf.machine, dropped };
}

/** No duplicate group members (the usual answer: most objects have no COMDAT groups). */
const noMembers: ReadonlySet<number> = new Set();

/** Indexes of the sections of COMDAT groups whose signature an earlier object already brought. */
function duplicateGroupMembers(elf: ElfFile, symbols: ElfSymbol[], seen: Set<string>): ReadonlySet<number> {
  let members: Set<number> | undefined;
  const sections = elf.sections;
  for (let i = 0; i < sections.length; i++) {
    const sh = sections[i]!;
    if (sh.sh_type !== SHT_GROUP || sh.data.length < 4) continue;
    const words = new DataView(sh.data.buffer, sh.data.byteOffset, sh.data.byteLength);
    const signature = symbols[sh.sh_info]?.name;
    if ((words.getUint32(0, true) & GRP_COMDAT) === 0 || signature === undefined) continue;
    if (!seen.has(signature)) {
      seen.add(signature);
      continue;
    }
    members ??= new Set();
    for (let at = 4; at + 4 <= sh.data.length; at += 4) members.add(words.getUint32(at, true));
  }
  return members ?? noMembers;
}
