// Writing a relocation's value into its A64 field: the ISA half of every R_AARCH64_* type.
//
// "ELF for the Arm 64-bit Architecture" §5.7 gives each relocation a formula (S + A - P,
// Page(S + A) - Page(P), S + A …), computed by whoever knows S and P, and an instruction
// field with an overflow check. This file is the second half: given the computed value, it
// checks the range (for the checked types; `_NC` means "no check") and writes the bits.
//   imm26 (B, BL)             value / 4, ±128 MiB        imm19 (B.cond, CBZ, LDR literal)  ±1 MiB
//   imm14 (TBZ)               value / 4, ±32 KiB         immhi:immlo (ADR)                  ±1 MiB
//   immhi:immlo (ADRP)        value / 4096, ±4 GiB       imm12 (ADD, LDR/STR)               low 12 bits, scaled
//   imm16 (MOVZ/MOVK)         16-bit group G0..G3        data (ABS*/PREL*)                  8/4/2 bytes

import { R_AARCH64, relocName } from "@glass/elf";
import type { RelocFieldWriter } from "../types.js";

const R = R_AARCH64;

// The linker calls these for every relocation it applies, so they allocate nothing in the
// common case: ranges are checked against bigints made once (POW2, NEG_POW2), and the bits a
// field takes come from the value's low and high 32-bit words as plain numbers.

/** 2^k and -2^k as bigints, k = 0 … 64. */
const POW2 = Array.from({ length: 65 }, (_, k) => 1n << BigInt(k));
const NEG_POW2 = POW2.map((p) => -p);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** -2^(bits-1) <= v < 2^(bits-1) */
const inSigned = (v: bigint, bits: number): boolean => v >= NEG_POW2[bits - 1]! && v < POW2[bits - 1]!;
/** 0 <= v < 2^bits */
const inUnsigned = (v: bigint, bits: number): boolean => v >= 0n && v < POW2[bits]!;

/** A value's two's complement 64 bits as two 32-bit words: `lo` unsigned, `hi` signed. */
interface Words {
  lo: number;
  hi: number;
}

function read32(buf: Uint8Array, off: number): number {
  return (buf[off]! | (buf[off + 1]! << 8) | (buf[off + 2]! << 16) | (buf[off + 3]! << 24)) >>> 0;
}

function write32(buf: Uint8Array, off: number, v: number): void {
  buf[off] = v & 0xff;
  buf[off + 1] = (v >>> 8) & 0xff;
  buf[off + 2] = (v >>> 16) & 0xff;
  buf[off + 3] = (v >>> 24) & 0xff;
}

/** Replaces `width` bits (at most 31) at `lsb` of the instruction word at `off` with the low bits of `bits`. */
function patch(buf: Uint8Array, off: number, lsb: number, width: number, bits: number): void {
  const mask = (1 << width) - 1;
  write32(buf, off, ((read32(buf, off) & ~(mask << lsb)) | ((bits & mask) << lsb)) >>> 0);
}

/** PC-relative branch/literal offsets: word aligned, `bits`-bit signed word count (v / 4). */
function branch(buf: Uint8Array, off: number, v: bigint, w: Words, lsb: number, bits: number): string | undefined {
  if ((w.lo & 3) !== 0) return "misaligned";
  if (!inSigned(v, bits + 2)) return "truncated";
  patch(buf, off, lsb, bits, w.lo >>> 2);
  return undefined;
}

/** ADR/ADRP immhi (bits 23:5) : immlo (bits 30:29) from the low 21 bits of `imm`. */
function adr(buf: Uint8Array, off: number, imm: number): undefined {
  patch(buf, off, 29, 2, imm);
  patch(buf, off, 5, 19, imm >>> 2);
  return undefined;
}

/** ADRP's 21-bit immediate: bits 32:12 of the value (a page count). */
const pages = (w: Words): number => (w.lo >>> 12) | (w.hi << 20);

/** imm12 (bits 21:10) from the low 12 bits of value, divided by the access size. */
function lo12(buf: Uint8Array, off: number, w: Words, shift: number): string | undefined {
  const low = w.lo & 0xfff;
  if ((low & ((1 << shift) - 1)) !== 0) return "misaligned";
  patch(buf, off, 10, 12, low >>> shift);
  return undefined;
}

/** MOVZ/MOVK imm16 (bits 20:5) from 16-bit group `g`; checked groups must hold the whole value. */
function movw(buf: Uint8Array, off: number, v: bigint, w: Words, g: number, check: boolean): string | undefined {
  if (check && !inUnsigned(v, 16 * (g + 1))) return "truncated";
  const word = g < 2 ? w.lo : w.hi;
  patch(buf, off, 5, 16, g % 2 === 0 ? word : word >>> 16);
  return undefined;
}

function data(buf: Uint8Array, off: number, v: bigint, w: Words, bytes: number, signedOnly: boolean): string | undefined {
  const bits = bytes * 8;
  if (bytes < 8 && (v < NEG_POW2[bits - 1]! || v >= POW2[signedOnly ? bits - 1 : bits]!)) return "truncated";
  for (let i = 0; i < bytes; i++) buf[off + i] = ((i < 4 ? w.lo : w.hi) >>> (8 * (i % 4))) & 0xff;
  return undefined;
}

