// Encoding one x86-64 instruction from the table (./table.ts).
//
// Instruction layout (Intel SDM vol. 2, §2.1):
//   [legacy prefixes: 66, f2/f3] [REX 0100WRXB] opcode(1–3) [ModRM] [SIB] [disp8/32] [imm]
// or, for VEX/EVEX rows (§2.3, §2.7), a c5/c4/62 prefix (./vex-prefix.ts) in place of the
// legacy prefixes, REX and escape bytes, then one opcode byte; EVEX scales disp8 by the
// memory operand's size (disp8*N).
// ModRM = mod(2) reg(3) rm(3); SIB = scale(2) index(3) base(3). REX.R/X/B extend reg,
// index and base/rm to 4 bits; REX.W selects 64-bit operand size.
// Memory addressing special cases (SDM table 2-2, 2-3):
//   rm=100 means "a SIB byte follows", so %rsp/%r12 as a base always need a SIB;
//   mod=00 rm=101 means RIP+disp32, so %rbp/%r13 as a base need mod=01 with disp8 0;
//   SIB base=101 with mod=00 means "no base, disp32"; index=100 means "no index".
//
// Symbolic displacements, immediates and branch targets are encoded as zeros; the result
// says where their fields are so the assembler can attach fixups.

import { allowsMemory, memorySize, registerOf, slotOf } from "./operand-kinds.js";
import type { Register } from "./registers.js";
import { FORMS, type InstructionForm, type OperandKind, type OperandSize } from "./table.js";
import { vexPrefixBytes } from "./vex-prefix.js";

/** A parsed operand. `undefined` values are symbolic: filled in later by a fixup. */
export type Operand =
  | { kind: "reg"; reg: Register }
  | { kind: "imm"; value: bigint | undefined }
  | { kind: "mem"; base?: Register; index?: Register; scale: 1 | 2 | 4 | 8; disp: bigint | undefined }
  | { kind: "rel"; value: bigint | undefined };

/** A field that a fixup fills: where it is and how wide. */
export interface Field {
  offset: number;
  size: 1 | 2 | 4 | 8;
}

export interface X86Encoding {
  bytes: Uint8Array;
  form: InstructionForm;
  /** A REX prefix was emitted (the linker's GOTPCRELX relaxation cares). */
  rex: boolean;
  disp?: Field;
  imm?: Field;
  rel?: Field;
}

const fits = (v: bigint, lo: bigint, hi: bigint) => v >= lo && v <= hi;

function matches(kind: OperandKind, op: Operand, form: InstructionForm): boolean {
  const gpr = op.kind === "reg" && op.reg.kind === "gpr";
  const imm = op.kind === "imm" ? op.value : undefined;
  const isImm = op.kind === "imm";
  // Vector registers 16–31 exist only for EVEX.
  if (op.kind === "reg" && op.reg.kind !== "rip" && op.reg.num >= 16 && !form.vex?.evex) return false;
  switch (kind) {
    case "acc": return gpr && op.reg.num === 0 && op.reg.size === form.size && !op.reg.highByte;
    case "ax": return gpr && op.reg.num === 0 && op.reg.size === 2;
    case "xmm0": return op.kind === "reg" && op.reg.kind === "xmm" && op.reg.num === 0;
    case "cl": return gpr && op.reg.name === "cl";
    case "one": return imm === 1n;
    case "imm8": return isImm && (imm === undefined || fits(imm, -128n, 255n));
    case "imm8s": return imm !== undefined && fits(imm, -128n, 127n);
    case "imm16": return isImm && (imm === undefined || fits(imm, -32768n, 65535n));
    case "imm32": return isImm && (imm === undefined || fits(imm, -(2n ** 31n), 2n ** 32n - 1n));
    case "imm32s": return isImm && (imm === undefined || fits(imm, -(2n ** 31n), 2n ** 31n - 1n));
    case "imm64": return isImm;
    case "rel8": case "rel32": return op.kind === "rel";
    case "st": return op.kind === "reg" && op.reg.kind === "st" && op.reg.num === 0;
    case "sti": return op.kind === "reg" && op.reg.kind === "st";
  }
  if (op.kind === "mem") return slotOf(kind) === "rm" && allowsMemory(kind);
  const r = registerOf(kind, form);
  return op.kind === "reg" && r !== undefined && op.reg.kind === r.kind && op.reg.size === r.size;
}

const immSize = (k: OperandKind): 1 | 2 | 4 | 8 | undefined =>
  k === "imm8" || k === "imm8s" ? 1 : k === "imm16" ? 2 : k === "imm32" || k === "imm32s" ? 4 : k === "imm64" ? 8 : undefined;

