// Glass IR: a small typed three-address code in basic blocks, in the spirit of LLVM at -O0
// and QBE. Every C object with automatic storage is an explicit stack slot (`$x`) accessed
// only by `load`/`store`, so temporaries (`%3`) are each assigned exactly once; a later
// optimizer can promote slots to SSA values (mem2reg) without changing this shape.
//
// Types are machine-level: i8/i16/i32/i64, ptr, and f32/f64 for float and double.
// Signedness lives in the operations (`sdiv`/`udiv`, `slt`/`ult`, `sext`/`zext`), as in
// LLVM. Floating constants are kept as their IEEE-754 bit patterns, so they round-trip
// exactly. Globals and string literals are named by `@name`. docs/ir.md shows a printed function.

import type { SourceLocation } from "@glass/diagnostics";
import type { InitFunction } from "../ast/ast.js";
import type { StructPart, StructPassing } from "../target/abi.js";

/** A struct argument or parameter: how the ABI passes it, and its size. */
export interface StructArg {
  passing: StructPassing;
  size: number;
}

export type IRType = "i8" | "i16" | "i32" | "i64" | "ptr" | "f32" | "f64";

export interface Temp {
  kind: "temp";
  id: number;
  type: IRType;
}
export interface Const {
  kind: "const";
  /** The integer, or for f32/f64 the IEEE-754 bits. */
  value: bigint;
  type: IRType;
}
/** The address of a stack slot (type ptr). */
export interface SlotRef {
  kind: "slot";
  slot: Slot;
}
/** The address of a global, function or string literal (type ptr). */
export interface GlobalRef {
  kind: "global";
  name: string;
}
export type Value = Temp | Const | SlotRef | GlobalRef;

export interface Slot {
  id: number;
  /** The C name it holds (printing only). */
  name: string;
  size: number;
  align: number;
}

/** `add sub mul` also work on f32/f64; `fdiv` divides floats. */
export type BinaryKind =
  | "add" | "sub" | "mul" | "sdiv" | "udiv" | "srem" | "urem" | "and" | "or" | "xor" | "shl" | "ashr" | "lshr" | "fdiv";
/** The `f` compares are C's float comparisons: false when either side is NaN, except `fne`. */
export type CompareKind =
  | "eq" | "ne" | "slt" | "sle" | "sgt" | "sge" | "ult" | "ule" | "ugt" | "uge"
  | "feq" | "fne" | "flt" | "fle" | "fgt" | "fge";
/** Integer↔float conversions take i32/i64 sources and give i32/i64 results (the builder widens). */
export type ConvertKind =
  | "sext" | "zext" | "trunc" | "ptrtoint" | "inttoptr"
  | "sitofp" | "uitofp" | "fptosi" | "fptoui" | "fpext" | "fptrunc";

interface InstrBase {
  /** The C source position that produced it (the back ends print the line as a comment). */
  loc?: SourceLocation;
}

export type Instr = InstrBase &
  (
    | { op: "binary"; kind: BinaryKind; dest: Temp; a: Value; b: Value }
    | { op: "compare"; kind: CompareKind; dest: Temp; a: Value; b: Value }
    | { op: "neg" | "not"; dest: Temp; a: Value }
    | { op: "convert"; kind: ConvertKind; dest: Temp; a: Value }
    | { op: "load"; dest: Temp; addr: Value }
    | { op: "store"; type: IRType; value: Value; addr: Value }
    | {
        op: "call";
        dest?: Temp;
        /** A function name (direct call) or a pointer value. */
        callee: string | Value;
        args: Value[];
        /** Number of named parameters when the callee is variadic or unprototyped; else undefined. */
        variadicAfter?: number;
        /** For struct arguments: how they travel (the arg value is the struct's address). */
        structArgs?: (StructArg | undefined)[];
        /** A struct result returned through memory: the buffer's address (hidden argument). */
        sret?: Value;
        /** A struct result returned in registers: where to store its parts. */
        resultParts?: { addr: Value; parts: StructPart[] };
      }
    /** Initializes the va_list record at `list` for the current (variadic) function. */
    | { op: "vastart"; list: Value }
    /** The next variadic argument of type dest.type, advancing the va_list at `list`. */
    | { op: "vaarg"; dest: Temp; list: Value }
    /** The next variadic argument when it is a struct or union (travelling as `arg` says):
     *  copied into the buffer at `addr`. */
    | { op: "vaargStruct"; list: Value; addr: Value; arg: StructArg }
  );

