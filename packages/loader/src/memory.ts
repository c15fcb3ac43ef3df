// The simulated address space: a sorted list of mappings (what /proc/PID/maps shows, one VMA
// each) over sparse pages. This is the one memory interface the kernel, ld.so and, later, an
// instruction emulator share.
//
// Nothing is allocated in proportion to a size a file claims. A file-backed mapping keeps a
// reference to the file's bytes and reads through it; an anonymous mapping reads as zeros.
// Only a page that is written gets its own 4 KiB copy (copy-on-write, as MAP_PRIVATE does),
// so memory use is bounded by the pages actually touched, which is bounded by the relocation
// tables of the files involved.

import { GlassError } from "@glass/diagnostics";

export interface Mapping {
  start: bigint;
  end: bigint;
  /** "r-x", "rw-", "---" … */
  perms: string;
  /** File offset of `start` (0 for anonymous mappings). */
  offset: bigint;
  /** File path, "[stack]", "[vdso]" …, or "" for anonymous memory. */
  path: string;
  /** The file's bytes for file-backed mappings; reads past its end give zeros. */
  file?: Uint8Array;
}

/** An access to an address no mapping covers, or without the needed permission. */
export class MemoryFault extends GlassError {
  constructor(
    readonly address: bigint,
    readonly access: "read" | "write",
  ) {
    super([{ severity: "error", message: `segmentation fault: ${access} of unmapped address 0x${address.toString(16)}` }]);
  }
}

/** What a CPU (or ld.so) needs from memory. Accesses ignore page permissions unless `checked`. */
export interface Memory {
  read(address: bigint, size: number): Uint8Array;
  write(address: bigint, bytes: Uint8Array): void;
  readU64(address: bigint): bigint;
  writeU64(address: bigint, value: bigint): void;
  readU32(address: bigint): number;
  readU16(address: bigint): number;
  /** The NUL-terminated string at `address` (at most `limit` bytes). */
  readString(address: bigint, limit?: number): string;
}

const PAGE = 0x1000n;
const utf8 = new TextDecoder();

export class AddressSpace implements Memory {
  /** Sorted by start, never overlapping. */
  mappings: Mapping[] = [];
  private readonly pages = new Map<bigint, Uint8Array>();

  /** Maps [start, end), replacing whatever was there (MAP_FIXED semantics). */
  map(m: Mapping): void {
    this.unmap(m.start, m.end);
    this.mappings.push(m);
    this.mappings.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }

  /** Removes [start, end) from every mapping, splitting the ones it cuts. */
  unmap(start: bigint, end: bigint): void {
    const kept: Mapping[] = [];
    for (const m of this.mappings) {
      if (m.end <= start || m.start >= end) {
        kept.push(m);
        continue;
      }
      if (m.start < start) kept.push({ ...m, end: start });
      if (m.end > end) kept.push({ ...m, start: end, offset: m.offset + (end - m.start) });
    }
    this.mappings = kept;
    for (const p of [...this.pages.keys()]) if (p * PAGE >= start && p * PAGE < end) this.pages.delete(p);
  }

  /** mprotect: changes the permissions of [start, end), splitting mappings at the edges. */
  protect(start: bigint, end: bigint, perms: string): void {
    const out: Mapping[] = [];
    for (const m of this.mappings) {
      if (m.end <= start || m.start >= end) {
        out.push(m);
        continue;
      }
      const lo = m.start > start ? m.start : start;
      const hi = m.end < end ? m.end : end;
      if (m.start < lo) out.push({ ...m, end: lo });
      out.push({ ...m, start: lo, end: hi, perms, offset: m.offset + (lo - m.start) });
      if (hi < m.end) out.push({ ...m, start: hi, offset: m.offset + (hi - m.start) });
    }
    this.mappings = out;
  }

  /** The highest free range of `size` bytes whose end is at or below `below` (top-down mmap). */
  findFree(size: bigint, below: bigint, above = 0x10000n): bigint | undefined {
    let top = below;
    for (let i = this.mappings.length - 1; i >= -1; i--) {
      const m = this.mappings[i];
      const gapLow = m ? m.end : above;
      if (m && m.start >= top) continue;
      if (top - gapLow >= size && top - size >= above) return top - size;
      if (!m) break;
      top = m.start < top ? m.start : top;
    }
    return undefined;
  }

