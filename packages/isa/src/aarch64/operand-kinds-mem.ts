// Operand kinds for memory addresses and floating-point immediates.
//
// Arm ARM C6.1.3 "Load/store addressing modes". A load or store names its base register
// (X or SP) and one of:
//   [Xn{, #imm}]          unsigned offset: imm12 counts access-size units (LDR, STR);
//   [Xn{, #simm}]         unscaled offset: simm9 bytes (LDUR, STUR, and LDR when the offset
//                         is negative or not a multiple of the size, as GNU as does);
//   [Xn, #simm]!          pre-index and [Xn], #simm post-index: simm9 bytes, base updated;
//   [Xn, Xm{, lsl #s}]    register offset; [Xn, Wm, uxtw|sxtw {#s}], [Xn, Xm, sxtx {#s}]:
//                         the index is shifted by s = 0 or log2(size);
//   pairs (LDP/STP)       simm7 counting access-size units, in the three immediate modes;
//   tags (LDG/STG …)      simm9 counting 16-byte granules, in the three immediate modes.
// A `:lo12:sym` offset becomes an LDST<size>_ABS_LO12_NC relocation, scaled by the access
// size; `:got_lo12:sym` an LD64_GOT_LO12_NC.

import { R_AARCH64 } from "@glass/elf";
import { immValue, signed, symbolic, type EncodeCtx, type OperandKind } from "./operand-kinds.js";
import { isSymbolic, type Mem, type Operand } from "./operand.js";

const R = R_AARCH64;
const log2 = (n: number) => 31 - Math.clz32(n);

function baseOk(m: Mem): boolean {
  return m.base.cls === "x" && (m.base.num < 31 || Boolean(m.base.sp));
}

function baseName(n: number): string {
  return n === 31 ? "sp" : "x" + n;
}

function memOf(op: Operand | undefined): Mem | undefined {
  return op?.kind === "mem" && baseOk(op) && !op.mulVl ? op : undefined;
}

const lo12Relocs: Record<string, number[]> = {
  // access size 1, 2, 4, 8, 16 bytes
  lo12: [R.LDST8_ABS_LO12_NC, R.LDST16_ABS_LO12_NC, R.LDST32_ABS_LO12_NC, R.LDST64_ABS_LO12_NC, R.LDST128_ABS_LO12_NC],
  tprel_lo12_nc: [R.TLSLE_LDST8_TPREL_LO12_NC, R.TLSLE_LDST16_TPREL_LO12_NC, R.TLSLE_LDST32_TPREL_LO12_NC, R.TLSLE_LDST64_TPREL_LO12_NC, R.TLSLE_LDST128_TPREL_LO12_NC],
  dtprel_lo12_nc: [R.TLSLD_LDST8_DTPREL_LO12_NC, R.TLSLD_LDST16_DTPREL_LO12_NC, R.TLSLD_LDST32_DTPREL_LO12_NC, R.TLSLD_LDST64_DTPREL_LO12_NC, R.TLSLD_LDST128_DTPREL_LO12_NC],
};

const got64Relocs: Record<string, number> = {
  got_lo12: R.LD64_GOT_LO12_NC,
  gotpage_lo15: R.LD64_GOTPAGE_LO15,
  gottprel_lo12: R.TLSIE_LD64_GOTTPREL_LO12_NC,
  tlsdesc_lo12: R.TLSDESC_LD64_LO12,
};

function offsetRelocs(scale: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [mod, types] of Object.entries(lo12Relocs)) out[mod] = types[log2(scale)]!;
  if (scale === 8) Object.assign(out, got64Relocs);
  return out;
}

