// Operand kinds: how one operand of a table row maps to instruction fields, both ways.
//
// A row's operand spec (`RnSP`, `aimm`, `mem_u12`) names a kind. Each kind can
//   accepts  say whether a parsed operand has the right shape (register class, memory form),
//            which is how the encoder picks among a mnemonic's rows;
//   encode   range-check the value and write fields (or return an error message);
//   decode   read the fields back into GNU/objdump text, or return undefined when the row
//            does not apply (an alias whose condition fails).
// Values not known yet (labels, `:lo12:sym`) become a fixup: a relocation type from the ELF
// for the Arm 64-bit Architecture plus the symbolic value; the field stays zero.

import { R_AARCH64 } from "@glass/elf";
import { decodeBitmask, encodeBitmask } from "./bitmask.js";
import type { CompiledRow } from "./form.js";
import { conditionAliases, conditionCode, conditionNames, isSymbolic, type ExtendOp, type Operand, type Reg, type Symbolic, type Value } from "./operand.js";

export interface Fixup {
  /** R_AARCH64_* relocation type for the field. */
  type: number;
  value: Symbolic;
}

export interface EncodeCtx {
  row: CompiledRow;
  ops: (Operand | undefined)[];
  /** Position of the operand being encoded. */
  index: number;
  set(field: string, v: number): void;
  /** Flips fixed bits: how ADD #-n becomes SUB #n. */
  toggle(mask: number): void;
  get(field: string): number;
  fixup?: Fixup;
}

export interface DecodeCtx {
  row: CompiledRow;
  get(field: string): number;
  /** Address of the instruction, for printing branch targets. */
  pc: bigint;
  /** What objdump prints after the operands (`// #1`, `// eq = none`); set by the operand that has one. */
  comment?: string;
}

export interface OperandKind {
  /** What the operand must be, for "operand N must be …" messages. */
  what: string;
  accepts(op: Operand | undefined, ctx: EncodeCtx): boolean;
  encode(op: Operand | undefined, ctx: EncodeCtx): string | undefined;
  decode(ctx: DecodeCtx): string | undefined;
}

const hex = (v: bigint | number) => (v < 0 ? "-0x" + (-BigInt(v)).toString(16) : "0x" + v.toString(16));
const R = R_AARCH64;

// ---------------------------------------------------------------- registers

const fieldOf: Record<string, string> = { d: "Rd", n: "Rn", m: "Rm", t: "Rt", t2: "Rt2", a: "Ra", s: "Rs" };

/** `Xd`, `WnSP`, `Dm`, `Qt2` …: a register of one class in one field; SP or ZR at 31. */
function regKind(spec: string): OperandKind | undefined {
  const m = /^([WXBHSDQ])(d|n|m|t2|t|a|s)(SP)?$/.exec(spec);
  if (!m) return undefined;
  const cls = m[1]!.toLowerCase();
  const field = fieldOf[m[2]!]!;
  const sp = m[3] !== undefined;
  const gpr = cls === "w" || cls === "x";
  const name31 = gpr ? (sp ? (cls === "x" ? "sp" : "wsp") : cls + "zr") : cls + "31";
  return {
    what: gpr ? `a ${cls === "x" ? 64 : 32}-bit integer register${sp ? " or " + name31 : ""}` : `a ${cls} register`,
    accepts: (op) => op?.kind === "reg" && op.cls === cls && (!gpr || op.num < 31 || Boolean(op.sp) === sp),
    encode(op, ctx) {
      ctx.set(field, (op as Reg).num);
      return undefined;
    },
    decode(ctx) {
      const n = ctx.get(field);
      return n === 31 ? name31 : cls + n;
    },
  };
}

/**
 * `XsPair`, `XsNext` …: the two registers of a CASP pair. The first is even and in the field;
 * the second is the next register and has no field of its own (x30 pairs with xzr).
 */
