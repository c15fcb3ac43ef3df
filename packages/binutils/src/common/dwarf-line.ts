// The DWARF line-number program (.debug_line; DWARF 5 §6.2, also versions 2–4): a header
// (opcode parameters, directory and file tables — in version 5 described by entry formats,
// names possibly in .debug_line_str) and a byte-coded state machine whose rows map addresses
// to file, line and discriminator. In a relocatable object the addresses and string offsets
// are still relocation addends, so the section's RELA entries are applied first, and each
// sequence remembers the section its DW_LNE_set_address relocation names. Versions 2–4 name
// files relative to the compilation directory, found in .debug_info (dwarf-units.ts).

import type { ElfFile } from "@glass/elf";
import { Reader, relocated, sectionString } from "./dwarf-reader.js";
import { compilationDirectories } from "./dwarf-units.js";

export interface LineRow {
  address: bigint;
  /** The file's path as BFD builds it: the directory, "/", the name (unless the name is absolute). */
  file: string;
  line: number;
  discriminator: number;
}

/** Rows of one sequence in address order; `end` is the end_sequence address (exclusive). */
export interface LineSequence {
  /** Section index of the code, known in relocatable objects. */
  section: number | undefined;
  end: bigint;
  rows: LineRow[];
}

const DW_FORM = { block: 0x09, data1: 0x0b, data2: 0x05, data4: 0x06, data8: 0x07, data16: 0x1e, string: 0x08, strp: 0x0e, line_strp: 0x1f, udata: 0x0f };

/** One attribute value of a v5 directory/file entry: a string or a number (undefined for blocks). */
function formValue(r: Reader, form: number, offset64: boolean, strings: (section: string, offset: number) => string): string | number | undefined {
  const offset = (): number => (offset64 ? Number(r.u64()) : r.u32());
  switch (form) {
    case DW_FORM.string: return r.cstring();
    case DW_FORM.line_strp: return strings(".debug_line_str", offset());
    case DW_FORM.strp: return strings(".debug_str", offset());
    case DW_FORM.udata: return Number(r.uleb());
    case DW_FORM.data1: return r.u8();
    case DW_FORM.data2: return r.u16();
    case DW_FORM.data4: return r.u32();
    case DW_FORM.data8: return Number(r.u64());
    case DW_FORM.data16: r.at += 16; return undefined;
    case DW_FORM.block: r.at += Number(r.uleb()); return undefined;
    default: throw new RangeError(`unsupported form 0x${form.toString(16)} in .debug_line`);
  }
}

/** Version 5 entry lists: a format (content type, form pairs), a count, the entries. */
function entryList(r: Reader, offset64: boolean, strings: (section: string, offset: number) => string): { path: string; dir: number }[] {
  const format: [number, number][] = [];
  for (let n = r.u8(); n > 0; n--) format.push([Number(r.uleb()), Number(r.uleb())]);
  const entries: { path: string; dir: number }[] = [];
  for (let n = Number(r.uleb()); n > 0; n--) {
    const entry = { path: "", dir: 0 };
    for (const [type, form] of format) {
      const v = formValue(r, form, offset64, strings);
      if (type === 1 && typeof v === "string") entry.path = v;
      if (type === 2 && typeof v === "number") entry.dir = v;
    }
    entries.push(entry);
  }
  return entries;
}

const join = (dir: string | undefined, name: string): string => (name.startsWith("/") || !dir ? name : `${dir}/${name}`);

