// Operand kinds of the Scalable Vector Extension (Arm ARM C8 "SVE Instruction Descriptions"),
// named in table rows as:
//
//   Zt.b, Zd.s …     a vector register with an element size, in field Rt/Rd/Rn
//   Zd=.s            the destination again, as the first source of a destructive form
//   Znm.d, Zdm.b     one register in Rn (Rd) and Rm (`mov z0.d, z1.d` = ORR)
//   Zd, Zn           a vector register without element size (MOVPRFX)
//   {Zt.b}, {Zt.s}3  a list of one (or 2–4) consecutive registers (loads and stores)
//   Sd=              FADDA's accumulator again (the register in Rd)
//   Pd.b, Pn.b       a predicate register with an element size, in the 4-bit field Pd or Pn
//   Pg/z, Pg/m, Pg   a governing predicate p0–p7 in the 3-bit field Pg, zeroing (`/z`),
//                    merging (`/m`) or neither; Pv: p0–p15 in the 4-bit field Pv (SEL)
//   svmemimm, svmemimm3   `[Xn|SP{, #imm, mul vl}]`: imm4 counts whole vector lengths
//                    (-8 to 7), or lists of 3 of them (#-24 to #21 in steps of 3)
//   svmemreg         `[Xn|SP, Xm{, lsl #s}]`, s = log2 of the access size (the row's scale);
//                    Xm cannot be XZR
//   svmemu6          `[Xn|SP{, #imm}]`: imm6 counts access-size units (LD1R*)
//   dupimm, addimm   DUP's signed and ADD's unsigned imm8, shifted left by 8 when sh is set;
//                    simm8, uimm8 the plain ones of SMAX/UMAX …; vlimm ADDVL's signed imm6
//   dupidx.s …       DUP (indexed)'s source element: `z1.s[2]`, or `s1` for element 0
//   limm.b …         a bitmask immediate (N:immr:imms) for lanes of that size; the decoder
//                    reads the lane size from the encoding and prints the value that wide
//   shl.b, shr.d …   a shift amount for the element size, in the bits below the tsz marker
//   svpat, svmul     an element-count pattern (`vl2`, `pow2`, `all`, `#14`) and its `mul #n`
//                    (1–16, imm4 = n - 1); left out when they are the defaults (`all`, 1)

import { decodeBitmask, encodeBitmask } from "./bitmask.js";
import { hex, immValue, nameOf, signed, type OperandKind } from "./operand-kinds.js";
import { isSymbolic, type Mem, type Operand } from "./operand.js";

const fieldOf: Record<string, string> = { d: "Rd", n: "Rn", m: "Rm", t: "Rt" };

/** `again`: the register already written to `field`; `tied`: one register in `field` and Rm. */
function zreg(field: string, element: string | undefined, again = false, tied = false): OperandKind {
  const suffix = element ? "." + element : "";
  return {
    what: `an SVE vector register z<n>${suffix}${again ? " (the destination again)" : ""}`,
    accepts: (op) => op?.kind === "zreg" && op.element === element && op.index === undefined,
    encode(op, ctx) {
      const n = (op as { num: number }).num;
      if (again) return n === ctx.get(field) ? undefined : `register must be z${ctx.get(field)}, the destination`;
      ctx.set(field, n);
      if (tied) ctx.set("Rm", n);
      return undefined;
    },
    decode: (ctx) => (tied && ctx.get(field) !== ctx.get("Rm") ? undefined : `z${ctx.get(field)}${suffix}`),
  };
}