function pairKind(spec: string): OperandKind | undefined {
  const m = /^([WX])(s|t)(Pair|Next)$/.exec(spec);
  if (!m) return undefined;
  const cls = m[1]!.toLowerCase();
  const field = fieldOf[m[2]!]!;
  const next = m[3] === "Next";
  return {
    what: next ? "the register after the previous operand" : `an even-numbered ${cls === "x" ? 64 : 32}-bit register`,
    accepts: (op) => op?.kind === "reg" && op.cls === cls && !op.sp,
    encode(op, ctx) {
      const n = (op as Reg).num;
      if (!next) {
        if (n % 2 !== 0) return "register must be even-numbered";
        ctx.set(field, n);
      } else if (n !== ctx.get(field) + 1) return `register must be ${cls}${ctx.get(field) + 1}`;
      return undefined;
    },
    decode(ctx) {
      const n = ctx.get(field) + (next ? 1 : 0);
      return n === 31 ? cls + "zr" : cls + n;
    },
  };
}

/** The register after `tbz`/`tbnz`: W or X, its width carried in b5 together with the bit number. */
const tbzReg: OperandKind = {
  what: "an integer register",
  accepts: (op) => op?.kind === "reg" && (op.cls === "w" || op.cls === "x") && !op.sp,
  encode(op, ctx) {
    ctx.set("Rt", (op as Reg).num);
    return undefined;
  },
  decode: (ctx) => (ctx.get("b5") ? "x" : "w") + (ctx.get("Rt") === 31 ? "zr" : ctx.get("Rt")),
};

/** Rm of an extended-register add/sub: W for b/h/w extends, X for x extends. */
const extReg: OperandKind = {
  what: "an integer register",
  accepts: (op) => op?.kind === "reg" && (op.cls === "w" || op.cls === "x") && !op.sp,
  encode(op, ctx) {
    ctx.set("Rm", (op as Reg).num);
    return undefined;
  },
  decode(ctx) {
    const wide = (ctx.get("option") & 3) === 3 && ctx.row.size === 64;
    const n = ctx.get("Rm");
    return (wide ? "x" : "w") + (n === 31 ? "zr" : n);
  },
};

// ---------------------------------------------------------------- immediates

function immValue(op: Operand | undefined): Value | undefined {
  return op?.kind === "imm" ? op.value : undefined;
}

function isImm(op: Operand | undefined): boolean {
  return op?.kind === "imm";
}

/** A plain unsigned immediate in one field, no relocation. */
function uimm(field: string, max: number, show: (v: number) => string = (v) => "#" + hex(v)): OperandKind {
  return {
    what: `an immediate in [0, ${max}]`,
    accepts: isImm,
    encode(op, ctx) {
      const v = immValue(op)!;
      if (isSymbolic(v) || v < 0n || v > BigInt(max)) return `immediate out of range [0, ${max}]`;
      ctx.set(field, Number(v));
      return undefined;
    },
    decode: (ctx) => show(ctx.get(field)),
  };
}

function symbolic(op: Operand | undefined, ctx: EncodeCtx, relocs: Record<string, number>): string | undefined {
  const v = immValue(op) as Symbolic;
  const type = relocs[v.modifier ?? ""];
  if (type === undefined) return v.modifier ? `relocation :${v.modifier}: not allowed here` : "immediate must be a constant";
  ctx.fixup = { type, value: v };
  return undefined;
}

/** ADD/SUB immediate: 12 bits, optionally shifted left by 12 (written or implied). */
const aimm: OperandKind = {
  what: "an immediate",
  accepts: isImm,
  encode(op, ctx) {
    const v = immValue(op)!;
    if (isSymbolic(v)) {
      return symbolic(op, ctx, {
        lo12: R.ADD_ABS_LO12_NC,
        tprel_lo12_nc: R.TLSLE_ADD_TPREL_LO12_NC,
        tprel_lo12: R.TLSLE_ADD_TPREL_LO12,
        tprel_hi12: R.TLSLE_ADD_TPREL_HI12,
        tlsdesc_lo12: R.TLSDESC_ADD_LO12,
        tlsgd_lo12: R.TLSGD_ADD_LO12_NC,
        dtprel_lo12_nc: R.TLSLD_ADD_DTPREL_LO12_NC,
        dtprel_hi12: R.TLSLD_ADD_DTPREL_HI12,
      });
    }
    // GNU as turns `add x0, x1, #-16` into `sub x0, x1, #16` (and cmp into cmn): bit 30 is op.
    let n = v;
    if (n < 0n) {
      n = -n;
      ctx.toggle(1 << 30);
    }
    if (n < 4096n) ctx.set("imm12", Number(n));
    else if ((n & 0xfffn) === 0n && n >> 12n < 4096n && !ctx.ops[ctx.index + 1]) {
      ctx.set("imm12", Number(n >> 12n));
      ctx.set("sh", 1);
    } else return "immediate out of range";
    return undefined;
  },
  decode: (ctx) => "#" + hex(ctx.get("imm12")),
};

