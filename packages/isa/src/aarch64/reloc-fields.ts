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

function read32(buf: Uint8Array, off: number): number {
  return (buf[off]! | (buf[off + 1]! << 8) | (buf[off + 2]! << 16) | (buf[off + 3]! << 24)) >>> 0;
}

function write32(buf: Uint8Array, off: number, v: number): void {
  buf[off] = v & 0xff;
  buf[off + 1] = (v >>> 8) & 0xff;
  buf[off + 2] = (v >>> 16) & 0xff;
  buf[off + 3] = (v >>> 24) & 0xff;
}

/** Replaces `width` bits at `lsb` of the instruction word at `off`. */
function patch(buf: Uint8Array, off: number, lsb: number, width: number, v: bigint): void {
  const mask = ((1 << width) - 1) >>> 0;
  const bits = Number(v & BigInt(mask));
  write32(buf, off, ((read32(buf, off) & ~(mask << lsb)) | (bits << lsb)) >>> 0);
}

function writeData(buf: Uint8Array, off: number, bytes: number, v: bigint): void {
  for (let i = 0; i < bytes; i++) buf[off + i] = Number((v >> BigInt(8 * i)) & 0xffn);
}

const inSigned = (v: bigint, bits: number) => v >= -(1n << BigInt(bits - 1)) && v < 1n << BigInt(bits - 1);

/** PC-relative branch/literal offsets: word aligned, `bits`-bit signed word count. */
function branch(buf: Uint8Array, off: number, v: bigint, lsb: number, bits: number): string | undefined {
  if (v % 4n !== 0n) return "misaligned";
  if (!inSigned(v >> 2n, bits)) return "truncated";
  patch(buf, off, lsb, bits, v >> 2n);
  return undefined;
}

/** ADR/ADRP immhi (bits 23:5) : immlo (bits 30:29) from a 21-bit signed value. */
function adr(buf: Uint8Array, off: number, v: bigint, check: boolean): string | undefined {
  if (check && !inSigned(v, 21)) return "truncated";
  patch(buf, off, 29, 2, v & 3n);
  patch(buf, off, 5, 19, v >> 2n);
  return undefined;
}

/** imm12 (bits 21:10) from the low 12 bits of value, divided by the access size. */
function lo12(buf: Uint8Array, off: number, v: bigint, shift: number): string | undefined {
  const low = v & 0xfffn;
  if (shift && low % (1n << BigInt(shift)) !== 0n) return "misaligned";
  patch(buf, off, 10, 12, low >> BigInt(shift));
  return undefined;
}

/** MOVZ/MOVK imm16 (bits 20:5) from 16-bit group `g`; checked groups must hold the whole value. */
function movw(buf: Uint8Array, off: number, v: bigint, g: number, check: boolean): string | undefined {
  if (check && (v < 0n || v >= 1n << BigInt(16 * (g + 1)))) return "truncated";
  patch(buf, off, 5, 16, v >> BigInt(16 * g));
  return undefined;
}

function data(buf: Uint8Array, off: number, v: bigint, bytes: number, signedOnly: boolean): string | undefined {
  const bits = BigInt(bytes * 8);
  const lo = -(1n << (bits - 1n));
  const hi = signedOnly ? 1n << (bits - 1n) : 1n << bits;
  if (bytes < 8 && (v < lo || v >= hi)) return "truncated";
  writeData(buf, off, bytes, v);
  return undefined;
}

