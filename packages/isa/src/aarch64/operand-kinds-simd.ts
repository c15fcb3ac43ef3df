// Operand kinds of the Advanced SIMD instructions (Arm ARM C7 "A64 Advanced SIMD and
// Floating-point Instruction Descriptions"), named in table rows as:
//
//   Vd.4s            a vector register with one arrangement, in field Rd (n, m, t likewise)
//   Vnm.16b          one vector register written to Rn and Rm (`mov v0.16b, v1.16b` = ORR)
//   Vn.d[1]          the upper half of a 128-bit register, a fixed element
//   Vn.s[i]          one element; its index goes in the bits of imm5 above the size marker
//                    (ix2 for s), `[j]` in those of imm4 (INS element's source)
//   Vm.s[HL]         the element of a by-element operation, index in H:L (H alone for d)
//   {Vt.4s}2         a list of 2 consecutive registers starting at Rt (`{Vn.16b}1`: at Rn)
//   vmem, vpost32    `[Xn|SP]`, and `[Xn|SP], #32` (post-index by the list's size)
//   shl8, shr8 …     a shift amount for 8-bit lanes: left `#0..7`, right `#1..8`, stored in
//                    the bits below the immh marker (shl: n; shr: esize - n)
//   izero            `#0` of the compare-with-zero forms
//   imm8v, lsl16, lsl32   MOVI/MVNI's 8-bit immediate (a:b:c, d:e:f:g:h) and optional shift
//   msl              the `msl #8|#16` of MOVI/MVNI with 32-bit lanes
//   bytemask         MOVI's 64-bit immediate whose bytes are each 0x00 or 0xff
//   vfimm            FMOV (vector)'s floating-point immediate
//   ext16, ext8      EXT's byte index

import { fpImmByValue, fpImmValue, fpNumber } from "./operand-kinds-mem.js";
import { hex, immValue, type EncodeCtx, type OperandKind } from "./operand-kinds.js";
import { isSymbolic, type Operand, type VList, type VReg } from "./operand.js";

const fieldOf: Record<string, string> = { d: "Rd", n: "Rn", m: "Rm", t: "Rt" };
const indexBits: Record<string, number> = { b: 4, h: 3, s: 2, d: 1 };

function vregOf(op: Operand | undefined): VReg | undefined {
  return op?.kind === "vreg" ? op : undefined;
}

function vector(field: string, arrangement: string, tied: boolean): OperandKind {
  return {
    what: `a vector register v<n>.${arrangement}`,
    accepts: (op) => vregOf(op)?.arrangement === arrangement,
    encode(op, ctx) {
      ctx.set(tied ? "Rn" : field, (op as VReg).num);
      if (tied) ctx.set("Rm", (op as VReg).num);
      return undefined;
    },
    decode: (ctx) => (tied && ctx.get("Rn") !== ctx.get("Rm") ? undefined : `v${ctx.get(tied ? "Rn" : field)}.${arrangement}`),
  };
}

function element(field: string, size: string, which: "i" | "j"): OperandKind {
  const idx = `${which}x${indexBits[size]}`;
  return {
    what: `a vector element v<n>.${size}[index]`,
    accepts: (op) => vregOf(op)?.element === size && vregOf(op)?.index !== undefined,
    encode(op, ctx) {
      const v = op as VReg;
      if (v.index! >= 1 << indexBits[size]!) return `element index out of range [0, ${(1 << indexBits[size]!) - 1}]`;
      ctx.set(field, v.num);
      ctx.set(idx, v.index!);
      return undefined;
    },
    decode: (ctx) => `v${ctx.get(field)}.${size}[${ctx.get(idx)}]`,
  };
}

/** `Vn.d[1]`: the upper 64 bits of a 128-bit register (FMOV to or from a general register). */
function upperHalf(field: string): OperandKind {
  return {
    what: "an element v<n>.d[1]",
    accepts: (op) => vregOf(op)?.element === "d" && vregOf(op)?.index === 1,
    encode(op, ctx) {
      ctx.set(field, (op as VReg).num);
      return undefined;
    },
    decode: (ctx) => `v${ctx.get(field)}.d[1]`,
  };
}

