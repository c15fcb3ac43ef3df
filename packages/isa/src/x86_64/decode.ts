// Decoding one x86-64 instruction with the encoder's table (./table.ts), printed as GNU
// `objdump -d` prints it in AT&T syntax.
//
// The bytes are read in the order the CPU reads them (Intel SDM vol. 2 §2.1): legacy
// prefixes, an optional REX, the opcode, then ModRM / SIB / displacement and immediates.
// Every row of FORMS with the same opcode is a candidate; a row fits when its /digit, its
// operand size (REX.W, 0x66) and its memory-only operands agree with the bytes. Several rows
// may fit the same bytes (`90` is `nop` and `xchg %eax,%eax`; `66 01` is the 16-bit `add`
// and, ignoring the 0x66, the 32-bit one): the decoder takes the row that leaves the fewest
// prefix bits unexplained, and among equals the first in table order — which is also the
// spelling objdump prints (`shl` not `sal`, `je` not `jz`). Prefixes no row explains are
// printed before the mnemonic as objdump does (`data16 cs nopw`, `rex.W nop`, `repz ret`).
//
// objdump's spelling rules reproduced here (binutils i386-dis.c):
//   - a size suffix only when no register operand shows the size (`cmpl $0x5,-0x8(%rbp)`,
//     but `sub -0x4(%rbp),%eax`); never on push/pop/call/jmp/ret, which default to 64 bits;
//   - immediates in hex, sign-extended to the operand size and printed unsigned
//     (`sub $0xffffffff,%eax`); displacements signed (`-0x4(%rbp)`);
//   - branch targets and %rip-relative addresses as absolute addresses, the latter in a
//     `# 0x…` comment; how an address is printed (`0x4e` or `4e <main+0x4e>`) is the caller's.

import { REGISTERS, type Register } from "./registers.js";
import { FORMS, type InstructionForm, type OperandKind } from "./table.js";

export interface X86Decoded {
  /** Bytes the instruction occupies. */
  length: number;
  /** objdump's text: `mov    %rsp,%rbp`, `call   0x1e`, `lea    0x0(%rip),%rax        # 0xb`. */
  text: string;
  /** The branch target or %rip-relative address the text mentions, for symbolizing it. */
  target?: bigint;
}

/** Prints an absolute address; objdump prints `0x1e` without a symbol, `1e <main+0x1e>` with one. */
export type AddressPrinter = (address: bigint) => string;

const hexAddress: AddressPrinter = (a) => "0x" + a.toString(16);

/** Register names by [size][number]; byte registers 4–7 without REX are %ah–%bh. */
const NAMES = new Map<string, string>();
for (const r of REGISTERS.values()) if (r.kind !== "rip") NAMES.set(`${r.kind}${r.size}:${r.num}:${r.highByte ? "h" : ""}`, r.name);
const regName = (r: Pick<Register, "kind" | "size" | "num">, rex: boolean) =>
  "%" + NAMES.get(`${r.kind}${r.size}:${r.num}:${r.kind === "gpr" && r.size === 1 && !rex && r.num >= 4 && r.num < 8 ? "h" : ""}`)!;

/**
 * Rows by opcode: the first byte, or 0x0f00 | second byte for two-byte opcodes; +r rows under
 * all eight, after the rows of the exact byte (`90` is `nop` before it is `xchg %eax,%eax`).
 */
const BY_OPCODE = new Map<number, InstructionForm[]>();
for (const form of [...FORMS].sort((a, b) => Number(a.opReg ?? false) - Number(b.opReg ?? false))) {
  if (form.operands.includes("one")) continue; // `shl $1,%eax` prints as `shl %eax`, the twin row
  const key = form.opcode[0] === 0x0f ? 0x0f00 | form.opcode[1]! : form.opcode[0]!;
  // The register goes into the key byte only when that byte is the last opcode byte (x87
  // `d9 c0+i` keeps its key d9).
  const keyIsLast = form.opcode.length === (form.opcode[0] === 0x0f ? 2 : 1);
  for (let r = 0; r < (form.opReg && keyIsLast ? 8 : 1); r++) {
    const list = BY_OPCODE.get(key + r) ?? [];
    list.push(form);
    BY_OPCODE.set(key + r, list);
  }
}

