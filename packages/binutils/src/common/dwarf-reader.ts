// Reading DWARF sections: a little-endian cursor with LEB128s and C strings (RangeError past
// the end), and a debug section's bytes with its RELA relocations applied, as they are in a
// relocatable object (addresses and string offsets are addends until linking).

import { EM_AARCH64, ET_REL, SHT_RELA, type ElfFile, type ElfSection } from "@glass/elf";

export class Reader {
  at = 0;
  constructor(
    readonly data: Uint8Array,
    readonly view = new DataView(data.buffer, data.byteOffset, data.byteLength),
  ) {}
  private need(n: number): void {
    if (this.at + n > this.data.length) throw new RangeError("truncated .debug_line");
  }
  u8(): number {
    this.need(1);
    return this.data[this.at++]!;
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.at, true);
    this.at += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  u64(): bigint {
    this.need(8);
    const v = this.view.getBigUint64(this.at, true);
    this.at += 8;
    return v;
  }
  uleb(): bigint {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const b = this.u8();
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
    }
  }
  sleb(): bigint {
    let result = 0n;
    let shift = 0n;
    let b: number;
    do {
      b = this.u8();
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
    } while (b & 0x80);
    return b & 0x40 ? result - (1n << shift) : result;
  }
  cstring(): string {
    const end = this.data.indexOf(0, this.at);
    if (end < 0) throw new RangeError("unterminated string in .debug_line");
    const s = new TextDecoder("latin1").decode(this.data.subarray(this.at, end));
    this.at = end + 1;
    return s;
  }
}

const ABS64: Record<number, number> = { 62: 1, [EM_AARCH64]: 257 };
const ABS32: Record<number, number[]> = { 62: [10, 11], [EM_AARCH64]: [258] };

/** The section's bytes with its RELA relocations applied (objects), and which section each 8-byte address names. */
export function relocated(elf: ElfFile, section: ElfSection): { data: Uint8Array; targets: Map<number, number> } {
  const targets = new Map<number, number>();
  const rela = elf.header.e_type === ET_REL ? elf.sections.find((s) => s.sh_type === SHT_RELA && s.sh_info === section.index) : undefined;
  if (!rela) return { data: section.data, targets };
  const data = section.data.slice();
  const view = new DataView(data.buffer);
  const symbols = elf.symbols();
  for (const r of elf.relocations(rela)) {
    const sym = symbols[r.r_sym];
    const value = BigInt.asUintN(64, (sym?.st_value ?? 0n) + r.r_addend);
    const at = Number(r.r_offset);
    if (r.r_type === ABS64[elf.header.e_machine] && at + 8 <= data.length) {
      view.setBigUint64(at, value, true);
      if (sym) targets.set(at, sym.st_shndx);
    } else if (ABS32[elf.header.e_machine]?.includes(r.r_type) && at + 4 <= data.length) {
      view.setUint32(at, Number(value & 0xffffffffn), true);
    }
  }
  return { data, targets };
}

/** The NUL-terminated string at `offset` in a string section (.debug_str, .debug_line_str). */
export function sectionString(elf: ElfFile, name: string, offset: number): string {
  const s = elf.sectionByName(name);
  if (!s) return "";
  const data = relocated(elf, s).data;
  const end = data.indexOf(0, offset);
  return new TextDecoder("latin1").decode(data.subarray(offset, end < 0 ? data.length : end));
}