/** An element of a by-element operation (`fmla v0.4s, v1.4s, v2.s[3]`): the index is H:L (s) or H (d). */
function byElement(size: string): OperandKind {
  const bits = size === "s" ? 2 : 1;
  return {
    what: `a vector element v<n>.${size}[index]`,
    accepts: (op) => vregOf(op)?.element === size && vregOf(op)?.index !== undefined,
    encode(op, ctx) {
      const v = op as VReg;
      if (v.index! >= 1 << bits) return `element index out of range [0, ${(1 << bits) - 1}]`;
      ctx.set("Rm", v.num);
      ctx.set("H", v.index! >> (bits - 1));
      if (bits === 2) ctx.set("L", v.index! & 1);
      return undefined;
    },
    decode: (ctx) => `v${ctx.get("Rm")}.${size}[${bits === 2 ? (ctx.get("H") << 1) | ctx.get("L") : ctx.get("H")}]`,
  };
}

function list(arrangement: string, count: number, field = "Rt"): OperandKind {
  const ok = (l: VList) => l.regs.length === count && l.arrangement === arrangement && l.regs.every((r, i) => r === (l.regs[0]! + i) % 32);
  return {
    what: `a list of ${count} consecutive registers {v<n>.${arrangement}, …}`,
    accepts: (op) => op?.kind === "vlist" && ok(op),
    encode(op, ctx) {
      ctx.set(field, (op as VList).regs[0]!);
      return undefined;
    },
    decode(ctx) {
      const regs = Array.from({ length: count }, (_, i) => `v${(ctx.get(field) + i) % 32}.${arrangement}`);
      // objdump writes a range `{v0.4s-v2.4s}` unless the list wraps past v31.
      return count > 2 && ctx.get(field) + count <= 32 ? `{${regs[0]}-${regs.at(-1)}}` : `{${regs.join(", ")}}`;
    },
  };
}

/** `[Xn|SP]`, or with `post` the post-index `[Xn|SP], #post`. */
function structAddress(post: number | undefined): OperandKind {
  return {
    what: post === undefined ? "an address [Xn]" : `an address [Xn], #${post}`,
    accepts: (op) =>
      op?.kind === "mem" && op.base.cls === "x" && (op.base.num < 31 || Boolean(op.base.sp)) && !op.index &&
      (post === undefined ? op.mode === "offset" && op.offset === undefined : op.mode === "post"),
    encode(op, ctx) {
      if (op?.kind !== "mem") return "expected an address";
      if (post !== undefined && op.offset !== BigInt(post)) return `post-index must be #${post}, the size of the register list`;
      ctx.set("Rn", op.base.num);
      return undefined;
    },
    decode(ctx) {
      const base = ctx.get("Rn") === 31 ? "sp" : `x${ctx.get("Rn")}`;
      return post === undefined ? `[${base}]` : `[${base}], #${post}`;
    },
  };
}

function constant(op: Operand | undefined): bigint | undefined {
  const v = immValue(op);
  return v !== undefined && !isSymbolic(v) ? v : undefined;
}

function shiftAmount(esize: number, left: boolean): OperandKind {
  const field = `sh${Math.log2(esize)}`;
  const [lo, hi] = left ? [0, esize - 1] : [1, esize];
  return {
    what: `a shift amount in [${lo}, ${hi}]`,
    accepts: (op) => constant(op) !== undefined,
    encode(op, ctx) {
      const n = Number(constant(op));
      if (n < lo || n > hi) return `shift amount out of range [${lo}, ${hi}]`;
      ctx.set(field, left ? n : esize - n);
      return undefined;
    },
    decode: (ctx) => "#" + (left ? ctx.get(field) : esize - ctx.get(field)),
  };
}

function setImm8(ctx: EncodeCtx, v: number): void {
  ctx.set("abc", v >> 5);
  ctx.set("defgh", v & 31);
}

const imm8Of = (ctx: { get(f: string): number }) => (ctx.get("abc") << 5) | ctx.get("defgh");

const imm8v: OperandKind = {
  what: "an 8-bit immediate",
  accepts: (op) => constant(op) !== undefined,
  encode(op, ctx) {
    // GNU as takes the byte of a negative value too (gcc writes -100 as 0xffffffffffffff9c).
    const v = BigInt.asIntN(64, constant(op)!);
    if (v < -128n || v > 255n) return "immediate out of range [-128, 255]";
    setImm8(ctx, Number(v & 0xffn));
    return undefined;
  },
  decode: (ctx) => "#" + hex(imm8Of(ctx)),
};

/** The optional `lsl #n` after a MOVI/MVNI immediate; `bits` 1 (16-bit lanes) or 2 (32-bit lanes). */
function lslShift(bits: number): OperandKind {
  const field = `cm${bits}`;
  const max = bits === 1 ? 8 : 24;
  return {
    what: `'lsl #n' with n a multiple of 8 up to ${max}`,
    accepts: (op) => op === undefined || (op.kind === "shift" && op.op === "lsl"),
    encode(op, ctx) {
      if (op?.kind !== "shift") return undefined;
      if (op.amount % 8 !== 0 || op.amount > max) return `shift amount must be a multiple of 8 up to ${max}`;
      ctx.set(field, op.amount / 8);
      return undefined;
    },
    decode: (ctx) => (ctx.get(field) ? `lsl #${ctx.get(field) * 8}` : ""),
  };
}

