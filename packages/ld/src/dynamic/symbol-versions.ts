// The output's symbol versions (LSB "Symbol Versioning"): every symbol imported from a
// versioned shared object asks for the version it was found at, so that a later libc.so.6
// with `puts@@GLIBC_2.99` still gives this program `puts@GLIBC_2.2.5`.
//
//   .gnu.version    (SHT_GNU_versym)   a 16-bit word per .dynsym entry: 0 for the null
//                                      symbol, 1 (global) for our own and unversioned ones,
//                                      otherwise the index of a Vernaux below
//   .gnu.version_r  (SHT_GNU_verneed)  per needed library a Verneed (vn_version 1, vn_cnt,
//                                      vn_file → soname, vn_aux, vn_next: 16 bytes), then its
//                                      Vernaux records (vna_hash = ELF hash of the name,
//                                      vna_flags, vna_other = the index, vna_name, vna_next)
//
// GNU ld numbers the versions from 2 in the order .dynsym first uses them and lists each
// library's Vernaux newest first; Glass does the same so `readelf -V` reads alike.

import type { LinkContext, LinkSymbol } from "../context.js";
import { sysvHash } from "./hash-tables.js";

const VER_NDX_GLOBAL = 1;

/** The versions one needed library is asked for, with the index each got. */
export interface VersionNeed {
  soname: string;
  versions: { name: string; index: number }[];
}

/** The version an entry of .dynsym carries, if any: imported (or copied) from a versioned library. */
const versionOf = (sym: LinkSymbol): string | undefined => (sym.dso && sym.version && (!sym.defined || sym.copied) ? sym.version : undefined);

/** Which versions of which libraries .dynsym uses, numbered as GNU ld numbers them. */
export function versionNeeds(ctx: LinkContext): VersionNeed[] {
  const needs = new Map<string, VersionNeed>();
  let next = 2;
  for (const sym of ctx.dynamic!.dynsym) {
    const name = versionOf(sym);
    if (!name) continue;
    const soname = sym.dso!.soname;
    const need = needs.get(soname) ?? { soname, versions: [] };
    needs.set(soname, need);
    if (!need.versions.some((v) => v.name === name)) need.versions.push({ name, index: next++ });
  }
  return [...needs.values()];
}

/** .gnu.version: one word per .dynsym entry (the null symbol included). */
export function buildVersym(ctx: LinkContext, needs: VersionNeed[]): Uint8Array {
  const dynsym = ctx.dynamic!.dynsym;
  const words = new DataView(new ArrayBuffer(2 * (dynsym.length + 1)));
  dynsym.forEach((sym, i) => {
    const name = versionOf(sym);
    const index = name ? needs.find((n) => n.soname === sym.dso!.soname)!.versions.find((v) => v.name === name)!.index : VER_NDX_GLOBAL;
    words.setUint16(2 * (i + 1), index, true);
  });
  return new Uint8Array(words.buffer);
}

/** .gnu.version_r, with names as offsets in .dynstr. */
export function buildVerneed(needs: VersionNeed[], strings: Map<string, number>): Uint8Array {
  const size = needs.reduce((n, need) => n + 16 + 16 * need.versions.length, 0);
  const view = new DataView(new ArrayBuffer(size));
  let at = 0;
  needs.forEach((need, i) => {
    const recordSize = 16 + 16 * need.versions.length;
    view.setUint16(at, 1, true); // vn_version
    view.setUint16(at + 2, need.versions.length, true); // vn_cnt
    view.setUint32(at + 4, strings.get(need.soname) ?? 0, true); // vn_file
    view.setUint32(at + 8, 16, true); // vn_aux
    view.setUint32(at + 12, i === needs.length - 1 ? 0 : recordSize, true); // vn_next
    [...need.versions].reverse().forEach((v, j) => {
      const aux = at + 16 + 16 * j;
      view.setUint32(aux, sysvHash(v.name), true); // vna_hash
      view.setUint16(aux + 4, 0, true); // vna_flags
      view.setUint16(aux + 6, v.index, true); // vna_other
      view.setUint32(aux + 8, strings.get(v.name) ?? 0, true); // vna_name
      view.setUint32(aux + 12, j === need.versions.length - 1 ? 0 : 16, true); // vna_next
    });
    at += recordSize;
  });
  return new Uint8Array(view.buffer);
}
