// The AArch64 back end of the assembler: GNU syntax operands in, A64 words and fixups out.
//
// Every instruction is one 4-byte word, so there is nothing to relax. The encoder (from
// @glass/isa) leaves symbolic fields zero and names the relocation for each; here those
// become core fixups with the rule GNU as applies to them (tc-aarch64.c):
//   - branches and ADR (`b`, `bl`, `b.cond`, `cbz`, `tbz`, `adr`, `ldr` literal) are
//     PC-relative and resolved by the assembler when the target is a local label in the
//     same section; a global target keeps its relocation (the linker may interpose it);
//   - ADRP pages and `:lo12:` offsets depend on the final address: always relocations,
//     against the section symbol for local targets;
//   - GOT and TLS operators (`:got:`, `:got_lo12:`, `:gottprel:` …) name the symbol itself.

import { R_AARCH64 } from "@glass/elf";
import { aarch64RelocField, encodeA64 } from "@glass/isa";
import type { AsmArch, EncodeContext, EncodedInstruction, Fixup, InstructionStatement } from "../types.js";
import type { Expr } from "../../expr.js";
import { parseOperands } from "./operands.js";

const R = R_AARCH64;

/** Relocations whose value is S + A - P and that the assembler may resolve itself. */
const pcRelative = new Set<number>([R.CALL26, R.JUMP26, R.CONDBR19, R.TSTBR14, R.LD_PREL_LO19, R.ADR_PREL_LO21]);

/** Relocations that must keep the symbol even when it is local (GNU: aarch64_fix_adjustable). */
const keepSymbol = new Set<number>([
  R.ADR_GOT_PAGE, R.LD64_GOT_LO12_NC, R.LD64_GOTPAGE_LO15, R.GOT_LD_PREL19,
  R.TLSIE_ADR_GOTTPREL_PAGE21, R.TLSIE_LD64_GOTTPREL_LO12_NC, R.TLSLE_ADD_TPREL_HI12, R.TLSLE_ADD_TPREL_LO12,
  R.TLSLE_ADD_TPREL_LO12_NC, R.TLSDESC_ADR_PAGE21, R.TLSDESC_LD64_LO12, R.TLSDESC_ADD_LO12, R.TLSDESC_CALL,
  R.TLSGD_ADR_PAGE21, R.TLSGD_ADD_LO12_NC,
  R.TLSLE_LDST8_TPREL_LO12_NC, R.TLSLE_LDST16_TPREL_LO12_NC, R.TLSLE_LDST32_TPREL_LO12_NC, R.TLSLE_LDST64_TPREL_LO12_NC,
  R.TLSLE_LDST128_TPREL_LO12_NC,
]);

function encode(stmt: InstructionStatement, ctx: EncodeContext): EncodedInstruction {
  const { ops, offsets, words } = parseOperands(stmt.operands, ctx, stmt.mnemonic === "ldr");
  const r = encodeA64(stmt.mnemonic, ops);
  if (!r.ok) {
    const at = r.operand !== undefined ? (offsets[r.operand] ?? stmt.offset) : stmt.offset;
    return ctx.error(r.message, at);
  }
  // A bare word the encoding turned into a fixup was a symbol (`bl puts`); one it read as a
  // keyword (`mrs x0, tpidr_el0`, `dmb ish`) never becomes one, as in GNU as.
  for (const w of words) if (w.kind === "symbol" && r.fixup?.value.expr === w) ctx.referTo(w.name);
  const bytes = new Uint8Array([r.word & 0xff, (r.word >>> 8) & 0xff, (r.word >>> 16) & 0xff, r.word >>> 24]);
  const fixups: Fixup[] = [];
  if (r.fixup) {
    const type = r.fixup.type;
    const pcrel = pcRelative.has(type);
    fixups.push({
      offset: 0,
      expr: r.fixup.value.expr as Expr,
      reloc: type,
      pcrel,
      resolve: pcrel ? "local" : "never",
      ...(keepSymbol.has(type) && { keepSymbol: true }),
    });
  }
  return { bytes, fixups };
}

const NOP = [0x1f, 0x20, 0x03, 0xd5];

export const aarch64Arch: AsmArch = {
  machine: "aarch64",
  lineComment: "//",
  lineStartComment: "#",
  alignIsPowerOfTwo: true,
  literalPools: true,
  wordSize: 4,
  instructionAlign: 4,
  encode,
  relocField: aarch64RelocField,
  dataReloc(size, pcrel) {
    const abs: Record<number, number> = { 8: R.ABS64, 4: R.ABS32, 2: R.ABS16 };
    const rel: Record<number, number> = { 8: R.PREL64, 4: R.PREL32, 2: R.PREL16 };
    return (pcrel ? rel : abs)[size];
  },
  /** Code padding: zero bytes up to a word boundary, then `nop` words (as GNU as pads). */
  codeFill(n, offset) {
    const out = new Uint8Array(n);
    const lead = Math.min(n, (4 - (offset % 4)) % 4);
    for (let i = lead; i + 4 <= n; i += 4) out.set(NOP, i);
    return out;
  },
  allSectionSymbols: true,
  mapping: { code: "$x", data: "$d", insnSize: 4 },
  cfi: {
    codeAlign: 4,
    dataAlign: -8,
    returnColumn: 30,
    // DW_CFA_def_cfa sp+0 (AAPCS64 DWARF numbers: x0–x30 are 0–30, sp is 31).
    initialInstructions: [0x0c, 31, 0],
    initialCfaOffset: 0,
    registers: Object.fromEntries([...Array.from({ length: 31 }, (_, i) => [`x${i}`, i]), ["sp", 31]]),
  },
};