/** The optional `lsl #12` after an ADD/SUB immediate. */
const lsl12: OperandKind = {
  what: "'lsl #0' or 'lsl #12'",
  accepts: (op) => op === undefined || (op.kind === "shift" && op.op === "lsl"),
  encode(op, ctx) {
    if (op?.kind !== "shift") return undefined;
    if (op.amount !== 0 && op.amount !== 12) return "shift amount must be 0 or 12";
    if (op.amount === 12) ctx.set("sh", 1);
    return undefined;
  },
  decode: (ctx) => (ctx.get("sh") ? "lsl #12" : ""),
};

/**
 * The immediate of a `mov` alias as objdump prints it (binutils aarch64-dis.c, IMM_MOV): hex
 * digits left-justified in a 20-column field, then the value as a signed decimal comment.
 */
function movImmText(v: bigint, ctx: DecodeCtx): string {
  ctx.comment = "#" + BigInt.asIntN(ctx.row.size, v).toString();
  return "#0x" + v.toString(16).padEnd(20);
}

/** Logical immediate (bitmask) for the row's register size; `mov` prints it as movImmText. */
function bitmaskImm(mov: boolean): OperandKind {
  return {
    what: "a bitmask immediate",
    accepts: isImm,
    encode(op, ctx) {
      const v = immValue(op)!;
      if (isSymbolic(v)) return "immediate must be a constant";
      const size = ctx.row.size;
      if (size === 32 && (v < -(1n << 31n) || v >= 1n << 32n)) return "immediate out of range";
      const f = encodeBitmask(v, size);
      if (!f) return `immediate ${hex(v)} is not a valid bitmask immediate`;
      ctx.set("N", f.N);
      ctx.set("immr", f.immr);
      ctx.set("imms", f.imms);
      return undefined;
    },
    decode(ctx) {
      const v = decodeBitmask({ N: ctx.get("N"), immr: ctx.get("immr"), imms: ctx.get("imms") }, ctx.row.size);
      return v === undefined ? undefined : mov ? movImmText(v, ctx) : "#" + hex(v);
    },
  };
}
const bimm = bitmaskImm(false);

/** MOVZ/MOVN/MOVK imm16, or a MOVW relocation (`#:abs_g1_nc:sym`). */
const imm16: OperandKind = {
  what: "a 16-bit immediate",
  accepts: isImm,
  encode(op, ctx) {
    const v = immValue(op)!;
    if (isSymbolic(v)) {
      // The group's number is also the shift: `movz x0, #:abs_g2:sym` is `lsl #32` (hw = 2).
      const group = /_g([0-3])/.exec(v.modifier ?? "");
      if (group) ctx.set("hw", Number(group[1]));
      return symbolic(op, ctx, {
        abs_g0: R.MOVW_UABS_G0, abs_g0_nc: R.MOVW_UABS_G0_NC, abs_g1: R.MOVW_UABS_G1, abs_g1_nc: R.MOVW_UABS_G1_NC,
        abs_g2: R.MOVW_UABS_G2, abs_g2_nc: R.MOVW_UABS_G2_NC, abs_g3: R.MOVW_UABS_G3,
        abs_g0_s: R.MOVW_SABS_G0, abs_g1_s: R.MOVW_SABS_G1, abs_g2_s: R.MOVW_SABS_G2,
        tprel_g2: R.TLSLE_MOVW_TPREL_G2, tprel_g1: R.TLSLE_MOVW_TPREL_G1, tprel_g1_nc: R.TLSLE_MOVW_TPREL_G1_NC,
        tprel_g0: R.TLSLE_MOVW_TPREL_G0, tprel_g0_nc: R.TLSLE_MOVW_TPREL_G0_NC,
      });
    }
    if (v < 0n || v > 0xffffn) return "immediate out of range [0, 65535]";
    ctx.set("imm16", Number(v));
    return undefined;
  },
  decode: (ctx) => "#" + hex(ctx.get("imm16")),
};

