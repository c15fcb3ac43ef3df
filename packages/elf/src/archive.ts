// Static archives (`ar` format, GNU/SysV variant), the container of `libc.a`.
//
//   "!<arch>\n"
//   then members, each a 60-byte text header + data padded to an even size with "\n":
//     name[16] date[12] uid[6] gid[6] mode[8] size[10] "`\n"   (decimal/octal ASCII, space-padded)
//   special members:
//     "/"        symbol index: u32 BE count, count × u32 BE member header offsets, then the
//                symbol names, NUL-terminated (the "armap" the linker searches)
//     "/SYM64/"  the same with 64-bit counts and offsets
//     "//"       long-name table: "some_long_name.o/\n" entries; a member named "/123" has the
//                long name at offset 123
//   an ordinary member is named "name/" (the slash allows names with spaces).
//
// writeArchive produces what `ar rcs` does in deterministic mode (Debian's default): zero
// dates, uids and gids, mode 644, and an index of every defined global symbol.

import { binaryError, GlassError } from "@glass/diagnostics";
import { ByteView } from "./byte-view.js";
import { SHN_UNDEF, STB_LOCAL, STT_FILE, STT_SECTION } from "./constants.js";
import { readElf } from "./reader.js";

export const ARMAG = "!<arch>\n";
const HEADER_SIZE = 60;

export interface ArchiveMember {
  name: string;
  /** File offset of the member's 60-byte header (what the symbol index records). */
  offset: number;
  data: Uint8Array;
}