/** A list of `count` consecutive registers from the one in `field` (wrapping after z31). */
function zlist(field: string, element: string, count: number): OperandKind {
  return {
    what: `a list of ${count} consecutive registers {z<n>.${element}, …}`,
    accepts: (op) =>
      op?.kind === "zlist" && op.element === element && op.regs.length === count && op.regs.every((r, i) => r === (op.regs[0]! + i) % 32),
    encode(op, ctx) {
      ctx.set(field, (op as { regs: number[] }).regs[0]!);
      return undefined;
    },
    decode(ctx) {
      const regs = Array.from({ length: count }, (_, i) => `z${(ctx.get(field) + i) % 32}.${element}`);
      // objdump writes a range `{z0.s-z2.s}` unless the list wraps past z31.
      return count > 2 && ctx.get(field) + count <= 32 ? `{${regs[0]}-${regs.at(-1)}}` : `{${regs.join(", ")}}`;
    },
  };
}

function predicate(field: string, element: string | undefined, qualifier: "z" | "m" | undefined): OperandKind {
  const max = field === "Pg" ? 7 : 15;
  const suffix = element ? "." + element : qualifier ? "/" + qualifier : "";
  return {
    what: `a predicate register p<n>${suffix}${field === "Pg" ? " (p0-p7)" : ""}`,
    accepts: (op) => op?.kind === "preg" && op.element === element && op.qualifier === qualifier,
    encode(op, ctx) {
      const n = (op as { num: number }).num;
      if (n > max) return `predicate register out of range p0-p${max}`;
      ctx.set(field, n);
      return undefined;
    },
    decode: (ctx) => `p${ctx.get(field)}${suffix}`,
  };
}

function svMem(op: Operand | undefined): Mem | undefined {
  return op?.kind === "mem" && op.mode === "offset" && op.base.cls === "x" && (op.base.num < 31 || Boolean(op.base.sp)) ? op : undefined;
}

const baseName = (n: number) => (n === 31 ? "sp" : "x" + n);

/** `[Xn{, #imm, mul vl}]` for a list of `count` registers: imm4 counts whole lists. */
function svmemimm(count: number): OperandKind {
  const lo = -8 * count;
  const hi = 7 * count;
  return {
    what: "an address [Xn{, #imm, mul vl}]",
    accepts: (op) => {
      const m = svMem(op);
      return m !== undefined && !m.index && (m.offset === undefined || Boolean(m.mulVl));
    },
    encode(op, ctx) {
      const m = op as Mem;
      const v = m.offset ?? 0n;
      if (isSymbolic(v) || v < BigInt(lo) || v > BigInt(hi) || v % BigInt(count) !== 0n) {
        return `offset must be a multiple of ${count} in [${lo}, ${hi}] (vector lengths)`;
      }
      ctx.set("Rn", m.base.num);
      ctx.set("imm4", (Number(v) / count) & 15);
      return undefined;
    },
    decode(ctx) {
      const off = Number(signed(ctx.get("imm4"), 4)) * count;
      return `[${baseName(ctx.get("Rn"))}${off ? `, #${off}, mul vl` : ""}]`;
    },
  };
}

/** FADDA's accumulator, written again as its first source: the register already in Rd. */
function tiedScalar(cls: string): OperandKind {
  return {
    what: `the register ${cls}<d> again`,
    accepts: (op) => op?.kind === "reg" && op.cls === cls,
    encode: (op, ctx) => ((op as { num: number }).num === ctx.get("Rd") ? undefined : `register must be ${cls}${ctx.get("Rd")}, the destination`),
    decode: (ctx) => cls + ctx.get("Rd"),
  };
}

const svmemreg: OperandKind = {
  what: "an address [Xn, Xm{, lsl #s}]",
  accepts: (op) => {
    const m = svMem(op);
    return m !== undefined && m.index?.cls === "x" && m.index.num < 31 && !m.mulVl;
  },
  encode(op, ctx) {
    const m = op as Mem;
    const shift = Math.log2(ctx.row.scale ?? 1);
    const amount = m.extend ? (m.extend.op === "lsl" ? (m.extend.amount ?? 0) : -1) : 0;
    if (amount !== shift) return shift ? `index must be shifted by 'lsl #${shift}'` : "index must not be shifted";
    ctx.set("Rn", m.base.num);
    ctx.set("Rm", m.index!.num);
    return undefined;
  },
  decode(ctx) {
    const shift = Math.log2(ctx.row.scale ?? 1);
    if (ctx.get("Rm") === 31) return undefined;
    return `[${baseName(ctx.get("Rn"))}, x${ctx.get("Rm")}${shift ? `, lsl #${shift}` : ""}]`;
  },
};

