// The compilation units of .debug_info (DWARF §7.5), read only as far as their first entry:
// the compile unit's DW_AT_comp_dir and DW_AT_stmt_list. A DWARF 2–4 line table names files
// relative to the compilation directory (directory 0), which only .debug_info records.

import type { ElfFile } from "@glass/elf";
import { Reader, relocated, sectionString } from "./dwarf-reader.js";

const DW_AT_stmt_list = 0x10;
const DW_AT_comp_dir = 0x1b;

/** Bytes a form's value occupies, or undefined when it is read (strings, LEBs, blocks). */
function fixedSize(form: number, addressSize: number, offsetSize: number): number | undefined {
  const sizes: Record<number, number> = {
    0x01: addressSize, 0x05: 2, 0x06: 4, 0x07: 8, 0x0b: 1, 0x0c: 1, 0x0e: offsetSize, 0x10: offsetSize, 0x11: 1, 0x12: 2, 0x13: 4, 0x14: 8,
    0x17: offsetSize, 0x19: 0, 0x1c: 4, 0x1d: offsetSize, 0x1e: 16, 0x1f: offsetSize, 0x20: 8, 0x21: 0, 0x25: 1, 0x26: 2, 0x27: 3, 0x28: 4,
    0x29: 1, 0x2a: 2, 0x2b: 3, 0x2c: 4,
  };
  return sizes[form];
}

/** Each unit's compilation directory, keyed by the offset of its line table in .debug_line. */
export function compilationDirectories(elf: ElfFile): Map<number, string> {
  const dirs = new Map<number, string>();
  const info = elf.sectionByName(".debug_info");
  const abbrev = elf.sectionByName(".debug_abbrev");
  if (!info || !abbrev) return dirs;
  const r = new Reader(relocated(elf, info).data);
  const a = new Reader(relocated(elf, abbrev).data);
  try {
    while (r.at < r.data.length) {
      let length = r.u32();
      const offsetSize = length === 0xffffffff ? 8 : 4;
      if (offsetSize === 8) length = Number(r.u64());
      const end = r.at + length;
      const version = r.u16();
      let abbrevOffset: number;
      let addressSize: number;
      if (version >= 5) {
        r.u8(); // unit_type
        addressSize = r.u8();
        abbrevOffset = offsetSize === 8 ? Number(r.u64()) : r.u32();
      } else {
        abbrevOffset = offsetSize === 8 ? Number(r.u64()) : r.u32();
        addressSize = r.u8();
      }
      const code = r.uleb();
      // Find the abbreviation: code, tag, has-children, then (attribute, form) pairs.
      a.at = abbrevOffset;
      for (let c = a.uleb(); c !== code && c !== 0n; c = a.uleb()) {
        a.uleb();
        a.u8();
        for (let at = a.uleb(), form = a.uleb(); at !== 0n || form !== 0n; at = a.uleb(), form = a.uleb()) if (form === 0x21n) a.sleb();
      }
      a.uleb();
      a.u8();
      let compDir: string | undefined;
      let stmtList: number | undefined;
      for (let at = Number(a.uleb()), form = Number(a.uleb()); at !== 0 || form !== 0; at = Number(a.uleb()), form = Number(a.uleb())) {
        if (form === 0x21) a.sleb();
        const offset = (): number => (offsetSize === 8 ? Number(r.u64()) : r.u32());
        if (at === DW_AT_comp_dir && (form === 0x08 || form === 0x0e || form === 0x1f)) {
          compDir = form === 0x08 ? r.cstring() : sectionString(elf, form === 0x0e ? ".debug_str" : ".debug_line_str", offset());
        } else if (at === DW_AT_stmt_list && (form === 0x17 || form === 0x06)) {
          stmtList = offset();
        } else {
          const size = fixedSize(form, addressSize, offsetSize);
          if (size !== undefined) r.at += size;
          else if (form === 0x08) r.cstring();
          else if (form === 0x0d) r.sleb();
          else if ([0x0f, 0x15, 0x1a, 0x1b, 0x22, 0x23].includes(form)) r.uleb();
          else if (form === 0x09 || form === 0x18) r.at += Number(r.uleb());
          else if (form === 0x0a) r.at += r.u8();
          else break; // a form this reader does not know: stop at this unit's first entry
        }
      }
      if (compDir !== undefined && stmtList !== undefined) dirs.set(stmtList, compDir);
      r.at = end;
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return dirs;
}