export interface Archive {
  members: ArchiveMember[];
  /** Symbol name → index in `members` of the member defining it (first definition wins). */
  symbolIndex: Map<string, number>;
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export function isArchive(bytes: Uint8Array): boolean {
  return bytes.length >= ARMAG.length && latin1.decode(bytes.subarray(0, ARMAG.length)) === ARMAG;
}

export function readArchive(bytes: Uint8Array, fileName: string): Archive {
  const file = new ByteView(fileName, bytes);
  if (!isArchive(bytes)) {
    const thin = bytes.length >= 8 && latin1.decode(bytes.subarray(0, 8)) === "!<thin>\n";
    binaryError(fileName, 0, thin ? "thin archives are not supported" : "not an archive: bad magic");
  }
  const members: ArchiveMember[] = [];
  let rawIndex: { data: Uint8Array; at: number; wide: boolean } | undefined;
  let longNames: Uint8Array | undefined;
  let longNamesAt = 0;

  let at = ARMAG.length;
  while (at < bytes.length) {
    // A trailing newline may pad the archive; anything else must be a whole header.
    if (at === bytes.length - 1 && bytes[at] === 0x0a) break;
    const header = latin1.decode(file.slice(at, HEADER_SIZE, "archive member header"));
    if (header.slice(58, 60) !== "`\n") binaryError(fileName, at + 58, "archive member header is missing its terminator");
    const sizeText = header.slice(48, 58).trim();
    if (!/^\d+$/.test(sizeText)) binaryError(fileName, at + 48, `archive member size '${sizeText}' is not a number`);
    const data = file.slice(at + HEADER_SIZE, Number(sizeText), "archive member");
    const rawName = header.slice(0, 16).trimEnd();
    if (rawName === "/" || rawName === "/SYM64/") {
      rawIndex = { data, at: at + HEADER_SIZE, wide: rawName === "/SYM64/" };
    } else if (rawName === "//") {
      longNames = data;
      longNamesAt = at + HEADER_SIZE;
    } else {
      members.push({ name: memberName(file, rawName, at, longNames, longNamesAt), offset: at, data });
    }
    at += HEADER_SIZE + data.length + (data.length & 1);
  }
  return { members, symbolIndex: rawIndex ? readSymbolIndex(file, rawIndex, members) : new Map() };
}

function memberName(file: ByteView, raw: string, at: number, longNames: Uint8Array | undefined, longNamesAt: number): string {
  const long = /^\/(\d+)$/.exec(raw);
  if (!long) return raw.endsWith("/") ? raw.slice(0, -1) : raw;
  const offset = Number(long[1]);
  if (!longNames || offset >= longNames.length) {
    binaryError(file.fileName, at, `archive member name '${raw}' points outside the long-name table`);
  }
  const end = longNames.indexOf(0x0a, offset);
  if (end < 0) binaryError(file.fileName, longNamesAt + offset, "long member name is not terminated");
  const name = utf8.decode(longNames.subarray(offset, end));
  return name.endsWith("/") ? name.slice(0, -1) : name;
}

function readSymbolIndex(file: ByteView, index: { data: Uint8Array; at: number; wide: boolean }, members: ArchiveMember[]): Map<string, number> {
  const word = index.wide ? 8 : 4;
  const view = new ByteView(file.fileName, index.data);
  const read = (offset: number): number => {
    const start = view.check(offset, word, "archive symbol index");
    let value = 0;
    for (let i = 0; i < word; i++) value = value * 256 + index.data[start + i]!;
    return value;
  };
  const count = read(0);
  view.check(word, count * word, "archive symbol index");
  const memberAt = new Map(members.map((m, i) => [m.offset, i]));
  const result = new Map<string, number>();
  let nameAt = word + count * word;
  for (let i = 0; i < count; i++) {
    const end = index.data.indexOf(0, nameAt);
    if (end < 0) binaryError(file.fileName, index.at + nameAt, "archive symbol index name is not NUL-terminated");
    const name = utf8.decode(index.data.subarray(nameAt, end));
    const offset = read(word + i * word);
    const member = memberAt.get(offset);
    if (member === undefined) {
      binaryError(file.fileName, index.at + word + i * word, `archive symbol '${name}' points to offset ${offset}, which is not a member`);
    }
    if (!result.has(name)) result.set(name, member);
    nameAt = end + 1;
  }
  return result;
}

/** The symbols an ELF member contributes to the archive index: defined, non-local ones. */
function indexedSymbols(member: { name: string; data: Uint8Array }): string[] {
  if (member.data.length < 4 || latin1.decode(member.data.subarray(0, 4)) !== "\x7fELF") return [];
  try {
    return readElf(member.data, member.name)
      .symbols()
      .filter((s) => s.bind !== STB_LOCAL && s.st_shndx !== SHN_UNDEF && s.type !== STT_FILE && s.type !== STT_SECTION)
      .map((s) => s.name);
  } catch (e) {
    if (e instanceof GlassError) return [];
    throw e;
  }
}

function field(text: string, width: number): string {
  return text.padEnd(width, " ").slice(0, width);
}

/** A member header; `meta` is [date, uid, gid, mode] as text. */
function memberHeader(name: string, size: number, meta: [string, string, string, string]): Uint8Array {
  const [date, uid, gid, mode] = meta;
  const text = field(name, 16) + field(date, 12) + field(uid, 6) + field(gid, 6) + field(mode, 8) + field(String(size), 10) + "`\n";
  return encoder.encode(text);
}

// What GNU ar writes in deterministic mode for the index, the long-name table and members.
const INDEX_META: [string, string, string, string] = ["0", "0", "0", "0"];
const LONG_NAMES_META: [string, string, string, string] = ["", "", "", ""];
const MEMBER_META: [string, string, string, string] = ["0", "0", "0", "644"];

export function writeArchive(members: { name: string; data: Uint8Array }[]): Uint8Array {
  // Long names: anything that does not fit "name/" in 16 bytes goes to the "//" table.
  const longParts: string[] = [];
  let longSize = 0;
  const headerNames = members.map((m) => {
    if (encoder.encode(m.name).length <= 15) return m.name + "/";
    const ref = `/${longSize}`;
    const entry = `${m.name}/\n`;
    longParts.push(entry);
    longSize += encoder.encode(entry).length;
    return ref;
  });
  // bfd counts the table's padding newline in its size.
  const longText = longParts.join("");
  const longTable = encoder.encode(longSize & 1 ? longText + "\n" : longText);

  // Symbol index: offsets depend on the index's own size, which we know once names are known.
  const symbols = members.map(indexedSymbols);
  const allNames = symbols.flat();
  const nameBytes = encoder.encode(allNames.map((n) => n + "\0").join(""));
  let indexSize = 4 + 4 * allNames.length + nameBytes.length;
  indexSize += indexSize & 1; // bfd pads the index itself to an even size
  const padded = (n: number): number => n + (n & 1);
  let at = ARMAG.length;
  if (allNames.length > 0) at += HEADER_SIZE + indexSize;
  if (longTable.length > 0) at += HEADER_SIZE + longTable.length;
  const offsets = members.map((m) => {
    const here = at;
    at += HEADER_SIZE + padded(m.data.length);
    return here;
  });

  const out = new Uint8Array(at);
  out.set(encoder.encode(ARMAG), 0);
  let pos = ARMAG.length;
  const put = (bytes: Uint8Array): void => {
    out.set(bytes, pos);
    pos += bytes.length;
  };
  const padTo2 = (): void => {
    if (pos & 1) out[pos++] = 0x0a;
  };
  if (allNames.length > 0) {
    put(memberHeader("/", indexSize, INDEX_META));
    const index = new Uint8Array(indexSize);
    const view = new DataView(index.buffer);
    view.setUint32(0, allNames.length);
    let k = 0;
    symbols.forEach((names, member) => names.forEach(() => view.setUint32(4 + 4 * k++, offsets[member]!)));
    index.set(nameBytes, 4 + 4 * allNames.length);
    put(index);
  }
  if (longTable.length > 0) {
    put(memberHeader("//", longTable.length, LONG_NAMES_META));
    put(longTable);
  }
  members.forEach((m, i) => {
    put(memberHeader(headerNames[i]!, m.data.length, MEMBER_META));
    put(m.data);
    padTo2();
  });
  return out;
}