/** The forms a written mnemonic may mean: exact names, then `add`+`q` style suffixed ones. */
export function candidates(written: string): { form: InstructionForm; suffixed: boolean }[] {
  const cached = candidateCache.get(written);
  if (cached) return cached;
  const byName = formsByMnemonic();
  const base = written.slice(0, -1);
  const suffix = written.at(-1);
  const out = [
    ...(byName.get(written) ?? []).map((form) => ({ form, suffixed: false })),
    ...(byName.get(base) ?? [])
      .filter((form) => form.suffix && form.size !== undefined && "bwlq"[[1, 2, 4, 8].indexOf(form.size)] === suffix)
      .map((form) => ({ form, suffixed: true })),
  ];
  candidateCache.set(written, out);
  return out;
}

// The table indexed by mnemonic (in table order), built on first use: an assembler looks up
// every instruction it reads, and a scan of the whole table each time is most of its work.
let index: Map<string, InstructionForm[]> | undefined;
const candidateCache = new Map<string, { form: InstructionForm; suffixed: boolean }[]>();
function formsByMnemonic(): Map<string, InstructionForm[]> {
  if (index) return index;
  index = new Map();
  for (const form of FORMS) {
    const list = index.get(form.mnemonic);
    if (list) list.push(form);
    else index.set(form.mnemonic, [form]);
  }
  return index;
}

/**
 * Encodes `written` (an AT&T mnemonic) with operands in AT&T order, choosing the first
 * matching form. Returns an error message when nothing matches.
 */
export function encodeX86(written: string, ops: Operand[], branch: "rel8" | "rel32" = "rel32"): X86Encoding | string {
  const cands = candidates(written);
  if (cands.length === 0) return `unknown instruction '${written}'`;
  for (const { form, suffixed } of cands) {
    if (form.operands.length !== ops.length) continue;
    if (form.operands.some((k) => (k === "rel8" || k === "rel32") && k !== branch)) continue;
    if (!form.operands.every((k, i) => matches(k, ops[i]!, form))) continue;
    const sized = suffixed || !form.suffix || form.default64 || form.size === undefined || ops.some((o) => o.kind === "reg" && o.reg.kind === "gpr");
    if (!sized) return `no instruction mnemonic suffix given and no register operands; can't size '${written}'`;
    return encodeForm(shortVexTwin(form, ops) ?? form, ops);
  }
  return `operand type mismatch for '${written}'`;
}

/**
 * GNU as's choice for a VEX register-to-register move whose source is %xmm8–15 and whose
 * destination is not: the other direction's opcode (store form for a load, and back) puts
 * the source in ModRM.reg, where VEX.R reaches it, so the two-byte c5 prefix suffices.
 *     vmovdqa %ymm9,%ymm1   c5 7d 7f c9   (not c4 c1 7d 6f c9)
 */
function shortVexTwin(form: InstructionForm, ops: Operand[]): InstructionForm | undefined {
  const [src, dst] = ops;
  if (!form.vex || form.vex.evex || form.vex.map !== 1 || form.vex.W === 1 || ops.length !== 2) return undefined;
  if (src?.kind !== "reg" || dst?.kind !== "reg" || slotOf(form.operands[0]!) !== "rm" || (src.reg.num & 8) === 0 || (dst.reg.num & 8) !== 0) return undefined;
  const [a, b] = form.operands;
  return FORMS.find((f) => f.mnemonic === form.mnemonic && f.vex && f.vex.pp === form.vex!.pp && f.vex.L === form.vex!.L && !f.vex.evex && f.operands[0] === b && f.operands[1] === a);
}