function field(type: number, buf: Uint8Array, off: number, v: bigint): string | undefined | "unsupported" {
  switch (type) {
    case R.NONE:
      return undefined;
    case R.ABS64:
    case R.PREL64:
      return data(buf, off, v, 8, false);
    case R.ABS32:
      return data(buf, off, v, 4, false);
    case R.PREL32:
      return data(buf, off, v, 4, true);
    case R.ABS16:
      return data(buf, off, v, 2, false);
    case R.PREL16:
      return data(buf, off, v, 2, true);
    case R.CALL26:
    case R.JUMP26:
      return branch(buf, off, v, 0, 26);
    case R.CONDBR19:
    case R.LD_PREL_LO19:
    case R.GOT_LD_PREL19:
      return branch(buf, off, v, 5, 19);
    case R.TSTBR14:
      return branch(buf, off, v, 5, 14);
    case R.ADR_PREL_LO21:
      return adr(buf, off, v, true);
    case R.ADR_PREL_PG_HI21:
    case R.ADR_GOT_PAGE:
    case R.TLSIE_ADR_GOTTPREL_PAGE21:
    case R.TLSDESC_ADR_PAGE21:
    case R.TLSGD_ADR_PAGE21:
      if (v % 4096n !== 0n) return "misaligned";
      return adr(buf, off, v >> 12n, true);
    case R.ADR_PREL_PG_HI21_NC:
      return adr(buf, off, v >> 12n, false);
    case R.ADD_ABS_LO12_NC:
    case R.LDST8_ABS_LO12_NC:
    case R.TLSDESC_ADD_LO12:
    case R.TLSGD_ADD_LO12_NC:
    case R.TLSLE_ADD_TPREL_LO12_NC:
      return lo12(buf, off, v, 0);
    case R.LDST16_ABS_LO12_NC:
      return lo12(buf, off, v, 1);
    case R.LDST32_ABS_LO12_NC:
      return lo12(buf, off, v, 2);
    case R.LDST64_ABS_LO12_NC:
    case R.LD64_GOT_LO12_NC:
    case R.TLSIE_LD64_GOTTPREL_LO12_NC:
    case R.TLSDESC_LD64_LO12:
      return lo12(buf, off, v, 3);
    case R.LDST128_ABS_LO12_NC:
      return lo12(buf, off, v, 4);
    case R.LD64_GOTPAGE_LO15:
      if (v % 8n !== 0n) return "misaligned";
      if (v < 0n || v >= 1n << 15n) return "truncated";
      patch(buf, off, 10, 12, v >> 3n);
      return undefined;
    case R.TLSLE_ADD_TPREL_HI12:
      if (v < 0n || v >= 1n << 24n) return "truncated";
      patch(buf, off, 10, 12, v >> 12n);
      return undefined;
    case R.TLSLE_ADD_TPREL_LO12:
      if (v < 0n || v >= 1n << 12n) return "truncated";
      return lo12(buf, off, v, 0);
    case R.MOVW_UABS_G0:
    case R.MOVW_UABS_G0_NC:
    case R.MOVW_UABS_G1:
    case R.MOVW_UABS_G1_NC:
    case R.MOVW_UABS_G2:
    case R.MOVW_UABS_G2_NC:
    case R.MOVW_UABS_G3: {
      const g = Math.floor((type - R.MOVW_UABS_G0) / 2);
      const check = type === R.MOVW_UABS_G0 || type === R.MOVW_UABS_G1 || type === R.MOVW_UABS_G2;
      return movw(buf, off, v, g, check);
    }
    case R.TLSDESC_CALL:
      return undefined;
    default:
      return "unsupported";
  }
}

export const aarch64RelocField: RelocFieldWriter = (type, buf, offset, value) => {
  const name = relocName("aarch64", type);
  const size = type >= R.ABS64 && type <= R.PREL16 ? [8, 4, 2][(type - R.ABS64) % 3]! : 4;
  if (offset < 0 || offset + size > buf.length) return `relocation ${name} at offset 0x${offset.toString(16)} is outside its section`;
  const problem = field(type, buf, offset, value);
  if (problem === undefined) return undefined;
  if (problem === "unsupported") return `unsupported relocation type ${name}`;
  if (problem === "misaligned") return `relocation ${name} against a misaligned value 0x${value.toString(16)}`;
  return `relocation truncated to fit: ${name} (value 0x${value.toString(16)})`;
};
