// The interface an instruction set implements for the assembler core.
//
// The core (packages/as/src) knows GNU `as` syntax in general: statements, labels,
// expressions, directives, sections, layout and relocations. It knows nothing about any
// instruction. For each instruction statement it calls `AsmArch.encode`, which parses the
// operands (AT&T `%rax`/`$imm`/`disp(base,index,scale)`, AArch64 `x0`/`#imm`/`[x1, #8]!` …)
// and returns bytes plus fixups: holes in those bytes whose value is an expression the core
// computes later, once every label has an address.
//
// A fixup ends in one of two ways (GNU as `write.c: fixup_segment` does the same):
//   - resolved by the assembler: the value is known (a constant, or a PC-relative reference
//     to a label in the same section) and the core writes it with `AsmArch.relocField`, the
//     same field writer the linker uses;
//   - emitted as a RELA relocation of type `fixup.reloc`: against the symbol when it is
//     global, weak or undefined; against the section symbol + offset when it is local
//     (unless `keepSymbol`), exactly as GNU as does.
//
// Variable-length instruction sets (x86) may offer a short and a long form (`jmp`: eb rel8 /
// e9 rel32). The core starts with the short form and switches to the long one when a fixup of
// the short form cannot be resolved in the section or does not fit its field, repeating the
// layout until nothing changes (GNU as "relaxation").

import type { SourceFile } from "@glass/diagnostics";
import type { Machine } from "@glass/elf";
import type { RelocFieldWriter } from "@glass/isa";
import type { Expr } from "../expr.js";
import type { TokenCursor } from "../lex.js";

/** A hole in an instruction or data item, filled once the expression's value is known. */
export interface Fixup {
  /** Offset of the field from the start of the instruction's bytes. */
  offset: number;
  /** The value to put there (e.g. `sym + 8`). Built with `EncodeContext.parseExpr`. */
  expr: Expr;
  /**
   * R_X86_64_* / R_AARCH64_* number. It is the relocation emitted when the assembler cannot
   * resolve the fixup, and in every case the field layout passed to `relocField`.
   */
  reloc: number;
  /** The value is PC-relative: the core computes `expr + bias - P`, P = address of the field. */
  pcrel: boolean;
  /**
   * Added to the value (and to the relocation's addend). x86 uses it for the distance from
   * the field to the end of the instruction (`call foo` → `R_X86_64_PLT32 foo-4`); AArch64
   * leaves it at 0 (P is the instruction itself).
   */
  bias?: bigint;
  /**
   * When the assembler may compute a PC-relative fixup itself:
   *   "local"   (default) only when the target is a local symbol in the same section
   *             (`b.eq .L3`, `call static_fn`; a global target keeps its relocation
   *             because the linker may bind it elsewhere);
   *   "section" whenever the target is in the same section, global or not (x86 `jmp`/`jcc`);
   *   "never"   always emit the relocation (`adrp`, `:lo12:`, GOT references).
   */
  resolve?: "local" | "section" | "never";
  /** Relocation to use instead of `reloc` when the target is local (x86: PLT32 → PC32). */
  localReloc?: number;
  /** Relocate against the symbol itself even when it is local (GOT relocations). */
  keepSymbol?: boolean;
}

/** Bytes and fixups of one encoding of an instruction. */
export interface Encoding {
  bytes: Uint8Array;
  fixups: Fixup[];
}

/**
 * What `encode` returns. `longForm`, when present, makes `bytes`/`fixups` a SHORT form that the
 * core uses only while every one of its fixups resolves inside the section and fits its field
 * (the field writer reports overflow); otherwise the core uses `longForm`, for good.
 */
export interface EncodedInstruction extends Encoding {
  longForm?: Encoding;
}

/** One instruction statement, already split from its line. */
export interface InstructionStatement {
  /** The mnemonic as written, lower-cased (`movq`, `b.eq`, `ldr`). */
  mnemonic: string;
  /** File offset of the mnemonic (for messages). */
  offset: number;
  /** One cursor per operand, split at top-level commas (commas inside () [] {} stay). */
  operands: TokenCursor[];
  /** File offset just past the statement, for messages about a missing operand. */
  end: number;
}

