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
//     `# 0x…` comment; how an address is printed (`0x4e` or `4e <main+0x4e>`) is the caller's;
//   - EVEX masking after the destination (`%ymm1{%k2}{z}`, `(%rax){%k1}`), a broadcast after
//     its memory operand (`(%rdi){1to8}`); an address-size prefix (67) gives 32-bit address
//     registers (`-0x1(%ecx)`), and is printed `addr32` where no memory operand uses it.
//
// A VEX/EVEX prefix (./vex-prefix.ts) stands for the legacy prefixes, REX and escape bytes:
// its rows are keyed by (EVEX?, map, opcode) and fit when pp, L and W agree.

import { allowsMemory, memorySize, registerOf, slotOf } from "./operand-kinds.js";
import { REGISTERS, type Register } from "./registers.js";
import { FORMS, type InstructionForm } from "./table.js";
import { ppOf, readVexPrefix, type VexFields } from "./vex-prefix.js";

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

/** Register names by kind, size and number; byte registers 4–7 without REX are %ah–%bh. */
const NAMES = new Map<string, string>();
for (const r of REGISTERS.values()) if (r.kind !== "rip") NAMES.set(`${r.kind}${r.size}:${r.num}:${r.highByte ? "h" : ""}`, r.name);
const regName = (r: Pick<Register, "kind" | "size" | "num">, rex: boolean) =>
  "%" + NAMES.get(`${r.kind}${r.size}:${r.num}:${r.kind === "gpr" && r.size === 1 && !rex && r.num >= 4 && r.num < 8 ? "h" : ""}`)!;

/**
 * The lookup key of an opcode: its first byte; 0x0f00 | second byte for 0f xx; 0x0f3800 /
 * 0x0f3a00 | third byte for the three-byte maps; for VEX/EVEX rows the map and opcode byte
 * under a VEX or EVEX tag.
 */
const VEX_KEY = 0x100000;
const EVEX_KEY = 0x200000;
function legacyKey(op: ArrayLike<number>, at = 0): { key: number; length: number } {
  if (op[at] !== 0x0f) return { key: op[at]!, length: 1 };
  const second = op[at + 1] ?? 0;
  if (second === 0x38 || second === 0x3a) return { key: 0x0f0000 | (second << 8) | (op[at + 2] ?? 0), length: 3 };
  return { key: 0x0f00 | second, length: 2 };
}

/**
 * Rows by opcode key; +r rows under all eight, after the rows of the exact byte (`90` is
 * `nop` before it is `xchg %eax,%eax`).
 */
const BY_OPCODE = new Map<number, InstructionForm[]>();
for (const form of [...FORMS].sort((a, b) => Number(a.opReg ?? false) - Number(b.opReg ?? false))) {
  if (form.operands.includes("one")) continue; // `shl $1,%eax` prints as `shl %eax`, the twin row
  const { key, length } = form.vex ? { key: (form.vex.evex ? EVEX_KEY : VEX_KEY) | (form.vex.map << 8) | form.opcode[0]!, length: 1 } : legacyKey(form.opcode);
  // The register goes into the key byte only when that byte is the last opcode byte (x87
  // `d9 c0+i` keeps its key d9).
  const keyIsLast = form.opcode.length === length;
  for (let r = 0; r < (form.opReg && keyIsLast ? 8 : 1); r++) {
    const list = BY_OPCODE.get(key + r) ?? [];
    list.push(form);
    BY_OPCODE.set(key + r, list);
  }
}

const SEGMENTS: Record<number, string> = { 0x26: "es", 0x2e: "cs", 0x36: "ss", 0x3e: "ds", 0x64: "fs", 0x65: "gs" };
const LEGACY = new Set([0x66, 0x67, 0xf2, 0xf3, 0xf0, ...Object.keys(SEGMENTS).map(Number)]);
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
  /** REX's W R X B bits, or the same bits of a VEX/EVEX prefix. */
  rex: number;
  hasRex: boolean;
  vex?: VexFields;
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
  let key: number;
  const v = hasRex ? undefined : readVexPrefix(bytes, p, limit);
  if (v) {
    const { vex, opcodeAt } = v;
    pre.vex = vex;
    pre.rex = (vex.W << 3) | (vex.R << 2) | (vex.X << 1) | vex.B;
    p = opcodeAt;
    if (p >= limit) return undefined;
    key = (vex.evex ? EVEX_KEY : VEX_KEY) | (vex.map << 8) | bytes[p]!;
  } else key = legacyKey(bytes, p).key;
  let best: Reading | undefined;
  for (const form of BY_OPCODE.get(key) ?? []) {
    const r = read(form, bytes, offset, p, limit, pre, address, printAddress);
    if (r && (!best || r.unexplained < best.unexplained)) best = r;
  }
  return best && { length: best.length, text: best.text, ...(best.target !== undefined ? { target: best.target } : {}) };
}