/** The optional `lsl #16|#32|#48` of MOVZ/MOVN/MOVK. */
const hwShift: OperandKind = {
  what: "'lsl #0', '#16', '#32' or '#48'",
  accepts: (op) => op === undefined || (op.kind === "shift" && op.op === "lsl"),
  encode(op, ctx) {
    if (op?.kind !== "shift") return undefined;
    if (op.amount % 16 !== 0 || op.amount >= ctx.row.size) return `shift amount must be 0${ctx.row.size === 64 ? ", 16, 32 or 48" : " or 16"}`;
    ctx.set("hw", op.amount / 16);
    return undefined;
  },
  decode: (ctx) => (ctx.get("hw") ? `lsl #${ctx.get("hw") * 16}` : ""),
};

function sized(v: bigint, size: 32 | 64): bigint | undefined {
  const lo = size === 32 ? -(1n << 31n) : -(1n << 63n);
  const hi = 1n << BigInt(size);
  if (v < lo || v >= hi) return undefined;
  return v & (hi - 1n);
}

/** One 16-bit chunk at a 16-aligned position: the hw:imm16 of a MOVZ writing `v`. */
function wideChunk(v: bigint, size: 32 | 64): { hw: number; imm16: number } | undefined {
  for (let hw = 0; hw < size / 16; hw++) {
    const shift = BigInt(hw * 16);
    if ((v & ~(0xffffn << shift)) === 0n) return { hw, imm16: Number(v >> shift) };
  }
  return undefined;
}

/** `mov Rd, #imm` as MOVZ (inverted: as MOVN), chosen the way GNU as chooses. */
function movWide(inverted: boolean): OperandKind {
  return {
    what: "an immediate",
    accepts: (op) => isImm(op) && !isSymbolic(immValue(op)!),
    encode(op, ctx) {
      const size = ctx.row.size;
      let v = sized(immValue(op) as bigint, size);
      if (v === undefined) return "immediate out of range";
      if (inverted) v = ~v & ((1n << BigInt(size)) - 1n);
      const c = wideChunk(v, size);
      if (!c) return "immediate cannot be moved by a single instruction";
      ctx.set("hw", c.hw);
      ctx.set("imm16", c.imm16);
      return undefined;
    },
    decode(ctx) {
      const size = ctx.row.size;
      let v = BigInt(ctx.get("imm16")) << BigInt(ctx.get("hw") * 16);
      if (inverted) v = ~v & ((1n << BigInt(size)) - 1n);
      return movImmText(v, ctx);
    },
  };
}

/** A shift amount 0..size-1 written as an immediate, stored by `store`. */
function shiftAmount(store: (n: number, size: number, ctx: EncodeCtx) => void, load: (ctx: DecodeCtx) => number | undefined): OperandKind {
  return {
    what: "a shift amount",
    accepts: isImm,
    encode(op, ctx) {
      const v = immValue(op)!;
      if (isSymbolic(v) || v < 0n || v >= BigInt(ctx.row.size)) return `shift amount out of range [0, ${ctx.row.size - 1}]`;
      store(Number(v), ctx.row.size, ctx);
      return undefined;
    },
    decode(ctx) {
      const n = load(ctx);
      return n === undefined ? undefined : "#" + n;
    },
  };
}

/** Bitfield lsb/width pairs: UBFX-style (immr = lsb, imms = lsb+width-1) and UBFIZ-style. */
function bitfield(part: "lsb" | "width", style: "extract" | "insert"): OperandKind {
  return {
    what: part === "lsb" ? "a bit position" : "a bit-field width",
    accepts: isImm,
    encode(op, ctx) {
      const v = immValue(op)!;
      const size = ctx.row.size;
      if (isSymbolic(v)) return "immediate must be a constant";
      const n = Number(v);
      if (part === "lsb") {
        if (n < 0 || n >= size) return `bit position out of range [0, ${size - 1}]`;
        ctx.set("immr", style === "extract" ? n : (size - n) % size);
        return undefined;
      }
      const lsb = style === "extract" ? ctx.get("immr") : (size - ctx.get("immr")) % size;
      if (n < 1 || n > size - lsb) return `width out of range [1, ${size - lsb}]`;
      ctx.set("imms", style === "extract" ? lsb + n - 1 : n - 1);
      return undefined;
    },
    decode(ctx) {
      const immr = ctx.get("immr");
      const imms = ctx.get("imms");
      const size = ctx.row.size;
      if ((style === "extract") !== imms >= immr) return undefined;
      if (part === "lsb") return "#" + (style === "extract" ? immr : (size - immr) % size);
      return "#" + (style === "extract" ? imms - immr + 1 : imms + 1);
    },
  };
}

