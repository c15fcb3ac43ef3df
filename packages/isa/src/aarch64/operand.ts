// The operands of an A64 instruction as an assembler line spells them (GNU syntax).
//
// The assembler's parser turns operand text into these values; the encoder matches them
// against a table row's operand kinds (operand-kinds.ts). Anything whose value is not known
// when the line is read (a label, `:lo12:sym`, `:got:sym`) is a `Symbolic` value: the encoder
// leaves its field zero and asks for a fixup, which the assembler resolves itself or turns
// into a relocation. The `expr` inside is the assembler's own expression; the ISA never
// looks into it.

export type RegClass = "w" | "x" | "b" | "h" | "s" | "d" | "q";

/** A register. Number 31 is the stack pointer when `sp` is set, otherwise wzr/xzr. */
export interface Reg {
  kind: "reg";
  cls: RegClass;
  num: number;
  sp?: boolean;
  /**
   * The same name read as a symbol. GNU as reads a register name as a label where an
   * instruction wants one (`bl fp`, `adrp x0, sp` refer to symbols called fp and sp).
   */
  symbol?: Symbolic;
}

/** A value known only later: `sym`, `sym+8`, `:lo12:sym`, `#:abs_g1_nc:sym` … */
export interface Symbolic {
  /** The relocation operator without colons (`lo12`, `got`, `got_lo12`, `abs_g0_nc` …). */
  modifier?: string;
  expr: unknown;
  /**
   * The identifier, when the operand is a bare name: kinds that take words read it (a
   * condition `eq`, a system register `tpidr_el0`, a barrier option `ish`).
   */
  name?: string;
}

export type Value = bigint | Symbolic;

export interface Imm {
  kind: "imm";
  value: Value;
}

/** A floating-point immediate (`fmov d0, #1.5`). */
export interface FImm {
  kind: "fimm";
  value: number;
}

/** `msl` (shift ones in) only follows a MOVI/MVNI immediate. */
export type ShiftOp = "lsl" | "lsr" | "asr" | "ror" | "msl";
export type ExtendOp = "uxtb" | "uxth" | "uxtw" | "uxtx" | "sxtb" | "sxth" | "sxtw" | "sxtx";

export interface Shift {
  kind: "shift";
  op: ShiftOp;
  amount: number;
}

export interface Extend {
  kind: "extend";
  op: ExtendOp;
  /** Absent when no `#n` was written. */
  amount?: number;
}

/**
 * A memory operand: `[base]`, `[base, #off]`, `[base, #off]!` (pre), `[base], #off` (post),
 * `[base, index{, lsl|uxtw|sxtw|sxtx {#n}}]`.
 */
export interface Mem {
  kind: "mem";
  base: Reg;
  mode: "offset" | "pre" | "post";
  offset?: Value;
  index?: Reg;
  extend?: { op: "lsl" | ExtendOp; amount?: number };
  /** SVE `[base, #imm, mul vl]`: the offset counts whole vector lengths. */
  mulVl?: boolean;
}

/** Advanced SIMD arrangements: lane count and lane size (`4s` = four 32-bit lanes). */
export type Arrangement = "8b" | "16b" | "4h" | "8h" | "2s" | "4s" | "1d" | "2d";
export type ElementSize = "b" | "h" | "s" | "d";

/** A SIMD&FP register seen as a vector: `v3.4s`, or one element `v3.s[1]`. */
export interface VReg {
  kind: "vreg";
  num: number;
  arrangement?: Arrangement;
  element?: ElementSize;
  index?: number;
}

/** A register list `{v0.4s, v1.4s}` / `{v0.16b-v3.16b}` of the structure loads and stores. */
export interface VList {
  kind: "vlist";
  regs: number[];
  arrangement: Arrangement;
}

/** An SVE vector register: `z3.b` (with its element size), `z3` (MOVPRFX) or one element `z3.s[1]`. */
export interface ZReg {
  kind: "zreg";
  num: number;
  element?: ElementSize;
  index?: number;
}

/** An SVE register list `{z0.b}` (the contiguous loads and stores take one register). */
export interface ZList {
  kind: "zlist";
  regs: number[];
  element: ElementSize;
}

/**
 * An SVE predicate register: `p1.b` (with an element size), or a governing predicate `p0/z`
 * (inactive lanes zeroed) or `p0/m` (merged), or plain `p0`.
 */
export interface PReg {
  kind: "preg";
  num: number;
  element?: ElementSize;
  qualifier?: "z" | "m";
}

/** The `mul #n` after an SVE element-count pattern (`cntb x0, all, mul #3`). */
export interface Mul {
  kind: "mul";
  amount: number;
}

export type Operand = Reg | Imm | FImm | Shift | Extend | Mem | VReg | VList | ZReg | ZList | PReg | Mul;

/** Condition names as objdump prints them (Arm ARM C1.2.4). */
export const conditionNames = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"];

/**
 * The other names objdump lists for each condition in its comments (`eq = none`,
 * `b.cs … // b.hs, b.nlast`): the Arm ARM's alternative names and the SVE condition names.
 */
export const conditionAliases = [["none"], ["any"], ["hs", "nlast"], ["lo", "ul", "last"], ["first"], ["nfrst"], [], [], ["pmore"], ["plast"], ["tcont"], ["tstop"], [], [], [], []];

/** Condition code number of a name (`hs`/`lo` are the other names of cs/cc). */
export function conditionCode(name: string): number | undefined {
  const n = name.toLowerCase();
  if (n === "hs") return 2;
  if (n === "lo") return 3;
  const i = conditionNames.indexOf(n);
  return i < 0 ? undefined : i;
}

export function isSymbolic(v: Value): v is Symbolic {
  return typeof v !== "bigint";
}