/** Whether a VEX/EVEX prefix carries what the row's `vex` says. */
function vexFits(form: InstructionForm, vex: VexFields): boolean {
  const f = form.vex!;
  if (ppOf(f) !== vex.pp || (f.L !== undefined && f.L !== vex.L) || (f.W !== undefined && f.W !== vex.W)) return false;
  // An unused vvvv must be 1111 (0 here); EVEX.b is only a broadcast here, so needs memory.
  return form.operands.some((k) => slotOf(k) === "vvvv") || vex.vvvv === 0;
}

function read(form: InstructionForm, bytes: Uint8Array, start: number, opAt: number, limit: number, pre: Prefixes, address: bigint, printAddress: AddressPrinter): Reading | undefined {
  let p = opAt;
  // Opcode bytes (the last one carries the register of +r rows).
  for (let i = 0; i < form.opcode.length; i++, p++) {
    const b = bytes[p];
    if (b === undefined || (form.opReg && i === form.opcode.length - 1 ? b & 0xf8 : b) !== form.opcode[i]) return undefined;
  }
  const vex = pre.vex;
  const used = { rex: 0, legacy: new Set<number>() };
  const useLegacy = (b: number) => {
    const i = pre.legacy.lastIndexOf(b);
    if (i < 0 || used.legacy.has(i)) return false;
    used.legacy.add(i);
    return true;
  };
  // EVEX.b between registers on a rounding row: L'L is the rounding mode, the length 512.
  const rounding = vex?.evex && vex.b && form.rounding && (bytes[p] ?? 0) >> 6 === 3 ? `{${["rn", "rd", "ru", "rz"][vex.L]}-sae}` : undefined;
  if (vex) {
    if (!vexFits(form, rounding ? { ...vex, L: 2 } : vex)) return undefined;
    used.rex = pre.rex;
  } else {
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
  }

  // ModRM, SIB and displacement (an EVEX disp8 counts in units of the memory operand: disp8*N).
  const rmKind = form.operands.find((k) => slotOf(k) === "rm");
  const broadcast = vex?.evex && vex.b && !rounding ? form.broadcast : undefined;
  if (vex?.evex && vex.b && !broadcast && !rounding) return undefined;
  let mem: Mem | undefined;
  let modrm: { mod: number; reg: number; rm: number } | undefined;
  const addr32 = pre.legacy.includes(0x67);
  if (form.modrm !== undefined) {
    const b = bytes[p++];
    if (b === undefined) return undefined;
    modrm = { mod: b >> 6, reg: (b >> 3) & 7, rm: b & 7 };
    if (typeof form.modrm === "number" && modrm.reg !== form.modrm) return undefined;
    if (modrm.mod !== 3) {
      const scale = vex?.evex && rmKind ? (broadcast ?? memorySize(rmKind, form)) : 1;
      const m = readMemory(bytes, p, limit, modrm, pre.rex, scale);
      if (!m) return undefined;
      mem = m.mem;
      used.rex |= m.rexUsed;
      p = m.end;
      if (addr32) useLegacy(0x67);
    } else {
      if (broadcast) return undefined;
      used.rex |= pre.rex & 1;
    }
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
      names.push(b === 0x66 ? "data16" : b === 0x67 ? "addr32" : b === 0xf3 ? "repz" : b === 0xf2 ? "repnz" : SEGMENTS[b]!);
    }
  });

  // Operands, in AT&T order; `*` marks an indirect call/jmp target.
  const size = form.size ?? 8;
  const texts: string[] = [];
  let byteRegNeedsRex = false;
  let gprShown = false;
  let target: bigint | undefined;
  const reg = (r: { kind: Register["kind"]; size: number }, num: number) => {
    if (r.kind === "gpr") gprShown = true;
    if (r.kind === "gpr" && r.size === 1 && num >= 4 && num < 8 && pre.hasRex) byteRegNeedsRex = true;
    return regName({ kind: r.kind, size: r.size as Register["size"], num }, pre.hasRex);
  };
  // Register numbers: REX/VEX bits make 4 bits; EVEX's R' and X make vector registers 5 bits.
  const vector = (r: { kind: Register["kind"] }) => r.kind === "xmm" || r.kind === "ymm" || r.kind === "zmm";
  const wide = (r: { kind: Register["kind"] }, bit: number) => (vex?.evex && vector(r) ? bit << 4 : 0);
  for (const kind of form.operands) {
    const r = registerOf(kind, form);
    const slot = slotOf(kind);
    if (kind === "st") texts.push("%st");
    else if (kind === "sti") texts.push(`%st(${bytes[opAt + form.opcode.length - 1]! & 7})`);
    else if (kind === "acc" || kind === "ax" || kind === "xmm0") texts.push(reg(r!, 0));
    else if (kind === "cl") texts.push("%cl");
    else if (kind === "is4") {
      if (p >= limit) return undefined;
      texts.push(reg(r!, bytes[p++]! >> 4));
    }
    else if (kind.startsWith("imm") || kind.startsWith("rel")) {
      const n = Number(/\d+/.exec(kind)![0]) / 8;
      if (p + n > limit) return undefined;
      const v = readLE(bytes, p, n);
      p += n;
      if (kind.startsWith("rel")) {
        target = BigInt.asUintN(64, address + BigInt(p - start) + sext(v, n * 8));
        texts.push(printAddress(target));
      } else texts.push("$0x" + (kind.endsWith("s") ? BigInt.asUintN(size * 8, sext(v, n * 8)) : v).toString(16));
    } else if (form.opReg) texts.push(reg(r!, (bytes[opAt + form.opcode.length - 1]! & 7) | ((pre.rex & 1) << 3)));
    else if (slot === "reg") texts.push(reg(r!, modrm!.reg | ((pre.rex & 4) << 1) | wide(r!, vex?.R2 ?? 0)));
    else if (slot === "vvvv") texts.push(reg(r!, vex!.vvvv));
    else if (mem) {
      if (!allowsMemory(kind)) return undefined;
      const bcst = broadcast ? `{1to${(16 << vex!.L) / broadcast}}` : "";
      texts.push(star + segment + memText(mem, pre.hasRex, addr32) + bcst);
    } else if (kind === "m") return undefined;
    else texts.push(star + reg(r!, modrm!.rm | ((pre.rex & 1) << 3) | wide(r!, vex?.X ?? 0)));
  }
  if (form.immByte !== undefined) {
    if (bytes[p] !== form.immByte || p >= limit) return undefined;
    p++;
  }
  for (const imp of form.implicit ?? []) texts.push(imp === "acc" ? reg({ kind: "gpr", size }, 0) : imp);
  if (vex?.evex) {
    // Masking applies to the destination, the last AT&T operand; a store or a mask register
    // can merge but not zero.
    const dest = form.operands.at(-1)!;
    if (vex.z && (mem && slotOf(dest) === "rm" || registerOf(dest, form)?.kind === "k")) return undefined;
    if (texts.length) texts[texts.length - 1] += (vex.aaa ? `{%k${vex.aaa}}` : "") + (vex.z ? "{z}" : "");
    if (rounding) texts.unshift(rounding);
  }
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
    if (addr32) target = BigInt.asUintN(32, target);
    text += "        # " + printAddress(target);
  }
  return { length, text, unexplained, ...(target !== undefined ? { target } : {}) };
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

