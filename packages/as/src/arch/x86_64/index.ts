// The x86-64 back end of the assembler: AT&T operands (./operands.ts) → the table-driven
// encoder of @glass/isa → bytes plus fixups with the relocation GNU as would use:
//
//   call foo / call foo@PLT      e8 rel32     R_X86_64_PLT32 foo-4 (PC32 when foo is local)
//   jmp/jcc label                eb/7x rel8, relaxed to e9/0f 8x rel32 when out of range
//   movl x(%rip), %eax           disp32       R_X86_64_PC32 x-4 (bias: field to end of insn)
//   movq x@GOTPCREL(%rip), %rax  disp32       R_X86_64_REX_GOTPCRELX x-4
//   movl $x, %edi / movq $x,%rax imm32        R_X86_64_32 / R_X86_64_32S
//   movl tab(,%rax,4), %eax      disp32       R_X86_64_32S
//   movabsq $x, %rax             imm64        R_X86_64_64

import { R_X86_64 } from "@glass/elf";
import { x86_64, x86_64RelocField } from "@glass/isa";
import type { Expr } from "../../expr.js";
import { TokenCursor } from "../../lex.js";
import type { AsmArch, EncodeContext, EncodedInstruction, Encoding, Fixup, InstructionStatement } from "../types.js";
import { parseOperand, type AttOperand } from "./operands.js";

const PREFIXES: Record<string, number> = { rep: 0xf3, repe: 0xf3, repz: 0xf3, repne: 0xf2, repnz: 0xf2, lock: 0xf0, notrack: 0x3e };
const BRANCHES = new Set(["jmp", "call", "callq", "jmpq", ...x86_64.CONDITIONS.flatMap(([names]) => names.map((n) => `j${n}`))]);
/** Opcodes whose GOTPCREL operand the linker may relax (psABI §B.2: mov, call, jmp, test, binop). */
const RELAXABLE_GOT_OPCODES = new Set([0x8b, 0xff, 0x85, 0x03, 0x0b, 0x13, 0x1b, 0x23, 0x2b, 0x33, 0x3b]);

function encode(stmt: InstructionStatement, ctx: EncodeContext): EncodedInstruction {
  const prefix = PREFIXES[stmt.mnemonic];
  if (prefix !== undefined) {
    // `lock xaddl %eax, (%rdi)`: the instruction's mnemonic heads the first operand.
    const first = stmt.operands[0];
    const inner = first?.peek();
    if (!first || inner?.kind !== "name") return ctx.error(`'${stmt.mnemonic}' must be followed by an instruction`, stmt.offset);
    const rest = first.tokens.length > 1 ? [new TokenCursor(first.file, first.tokens.slice(1), first.endOffset), ...stmt.operands.slice(1)] : [];
    if (first.tokens.length === 1 && stmt.operands.length > 1) ctx.error(`missing operand after '${inner.text}'`, inner.end);
    const e = encode({ mnemonic: inner.text.toLowerCase(), offset: inner.offset, operands: rest, end: stmt.end }, ctx);
    if (e.longForm) ctx.error(`'${stmt.mnemonic}' cannot prefix a jump`, stmt.offset);
    return { bytes: Uint8Array.of(prefix, ...e.bytes), fixups: e.fixups.map((f) => ({ ...f, offset: f.offset + 1 })) };
  }
  if (stmt.operands.some(mentionsGot)) ctx.mentionSymbol("_GLOBAL_OFFSET_TABLE_");
  const ops = stmt.operands.map((c) => parseOperand(c, ctx));
  const isBranch = BRANCHES.has(stmt.mnemonic);
  const target = isBranch && ops.length === 1 && ops[0]!.kind === "mem" && !ops[0]!.indirect && !ops[0]!.base && !ops[0]!.index ? ops[0] : undefined;
  if (target?.kind === "mem") return encodeBranch(stmt, target, ctx);
  for (const o of ops) {
    if (o.kind !== "imm" && o.indirect && !isBranch) ctx.error(`indirect operand '*' is only valid for jmp and call`, o.offset);
    if (isBranch && o.kind !== "imm" && !o.indirect) ctx.error(`indirect ${stmt.mnemonic} needs '*' before its operand`, o.offset);
  }
  const isaOps = ops.map((o) => toIsa(o, ctx));
  const enc = x86_64.encodeX86(stmt.mnemonic, isaOps);
  if (typeof enc === "string") ctx.error(enc, stmt.offset, stmt.mnemonic.length);
  const segment = ops.find((o) => o.kind === "mem" && o.segment);
  const seg = segment?.kind === "mem" && segment.segment ? [segment.segment === "fs" ? 0x64 : 0x65] : [];
  const bytes = Uint8Array.of(...seg, ...enc.bytes);
  return { bytes, fixups: fixupsFor(enc, ops, seg.length, bytes, ctx) };
}

