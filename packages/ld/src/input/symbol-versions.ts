// Reading a shared object's symbol versions (the GNU extension to the gABI described in the
// LSB, "Symbol Versioning"): which version each of its dynamic symbols is defined at.
//
//   .gnu.version    (SHT_GNU_versym)  one 16-bit word per .dynsym entry: a version index;
//                                     bit 15 set = hidden (`memcpy@GLIBC_2.2.5`, an old
//                                     version only binaries linked long ago still use)
//   .gnu.version_d  (SHT_GNU_verdef)  the versions it defines: Verdef records (vd_ndx is the
//                                     index, vd_flags VER_FLG_BASE marks the file's own name),
//                                     each followed by Verdaux records naming it
//
// A new link binds a reference to the default version (`puts@@GLIBC_2.2.5`, bit 15 clear);
// the output then asks for that version by name in its own .gnu.version_r.

import { SHT_GNU_verdef, SHT_GNU_versym, type ElfFile } from "@glass/elf";
import { binaryError } from "@glass/diagnostics";

const VER_FLG_BASE = 1;
const VERSYM_HIDDEN = 0x8000;

/** For each .dynsym index: its version name (undefined for unversioned or base symbols) and whether it is hidden. */
export type SymbolVersions = (index: number) => { name?: string; hidden: boolean };

export function readSymbolVersions(elf: ElfFile): SymbolVersions {
  const versym = elf.sections.find((s) => s.sh_type === SHT_GNU_versym);
  const verdef = elf.sections.find((s) => s.sh_type === SHT_GNU_verdef);
  if (!versym) return () => ({ hidden: false });
  const names = verdef ? definedVersions(elf, verdef) : new Map<number, string>();
  const words = new DataView(versym.data.buffer, versym.data.byteOffset, versym.data.byteLength);
  return (index) => {
    if (2 * index + 2 > versym.data.length) return { hidden: false };
    const word = words.getUint16(2 * index, true);
    return { name: names.get(word & ~VERSYM_HIDDEN), hidden: (word & VERSYM_HIDDEN) !== 0 };
  };
}

/** Version index → name, from the Verdef chain (the base entry, the file's own name, is left out). */
function definedVersions(elf: ElfFile, verdef: ElfFile["sections"][number]): Map<number, string> {
  const strtab = elf.sections[verdef.sh_link];
  if (!strtab) binaryError(elf.fileName, Number(verdef.sh_offset), ".gnu.version_d has no string table");
  const data = verdef.data;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const names = new Map<number, string>();
  const check = (at: number, size: number): void => {
    if (at < 0 || at + size > data.length) binaryError(elf.fileName, Number(verdef.sh_offset) + at, "truncated .gnu.version_d record");
  };
  for (let at = 0, n = 0; n < verdef.sh_info; n++) {
    check(at, 20);
    // Verdef: vd_version u16, vd_flags u16, vd_ndx u16, vd_cnt u16, vd_hash u32, vd_aux u32, vd_next u32
    const flags = view.getUint16(at + 2, true);
    const ndx = view.getUint16(at + 4, true);
    const aux = at + view.getUint32(at + 12, true);
    check(aux, 8); // Verdaux: vda_name u32, vda_next u32
    if ((flags & VER_FLG_BASE) === 0) names.set(ndx, elf.stringAt(strtab, view.getUint32(aux, true)));
    const next = view.getUint32(at + 16, true);
    if (next === 0) break;
    at += next;
  }
  return names;
}