/** `[Xn|SP{, #imm}]` of LD1R*: imm6 counts access-size units (the row's scale). */
const svmemu6: OperandKind = {
  what: "an address [Xn{, #imm}]",
  accepts: (op) => {
    const m = svMem(op);
    return m !== undefined && !m.index && !m.mulVl;
  },
  encode(op, ctx) {
    const m = op as Mem;
    const scale = BigInt(ctx.row.scale ?? 1);
    const v = m.offset ?? 0n;
    if (isSymbolic(v) || v < 0n || v % scale !== 0n || v / scale > 63n) return `offset must be a multiple of ${scale} in [0, ${63n * scale}]`;
    ctx.set("Rn", m.base.num);
    ctx.set("imm6", Number(v / scale));
    return undefined;
  },
  decode(ctx) {
    const off = ctx.get("imm6") * (ctx.row.scale ?? 1);
    return `[${baseName(ctx.get("Rn"))}${off ? `, #${off}` : ""}]`;
  },
};

function constant(op: Operand | undefined): bigint | undefined {
  const v = immValue(op);
  return v !== undefined && !isSymbolic(v) ? v : undefined;
}

/**
 * An 8-bit immediate, signed or not, that rows with an `sh` field may also take shifted left
 * by 8 (`mov z0.h, #256` is imm8 1, sh 1); printed as the value in decimal.
 */
function imm8(signedValue: boolean): OperandKind {
  const [lo, hi] = signedValue ? [-128n, 127n] : [0n, 255n];
  return {
    what: `an immediate in [${lo}, ${hi}]`,
    accepts: (op) => constant(op) !== undefined,
    encode(op, ctx) {
      const v = constant(op)!;
      const shiftable = ctx.row.bits.fields.sh !== undefined;
      if (v >= lo && v <= hi) ctx.set("imm8", Number(v) & 0xff);
      else if (shiftable && v % 256n === 0n && v / 256n >= lo && v / 256n <= hi) {
        ctx.set("imm8", Number(v / 256n) & 0xff);
        ctx.set("sh", 1);
      } else return `immediate out of range [${lo}, ${hi}]${shiftable ? " (or that times 256)" : ""}`;
      return undefined;
    },
    decode(ctx) {
      const raw = ctx.get("imm8");
      const v = signedValue ? Number(signed(raw, 8)) : raw;
      return "#" + (ctx.row.bits.fields.sh !== undefined && ctx.get("sh") ? v * 256 : v);
    },
  };
}

/** ADDVL/ADDPL/RDVL's multiple: a signed imm6. */
const vlimm: OperandKind = {
  what: "an immediate in [-32, 31]",
  accepts: (op) => constant(op) !== undefined,
  encode(op, ctx) {
    const v = constant(op)!;
    if (v < -32n || v > 31n) return "immediate out of range [-32, 31]";
    ctx.set("imm6", Number(v) & 63);
    return undefined;
  },
  decode: (ctx) => "#" + signed(ctx.get("imm6"), 6),
};

const ESIZE: Record<string, number> = { b: 8, h: 16, s: 32, d: 64 };

/**
 * SVE shift by immediate: tsz:imm3 is esize + n (left) or 2·esize - n (right), the bits below
 * tsz's top set bit sit in `sh3`…`sh5`, and for doublewords also in bit 22 (`b22`).
 */
