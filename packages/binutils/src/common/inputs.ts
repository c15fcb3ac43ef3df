// How the BFD-based tools (nm, size, objdump) open their inputs: each path is read through
// the ToolIO; an archive yields its members in order; anything that is not an ELF file (or
// that the ELF reader rejects) gets bfd's wording "file format not recognized".

import { GlassError } from "@glass/diagnostics";
import { isArchive, readArchive, readElf, type ElfFile } from "@glass/elf";
import { readInput, type ToolIO } from "../io.js";

export interface ObjectInput {
  elf: ElfFile;
  /** The path given on the command line (the archive's, for a member). */
  path: string;
  /** The member's name inside an archive. */
  member?: string;
  /** The member's ar header fields (objdump -a). */
  header?: MemberHeader;
}

/** The numeric fields of an ar member header: date, uid, gid (decimal), mode (octal), size. */
export interface MemberHeader {
  date: number;
  uid: number;
  gid: number;
  mode: number;
  size: number;
}

const latin1 = new TextDecoder("latin1");

function memberHeader(archive: Uint8Array, offset: number): MemberHeader {
  const field = (from: number, to: number, radix: number): number => parseInt(latin1.decode(archive.subarray(offset + from, offset + to)).trim() || "0", radix) || 0;
  return { date: field(16, 28, 10), uid: field(28, 34, 10), gid: field(34, 40, 10), mode: field(40, 48, 8), size: field(48, 58, 10) };
}

export interface InputVisitor {
  object(input: ObjectInput): void;
  /** Called before the members of an archive. */
  archive?(path: string): void;
}

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const isElf = (b: Uint8Array): boolean => ELF_MAGIC.every((x, i) => b[i] === x);

function parse(bytes: Uint8Array, name: string): ElfFile | undefined {
  if (!isElf(bytes)) return undefined;
  try {
    return readElf(bytes, name);
  } catch (e) {
    if (e instanceof GlassError) return undefined;
    throw e;
  }
}

/** Visits every object named by `paths`; returns 1 if any could not be read, else 0. */
export function eachObject(tool: string, io: ToolIO, paths: string[], visit: InputVisitor): number {
  let status = 0;
  const fail = (message: string): void => {
    io.stderr(`${tool}: ${message}\n`);
    status = 1;
  };
  // Symbol tables and relocations are decoded lazily, so damage can surface mid-listing.
  const visitSafely = (input: ObjectInput): void => {
    try {
      visit.object(input);
    } catch (e) {
      if (!(e instanceof GlassError)) throw e;
      fail(`${input.member ?? input.path}: ${e.message}`);
    }
  };
  for (const path of paths) {
    const bytes = readInput(io, path);
    if ("error" in bytes) {
      fail(bytes.error);
      continue;
    }
    if (isArchive(bytes)) {
      let members;
      try {
        members = readArchive(bytes, path).members;
      } catch (e) {
        if (!(e instanceof GlassError)) throw e;
        fail(`${path}: file format not recognized`);
        continue;
      }
      visit.archive?.(path);
      for (const m of members) {
        const elf = parse(m.data, `${path}(${m.name})`);
        if (elf) visitSafely({ elf, path, member: m.name, header: memberHeader(bytes, m.offset) });
        else fail(`${m.name}: file format not recognized`);
      }
      continue;
    }
    const elf = parse(bytes, path);
    if (elf) visitSafely({ elf, path });
    else fail(`${path}: file format not recognized`);
  }
  return status;
}