/** Every sequence of every line-number program in .debug_line ([] when there is none); a damaged table yields the sequences before the damage. */
export function lineSequences(elf: ElfFile): LineSequence[] {
  const sequences: LineSequence[] = [];
  try {
    readPrograms(elf, sequences);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return sequences;
}

function readPrograms(elf: ElfFile, sequences: LineSequence[]): void {
  const section = elf.sectionByName(".debug_line");
  if (!section) return;
  const { data, targets } = relocated(elf, section);
  const strings = (name: string, offset: number): string => sectionString(elf, name, offset);
  const compDirs = compilationDirectories(elf);
  const r = new Reader(data);
  while (r.at < data.length) {
    const unitStart = r.at;
    let length = r.u32();
    const offset64 = length === 0xffffffff;
    if (offset64) length = Number(r.u64());
    const unitEnd = r.at + length;
    const version = r.u16();
    if (version < 2 || version > 5) throw new RangeError(`unsupported .debug_line version ${version}`);
    if (version >= 5) r.at += 2;
    const headerLength = offset64 ? Number(r.u64()) : r.u32();
    const programStart = r.at + headerLength;
    const minLength = r.u8();
    if (version >= 4) r.u8();
    r.u8(); // default_is_stmt: objdump -l shows every row
    const lineBase = (r.u8() << 24) >> 24;
    const lineRange = r.u8();
    const opcodeBase = r.u8();
    const argCounts = [0];
    for (let i = 1; i < opcodeBase; i++) argCounts.push(r.u8());
    let dirs: string[];
    let files: string[];
    if (version >= 5) {
      dirs = entryList(r, offset64, strings).map((d) => d.path);
      files = entryList(r, offset64, strings).map((f) => join(dirs[f.dir], f.path));
    } else {
      // Directory 0 is the compilation directory, which a relative directory is also under.
      const compDir = compDirs.get(unitStart);
      dirs = [compDir ?? ""];
      for (let d = r.cstring(); d !== ""; d = r.cstring()) dirs.push(join(compDir, d));
      files = [""];
      for (let f = r.cstring(); f !== ""; f = r.cstring()) {
        const dir = Number(r.uleb());
        r.uleb();
        r.uleb();
        files.push(join(dirs[dir], f));
      }
    }
    r.at = programStart;
    const fresh = () => ({ address: 0n, file: 1, line: 1, discriminator: 0, section: undefined as number | undefined });
    let s = fresh();
    let rows: LineRow[] = [];
    const emit = (): void => {
      rows.push({ address: s.address, file: files[s.file] ?? "", line: s.line, discriminator: s.discriminator });
      s.discriminator = 0;
    };
    while (r.at < unitEnd) {
      const op = r.u8();
      if (op >= opcodeBase) {
        const adjusted = op - opcodeBase;
        s.address += BigInt(Math.floor(adjusted / lineRange) * minLength);
        s.line += lineBase + (adjusted % lineRange);
        emit();
        continue;
      }
      switch (op) {
        case 0: {
          const len = Number(r.uleb());
          const next = r.at + len;
          const sub = len > 0 ? r.u8() : 0;
          if (sub === 1) {
            sequences.push({ section: s.section, end: s.address, rows });
            rows = [];
            s = fresh();
          } else if (sub === 2) {
            s.section = targets.get(r.at);
            s.address = len - 1 === 8 ? r.u64() : BigInt(r.u32());
          } else if (sub === 4) {
            s.discriminator = Number(r.uleb());
          }
          r.at = next;
          break;
        }
        case 1: emit(); break;
        case 2: s.address += r.uleb() * BigInt(minLength); break;
        case 3: s.line += Number(r.sleb()); break;
        case 4: s.file = Number(r.uleb()); break;
        case 8: s.address += BigInt(Math.floor((255 - opcodeBase) / lineRange) * minLength); break;
        case 9: s.address += BigInt(r.u16()); break;
        default: for (let n = argCounts[op] ?? 0; n > 0; n--) r.uleb();
      }
    }
    r.at = unitEnd;
  }
}

/** BFD's lookup: the last row at or before `address` in the sequence that covers it. */
export function findLine(sequences: LineSequence[], address: bigint, section: number | undefined): LineRow | undefined {
  for (const seq of sequences) {
    if (section !== undefined && seq.section !== undefined && seq.section !== section) continue;
    const first = seq.rows[0];
    if (!first || address < first.address || address >= seq.end) continue;
    let best: LineRow | undefined;
    for (const row of seq.rows) if (row.address <= address) best = row;
    return best;
  }
  return undefined;
}