/** `[Xn|SP{, #imm}]`: imm12 scaled by the access size. */
export const memUnsigned: OperandKind = {
  what: "an address [Xn, #uimm]",
  accepts: (op) => {
    const m = memOf(op);
    return m !== undefined && m.mode === "offset" && !m.index;
  },
  encode(op, ctx) {
    const m = op as Mem;
    const scale = ctx.row.scale ?? 1;
    ctx.set("Rn", m.base.num);
    const v = m.offset ?? 0n;
    if (isSymbolic(v)) return symbolic({ kind: "imm", value: v }, ctx, offsetRelocs(scale));
    if (v < 0n || v % BigInt(scale) !== 0n || v / BigInt(scale) > 4095n) return `offset must be a multiple of ${scale} in [0, ${4095 * scale}]`;
    ctx.set("imm12", Number(v / BigInt(scale)));
    return undefined;
  },
  decode(ctx) {
    const off = ctx.get("imm12") * (ctx.row.scale ?? 1);
    return `[${baseName(ctx.get("Rn"))}${off ? `, #${off}` : ""}]`;
  },
};

/**
 * The three simm9 modes: unscaled `[Xn, #s]`, pre `[Xn, #s]!`, post `[Xn], #s`. The offset
 * counts bytes, or 16-byte tag granules for the MTE tag loads and stores (`unit` 16).
 */
function memSimm9(mode: Mem["mode"], unit = 1): OperandKind {
  const lo = -256 * unit;
  const hi = 255 * unit;
  return {
    what: mode === "offset" ? "an address [Xn, #simm]" : mode === "pre" ? "an address [Xn, #simm]!" : "an address [Xn], #simm",
    accepts: (op) => {
      const m = memOf(op);
      return m !== undefined && m.mode === mode && !m.index;
    },
    encode(op, ctx) {
      const m = op as Mem;
      ctx.set("Rn", m.base.num);
      const v = m.offset ?? 0n;
      if (isSymbolic(v)) return "offset must be a constant";
      if (v < BigInt(lo) || v > BigInt(hi) || v % BigInt(unit) !== 0n) {
        return unit === 1 ? `offset out of range [${lo}, ${hi}]` : `offset must be a multiple of ${unit} in [${lo}, ${hi}]`;
      }
      ctx.set("imm9", (Number(v) / unit) & 0x1ff);
      return undefined;
    },
    decode(ctx) {
      const base = baseName(ctx.get("Rn"));
      const off = signed(ctx.get("imm9"), 9) * BigInt(unit);
      if (mode === "pre") return `[${base}, #${off}]!`;
      if (mode === "post") return `[${base}], #${off}`;
      return `[${base}${off ? `, #${off}` : ""}]`;
    },
  };
}

export const memUnscaled = memSimm9("offset");
export const memPre = memSimm9("pre");
export const memPost = memSimm9("post");
export const memTagOffset = memSimm9("offset", 16);
export const memTagPre = memSimm9("pre", 16);
export const memTagPost = memSimm9("post", 16);

const indexOptions: Record<string, number> = { uxtw: 2, lsl: 3, sxtw: 6, sxtx: 7 };

/** `[Xn|SP, Xm{, lsl #s}]` and `[Xn|SP, Wm, uxtw|sxtw {#s}]`, `[Xn|SP, Xm, sxtx {#s}]`. */
export const memRegister: OperandKind = {
  what: "an address [Xn, Xm{, lsl #s}]",
  accepts: (op) => {
    const m = memOf(op);
    return m !== undefined && m.mode === "offset" && m.index !== undefined && !m.index.sp && (m.index.cls === "w" || m.index.cls === "x");
  },
  encode(op, ctx) {
    const m = op as Mem;
    const index = m.index!;
    const scale = ctx.row.scale ?? 1;
    const ext = m.extend ?? { op: "lsl" as const };
    const option = indexOptions[ext.op];
    if (option === undefined) return `extend '${ext.op}' not allowed in an address`;
    if ((index.cls === "x") !== ((option & 1) === 1)) return `index register must be ${(option & 1) === 1 ? "an X" : "a W"} register for '${ext.op}'`;
    let s = 0;
    if (ext.amount !== undefined) {
      if (ext.amount === log2(scale)) s = 1;
      else if (ext.amount !== 0) return `shift amount must be 0 or ${log2(scale)}`;
    }
    ctx.set("Rn", m.base.num);
    ctx.set("Rm", index.num);
    ctx.set("option", option);
    ctx.set("S", s);
    return undefined;
  },
  decode(ctx) {
    const option = ctx.get("option");
    const name = Object.keys(indexOptions).find((k) => indexOptions[k] === option);
    if (!name) return undefined;
    const rm = ctx.get("Rm");
    const index = ((option & 1) === 1 ? "x" : "w") + (rm === 31 ? "zr" : rm);
    const amount = ctx.get("S") ? log2(ctx.row.scale ?? 1) : undefined;
    const ext = name === "lsl" ? (amount === undefined ? "" : `, lsl #${amount}`) : `, ${name}${amount === undefined ? "" : ` #${amount}`}`;
    return `[${baseName(ctx.get("Rn"))}, ${index}${ext}]`;
  },
};