  mappingAt(address: bigint): Mapping | undefined {
    return this.mappings.find((m) => m.start <= address && address < m.end);
  }

  /** True when any mapping intersects [start, end). */
  overlaps(start: bigint, end: bigint): boolean {
    return this.mappings.some((m) => m.start < end && start < m.end);
  }

  private page(number: bigint, access: "read" | "write"): Uint8Array | undefined {
    const own = this.pages.get(number);
    if (own) return own;
    const address = number * PAGE;
    const m = this.mappingAt(address);
    if (!m) throw new MemoryFault(address, access);
    if (access === "read" && !m.file) return undefined;
    // Reading a whole file page needs no copy: a view of the file's bytes.
    const offset = m.file ? m.offset + (address - m.start) : 0n;
    if (access === "read" && m.file && offset + PAGE <= BigInt(m.file.length)) return m.file.subarray(Number(offset), Number(offset + PAGE));
    const copy = new Uint8Array(Number(PAGE));
    if (m.file) {
      const from = m.offset + (address - m.start);
      if (from < BigInt(m.file.length)) copy.set(m.file.subarray(Number(from), Number(from + PAGE)));
    }
    if (access === "write") this.pages.set(number, copy);
    return copy;
  }

  read(address: bigint, size: number): Uint8Array {
    const out = new Uint8Array(size);
    let done = 0;
    while (done < size) {
      const at = address + BigInt(done);
      const within = Number(at % PAGE);
      const n = Math.min(size - done, Number(PAGE) - within);
      const page = this.page(at / PAGE, "read");
      if (page) out.set(page.subarray(within, within + n), done);
      done += n;
    }
    return out;
  }

  write(address: bigint, bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) {
      const at = address + BigInt(done);
      const within = Number(at % PAGE);
      const n = Math.min(bytes.length - done, Number(PAGE) - within);
      this.page(at / PAGE, "write")!.set(bytes.subarray(done, done + n), within);
      done += n;
    }
  }

  /** The bytes of [address, address + size) as a DataView: in place when they lie in one page, else copied. */
  private view(address: bigint, size: number, access: "read" | "write"): DataView | undefined {
    const within = Number(address % PAGE);
    if (within + size > Number(PAGE)) return access === "read" ? new DataView(this.read(address, size).buffer) : undefined;
    const page = this.page(address / PAGE, access);
    return page ? new DataView(page.buffer, page.byteOffset + within, size) : undefined;
  }

  readU64(address: bigint): bigint {
    return this.view(address, 8, "read")?.getBigUint64(0, true) ?? 0n;
  }

  writeU64(address: bigint, value: bigint): void {
    const v = this.view(address, 8, "write");
    if (v) return v.setBigUint64(0, BigInt.asUintN(64, value), true);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
    this.write(address, b);
  }

  readU32(address: bigint): number {
    return this.view(address, 4, "read")?.getUint32(0, true) ?? 0;
  }

  readU16(address: bigint): number {
    return this.view(address, 2, "read")?.getUint16(0, true) ?? 0;
  }

  readString(address: bigint, limit = 4096): string {
    const parts: Uint8Array[] = [];
    let at = address;
    for (let total = 0; total < limit; ) {
      const within = Number(at % PAGE);
      const n = Math.min(Number(PAGE) - within, limit - total);
      const page = this.page(at / PAGE, "read");
      const chunk = page ? page.subarray(within, within + n) : new Uint8Array(n);
      const nul = chunk.indexOf(0);
      parts.push(nul < 0 ? chunk : chunk.subarray(0, nul));
      if (nul >= 0) break;
      total += chunk.length;
      at += BigInt(chunk.length);
    }
    return utf8.decode(concat(parts));
  }

  /** Number of pages that hold their own bytes (for the memory-bound tests). */
  get materializedPages(): number {
    return this.pages.size;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