export type Terminator = InstrBase &
  (
    | { op: "br"; target: Block }
    | { op: "condbr"; cond: Value; then: Block; else: Block }
    /** `parts`: the value is a struct's address, returned in registers part by part. */
    | { op: "ret"; value?: Value; parts?: StructPart[] }
    /** Jump to targets[index] (index an i64 already checked to be in range): a jump table. */
    | { op: "jumptable"; index: Value; targets: Block[] }
  );

export interface Block {
  id: number;
  instrs: Instr[];
  term?: Terminator;
}

export interface IRFunction {
  name: string;
  isStatic: boolean;
  returns: IRType | "void";
  /** One temp per parameter, in order, holding the incoming argument. */
  params: Temp[];
  /** Takes `...`: the prologue saves the argument registers for va_start. */
  variadic: boolean;
  /** Struct parameters passed in registers or on the stack: the prologue stores them into `slot`. */
  structParams?: ({ slot: Slot } & StructArg | undefined)[];
  /** The hidden pointer to the caller's buffer for a struct returned through memory. */
  sret?: Temp;
  slots: Slot[];
  /** blocks[0] is the entry block. */
  blocks: Block[];
  tempCount: number;
  loc: SourceLocation;
}

/** One piece of a global's initial bytes. */
export type DataItem =
  | { kind: "int"; size: number; value: bigint }
  | { kind: "addr"; name: string; addend: number }
  | { kind: "bytes"; bytes: number[] }
  | { kind: "zero"; size: number };

export interface IRGlobal {
  name: string;
  isStatic: boolean;
  size: number;
  align: number;
  /** `section("…")`; default `.data` / `.bss`, or `.rodata` when `readonly`. */
  section?: string;
  /** A `const` object whose bytes need no relocation: it goes to `.rodata`, as gcc puts it. */
  readonly?: boolean;
  /** Absent: zero-initialized (.bss). */
  init?: DataItem[];
}

export interface IRString {
  label: string;
  /** Including the terminating NUL. */
  bytes: number[];
}

export interface IRModule {
  fileName: string;
  functions: IRFunction[];
  globals: IRGlobal[];
  strings: IRString[];
  /** `constructor`/`destructor` functions (listed in .init_array / .fini_array). */
  constructors: InitFunction[];
  destructors: InitFunction[];
  /** `.weak` / `.hidden`-style directives for symbols. */
  symbolAttrs: { name: string; weak?: boolean; visibility?: string }[];
}

export function sizeOfIR(t: IRType): number {
  return t === "i8" ? 1 : t === "i16" ? 2 : t === "i32" || t === "f32" ? 4 : 8;
}

export function isFloatIR(t: IRType): boolean {
  return t === "f32" || t === "f64";
}

/** The type of a value (slot and global addresses are pointers). */
export function typeOf(v: Value): IRType {
  return v.kind === "temp" || v.kind === "const" ? v.type : "ptr";
}

/** Blocks a terminator can jump to. */
export function successors(t: Terminator | undefined): Block[] {
  if (!t) return [];
  if (t.op === "br") return [t.target];
  if (t.op === "condbr") return [t.then, t.else];
  if (t.op === "jumptable") return t.targets;
  return [];
}

/**
 * Replaces each operand of an instruction by `f(operand)`, in place, in a fixed order (a
 * call's callee, arguments, sret, result address). With an `f` that returns what it is given
 * nothing changes, which is how `operandsOf` only looks.
 */
export function mapOperands(i: Instr, f: (v: Value) => Value): void {
  switch (i.op) {
    case "binary":
    case "compare":
      i.a = f(i.a);
      i.b = f(i.b);
      break;
    case "neg":
    case "not":
    case "convert":
      i.a = f(i.a);
      break;
    case "load":
      i.addr = f(i.addr);
      break;
    case "store":
      i.value = f(i.value);
      i.addr = f(i.addr);
      break;
    case "call": {
      if (typeof i.callee !== "string") i.callee = f(i.callee);
      for (let k = 0; k < i.args.length; k++) i.args[k] = f(i.args[k]!);
      if (i.sret) i.sret = f(i.sret);
      const parts = i.resultParts;
      const addr = parts && f(parts.addr);
      if (parts && addr !== parts.addr) i.resultParts = { ...parts, addr: addr! };
      break;
    }
    case "vastart":
    case "vaarg":
      i.list = f(i.list);
      break;
    case "vaargStruct":
      i.list = f(i.list);
      i.addr = f(i.addr);
      break;
  }
}

/** An instruction's operands, in `mapOperands`' order. */
export function operandsOf(i: Instr): Value[] {
  const out: Value[] = [];
  mapOperands(i, (v) => {
    out.push(v);
    return v;
  });
  return out;
}
