// A bounds-checked little-endian view of a binary file. Every check names what it checks, so
// a malformed file produces "section header table goes past the end of the file" at the right
// offset (a GlassError via binaryError) instead of a RangeError or a silently wrong value. A
// table (the ELF header, the section headers, a symbol table) is checked once as a whole and
// its fields are then read through `view` without a check per field: readers touch every
// field of every object a linker loads.

import { binaryError } from "@glass/diagnostics";

const utf8 = new TextDecoder("utf-8");

/**
 * 64-bit fields as bigints, without allocating one per small value. `getBigUint64` makes a
 * new bigint for every field it reads, and a linker reads several for every section, symbol
 * and relocation of every object: the garbage collector then spends more time than the
 * reading itself. Most of these fields hold small numbers (offsets and sizes inside an
 * object, flags, alignments, addends like -4), so those come from a table of bigints made
 * once; bigints are immutable, so sharing them is invisible to the caller.
 */
const SMALL = 4096;
const smallBigints: bigint[] = Array.from({ length: SMALL }, (_, i) => BigInt(i));
const smallNegativeBigints: bigint[] = Array.from({ length: SMALL }, (_, i) => BigInt(-i));

/** The unsigned 64-bit little-endian field at `at`. */
export function readU64(view: DataView, at: number): bigint {
  const low = view.getUint32(at, true);
  return low < SMALL && view.getUint32(at + 4, true) === 0 ? smallBigints[low]! : view.getBigUint64(at, true);
}

/** The signed 64-bit little-endian field at `at`. */
export function readI64(view: DataView, at: number): bigint {
  const low = view.getUint32(at, true);
  const high = view.getInt32(at + 4, true);
  if (high === 0 && low < SMALL) return smallBigints[low]!;
  if (high === -1 && low > 2 ** 32 - SMALL) return smallNegativeBigints[2 ** 32 - low]!;
  return view.getBigInt64(at, true);
}

export class ByteView {
  /** Unchecked reads, for tables whose bounds were checked as a whole. */
  readonly view: DataView;
  /** `bytes` as a plain Uint8Array: slices of a node Buffer would be Buffers, which cost more to make. */
  private readonly plain: Uint8Array;

  constructor(
    readonly fileName: string,
    readonly bytes: Uint8Array,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  /**
   * Throws unless [offset, offset + size) lies inside the file; returns offset as a number.
   * `what` names the range in the message; a function is only called to make one.
   */
  check(offset: bigint | number, size: bigint | number, what: string | (() => string)): number {
    // The common case in plain numbers (called for every field read); exact, since a value
    // too large to be a safe integer is also past the end.
    const start = Number(offset);
    if (start >= 0 && Number(size) >= 0 && start + Number(size) <= this.bytes.length) return start;
    return this.checkBig(offset, size, what);
  }

  private checkBig(offset: bigint | number, size: bigint | number, what: string | (() => string)): number {
    const start = BigInt(offset);
    const end = start + BigInt(size);
    if (start < 0n || BigInt(size) < 0n || end > BigInt(this.bytes.length)) {
      const at = start >= 0n && start <= BigInt(this.bytes.length) ? Number(start) : this.bytes.length;
      binaryError(this.fileName, at, `${typeof what === "string" ? what : what()} goes past the end of the file`);
    }
    return Number(start);
  }

  u8(offset: number, what: string): number {
    return this.view.getUint8(this.check(offset, 1, what));
  }

  /** The bytes [offset, offset + size), shared with the file (no copy). */
  slice(offset: bigint | number, size: bigint | number, what: string | (() => string)): Uint8Array {
    const start = this.check(offset, size, what);
    return this.plain.subarray(start, start + Number(size));
  }

  /** The NUL-terminated string at `offset` inside `table`, which starts at file offset `base`. */
  cstring(table: Uint8Array, offset: number, base: number, what: string): string {
    if (offset < 0 || offset >= table.length) {
      binaryError(this.fileName, base, `${what}: string offset 0x${offset.toString(16)} is outside its string table`);
    }
    const end = table.indexOf(0, offset);
    if (end < 0) binaryError(this.fileName, base + offset, `${what}: string is not NUL-terminated`);
    return utf8.decode(table.subarray(offset, end));
  }
}

/**
 * The strings of one string table (gABI "String Table"), for reading many of them: a table
 * of plain ASCII is decoded once, and each string is then a slice of that text (byte offsets
 * are character offsets); any other table is decoded string by string.
 */
export class StringTableView {
  private readonly text: string | undefined;

  constructor(
    private readonly file: ByteView,
    private readonly table: Uint8Array,
    /** File offset of the table, for messages. */
    private readonly base: number,
  ) {
    const text = utf8.decode(table);
    // One character per byte and no replacement character: every byte was ASCII.
    this.text = text.length === table.length && !text.includes("\uFFFD") ? text : undefined;
  }

  /** The string at `offset`; messages name it `${kind} [${index}]` ("name of section [3]"). */
  at(offset: number, kind: string, index: number): string {
    const end = this.text !== undefined && offset >= 0 && offset < this.text.length ? this.text.indexOf("\0", offset) : -1;
    return end >= 0 ? this.text!.slice(offset, end) : this.file.cstring(this.table, offset, this.base, `${kind} [${index}]`);
  }
}
