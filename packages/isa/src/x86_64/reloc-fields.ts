// x86-64 relocation fields (System V AMD64 psABI §4.4.1): every x86-64 relocation patches a
// little-endian integer of 8, 16, 32 or 64 bits at r_offset; the only question is how wide it
// is and which values fit. word32 fields of PC-relative and sign-extended relocations take
// -2^31 … 2^31-1; R_X86_64_32 is zero-extended, so it takes 0 … 2^32-1. Messages follow GNU
// ld: "relocation truncated to fit: R_X86_64_PC32".

import { R_X86_64, relocName } from "@glass/elf";
import type { RelocFieldWriter } from "../types.js";

type Check = "signed" | "unsigned" | "either" | "none";

/** Field width in bytes and range check, per relocation type. */
const FIELDS: Record<number, [1 | 2 | 4 | 8, Check]> = {
  [R_X86_64["64"]]: [8, "none"],
  [R_X86_64.PC64]: [8, "none"],
  [R_X86_64.GOTOFF64]: [8, "none"],
  [R_X86_64.GOTPC64]: [8, "none"],
  [R_X86_64.GOT64]: [8, "none"],
  [R_X86_64.GOTPCREL64]: [8, "none"],
  [R_X86_64.SIZE64]: [8, "none"],
  [R_X86_64.DTPMOD64]: [8, "none"],
  [R_X86_64.DTPOFF64]: [8, "none"],
  [R_X86_64.TPOFF64]: [8, "none"],
  [R_X86_64.PC32]: [4, "signed"],
  [R_X86_64.PLT32]: [4, "signed"],
  [R_X86_64.GOT32]: [4, "signed"],
  [R_X86_64.GOTPCREL]: [4, "signed"],
  [R_X86_64.GOTPCRELX]: [4, "signed"],
  [R_X86_64.REX_GOTPCRELX]: [4, "signed"],
  [R_X86_64.GOTPC32]: [4, "signed"],
  [R_X86_64["32S"]]: [4, "signed"],
  [R_X86_64["32"]]: [4, "unsigned"],
  [R_X86_64.SIZE32]: [4, "unsigned"],
  [R_X86_64.TLSGD]: [4, "signed"],
  [R_X86_64.TLSLD]: [4, "signed"],
  [R_X86_64.DTPOFF32]: [4, "signed"],
  [R_X86_64.GOTTPOFF]: [4, "signed"],
  [R_X86_64.TPOFF32]: [4, "signed"],
  [R_X86_64["16"]]: [2, "either"],
  [R_X86_64.PC16]: [2, "signed"],
  [R_X86_64["8"]]: [1, "either"],
  [R_X86_64.PC8]: [1, "signed"],
};

/** Each field's range as bigints made once, so checking a value allocates nothing (the linker checks every relocation). */
const LIMITS: Record<number, { size: 1 | 2 | 4 | 8; min?: bigint; max?: bigint }> = {};
for (const [type, [size, check]] of Object.entries(FIELDS)) {
  const bits = BigInt(size * 8);
  const min = -(1n << (bits - 1n));
  const maxSigned = (1n << (bits - 1n)) - 1n;
  const maxUnsigned = (1n << bits) - 1n;
  LIMITS[Number(type)] =
    check === "none" ? { size }
    : check === "signed" ? { size, min, max: maxSigned }
    : check === "unsigned" ? { size, min: 0n, max: maxUnsigned }
    : { size, min, max: maxUnsigned };
}

export const x86_64RelocField: RelocFieldWriter = (type, buf, offset, value) => {
  const field = LIMITS[type];
  if (!field) return `unsupported relocation type ${relocName("x86_64", type)}`;
  const { size, min, max } = field;
  if (min !== undefined && max !== undefined && (value < min || value > max)) return `relocation truncated to fit: ${relocName("x86_64", type)}`;
  if (offset < 0 || offset + size > buf.length) return `relocation at offset ${offset} is outside its section`;
  if (size === 8) {
    const v = BigInt.asUintN(64, value);
    writeLittleEndian(buf, offset, 4, Number(v & 0xffffffffn));
    writeLittleEndian(buf, offset + 4, 4, Number(v >> 32n));
  } else {
    // Every field narrower than 64 bits is range-checked above, so the value fits a number
    // exactly, and its low bytes are those of its two's complement (`>>` works on int32).
    writeLittleEndian(buf, offset, size, Number(value));
  }
  return undefined;
};

/** The low `size` bytes (at most 4) of `v`, least significant first. */
function writeLittleEndian(buf: Uint8Array, offset: number, size: number, v: number): void {
  for (let i = 0; i < size; i++) buf[offset + i] = (v >> (8 * i)) & 0xff;
}
