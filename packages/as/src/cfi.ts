// Call frame information: the `.cfi_*` directives (GNU as manual, "CFI directives").
//
// A compiler describes, instruction by instruction, how to find the caller's frame: "the
// CFA (canonical frame address) is now %rsp+16", "the old %rbp is saved at CFA-16". Each
// directive becomes one DWARF call frame instruction (DWARF 5 §6.4.2) tied to the place in
// the code where it was written; `.cfi_startproc` … `.cfi_endproc` brackets one function,
// which becomes one FDE of `.eh_frame` (./eh-frame.ts) once code addresses are known.
//
// Here each directive is turned into its instruction bytes right away, and an internal label
// marks where it applies; the DW_CFA_advance_loc between two places is left to ./eh-frame.ts.

import type { Assembler } from "./assembler.js";
import type { Handler } from "./directives.js";
import { sleb128, uleb128 } from "./leb128.js";
import type { TokenCursor } from "./lex.js";

/** DWARF call frame instruction opcodes (DWARF 5 table 7.29). */
export const DW_CFA = {
  advance_loc: 0x40, offset: 0x80, restore: 0xc0, nop: 0x00, advance_loc1: 0x02, advance_loc2: 0x03, advance_loc4: 0x04,
  offset_extended: 0x05, restore_extended: 0x06, undefined: 0x07, same_value: 0x08, register: 0x09,
  remember_state: 0x0a, restore_state: 0x0b, def_cfa: 0x0c, def_cfa_register: 0x0d, def_cfa_offset: 0x0e,
  offset_extended_sf: 0x11, GNU_window_save: 0x2d,
} as const;

/** One call frame instruction and the label of the code address it applies from. */
export interface CfiInstruction {
  label: string;
  bytes: number[];
  /** GNU as never moves `.cfi_remember_state` or `.cfi_escape` into a CIE. */
  fdeOnly?: boolean;
}

/** One `.cfi_startproc` … `.cfi_endproc` region: an FDE to be. */
export interface FrameDescription {
  start: string;
  end?: string;
  instructions: CfiInstruction[];
  /** `.cfi_startproc simple`: no CIE initial instructions apply. */
  simple: boolean;
  /** File offset of `.cfi_startproc`, for messages. */
  loc: number;
}

/** What the `.cfi_*` directives have recorded so far. */
export class CallFrames {
  readonly fdes: FrameDescription[] = [];
  current: FrameDescription | undefined;
  /** `.cfi_sections` without `.eh_frame` turns the section off. */
  ehFrame = true;
  /** The CFA offset as the directives have set it (for `.cfi_adjust_cfa_offset`, `.cfi_rel_offset`). */
  cfaOffset = 0n;
  readonly saved: bigint[] = [];
}

/** A register operand: a DWARF number (`6`), or a name the ISA knows (`%rbp`, `x29`). */
function register(a: Assembler, args: TokenCursor): bigint {
  const t = args.peek();
  if (t && (t.kind === "name" || (t.kind === "punct" && t.text === "%"))) {
    args.eatPunct("%");
    const name = args.expectName("a register");
    const n = a.arch.cfi.registers[name.text.toLowerCase()];
    if (n === undefined) args.fail(`bad register expression '${name.text}'`);
    return BigInt(n);
  }
  return a.absolute(args);
}

/** Appends one instruction to the open FDE, at the current location. */
function add(a: Assembler, args: TokenCursor, bytes: number[], fdeOnly = false): void {
  args.expectEnd();
  const fde = a.frames.current;
  if (!fde) args.fail("CFI instruction used without previous .cfi_startproc");
  fde.instructions.push({ label: a.dotSymbol(), bytes, ...(fdeOnly ? { fdeOnly } : {}) });
}

function offsetOf(a: Assembler, reg: bigint, offset: bigint, args: TokenCursor): number[] {
  const align = BigInt(a.arch.cfi.dataAlign);
  if (offset % align !== 0n) args.fail(`offset ${offset} is not a multiple of the data alignment ${align}`);
  const factored = offset / align;
  if (factored < 0n) return [DW_CFA.offset_extended_sf, ...uleb128(reg), ...sleb128(factored)];
  if (reg < 64n) return [DW_CFA.offset | Number(reg), ...uleb128(factored)];
  return [DW_CFA.offset_extended, ...uleb128(reg), ...uleb128(factored)];
}

/** A directive taking registers / numbers and producing instruction bytes. */
function op(build: (a: Assembler, args: TokenCursor) => number[], fdeOnly = false): Handler {
  return (a, args) => add(a, args, build(a, args), fdeOnly);
}