// ---------------------------------------------------------------- shifts, extends, conditions

const shiftCodes = ["lsl", "lsr", "asr", "ror"];

/** Optional `lsl|lsr|asr|ror #n` of a shifted-register operand; `ror` only for logical ops. */
function regShift(allowRor: boolean): OperandKind {
  return {
    what: allowRor ? "a shift" : "'lsl', 'lsr' or 'asr'",
    accepts: (op) => op === undefined || (op.kind === "shift" && shiftCodes.includes(op.op) && (allowRor || op.op !== "ror")),
    encode(op, ctx) {
      if (op?.kind !== "shift") return undefined;
      if (op.amount < 0 || op.amount >= ctx.row.size) return `shift amount out of range [0, ${ctx.row.size - 1}]`;
      ctx.set("shift", shiftCodes.indexOf(op.op));
      ctx.set("imm6", op.amount);
      return undefined;
    },
    decode(ctx) {
      const s = ctx.get("shift");
      const n = ctx.get("imm6");
      if (!allowRor && s === 3) return undefined;
      return s === 0 && n === 0 ? "" : `${shiftCodes[s]} #${n}`;
    },
  };
}

const extendCodes: ExtendOp[] = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"];

/** Optional extend of an extended-register add/sub; absent or `lsl` means UXTX (UXTW for W). */
const regExtend: OperandKind = {
  what: "an extend",
  accepts: (op) => op === undefined || op.kind === "extend" || (op.kind === "shift" && op.op === "lsl"),
  encode(op, ctx) {
    const rm = ctx.ops[ctx.index - 1] as Reg;
    const dflt = ctx.row.size === 64 ? 3 : 2;
    const option = op?.kind === "extend" ? extendCodes.indexOf(op.op) : dflt;
    const amount = op?.kind === "extend" ? (op.amount ?? 0) : op?.kind === "shift" ? op.amount : 0;
    if (amount < 0 || amount > 4) return "shift amount out of range [0, 4]";
    const wantX = ctx.row.size === 64 && (option & 3) === 3;
    if ((rm.cls === "x") !== wantX) return `operand ${ctx.index} must be a ${wantX ? 64 : 32}-bit register for this extend`;
    ctx.set("option", option);
    ctx.set("imm3", amount);
    return undefined;
  },
  decode(ctx) {
    const option = ctx.get("option");
    const amount = ctx.get("imm3");
    // CMP/CMN have no Rd field: it is fixed at 31 (the zero register).
    const rd = ctx.row.bits.fields.Rd ? ctx.get("Rd") : 31;
    const spInvolved = rd === 31 || ctx.get("Rn") === 31;
    if (spInvolved && option === (ctx.row.size === 64 ? 3 : 2)) return amount ? `lsl #${amount}` : "";
    return extendCodes[option] + (amount ? ` #${amount}` : "");
  },
};

/** The identifier of a bare-name operand (`eq`, `tpidr_el0`, `ish`), lower-cased. */
function nameOf(op: Operand | undefined): string | undefined {
  const v = immValue(op);
  return v !== undefined && isSymbolic(v) && !v.modifier ? v.name?.toLowerCase() : undefined;
}

function condOf(op: Operand | undefined): number | undefined {
  const n = nameOf(op);
  return n === undefined ? undefined : conditionCode(n);
}

const cond: OperandKind = {
  what: "a condition",
  accepts: (op) => condOf(op) !== undefined,
  encode(op, ctx) {
    ctx.set("cond", condOf(op)!);
    return undefined;
  },
  decode: (ctx) => condText(ctx.get("cond"), ctx),
};

/** A condition's name; its other names go to the comment (`eq = none`, `cs = hs, nlast`). */
function condText(c: number, ctx: DecodeCtx): string {
  const name = conditionNames[c]!;
  if (conditionAliases[c]!.length) ctx.comment = `${name} = ${conditionAliases[c]!.join(", ")}`;
  return name;
}

