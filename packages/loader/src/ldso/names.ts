// Names for code addresses, to label what the simulation lists without running it
// (initializers, IFUNC resolvers): the object's .symtab, or .dynsym when it is stripped,
// found through its section headers. ld.so itself never reads section headers; they only
// label the output here, so a file whose section table is missing or corrupt gets no names.

import { readElf, SHN_UNDEF, STB_LOCAL, STT_FUNC, STT_GNU_IFUNC, STT_NOTYPE } from "@glass/elf";

/** The symbol naming a run-time address of an object loaded with bias `l_addr`, if any. */
export type Namer = (address: bigint) => string | undefined;

/** Each file's table, built once per file image (files are not modified once read). */
const tables = new WeakMap<Uint8Array, Map<bigint, { name: string; rank: number }>>();

export function symbolNamer(bytes: Uint8Array, l_addr: bigint): Namer {
  return (address) => {
    let table = tables.get(bytes);
    if (!table) tables.set(bytes, (table = symbolsByValue(bytes)));
    return table.get(address - l_addr)?.name;
  };
}

/** Each code symbol's value → its best name: functions before untyped labels, global before local. */
function symbolsByValue(bytes: Uint8Array): Map<bigint, { name: string; rank: number }> {
  const out = new Map<bigint, { name: string; rank: number }>();
  try {
    const elf = readElf(bytes, "");
    const symtab = elf.symbols();
    for (const s of symtab.length > 1 ? symtab : elf.dynamicSymbols()) {
      if (s.st_shndx === SHN_UNDEF || !s.name || s.st_value === 0n) continue;
      if (s.type !== STT_FUNC && s.type !== STT_GNU_IFUNC && s.type !== STT_NOTYPE) continue;
      const rank = (s.type === STT_NOTYPE ? 2 : 0) + (s.bind === STB_LOCAL ? 1 : 0);
      const had = out.get(s.st_value);
      if (!had || rank < had.rank) out.set(s.st_value, { name: s.name, rank });
    }
  } catch {
    // No usable section headers: no names.
  }
  return out;
}