const SEGMENTS: Record<number, string> = { 0x26: "es", 0x2e: "cs", 0x36: "ss", 0x3e: "ds", 0x64: "fs", 0x65: "gs" };
const LEGACY = new Set([0x66, 0xf2, 0xf3, 0xf0, ...Object.keys(SEGMENTS).map(Number)]);
const sext = (v: bigint, bits: number) => BigInt.asIntN(bits, v);
const signedHex = (v: bigint) => (v < 0n ? "-0x" + (-v).toString(16) : "0x" + v.toString(16));

function readLE(bytes: Uint8Array, at: number, n: number): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[at + i]!);
  return v;
}

/** What the bytes before the opcode said. */
interface Prefixes {
  legacy: number[];
  rex: number;
  hasRex: boolean;
}

/** One way of reading the bytes with one row, and how many prefix bits it left unexplained. */
interface Reading {
  length: number;
  text: string;
  target?: bigint;
  unexplained: number;
}

/**
 * Disassembles the instruction at `bytes[offset]`, which is at `address`. Returns undefined
 * when the bytes are not an instruction of the table (objdump would print `(bad)`).
 */
export function decodeX86(bytes: Uint8Array, offset: number, address: bigint, printAddress: AddressPrinter = hexAddress): X86Decoded | undefined {
  const limit = Math.min(bytes.length, offset + 15);
  let p = offset;
  const legacy: number[] = [];
  while (p < limit && LEGACY.has(bytes[p]!)) legacy.push(bytes[p++]!);
  const hasRex = p < limit && (bytes[p]! & 0xf0) === 0x40;
  const pre: Prefixes = { legacy, rex: hasRex ? bytes[p++]! & 0xf : 0, hasRex };
  if (p >= limit) return undefined;
  const key = bytes[p] === 0x0f ? 0x0f00 | (bytes[p + 1] ?? 0) : bytes[p]!;
  let best: Reading | undefined;
  for (const form of BY_OPCODE.get(key) ?? []) {
    const r = read(form, bytes, offset, p, limit, pre, address, printAddress);
    if (r && (!best || r.unexplained < best.unexplained)) best = r;
  }
  return best && { length: best.length, text: best.text, ...(best.target !== undefined ? { target: best.target } : {}) };
}

