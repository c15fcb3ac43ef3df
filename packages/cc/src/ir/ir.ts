// Glass IR: a small typed three-address code in basic blocks, in the spirit of LLVM at -O0
// and QBE. Every C object with automatic storage is an explicit stack slot (`$x`) accessed
// only by `load`/`store`, so temporaries (`%3`) are each assigned exactly once; a later
// optimizer can promote slots to SSA values (mem2reg) without changing this shape.
//
// Types are machine-level: i8/i16/i32/i64 and ptr. Signedness lives in the operations
// (`sdiv`/`udiv`, `slt`/`ult`, `sext`/`zext`), as in LLVM. Globals and string literals are
// named by `@name`. docs/ir.md shows a printed function.

import type { SourceLocation } from "@glass/diagnostics";

export type IRType = "i8" | "i16" | "i32" | "i64" | "ptr";

export interface Temp {
  kind: "temp";
  id: number;
  type: IRType;
}
export interface Const {
  kind: "const";
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

export type BinaryKind = "add" | "sub" | "mul" | "sdiv" | "udiv" | "srem" | "urem" | "and" | "or" | "xor" | "shl" | "ashr" | "lshr";
export type CompareKind = "eq" | "ne" | "slt" | "sle" | "sgt" | "sge" | "ult" | "ule" | "ugt" | "uge";
export type ConvertKind = "sext" | "zext" | "trunc" | "ptrtoint" | "inttoptr";

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
      }
  );

export type Terminator = InstrBase &
  (
    | { op: "br"; target: Block }
    | { op: "condbr"; cond: Value; then: Block; else: Block }
    | { op: "ret"; value?: Value }
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
}

export function sizeOfIR(t: IRType): number {
  return t === "i8" ? 1 : t === "i16" ? 2 : t === "i32" ? 4 : 8;
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
  return [];
}