/** What the core offers an instruction encoder while it encodes one statement. */
export interface EncodeContext {
  file: SourceFile;
  /**
   * Parses a GNU as expression from the cursor (stops at a token that cannot continue it,
   * such as `(` after a displacement, `]`, `!`, `,` or `@`). `.` means the instruction's own
   * address; `1b`/`1f` are resolved here.
   */
  parseExpr(cur: TokenCursor): Expr;
  /**
   * The value of an expression if it is already a known constant (numbers, `.set` constants,
   * `sizeof`-like differences the core can fold now), otherwise undefined. Encoders use it to
   * choose between imm8 and imm32 forms exactly as GNU as does (unknown → the wide form).
   */
  evalConstant(expr: Expr): bigint | undefined;
  /** Throws `file:line:col: error: message` at `offset` (a file offset from a token). */
  error(message: string, offset: number, length?: number): never;
  /**
   * Enters a symbol the instruction implies into the symbol table, as GNU as does (x86-64:
   * any `@GOTPCREL`-style operator makes `_GLOBAL_OFFSET_TABLE_` an undefined symbol).
   */
  mentionSymbol(name: string): void;
  /**
   * Gives a symbol its place in the symbol list now, where GNU as's instruction parser happens
   * to (x86-64 `movq .LC0(%rip), %rax`); see ../symbols.ts `SymbolTable`.
   */
  placeSymbol(name: string): void;
  /**
   * An operand turned out to name symbol `name` (AArch64 decides after encoding whether a bare
   * word such as `tpidr_el0` or `ish` was a keyword or a symbol): the same effect on the symbol
   * list as an expression naming it.
   */
  referTo(name: string): void;
  /**
   * `ldr x0, =expr`: puts `expr` (`size` bytes) in the section's literal pool
   * (../literal-pools.ts) and returns a local label naming the pool entry.
   */
  literal(expr: Expr, size: 4 | 8, offset: number): Expr;
}

/** An instruction set as the assembler core sees it. */
export interface AsmArch {
  machine: Machine;
  /** Comment start valid anywhere on a line: `#` on x86-64, `//` on AArch64. */
  lineComment: string;
  /** Also a comment, but only as the first non-blank character of a line (AArch64 `#`). */
  lineStartComment?: string;
  /** `.align N` means 2^N bytes (AArch64) rather than N bytes (x86-64 ELF). */
  alignIsPowerOfTwo: boolean;
  /** Alignment an instruction gives its section (GNU as: 4 on AArch64, none on x86-64). */
  instructionAlign: number;
  /** Size of `.word` in bytes: 2 on x86-64, 4 on AArch64. */
  wordSize: 2 | 4;
  /** Parses the operands and encodes one instruction; throws via `ctx.error` on bad input. */
  encode(stmt: InstructionStatement, ctx: EncodeContext): EncodedInstruction;
  /** The ISA's relocation field writer (from @glass/isa), used for fixups the core resolves. */
  relocField: RelocFieldWriter;
  /**
   * The relocation for a data directive (`.byte/.short/.long/.quad` of `size` bytes) whose
   * value is a symbol (pcrel false) or a symbol minus the item's own address (pcrel true,
   * e.g. `.long sym - .`). Undefined when the ISA has none (the core reports an error).
   */
  dataReloc(size: 1 | 2 | 4 | 8, pcrel: boolean): number | undefined;
  /** `n` bytes of padding for code sections (x86 multi-byte NOPs, AArch64 `nop` words). */
  codeFill(n: number, offset: number): Uint8Array;
  /** The ISA's DWARF call frame conventions, for `.eh_frame` (psABI "DWARF Register Number Mapping"). */
  cfi: CfiConventions;
  /**
   * GNU as gives every section a section symbol (AArch64), rather than only the sections a
   * relocation refers to (x86-64).
   */
  allSectionSymbols: boolean;
  /** `ldr x0, =value` and `.ltorg` are accepted (AArch64). */
  literalPools?: boolean;
  /** Mapping symbols marking code and data (../mapping-symbols.ts), when the ISA's ELF supplement has them. */
  mapping?: MappingConventions;
}

/** Names of the mapping symbols and the instruction size code padding is counted in. */
export interface MappingConventions {
  code: string;
  data: string;
  insnSize: number;
}

/** What the CIE of `.eh_frame` says about an ISA, and its DWARF register numbers. */
export interface CfiConventions {
  /** Unit of DW_CFA_advance_loc (the instruction size granule: 1 on x86-64, 4 on AArch64). */
  codeAlign: number;
  /** Factor of DW_CFA_offset (-8: saved registers sit at multiples of -8 from the CFA). */
  dataAlign: number;
  /** DWARF number of the return address column (x86-64 %rip 16, AArch64 x30). */
  returnColumn: number;
  /** The unwind state at a function's first instruction, as DW_CFA bytes. */
  initialInstructions: number[];
  /** The CFA offset those instructions set (`.cfi_adjust_cfa_offset` counts from it). */
  initialCfaOffset: number;
  /** Register names `.cfi_offset` may use instead of numbers. */
  registers: Record<string, number>;
}
