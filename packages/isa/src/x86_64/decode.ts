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
const isRex = (b: number | undefined) => b !== undefined && (b & 0xf0) === 0x40;

/** objdump's name for a prefix byte printed on its own (i386-dis prefix_name). */
function prefixName(b: number): string {
  if (isRex(b)) return "rex" + (b & 0xf ? "." + ["W", "R", "X", "B"].filter((_, i) => b & (8 >> i)).join("") : "");
  return b === 0x66 ? "data16" : b === 0x67 ? "addr32" : b === 0xf3 ? "repz" : b === 0xf2 ? "repnz" : b === 0xf0 ? "lock" : SEGMENTS[b]!;
}

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
 * Disassembles the instruction at `bytes[offset]`, which is at `address`. Bytes that are no
 * instruction give objdump's `(bad)` where its length is known (VEX/EVEX/XOP/0f/x87 holes)
 * and undefined otherwise, or when the bytes end mid-instruction (the caller decides).
 */
export function decodeX86(bytes: Uint8Array, offset: number, address: bigint, printAddress: AddressPrinter = hexAddress): X86Decoded | undefined {
  const limit = Math.min(bytes.length, offset + 15);
  let p = offset;
  const legacy: number[] = [];
  while (p < limit && LEGACY.has(bytes[p]!)) legacy.push(bytes[p++]!);
  const hasRex = p < limit && isRex(bytes[p]);
  // A REX prefix counts only right before the opcode: followed by another prefix, the CPU
  // ignores it and objdump prints the prefixes up to it as an instruction of their own.
  if (hasRex && p + 1 < limit && (isRex(bytes[p + 1]) || LEGACY.has(bytes[p + 1]!))) {
    return { length: p + 1 - offset, text: Array.from(bytes.subarray(offset, p + 1), prefixName).join(" ") };
  }
  const pre: Prefixes = { legacy, rex: hasRex ? bytes[p++]! & 0xf : 0, hasRex };
  if (p >= limit) return undefined;
  let key: number;
  const opcodeStart = p;
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
  if (best) return { length: best.length, text: best.text, ...(best.target !== undefined ? { target: best.target } : {}) };
  // An x87 escape (d8–df) with a register ModRM that names no instruction is `(bad)` with its
  // ModRM byte (i386-dis's float_reg holes), after the prefixes.
  if (!v && key >= 0xd8 && key <= 0xdf && p + 1 < limit && bytes[p + 1]! >> 6 === 3) {
    return { length: p + 2 - offset, text: [...Array.from(bytes.subarray(offset, p), prefixName), "(bad)"].join(" ") };
  }
  const bad = badEnd(bytes, opcodeStart, limit);
  if (!bad) return undefined;
  // Stopped before the whole prefix was read, the prefixes before it are still printed.
  const names = bad.early ? Array.from(bytes.subarray(offset, opcodeStart), prefixName) : [];
  return { length: bad.end - offset, text: [...names, "(bad)"].join(" ") };
}

/**
 * Where i386-dis stops reading an undecodable VEX, EVEX, XOP or two-byte (0f) opcode at `p`:
 * it prints `(bad)` for everything up to there, prefixes included. A VEX prefix is read up
 * to its opcode byte; an EVEX one stops early at an invalid map (after 62) or a clear
 * P1 bit 2 (after P0); XOP (8f with map 8–10) is VEX-shaped; 0f xx ends at xx.
 */