/** Encodes operands with a given form (operands already known to match it). */
export function encodeForm(form: InstructionForm, ops: Operand[]): X86Encoding | string {
  const out: number[] = [];
  const slots = form.operands.map(slotOf);
  const rmIndex = slots.indexOf("rm");
  const regIndex = form.modrm === "r" ? slots.indexOf("reg") : -1;
  const opRegIndex = form.opReg ? form.operands.findIndex((k, i) => slots[i] === "reg" || k === "sti") : -1;
  const regOf = (i: number) => (i >= 0 && ops[i]!.kind === "reg" ? ops[i]!.reg : undefined);
  const rmOp = rmIndex >= 0 ? ops[rmIndex]! : undefined;

  // REX (or VEX/EVEX) bits: W for 64-bit operands, R/X/B for registers 8–15; EVEX's R' and
  // X carry bit 4 of vector registers in ModRM.reg and ModRM.rm.
  const reg = regOf(regIndex);
  const rmReg = rmOp?.kind === "reg" ? rmOp.reg : undefined;
  const mem = rmOp?.kind === "mem" ? rmOp : undefined;
  const bit = (r: Register | undefined, b: number) => (r && r.kind !== "rip" && r.num & b ? 1 : 0);
  const opReg = regOf(opRegIndex);
  const R = bit(reg, 8);
  const X = mem ? bit(mem.index, 8) : bit(rmReg, 16);
  const B = mem ? bit(mem.base, 8) : bit(rmReg, 8) | bit(opReg, 8);
  const regs = ops.flatMap((o) => (o.kind === "reg" ? [o.reg] : []));

  let needRex = false;
  if (form.vex) {
    out.push(...vexPrefixBytes(form.vex, { R, X, B, R2: bit(reg, 16), vvvv: regOf(slots.indexOf("vvvv"))?.num ?? 0 }));
  } else {
    const rex = (form.size === 8 && !form.default64 ? 8 : 0) | (R << 2) | (X << 1) | B;
    needRex = rex !== 0 || regs.some((x) => x.needsRex);
    if (needRex && regs.some((x) => x.highByte)) return `can't encode register '%${regs.find((x) => x.highByte)!.name}' in an instruction requiring REX prefix`;
    if (form.size === 2) out.push(0x66);
    out.push(...(form.prefix ?? []));
    if (needRex) out.push(0x40 | rex);
  }
  const opcode = [...form.opcode];
  if (opReg) opcode[opcode.length - 1]! += opReg.num & 7;
  out.push(...opcode);

  const result: Omit<X86Encoding, "bytes"> = { form, rex: needRex };
  if (form.modrm !== undefined) {
    const regField = form.modrm === "r" ? (reg?.num ?? 0) & 7 : form.modrm;
    if (!rmOp) return "internal: form without r/m operand";
    if (rmOp.kind === "reg") out.push(0xc0 | (regField << 3) | (rmOp.reg.num & 7));
    else if (rmOp.kind === "mem") {
      // EVEX counts an 8-bit displacement in units of the memory operand (disp8*N).
      const d = encodeMemory(regField, rmOp, out.length, form.vex?.evex ? memorySize(form.operands[rmIndex]!, form) : 1);
      if (typeof d === "string") return d;
      out.push(...d.bytes);
      if (d.disp) result.disp = d.disp;
    }
  }
  form.operands.forEach((k, i) => {
    const op = ops[i]!;
    const size = immSize(k);
    if (size && op.kind === "imm") {
      result.imm = { offset: out.length, size };
      out.push(...le(op.value ?? 0n, size));
    }
    if (k === "is4" && op.kind === "reg") out.push(op.reg.num << 4);
    if ((k === "rel8" || k === "rel32") && op.kind === "rel") {
      const n = k === "rel8" ? 1 : 4;
      result.rel = { offset: out.length, size: n };
      out.push(...le(op.value ?? 0n, n));
    }
  });
  if (form.immByte !== undefined) out.push(form.immByte);
  return { ...result, bytes: Uint8Array.from(out) };
}

function encodeMemory(regField: number, m: Extract<Operand, { kind: "mem" }>, at: number, dispScale: number): { bytes: number[]; disp?: Field } | string {
  const bytes: number[] = [];
  const disp = m.disp;
  const symbolic = disp === undefined;
  if (m.index && (m.index.kind !== "gpr" || m.index.num === 4 || m.index.size !== 8)) return `'%${m.index.name}' is not a valid index register`;
  if (m.base && m.base.kind === "gpr" && m.base.size !== 8) return `'%${m.base.name}' is not a valid base register`;
  if (m.base?.kind === "rip") {
    if (m.index) return "%rip cannot be used with an index register";
    bytes.push((regField << 3) | 5);
    return { bytes: [...bytes, ...le(disp ?? 0n, 4)], disp: { offset: at + 1, size: 4 } };
  }
  if (m.base && m.base.kind !== "gpr") return `'%${m.base.name}' is not a valid base register`;
  const scaleBits = { 1: 0, 2: 1, 4: 2, 8: 3 }[m.scale];
  if (!m.base) {
    // No base: SIB with base=101 and mod=00 means disp32 (absolute, sign-extended).
    const index = m.index ? m.index.num & 7 : 4;
    bytes.push((regField << 3) | 4, (scaleBits << 6) | (index << 3) | 5);
    return { bytes: [...bytes, ...le(disp ?? 0n, 4)], disp: { offset: at + 2, size: 4 } };
  }
  const base = m.base.num & 7;
  const n = BigInt(dispScale);
  const mod = symbolic ? 2 : disp === 0n && base !== 5 ? 0 : disp % n === 0n && fits(disp / n, -128n, 127n) ? 1 : 2;
  if (!symbolic && !fits(disp, -(2n ** 31n), 2n ** 31n - 1n)) return `displacement ${disp} does not fit in 32 bits`;
  const needSib = m.index !== undefined || base === 4;
  bytes.push((mod << 6) | (regField << 3) | (needSib ? 4 : base));
  if (needSib) bytes.push((scaleBits << 6) | ((m.index ? m.index.num & 7 : 4) << 3) | base);
  const dispAt = at + bytes.length;
  if (mod === 1) return { bytes: [...bytes, ...le((disp ?? 0n) / n, 1)], disp: { offset: dispAt, size: 1 } };
  if (mod === 2) return { bytes: [...bytes, ...le(disp ?? 0n, 4)], disp: { offset: dispAt, size: 4 } };
  return { bytes };
}

function le(v: bigint, n: number): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(n * 8, v);
  for (let i = 0; i < n; i++, x >>= 8n) out.push(Number(x & 0xffn));
  return out;
}

export type { OperandSize };