function field(type: number, buf: Uint8Array, off: number, v: bigint, w: Words): string | undefined | "unsupported" {
  switch (type) {
    case R.NONE:
      return undefined;
    case R.ABS64:
    case R.PREL64:
      return data(buf, off, v, w, 8, false);
    case R.ABS32:
      return data(buf, off, v, w, 4, false);
    case R.PREL32:
      return data(buf, off, v, w, 4, true);
    case R.ABS16:
      return data(buf, off, v, w, 2, false);
    case R.PREL16:
      return data(buf, off, v, w, 2, true);
    case R.CALL26:
    case R.JUMP26:
      return branch(buf, off, v, w, 0, 26);
    case R.CONDBR19:
    case R.LD_PREL_LO19:
    case R.GOT_LD_PREL19:
      return branch(buf, off, v, w, 5, 19);
    case R.TSTBR14:
      return branch(buf, off, v, w, 5, 14);
    case R.ADR_PREL_LO21:
      if (!inSigned(v, 21)) return "truncated";
      return adr(buf, off, w.lo);
    case R.ADR_PREL_PG_HI21:
    case R.ADR_GOT_PAGE:
    case R.TLSIE_ADR_GOTTPREL_PAGE21:
    case R.TLSDESC_ADR_PAGE21:
    case R.TLSGD_ADR_PAGE21:
      if ((w.lo & 0xfff) !== 0) return "misaligned";
      if (!inSigned(v, 33)) return "truncated";
      return adr(buf, off, pages(w));
    case R.ADR_PREL_PG_HI21_NC:
      return adr(buf, off, pages(w));
    case R.ADD_ABS_LO12_NC:
    case R.LDST8_ABS_LO12_NC:
    case R.TLSDESC_ADD_LO12:
    case R.TLSGD_ADD_LO12_NC:
    case R.TLSLE_ADD_TPREL_LO12_NC:
      return lo12(buf, off, w, 0);
    case R.LDST16_ABS_LO12_NC:
      return lo12(buf, off, w, 1);
    case R.LDST32_ABS_LO12_NC:
      return lo12(buf, off, w, 2);
    case R.LDST64_ABS_LO12_NC:
    case R.LD64_GOT_LO12_NC:
    case R.TLSIE_LD64_GOTTPREL_LO12_NC:
    case R.TLSDESC_LD64_LO12:
      return lo12(buf, off, w, 3);
    case R.LDST128_ABS_LO12_NC:
      return lo12(buf, off, w, 4);
    case R.LD64_GOTPAGE_LO15:
      if ((w.lo & 7) !== 0) return "misaligned";
      if (!inUnsigned(v, 15)) return "truncated";
      patch(buf, off, 10, 12, w.lo >>> 3);
      return undefined;
    case R.TLSLE_ADD_TPREL_HI12:
      if (!inUnsigned(v, 24)) return "truncated";
      patch(buf, off, 10, 12, w.lo >>> 12);
      return undefined;
    case R.TLSLE_ADD_TPREL_LO12:
      if (!inUnsigned(v, 12)) return "truncated";
      return lo12(buf, off, w, 0);
    case R.MOVW_UABS_G0:
    case R.MOVW_UABS_G0_NC:
    case R.MOVW_UABS_G1:
    case R.MOVW_UABS_G1_NC:
    case R.MOVW_UABS_G2:
    case R.MOVW_UABS_G2_NC:
    case R.MOVW_UABS_G3: {
      const g = Math.floor((type - R.MOVW_UABS_G0) / 2);
      const check = type === R.MOVW_UABS_G0 || type === R.MOVW_UABS_G1 || type === R.MOVW_UABS_G2;
      return movw(buf, off, v, w, g, check);
    }
    case R.TLSDESC_CALL:
      return undefined;
    default:
      return "unsupported";
  }
}

/** The value's 32-bit words: by number arithmetic when it is a safe integer (the usual case), else as bigints. */
function wordsOf(value: bigint): Words {
  if (value >= -MAX_SAFE && value <= MAX_SAFE) {
    const n = Number(value);
    return { lo: n >>> 0, hi: Math.floor(n / 2 ** 32) | 0 };
  }
  return { lo: Number(BigInt.asUintN(32, value)), hi: Number(BigInt.asIntN(32, value >> 32n)) };
}

/** Bytes patched by the data relocations ABS64, ABS32, ABS16, PREL64, PREL32, PREL16 (in that type order); 4 for instructions. */
const DATA_SIZES = [8, 4, 2];

export const aarch64RelocField: RelocFieldWriter = (type, buf, offset, value) => {
  const size = type >= R.ABS64 && type <= R.PREL16 ? DATA_SIZES[(type - R.ABS64) % 3]! : 4;
  if (offset < 0 || offset + size > buf.length) return `relocation ${relocName("aarch64", type)} at offset 0x${offset.toString(16)} is outside its section`;
  const problem = field(type, buf, offset, value, wordsOf(value));
  if (problem === undefined) return undefined;
  const name = relocName("aarch64", type);
  if (problem === "unsupported") return `unsupported relocation type ${name}`;
  if (problem === "misaligned") return `relocation ${name} against a misaligned value 0x${value.toString(16)}`;
  return `relocation truncated to fit: ${name} (value 0x${value.toString(16)})`;
};