function svShift(element: string, left: boolean): OperandKind {
  const esize = ESIZE[element]!;
  const [lo, hi] = left ? [0, esize - 1] : [1, esize];
  const low = esize === 64 ? "sh5" : `sh${Math.log2(esize)}`;
  return {
    what: `a shift amount in [${lo}, ${hi}]`,
    accepts: (op) => constant(op) !== undefined,
    encode(op, ctx) {
      const n = Number(constant(op));
      if (n < lo || n > hi) return `shift amount out of range [${lo}, ${hi}]`;
      const v = left ? n : esize - n;
      ctx.set(low, v & 31);
      if (esize === 64) ctx.set("b22", v >> 5);
      return undefined;
    },
    decode(ctx) {
      const v = (esize === 64 ? ctx.get("b22") << 5 : 0) | ctx.get(low);
      return "#" + (left ? v : esize - v);
    },
  };
}

const INDEX_BITS: Record<string, number> = { b: 4, h: 3, s: 2, d: 1 };

/**
 * DUP (indexed)'s source, printed as MOV: `s1` (element 0, the scalar register) or `z1.s[1]`.
 * The index is imm2 followed by the bits of tsz above its size marker (`ix2` for s).
 */
function dupIndex(element: string): OperandKind {
  const low = INDEX_BITS[element]!;
  const field = `ix${low}`;
  const max = (4 << low) - 1;
  return {
    what: `an element z<n>.${element}[index] or ${element}<n>`,
    accepts: (op) => (op?.kind === "zreg" && op.element === element && op.index !== undefined) || (op?.kind === "reg" && op.cls === element),
    encode(op, ctx) {
      const index = op?.kind === "zreg" ? op.index! : 0;
      if (index > max) return `element index out of range [0, ${max}]`;
      ctx.set("Rn", (op as { num: number }).num);
      ctx.set("imm2", index >> low);
      ctx.set(field, index & ((1 << low) - 1));
      return undefined;
    },
    decode(ctx) {
      const index = (ctx.get("imm2") << low) | ctx.get(field);
      return index ? `z${ctx.get("Rn")}.${element}[${index}]` : `${element}${ctx.get("Rn")}`;
    },
  };
}

/** The lane size of an SVE bitmask immediate: its repeating element, 8 bits at least. */
function limmElement(n: number, imms: number): string {
  if (n) return "d";
  const len = 31 - Math.clz32(~imms & 0x3f);
  return len >= 5 ? "s" : len === 4 ? "h" : "b";
}

function logicalImm(element: string): OperandKind {
  const bits = BigInt(ESIZE[element]!);
  const mask = (1n << bits) - 1n;
  return {
    what: `a bitmask immediate for ${bits}-bit lanes`,
    accepts: (op) => constant(op) !== undefined,
    encode(op, ctx) {
      let v = BigInt.asUintN(Number(bits), constant(op)!);
      for (let w = bits; w < 64n; w *= 2n) v |= v << w;
      const f = encodeBitmask(v, 64);
      if (!f) return `immediate ${hex(constant(op)!)} is not a valid bitmask immediate`;
      ctx.set("N", f.N);
      ctx.set("immr", f.immr);
      ctx.set("imms", f.imms);
      return undefined;
    },
    decode(ctx) {
      if (limmElement(ctx.get("N"), ctx.get("imms")) !== element) return undefined;
      const v = decodeBitmask({ N: ctx.get("N"), immr: ctx.get("immr"), imms: ctx.get("imms") }, 64);
      return v === undefined ? undefined : "#" + hex(v & mask);
    },
  };
}

/** Whether DUP (immediate) can write `v` to lanes of `element`: an imm8, maybe shifted left by 8. */
export function dupEncodable(v: bigint, element: string): boolean {
  const s = BigInt.asIntN(ESIZE[element]!, v);
  const fits = (x: bigint) => x >= -128n && x <= 127n;
  return fits(s) || (element !== "b" && s % 256n === 0n && fits(s / 256n));
}