function badEnd(bytes: Uint8Array, p: number, limit: number): { end: number; early: boolean } | undefined {
  const b1 = bytes[p + 1];
  if (b1 === undefined || p + 1 >= limit) return undefined;
  let end: number;
  switch (bytes[p]) {
    case 0xc5: end = p + 3; break;
    case 0xc4: end = (b1 & 0x1f) >= 1 && (b1 & 0x1f) <= 3 ? p + 4 : p + 1; break;
    case 0x62: end = ![1, 2, 3, 5, 6].includes(b1 & 0xf) ? p + 1 : ((bytes[p + 2] ?? 0) & 4) === 0 ? p + 2 : p + 5; break;
    case 0x8f: if ((b1 & 0x1f) < 8 || (b1 & 0x1f) > 10) return undefined; end = p + 4; break;
    case 0x0f: if (b1 === 0x38 || b1 === 0x3a) return undefined; end = p + 2; break;
    default: return undefined;
  }
  const early = (bytes[p] === 0xc4 || bytes[p] === 0x62) && end <= p + 2;
  return end <= limit ? { end, early } : undefined;
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
    if (form.modrm === "r" && !form.operands.includes("sreg")) used.rex |= pre.rex & 4;
  }
  if (form.opReg) used.rex |= pre.rex & 1;

  // Prefixes the row did not use are printed, but a segment override goes into the memory
  // operand: in 64-bit mode only %fs and %gs override (the last one given), and when one does,
  // objdump counts the last segment prefix of any kind as the used one (`gs and %ah,%fs:(%rcx)`).
  const star = /^l?(call|jmp)$/.test(form.mnemonic) ? "*" : "";
  // A string instruction's %ds:(%rsi) takes the last segment prefix whatever it is (`2e 6f` is `outsl`).
  const stringSegment = (form.implicit ?? []).some((i) => i.startsWith("%ds:"));
  const overridable = mem !== undefined || form.operands.includes("moffs") || stringSegment;
  let segment = "";
  let lastSegment = -1;
  pre.legacy.forEach((b, i) => {
    if (SEGMENTS[b] === undefined) return;
    lastSegment = i;
    if (b === 0x64 || b === 0x65) segment = `%${SEGMENTS[b]}:`;
  });
  if (!overridable) segment = "";
  if (addr32 && (form.implicit ?? []).some((i) => i.includes("(%r"))) useLegacy(0x67);
  // A conditional branch takes a lone %cs or %ds as a branch hint: `jo,pt` (ds), `jo,pn` (cs).
  let hint = "";
  const conditional = form.operands.some((k) => k === "rel8" || k === "rel32") && !/^(jmp|call)$/.test(form.mnemonic);
  const hints = pre.legacy.filter((b) => b === 0x2e || b === 0x3e);
  if (conditional && hints.length && hints.every((b) => b === hints[0])) {
    hint = hints[0] === 0x3e ? ",pt" : ",pn";
    pre.legacy.forEach((b, i) => (b === hints[0] ? used.legacy.add(i) : undefined));
  }
  const names: string[] = [];
  let unexplained = 0;
  pre.legacy.forEach((b, i) => {
    if (used.legacy.has(i) || ((segment || stringSegment) && i === lastSegment)) return;
    if (b === 0xf0) names.push("lock");
    else if (b === 0xf3 && form.implicit) names.push("rep");
    else if (b === 0x3e && star) names.push("notrack"); // CET: an indirect branch without endbr64 check
    else {
      unexplained++;
      names.push(prefixName(b));
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
    else if (kind === "moffs") {
      const n = addr32 ? 4 : 8;
      if (p + n > limit) return undefined;
      texts.push(segment + "0x" + readLE(bytes, p, n).toString(16));
      p += n;
    } else if (kind.startsWith("imm") || kind.startsWith("rel")) {
      const n = Number(/\d+/.exec(kind)![0]) / 8;
      if (p + n > limit) return undefined;
      const v = readLE(bytes, p, n);
      p += n;
      if (kind.startsWith("rel")) {
        target = BigInt.asUintN(64, address + BigInt(p - start) + sext(v, n * 8));
        texts.push(printAddress(target));
      } else texts.push("$0x" + (kind.endsWith("s") ? BigInt.asUintN(size * 8, sext(v, n * 8)) : v).toString(16));
    } else if (form.opReg) texts.push(reg(r!, (bytes[opAt + form.opcode.length - 1]! & 7) | ((pre.rex & 1) << 3)));
    else if (kind === "sreg") texts.push("%" + (["es", "cs", "ss", "ds", "fs", "gs"][modrm!.reg] ?? "?"));
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
  // String operands: a 67 prefix makes them %esi/%edi/%ebx, a %fs/%gs override replaces %ds.
  for (const imp of form.implicit ?? []) {
    if (imp === "acc") texts.push(reg({ kind: "gpr", size }, 0));
    else texts.push((segment && imp.startsWith("%ds:") ? segment + imp.slice(4) : imp).replace(/%r(si|di|bx)/, addr32 ? "%e$1" : "%r$1"));
  }
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
    names.push(prefixName(0x40 | pre.rex));
  }

  const length = p - start;
  const memory = mem !== undefined || (form.implicit ?? []).some((i) => i.includes("("));
  const suffixed = form.suffix && form.size !== undefined && !form.default64 && !gprShown && memory;
  names.push(form.mnemonic + (suffixed ? "bwlq"[[1, 2, 4, 8].indexOf(form.size!)]! : "") + hint);
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