/** `sym@GOTPCREL`, `@TPOFF` …: every operator but `@PLT` makes GNU as enter `_GLOBAL_OFFSET_TABLE_` (tc-i386.c `lex_got`). */
function mentionsGot(cur: TokenCursor): boolean {
  return cur.tokens.some((t, i) => t.kind === "punct" && t.text === "@" && cur.tokens[i + 1]?.kind === "name" && cur.tokens[i + 1]!.text !== "PLT");
}

/** A direct jmp/jcc/call: rel8 or rel32 to a label. jmp/jcc relax; call is always rel32. */
function encodeBranch(stmt: InstructionStatement, target: Extract<AttOperand, { kind: "mem" }>, ctx: EncodeContext): EncodedInstruction {
  if (!target.expr || target.segment) ctx.error("bad branch target", target.offset);
  if (target.modifier && target.modifier !== "PLT") ctx.error(`@${target.modifier} is not valid on a branch target`, target.offset);
  const mnemonic = stmt.mnemonic === "callq" ? "call" : stmt.mnemonic === "jmpq" ? "jmp" : stmt.mnemonic;
  const viaPlt = target.modifier === "PLT";
  const form = (width: "rel8" | "rel32"): Encoding => {
    const e = x86_64.encodeX86(mnemonic, [{ kind: "rel", value: undefined }], width);
    if (typeof e === "string") ctx.error(e, stmt.offset, stmt.mnemonic.length);
    const field = e.rel!;
    const short = width === "rel8";
    const fixup: Fixup = {
      offset: field.offset,
      expr: target.expr!,
      reloc: short ? R_X86_64.PC8 : R_X86_64.PLT32,
      localReloc: short ? undefined : R_X86_64.PC32,
      pcrel: true,
      bias: -BigInt(e.bytes.length - field.offset),
      resolve: mnemonic === "call" || viaPlt ? "local" : "section",
    };
    return { bytes: e.bytes, fixups: [fixup] };
  };
  if (mnemonic === "call") return form("rel32");
  return { ...form("rel8"), longForm: form("rel32") };
}

function toIsa(o: AttOperand, ctx: EncodeContext): x86_64.Operand {
  if (o.kind === "reg") return { kind: "reg", reg: o.reg };
  const value = (e: Expr | undefined, mod: string | undefined) => (e === undefined ? 0n : mod ? undefined : ctx.evalConstant(e));
  if (o.kind === "imm") return { kind: "imm", value: value(o.expr, o.modifier) };
  return { kind: "mem", base: o.base, index: o.index, scale: o.scale, disp: value(o.expr, o.modifier) };
}