/**
 * ModRM memory forms (SDM vol. 2 tables 2-2 and 2-3, with REX.X/B extending index and base);
 * an 8-bit displacement counts in units of `dispScale` (EVEX disp8*N, else 1).
 */
function readMemory(bytes: Uint8Array, p: number, limit: number, { mod, rm }: { mod: number; rm: number }, rex: number, dispScale: number): { mem: Mem; end: number; rexUsed: number } | undefined {
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
  mem.disp = sext(readLE(bytes, p, dispSize), dispSize * 8 || 8) * BigInt(dispSize === 1 ? dispScale : 1);
  return { mem, end: p + dispSize, rexUsed };
}

/** AT&T memory operand; `addr32` (a 67 prefix) names 32-bit address registers. */
function memText(m: Mem, rex: boolean, addr32: boolean): string {
  const r = (num: number) => regName({ kind: "gpr", size: addr32 ? 4 : 8, num }, rex);
  if (m.rip) return `${signedHex(m.disp)}(%${addr32 ? "eip" : "rip"})`;
  const index = m.index !== undefined ? `,${r(m.index)},${m.scale}` : m.riz ? `,%${addr32 ? "eiz" : "riz"},${m.scale}` : "";
  if (m.base === undefined && !index) return "0x" + BigInt.asUintN(addr32 ? 32 : 64, m.disp).toString(16);
  const disp = m.hasDisp ? signedHex(m.disp) : "";
  return `${disp}(${m.base !== undefined ? r(m.base) : ""}${index})`;
}