function read(form: InstructionForm, bytes: Uint8Array, start: number, opAt: number, limit: number, pre: Prefixes, address: bigint, printAddress: AddressPrinter): Reading | undefined {
  let p = opAt;
  // Opcode bytes (the last one carries the register of +r rows).
  for (let i = 0; i < form.opcode.length; i++, p++) {
    const b = bytes[p];
    if (b === undefined || (form.opReg && i === form.opcode.length - 1 ? b & 0xf8 : b) !== form.opcode[i]) return undefined;
  }
  const used = { rex: 0, legacy: new Set<number>() };
  const useLegacy = (b: number) => {
    const i = pre.legacy.lastIndexOf(b);
    if (i < 0 || used.legacy.has(i)) return false;
    used.legacy.add(i);
    return true;
  };
  const repeat = [...pre.legacy].reverse().find((b) => b === 0xf2 || b === 0xf3);
  for (const b of form.prefix ?? []) if ((b === 0xf2 || b === 0xf3) && b !== repeat) return undefined;
  if (!(form.prefix ?? []).every(useLegacy)) return undefined;

  // Operand size: 0x66 for 16 bits, REX.W for 64 (push/pop/call/jmp are 64 without it).
  const W = (pre.rex & 8) !== 0;
  if (form.size === 2 && (W || !useLegacy(0x66))) return undefined;
  if (form.size === 4 && W) return undefined;
  if (form.size === 8 && !form.default64) {
    if (!W) return undefined;
    used.rex |= 8;
  }

  // ModRM, SIB and displacement.
  let mem: Mem | undefined;
  let modrm: { mod: number; reg: number; rm: number } | undefined;
  if (form.modrm !== undefined) {
    const b = bytes[p++];
    if (b === undefined) return undefined;
    modrm = { mod: b >> 6, reg: (b >> 3) & 7, rm: b & 7 };
    if (typeof form.modrm === "number" && modrm.reg !== form.modrm) return undefined;
    if (modrm.mod !== 3) {
      const m = readMemory(bytes, p, limit, modrm, pre.rex);
      if (!m) return undefined;
      mem = m.mem;
      used.rex |= m.rexUsed;
      p = m.end;
    } else used.rex |= pre.rex & 1;
    if (form.modrm === "r") used.rex |= pre.rex & 4;
  }
  if (form.opReg) used.rex |= pre.rex & 1;

  // Prefixes the row did not use: %fs/%gs go into the memory operand, the rest are printed.
  const star = form.mnemonic === "call" || form.mnemonic === "jmp" ? "*" : "";
  let segment = "";
  const names: string[] = [];
  let unexplained = 0;
  pre.legacy.forEach((b, i) => {
    if (used.legacy.has(i)) return;
    if ((b === 0x64 || b === 0x65) && mem) segment = `%${SEGMENTS[b]}:`;
    else if (b === 0xf0) names.push("lock");
    else if (b === 0xf3 && form.implicit) names.push("rep");
    else if (b === 0x3e && star) names.push("notrack"); // CET: an indirect branch without endbr64 check
    else {
      unexplained++;
      names.push(b === 0x66 ? "data16" : b === 0xf3 ? "repz" : b === 0xf2 ? "repnz" : SEGMENTS[b]!);
    }
  });

  // Operands, in AT&T order; `*` marks an indirect call/jmp target.
  const size = form.size ?? 8;
  const texts: string[] = [];
  let byteRegNeedsRex = false;
  let gprShown = false;
  let target: bigint | undefined;
  const reg = (kind: "gpr" | "xmm", regSize: number, num: number) => {
    if (kind === "gpr") gprShown = true;
    if (kind === "gpr" && regSize === 1 && num >= 4 && num < 8 && pre.hasRex) byteRegNeedsRex = true;
    return regName({ kind, size: (kind === "xmm" ? 16 : regSize) as Register["size"], num }, pre.hasRex);
  };
  for (const kind of form.operands) {
    const width = kindWidth(kind);
    if (kind === "st") texts.push("%st");
    else if (kind === "sti") texts.push(`%st(${bytes[opAt + form.opcode.length - 1]! & 7})`);
    else if (kind === "acc") texts.push(reg("gpr", size, 0));
    else if (kind === "cl") texts.push("%cl");
    else if (kind.startsWith("imm") || kind.startsWith("rel")) {
      const n = width!;
      if (p + n > limit) return undefined;
      const v = readLE(bytes, p, n);
      p += n;
      if (kind.startsWith("rel")) {
        target = BigInt.asUintN(64, address + BigInt(p - start) + sext(v, n * 8));
        texts.push(printAddress(target));
      } else texts.push("$0x" + (kind.endsWith("s") ? BigInt.asUintN(size * 8, sext(v, n * 8)) : v).toString(16));
    } else if (kind === "xmm") texts.push(reg("xmm", 16, modrm!.reg | ((pre.rex & 4) << 1)));
    else if (kind === "rxmm") {
      if (mem) return undefined;
      texts.push(reg("xmm", 16, modrm!.rm | ((pre.rex & 1) << 3)));
    }
    else if (form.opReg) texts.push(reg("gpr", width!, (bytes[opAt + form.opcode.length - 1]! & 7) | ((pre.rex & 1) << 3)));
    else if (!isRm(kind) && kind !== "m") texts.push(reg("gpr", width!, modrm!.reg | ((pre.rex & 4) << 1)));
    else if (mem) texts.push(star + segment + memText(mem, pre.hasRex));
    else if (kind === "m") return undefined;
    else texts.push(star + reg(kind.startsWith("xmm") ? "xmm" : "gpr", width!, modrm!.rm | ((pre.rex & 1) << 3)));
  }
  if (form.immByte !== undefined) {
    if (bytes[p] !== form.immByte || p >= limit) return undefined;
    p++;
  }
  for (const imp of form.implicit ?? []) texts.push(imp === "acc" ? reg("gpr", size, 0) : imp);
  if (pre.hasRex && ((pre.rex & ~used.rex) !== 0 || (pre.rex === 0 && !byteRegNeedsRex))) {
    unexplained += 4;
    names.push("rex" + (pre.rex ? "." + ["W", "R", "X", "B"].filter((_, i) => pre.rex & (8 >> i)).join("") : ""));
  }

  const length = p - start;
  const memory = mem !== undefined || (form.implicit ?? []).some((i) => i.includes("("));
  const suffixed = form.suffix && form.size !== undefined && !form.default64 && !gprShown && memory;
  names.push(form.mnemonic + (suffixed ? "bwlq"[[1, 2, 4, 8].indexOf(form.size!)]! : ""));
  const name = names.join(" ");
  let text = texts.length ? name.padEnd(6) + " " + texts.join(",") : name;
  if (mem?.rip) {
    target = BigInt.asUintN(64, address + BigInt(length) + mem.disp);
    text += "        # " + printAddress(target);
  }
  return { length, text, unexplained, ...(target !== undefined ? { target } : {}) };
}

