// The interface every back end implements (QBE's `struct Target`, in small). Shared code
// (emit.ts, frame.ts) walks the IR and asks the target for the instructions of each IR
// operation; it never asks which target it is talking to.

import type { Machine } from "@glass/elf";
import type { Block, Instr, IRFunction, Terminator } from "../ir/ir.js";
import type { Abi } from "./abi.js";
import type { RegisterFile } from "./calls.js";
import type { Frame } from "./frame.js";
import type { Placement } from "./placement.js";

/** What a target needs to know about the function it is emitting. */
export interface FunctionContext {
  f: IRFunction;
  frame: Frame;
  /** The assembler label of a block. */
  label(b: Block): string;
  /** The block laid out right after the current one. */
  next: Block | undefined;
  /** Whether a jump to `b` can fall through instead (b, or where it forwards to, comes next). */
  isNext(b: Block): boolean;
  /** Whether a symbol is defined in this module, and whether it is local to it (`static`, labels). */
  symbol(name: string): SymbolInfo;
  /** The code model: position-dependent, position-independent executable, or shared-library code. */
  pic: PicMode;
  /** Whether to reach a symbol's address through the GOT (the target's policy for `pic`). */
  needsGot(name: string): boolean;
  /** A fresh local label for branches inside one IR instruction's code. */
  uniqueLabel(): string;
  /** The directive that selects the function's section (`.text`, or `.section .text.f,…`). */
  section: string;
  /** The directive that selects the section for the function's read-only data (jump tables). */
  rodata: string;
  /** Temps that live somewhere other than their frame cell (placement.ts). */
  placement: Map<number, Placement>;
}

export type PicMode = "none" | "pie" | "pic";

export interface SymbolInfo {
  defined: boolean;
  local: boolean;
}

export interface Target {
  machine: Machine;
  abi: Abi;
  /** The assembler's line-comment leader: `#` on x86-64, `//` on AArch64. */
  comment: string;
  /** The prefix of `.type` kinds: `@function` on x86-64, `%function` on AArch64. */
  typeMark: "@" | "%";
  /** How many integer / floating arguments travel in registers (the rest go on the stack). */
  argRegs: RegisterFile;
  /** Whether code reaches a symbol's address through the GOT in this code model (as gcc does). */
  needsGot(pic: PicMode, sym: SymbolInfo): boolean;
  /** Whether a load from a global (not through the GOT) can be folded into its user. */
  foldsGlobals: boolean;
  /** Size of the register save area a variadic function keeps for va_arg. */
  regSaveAreaSize: number;
  /** Instructions that build the frame and store incoming parameters into their temps. */
  prologue(fx: FunctionContext): string[];
  instr(i: Instr, fx: FunctionContext): string[];
  terminator(t: Terminator, fx: FunctionContext): string[];
  /** A temp's frame cell as the function's lines spell it (`-24(%rbp)`, `[sp, #40]`), if they can. */
  tempCell(id: number, fx: FunctionContext): string | undefined;
  /** A last pass over a function's lines (tab-indented, with comments and labels), told which cells hold temps. */
  peephole(lines: string[], tempCells: ReadonlySet<string>): string[];
}