/** Element-count patterns by number (Arm ARM DecodePredCount); the others are written `#n`. */
const PATTERNS = new Map<number, string>([
  [0, "pow2"], [1, "vl1"], [2, "vl2"], [3, "vl3"], [4, "vl4"], [5, "vl5"], [6, "vl6"], [7, "vl7"], [8, "vl8"],
  [9, "vl16"], [10, "vl32"], [11, "vl64"], [12, "vl128"], [13, "vl256"], [29, "mul4"], [30, "mul3"], [31, "all"],
]);
const PATTERN_CODES = new Map([...PATTERNS].map(([n, name]) => [name, n]));
const ALL = 31;

function patternOf(op: Operand | undefined): number | undefined {
  const byName = PATTERN_CODES.get(nameOf(op) ?? "");
  if (byName !== undefined) return byName;
  const v = immValue(op);
  return v !== undefined && !isSymbolic(v) && v >= 0n && v < 32n ? Number(v) : undefined;
}

const svpat: OperandKind = {
  what: "an element-count pattern such as 'vl2' or 'all'",
  accepts: (op) => op === undefined || patternOf(op) !== undefined,
  encode(op, ctx) {
    ctx.set("pattern", op === undefined ? ALL : patternOf(op)!);
    return undefined;
  },
  decode(ctx) {
    const p = ctx.get("pattern");
    const scaled = ctx.row.bits.fields.imm4 !== undefined && ctx.get("imm4") !== 0;
    return p === ALL && !scaled ? "" : (PATTERNS.get(p) ?? "#" + p);
  },
};

const svmul: OperandKind = {
  what: "'mul #n' with n in [1, 16]",
  accepts: (op) => op === undefined || op.kind === "mul",
  encode(op, ctx) {
    const n = op?.kind === "mul" ? op.amount : 1;
    if (n < 1 || n > 16) return "multiplier out of range [1, 16]";
    ctx.set("imm4", n - 1);
    return undefined;
  },
  decode: (ctx) => (ctx.get("imm4") ? `mul #${ctx.get("imm4") + 1}` : ""),
};

/** The SVE operand kind a spec names, or undefined. */
export function sveKind(spec: string): OperandKind | undefined {
  if (spec === "svmemreg") return svmemreg;
  if (spec === "svpat") return svpat;
  if (spec === "svmul") return svmul;
  if (spec === "svmemu6") return svmemu6;
  if (spec === "dupimm" || spec === "simm8") return imm8(true);
  if (spec === "addimm" || spec === "uimm8") return imm8(false);
  if (spec === "vlimm") return vlimm;
  let m = /^Z(d|n|m|t)(m)?(=)?(?:\.([bhsd]))?$/.exec(spec);
  if (m) return zreg(fieldOf[m[1]!]!, m[4], m[3] === "=", m[2] === "m");
  m = /^dupidx\.([bhsd])$/.exec(spec);
  if (m) return dupIndex(m[1]!);
  m = /^limm\.([bhsd])$/.exec(spec);
  if (m) return logicalImm(m[1]!);
  m = /^sh([lr])\.([bhsd])$/.exec(spec);
  if (m) return svShift(m[2]!, m[1] === "l");
  m = /^\{Z(t)\.([bhsd])\}(\d)?$/.exec(spec);
  if (m) return zlist(fieldOf[m[1]!]!, m[2]!, Number(m[3] ?? 1));
  m = /^svmemimm(\d)?$/.exec(spec);
  if (m) return svmemimm(Number(m[1] ?? 1));
  m = /^([BHSD])d=$/.exec(spec);
  if (m) return tiedScalar(m[1]!.toLowerCase());
  m = /^P(d|g|n|v)(?:\.([bhsd]))?(?:\/([zm]))?$/.exec(spec);
  if (m) return predicate("P" + m[1], m[2], m[3] as "z" | "m" | undefined);
  return undefined;
}