function fixupsFor(enc: x86_64.X86Encoding, ops: AttOperand[], shift: number, bytes: Uint8Array, ctx: EncodeContext): Fixup[] {
  const fixups: Fixup[] = [];
  const mem = ops.find((o) => o.kind === "mem");
  const imm = ops.find((o) => o.kind === "imm");
  const end = BigInt(bytes.length);
  if (mem?.kind === "mem" && mem.expr && enc.disp && (mem.modifier || ctx.evalConstant(mem.expr) === undefined)) {
    const at = enc.disp.offset + shift;
    if (mem.base?.kind === "rip") {
      // GNU as lists the symbol of a 64-bit `mov` load at once (observed with 2.40).
      if (enc.form.mnemonic === "mov" && enc.form.size === 8 && enc.form.opcode[0] === 0x8b && mem.expr.kind === "symbol") ctx.placeSymbol(mem.expr.name);
      fixups.push({ offset: at, expr: mem.expr, pcrel: true, bias: BigInt(at) - end, ...ripReloc(mem.modifier, enc, ctx, mem.offset) });
    } else {
      const reloc = mem.modifier === "TPOFF" ? R_X86_64.TPOFF32 : mem.modifier ? ctx.error(`@${mem.modifier} needs %rip as the base`, mem.offset) : R_X86_64["32S"];
      fixups.push({ offset: at, expr: mem.expr, pcrel: false, reloc, ...(mem.modifier === "TPOFF" && { keepSymbol: true }) });
    }
  }
  if (imm?.kind === "imm" && enc.imm && (imm.modifier || ctx.evalConstant(imm.expr) === undefined)) {
    if (imm.modifier && imm.modifier !== "TPOFF") ctx.error(`@${imm.modifier} is not valid on an immediate`, imm.offset);
    const size = enc.imm.size;
    const signed = enc.form.operands.includes("imm32s");
    const reloc = imm.modifier === "TPOFF" ? R_X86_64.TPOFF32 : size === 8 ? R_X86_64["64"] : size === 4 ? (signed ? R_X86_64["32S"] : R_X86_64["32"]) : size === 2 ? R_X86_64["16"] : R_X86_64["8"];
    // TLS offsets keep their symbol even when it is local (GNU as: tc_fix_adjustable).
    fixups.push({ offset: enc.imm.offset + shift, expr: imm.expr, pcrel: false, reloc, ...(imm.modifier === "TPOFF" && { keepSymbol: true }) });
  }
  return fixups;
}

function ripReloc(mod: string | undefined, enc: x86_64.X86Encoding, ctx: EncodeContext, offset: number): Pick<Fixup, "reloc" | "resolve" | "keepSymbol"> {
  switch (mod) {
    case undefined: return { reloc: R_X86_64.PC32, resolve: "local" };
    case "GOTPCREL": {
      const relaxable = RELAXABLE_GOT_OPCODES.has(enc.form.opcode[0]!) && enc.form.opcode.length === 1;
      const reloc = !relaxable ? R_X86_64.GOTPCREL : enc.rex ? R_X86_64.REX_GOTPCRELX : R_X86_64.GOTPCRELX;
      return { reloc, resolve: "never", keepSymbol: true };
    }
    case "GOTTPOFF": return { reloc: R_X86_64.GOTTPOFF, resolve: "never", keepSymbol: true };
    default: return ctx.error(`@${mod} is not valid with %rip`, offset);
  }
}

/** GNU as's NOP padding: the longest NOPs first, up to 11 bytes each (SDM "NOP" table). */
const NOPS: number[][] = [
  [],
  [0x90],
  [0x66, 0x90],
  [0x0f, 0x1f, 0x00],
  [0x0f, 0x1f, 0x40, 0x00],
  [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

function codeFill(n: number): Uint8Array {
  const out: number[] = [];
  while (n > 0) {
    const k = Math.min(n, NOPS.length - 1);
    out.push(...NOPS[k]!);
    n -= k;
  }
  return Uint8Array.from(out);
}

const DATA_RELOCS: Record<number, [number, number]> = {
  1: [R_X86_64["8"], R_X86_64.PC8],
  2: [R_X86_64["16"], R_X86_64.PC16],
  4: [R_X86_64["32"], R_X86_64.PC32],
  8: [R_X86_64["64"], R_X86_64.PC64],
};

/** DWARF register numbers (psABI figure 3.36): not the ModRM order. */
const DWARF_REGISTERS = ["rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp", ...Array.from({ length: 8 }, (_, i) => `r${i + 8}`), "rip"];

export const x86_64Arch: AsmArch = {
  machine: "x86_64",
  lineComment: "#",
  alignIsPowerOfTwo: false,
  wordSize: 2,
  instructionAlign: 1,
  encode,
  relocField: x86_64RelocField,
  dataReloc: (size, pcrel) => DATA_RELOCS[size]![pcrel ? 1 : 0],
  codeFill,
  allSectionSymbols: false,
  cfi: {
    codeAlign: 1,
    dataAlign: -8,
    returnColumn: 16,
    // DW_CFA_def_cfa %rsp+8; DW_CFA_offset %rip at CFA-8: the return address `call` pushed.
    initialInstructions: [0x0c, 7, 8, 0x90, 1],
    initialCfaOffset: 8,
    registers: Object.fromEntries(DWARF_REGISTERS.map((r, i) => [r, i])),
  },
};