/** LDP/STP: simm7 scaled by the access size, in the offset, pre- and post-index modes. */
function memPair(mode: Mem["mode"]): OperandKind {
  return {
    what: "a pair address",
    accepts: (op) => {
      const m = memOf(op);
      return m !== undefined && m.mode === mode && !m.index;
    },
    encode(op, ctx) {
      const m = op as Mem;
      const scale = BigInt(ctx.row.scale ?? 8);
      ctx.set("Rn", m.base.num);
      const v = m.offset ?? 0n;
      if (isSymbolic(v)) return "offset must be a constant";
      if (v % scale !== 0n || v / scale < -64n || v / scale > 63n) return `offset must be a multiple of ${scale} in [${-64n * scale}, ${63n * scale}]`;
      ctx.set("imm7", Number(v / scale) & 0x7f);
      return undefined;
    },
    decode(ctx) {
      const base = baseName(ctx.get("Rn"));
      const off = signed(ctx.get("imm7"), 7) * BigInt(ctx.row.scale ?? 8);
      if (mode === "pre") return `[${base}, #${off}]!`;
      if (mode === "post") return `[${base}], #${off}`;
      return `[${base}${off ? `, #${off}` : ""}]`;
    },
  };
}

export const memPairOffset = memPair("offset");
export const memPairPre = memPair("pre");
export const memPairPost = memPair("post");

// ---------------------------------------------------------------- floating-point immediates

/**
 * FMOV (scalar, immediate) imm8 (Arm ARM VFPExpandImm): sign a, exponent from b:c:d, fraction
 * efgh: value = ±(16 + efgh)/16 × 2^e with e in -3..4. Only such values are encodable.
 */
export function fpImmValue(imm8: number): number {
  const sign = imm8 & 0x80 ? -1 : 1;
  const b = (imm8 >> 6) & 1;
  const cd = (imm8 >> 4) & 3;
  const exp = b ? cd - 3 : cd + 1;
  return sign * (1 + (imm8 & 15) / 16) * 2 ** exp;
}

export const fpImmByValue = new Map<number, number>();
for (let i = 0; i < 256; i++) fpImmByValue.set(fpImmValue(i), i);

export function fpNumber(op: Operand | undefined): number | undefined {
  if (op?.kind === "fimm") return op.value;
  const v = immValue(op);
  return typeof v === "bigint" ? Number(v) : undefined;
}

export const fpImm: OperandKind = {
  what: "a floating-point immediate",
  accepts: (op) => fpNumber(op) !== undefined,
  encode(op, ctx: EncodeCtx) {
    const imm8 = fpImmByValue.get(fpNumber(op)!);
    if (imm8 === undefined) return `floating-point immediate ${fpNumber(op)} cannot be encoded`;
    ctx.set("imm8", imm8);
    return undefined;
  },
  decode(ctx) {
    const v = fpImmValue(ctx.get("imm8"));
    const text = v.toExponential(18).replace(/e([+-])(\d)$/, "e$10$2");
    return "#" + text;
  },
};

/** The `#0.0` of FCMP/FCMPE against zero. */
export const fpZero: OperandKind = {
  what: "#0.0",
  accepts: (op) => fpNumber(op) === 0,
  encode: () => undefined,
  decode: () => "#0.0",
};