/** MOVI/MVNI's `msl #8` or `msl #16` (the shifted-in bits are ones), cmode's low bit. */
const msl: OperandKind = {
  what: "'msl #8' or 'msl #16'",
  accepts: (op) => op?.kind === "shift" && op.op === "msl",
  encode(op, ctx) {
    const n = (op as { amount: number }).amount;
    if (n !== 8 && n !== 16) return "shift amount must be 8 or 16";
    ctx.set("cm1", n / 16);
    return undefined;
  },
  decode: (ctx) => `msl #${ctx.get("cm1") ? 16 : 8}`,
};

const bytemask: OperandKind = {
  what: "a 64-bit immediate whose bytes are 0x00 or 0xff",
  accepts: (op) => constant(op) !== undefined,
  encode(op, ctx) {
    const v = BigInt.asUintN(64, constant(op)!);
    let imm8 = 0;
    for (let i = 0; i < 8; i++) {
      const b = (v >> BigInt(8 * i)) & 0xffn;
      if (b !== 0n && b !== 0xffn) return "immediate must consist of bytes 0x00 and 0xff";
      if (b) imm8 |= 1 << i;
    }
    setImm8(ctx, imm8);
    return undefined;
  },
  decode(ctx) {
    const imm8 = imm8Of(ctx);
    let v = 0n;
    for (let i = 0; i < 8; i++) if (imm8 & (1 << i)) v |= 0xffn << BigInt(8 * i);
    return "#" + hex(v);
  },
};

const vfimm: OperandKind = {
  what: "a floating-point immediate",
  accepts: (op) => fpNumber(op) !== undefined,
  encode(op, ctx) {
    const imm8 = fpImmByValue.get(fpNumber(op)!);
    if (imm8 === undefined) return `floating-point immediate ${fpNumber(op)} cannot be encoded`;
    setImm8(ctx, imm8);
    return undefined;
  },
  decode: (ctx) => "#" + fpImmValue(imm8Of(ctx)).toExponential(18).replace(/e([+-])(\d)$/, "e$10$2"),
};

const izero: OperandKind = {
  what: "#0",
  accepts: (op) => constant(op) === 0n,
  encode: () => undefined,
  decode: () => "#0",
};

function extIndex(bytes: number): OperandKind {
  return {
    what: `a byte index in [0, ${bytes - 1}]`,
    accepts: (op) => constant(op) !== undefined,
    encode(op, ctx) {
      const n = constant(op)!;
      if (n < 0n || n >= BigInt(bytes)) return `index out of range [0, ${bytes - 1}]`;
      ctx.set("imm4", Number(n));
      return undefined;
    },
    decode: (ctx) => "#" + ctx.get("imm4"),
  };
}

const fixed: Record<string, OperandKind> = {
  vmem: structAddress(undefined), izero, imm8v, lsl16: lslShift(1), lsl32: lslShift(2), msl, bytemask, vfimm,
  ext8: extIndex(8), ext16: extIndex(16),
};

/** The Advanced SIMD operand kind a spec names, or undefined. */
export function simdKind(spec: string): OperandKind | undefined {
  if (fixed[spec]) return fixed[spec];
  let m = /^V(d|n|m|t|nm)\.(\d+[bhsd])$/.exec(spec);
  if (m) return vector(fieldOf[m[1]!] ?? "Rn", m[2]!, m[1] === "nm");
  m = /^V(d|n)\.d\[1\]$/.exec(spec);
  if (m) return upperHalf(fieldOf[m[1]!]!);
  m = /^V(d|n)\.([bhsd])\[(i|j)\]$/.exec(spec);
  if (m) return element(fieldOf[m[1]!]!, m[2]!, m[3] as "i" | "j");
  m = /^V(m)\.([sd])\[HL?\]$/.exec(spec);
  if (m) return byElement(m[2]!);
  m = /^\{V(t|n)\.(\d+[bhsd])\}(\d)$/.exec(spec);
  if (m) return list(m[2]!, Number(m[3]), fieldOf[m[1]!]);
  m = /^vpost(\d+)$/.exec(spec);
  if (m) return structAddress(Number(m[1]));
  m = /^sh([lr])(\d+)$/.exec(spec);
  if (m) return shiftAmount(Number(m[2]), m[1] === "l");
  return undefined;
}