/** CSET/CINC-style aliases store the inverted condition; AL and NV are not allowed. */
const invCond: OperandKind = {
  what: "a condition other than al/nv",
  accepts: (op) => condOf(op) !== undefined,
  encode(op, ctx) {
    const c = condOf(op)!;
    if (c >= 14) return "condition must not be al or nv";
    ctx.set("cond", c ^ 1);
    return undefined;
  },
  decode: (ctx) => (ctx.get("cond") >= 14 ? undefined : condText(ctx.get("cond") ^ 1, ctx)),
};

/** A fixed word operand (a system register name such as `tpidr_el0`). */
function word(name: string): OperandKind {
  return { what: `'${name}'`, accepts: (op) => nameOf(op) === name, encode: () => undefined, decode: () => name };
}

const barrierNames: Record<string, number> = { oshld: 1, oshst: 2, osh: 3, nshld: 5, nshst: 6, nsh: 7, ishld: 9, ishst: 10, ish: 11, ld: 13, st: 14, sy: 15 };

/** The CRm value of a barrier option: a name, or `#imm` for the unnamed ones. */
function barrierOf(op: Operand | undefined): number | undefined {
  const v = immValue(op);
  if (typeof v === "bigint") return v >= 0n && v <= 15n ? Number(v) : undefined;
  return barrierNames[nameOf(op) ?? ""];
}

/** DMB/DSB option (`ish`, `sy` …) in CRm; objdump prints the unnamed ones `#0x00`. */
const barrier: OperandKind = {
  what: "a barrier option",
  accepts: (op) => barrierOf(op) !== undefined,
  encode(op, ctx) {
    ctx.set("CRm", barrierOf(op)!);
    return undefined;
  },
  decode: (ctx) => Object.keys(barrierNames).find((k) => barrierNames[k] === ctx.get("CRm")) ?? "#0x" + ctx.get("CRm").toString(16).padStart(2, "0"),
};

// ---------------------------------------------------------------- branch targets

/** A label operand's value; a register name stands for the symbol of that name. */
function labelValue(op: Operand | undefined): Symbolic | undefined {
  if (op?.kind === "reg") return op.symbol;
  const v = immValue(op);
  return v !== undefined && isSymbolic(v) ? v : undefined;
}

function label(relocs: Record<string, number>): OperandKind {
  return {
    what: "a label",
    accepts: (op) => labelValue(op) !== undefined,
    encode: (op, ctx) => symbolic({ kind: "imm", value: labelValue(op)! }, ctx, relocs),
    decode(ctx) {
      const f = ctx.row.bits.fields;
      let off: bigint;
      if (f.imm26) off = signed(ctx.get("imm26"), 26) * 4n;
      else if (f.imm19 && f.immhi === undefined) off = signed(ctx.get("imm19"), 19) * 4n;
      else if (f.imm14) off = signed(ctx.get("imm14"), 14) * 4n;
      else {
        const imm = signed((ctx.get("immhi") << 2) | ctx.get("immlo"), 21);
        return hex(ctx.row.mnemonic === "adrp" ? ((ctx.pc & ~0xfffn) + (imm << 12n)) : ctx.pc + imm);
      }
      return hex(ctx.pc + off);
    },
  };
}

function signed(v: number, bits: number): bigint {
  const b = BigInt(v);
  return b >= 1n << BigInt(bits - 1) ? b - (1n << BigInt(bits)) : b;
}

/** TBZ/TBNZ bit number: b5:b40; 0..31 for a W register, 0..63 for X. */
const testBit: OperandKind = {
  what: "a bit number",
  accepts: isImm,
  encode(op, ctx) {
    const v = immValue(op)!;
    const max = (ctx.ops[0] as Reg).cls === "x" ? 63 : 31;
    if (isSymbolic(v) || v < 0n || v > BigInt(max)) return `bit number out of range [0, ${max}]`;
    ctx.set("b5", Number(v) >> 5);
    ctx.set("b40", Number(v) & 31);
    return undefined;
  },
  decode: (ctx) => "#" + ((ctx.get("b5") << 5) | ctx.get("b40")),
};

export { nameOf, pairKind, regKind, tbzReg, extReg, aimm, lsl12, bimm, bitmaskImm, imm16, hwShift, movWide, shiftAmount, bitfield, regShift, regExtend, cond, invCond, word, barrier, label, testBit, uimm, signed, symbolic, immValue, hex, sized };