const defCfaOffset = (a: Assembler, offset: bigint) => {
  a.frames.cfaOffset = offset;
  return [DW_CFA.def_cfa_offset, ...uleb128(offset)];
};

export const CFI_DIRECTIVES: Record<string, Handler> = {
  ".cfi_sections": (a, args) => {
    const names: string[] = [];
    do names.push(args.expectName("a section name").text);
    while (args.eatPunct(","));
    args.expectEnd();
    a.frames.ehFrame = names.includes(".eh_frame");
  },
  ".cfi_startproc": (a, args, head) => {
    const simple = !args.atEnd() && args.expectName("'simple'").text === "simple";
    args.expectEnd();
    if (a.frames.current) args.fail("previous CFI entry not closed (missing .cfi_endproc)");
    a.frames.current = { start: a.dotSymbol(), instructions: [], simple, loc: head.offset };
    a.frames.cfaOffset = BigInt(simple ? 0 : a.arch.cfi.initialCfaOffset);
    a.frames.fdes.push(a.frames.current);
  },
  ".cfi_endproc": (a, args) => {
    args.expectEnd();
    const fde = a.frames.current;
    if (!fde) return args.fail(".cfi_endproc without corresponding .cfi_startproc");
    fde.end = a.dotSymbol();
    a.frames.current = undefined;
  },
  ".cfi_def_cfa": op((a, args) => {
    const reg = register(a, args);
    args.expectPunct(",");
    const offset = a.absolute(args);
    a.frames.cfaOffset = offset;
    return [DW_CFA.def_cfa, ...uleb128(reg), ...uleb128(offset)];
  }),
  ".cfi_def_cfa_register": op((a, args) => [DW_CFA.def_cfa_register, ...uleb128(register(a, args))]),
  ".cfi_def_cfa_offset": op((a, args) => defCfaOffset(a, a.absolute(args))),
  ".cfi_adjust_cfa_offset": op((a, args) => defCfaOffset(a, a.frames.cfaOffset + a.absolute(args))),
  ".cfi_offset": op((a, args) => {
    const reg = register(a, args);
    args.expectPunct(",");
    return offsetOf(a, reg, a.absolute(args), args);
  }),
  ".cfi_rel_offset": op((a, args) => {
    const reg = register(a, args);
    args.expectPunct(",");
    return offsetOf(a, reg, a.absolute(args) - a.frames.cfaOffset, args);
  }),
  ".cfi_restore": op((a, args) => {
    const reg = register(a, args);
    return reg < 64n ? [DW_CFA.restore | Number(reg)] : [DW_CFA.restore_extended, ...uleb128(reg)];
  }),
  ".cfi_undefined": op((a, args) => [DW_CFA.undefined, ...uleb128(register(a, args))]),
  ".cfi_same_value": op((a, args) => [DW_CFA.same_value, ...uleb128(register(a, args))]),
  ".cfi_register": op((a, args) => {
    const reg = register(a, args);
    args.expectPunct(",");
    return [DW_CFA.register, ...uleb128(reg), ...uleb128(register(a, args))];
  }),
  ".cfi_remember_state": op((a) => {
    a.frames.saved.push(a.frames.cfaOffset);
    return [DW_CFA.remember_state];
  }, true),
  ".cfi_restore_state": op((a) => {
    a.frames.cfaOffset = a.frames.saved.pop() ?? a.frames.cfaOffset;
    return [DW_CFA.restore_state];
  }),
  ".cfi_escape": op((a, args) => {
    const bytes: number[] = [];
    do bytes.push(Number(a.absolute(args) & 0xffn));
    while (args.eatPunct(","));
    return bytes;
  }, true),
  ".cfi_negate_ra_state": op(() => [DW_CFA.GNU_window_save]),
  ".cfi_window_save": op(() => [DW_CFA.GNU_window_save]),
};

// Directives that would need a CIE of their own (another augmentation string); gcc emits
// them only for C++ exceptions, signal trampolines and pointer authentication.
for (const name of ["personality", "lsda", "signal_frame", "return_column", "b_key_frame"]) {
  CFI_DIRECTIVES[`.cfi_${name}`] = (a, args, head) => {
    const t = args.atEnd() ? undefined : args.peek();
    // `.cfi_personality 0xff` / `.cfi_lsda 0xff` say "none", which changes nothing.
    if (t?.kind === "number" && (name === "personality" || name === "lsda") && a.absolute(args) === 0xffn) return args.expectEnd();
    args.fail(`'${head.text}' is not supported by Glass's assembler`);
  };
}
