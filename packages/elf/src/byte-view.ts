// A bounds-checked little-endian view of a binary file. Every read names what it reads, so
// a malformed file produces "symbol table entry goes past the end of the file" at the right
// offset (a GlassError via binaryError) instead of a RangeError or a silently wrong value.

import { binaryError } from "@glass/diagnostics";

const utf8 = new TextDecoder("utf-8");

export class ByteView {
  private readonly view: DataView;

  constructor(
    readonly fileName: string,
    readonly bytes: Uint8Array,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  /** Throws unless [offset, offset + size) lies inside the file; returns offset as a number. */
  check(offset: bigint | number, size: bigint | number, what: string): number {
    // The common case in plain numbers (called for every field read); exact, since a value
    // too large to be a safe integer is also past the end.
    const start = Number(offset);
    if (start >= 0 && Number(size) >= 0 && start + Number(size) <= this.bytes.length) return start;
    return this.checkBig(offset, size, what);
  }

  private checkBig(offset: bigint | number, size: bigint | number, what: string): number {
    const start = BigInt(offset);
    const end = start + BigInt(size);
    if (start < 0n || BigInt(size) < 0n || end > BigInt(this.bytes.length)) {
      const at = start >= 0n && start <= BigInt(this.bytes.length) ? Number(start) : this.bytes.length;
      binaryError(this.fileName, at, `${what} goes past the end of the file`);
    }
    return Number(start);
  }

  u8(offset: number, what: string): number {
    return this.view.getUint8(this.check(offset, 1, what));
  }
  u16(offset: number, what: string): number {
    return this.view.getUint16(this.check(offset, 2, what), true);
  }
  u32(offset: number, what: string): number {
    return this.view.getUint32(this.check(offset, 4, what), true);
  }
  u64(offset: number, what: string): bigint {
    return this.view.getBigUint64(this.check(offset, 8, what), true);
  }
  i64(offset: number, what: string): bigint {
    return this.view.getBigInt64(this.check(offset, 8, what), true);
  }

  /** The bytes [offset, offset + size), shared with the file (no copy). */
  slice(offset: bigint | number, size: bigint | number, what: string): Uint8Array {
    const start = this.check(offset, size, what);
    return this.bytes.subarray(start, start + Number(size));
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