const isRm = (k: OperandKind) => k.startsWith("rm") || k.includes("/m");

function kindWidth(k: OperandKind): number | undefined {
  const m = /(\d+)/.exec(k);
  if (!m) return undefined;
  return k.startsWith("xmm") ? 16 : Number(m[1]) / 8;
}

interface Mem {
  rip: boolean;
  base?: number;
  index?: number;
  /** The SIB byte said "no index" where objdump shows %riz. */
  riz: boolean;
  scale: number;
  disp: bigint;
  /** A displacement is encoded (printed even when 0, as `0x0(%rbp)`). */
  hasDisp: boolean;
}

/** ModRM memory forms (SDM vol. 2 tables 2-2 and 2-3, with REX.X/B extending index and base). */
function readMemory(bytes: Uint8Array, p: number, limit: number, { mod, rm }: { mod: number; rm: number }, rex: number): { mem: Mem; end: number; rexUsed: number } | undefined {
  let rexUsed = rex & 1;
  const mem: Mem = { rip: false, riz: false, scale: 1, disp: 0n, hasDisp: mod !== 0 };
  let dispSize = mod === 1 ? 1 : mod === 2 ? 4 : 0;
  if (rm === 4) {
    const sib = bytes[p++];
    if (sib === undefined) return undefined;
    const scaleBits = sib >> 6;
    const index = ((sib >> 3) & 7) | ((rex & 2) << 2);
    const base = (sib & 7) | ((rex & 1) << 3);
    rexUsed |= rex & 2;
    mem.scale = 1 << scaleBits;
    if (index !== 4) mem.index = index;
    if ((sib & 7) === 5 && mod === 0) {
      dispSize = 4;
      mem.hasDisp = true;
      rexUsed &= ~1;
    } else mem.base = base;
    mem.riz = mem.index === undefined && (scaleBits !== 0 || (mem.base !== undefined && (mem.base & 7) !== 4));
  } else if (rm === 5 && mod === 0) {
    mem.rip = true;
    mem.hasDisp = true;
    dispSize = 4;
  } else mem.base = rm | ((rex & 1) << 3);
  if (p + dispSize > limit) return undefined;
  mem.disp = sext(readLE(bytes, p, dispSize), dispSize * 8 || 8);
  return { mem, end: p + dispSize, rexUsed };
}

function memText(m: Mem, rex: boolean): string {
  const r = (num: number) => regName({ kind: "gpr", size: 8, num }, rex);
  if (m.rip) return `${signedHex(m.disp)}(%rip)`;
  const index = m.index !== undefined ? `,${r(m.index)},${m.scale}` : m.riz ? `,%riz,${m.scale}` : "";
  if (m.base === undefined && !index) return "0x" + BigInt.asUintN(64, m.disp).toString(16);
  const disp = m.hasDisp ? signedHex(m.disp) : "";
  return `${disp}(${m.base !== undefined ? r(m.base) : ""}${index})`;
}
