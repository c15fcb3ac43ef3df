// objdump -d for x86-64: instructions from @glass/isa's decodeX86, seven raw bytes a line
// (binutils i386-dis.c sets bytes_per_line = 7), `(bad)` for bytes that are no instruction.
// An instruction cut off by the end of the block (--stop-address) is what i386-dis prints
// when it runs out of bytes: its first byte, named if it is a prefix, else `.byte 0x..`.
// Prefixes before an opcode that does not decode print by name before `(bad)`; a REX prefix
// followed by another prefix is ignored by the CPU, and printed alone.

import { decodeX86 } from "@glass/isa";
import { x86PltSymbols } from "../synthetic.js";
import type { DisasmTarget } from "../target.js";

const REX = ["", ".B", ".X", ".XB", ".R", ".RB", ".RX", ".RXB", ".W", ".WB", ".WX", ".WXB", ".WR", ".WRB", ".WRX", ".WRXB"];
const PREFIXES: Record<number, string> = {
  0x26: "es", 0x2e: "cs", 0x36: "ss", 0x3e: "ds", 0x64: "fs", 0x65: "gs", 0x66: "data16", 0x67: "addr32", 0x9b: "fwait", 0xf0: "lock", 0xf2: "repnz", 0xf3: "repz",
};

const isRex = (b: number | undefined): boolean => b !== undefined && b >= 0x40 && b <= 0x4f;

/** `rex.B` alone, or `lock (bad)`-style text and length, for undecodable bytes that start with prefixes. */
function badWithPrefixes(data: Uint8Array, offset: number, stop: number): { length: number; text: string } {
  if (isRex(data[offset]) && PREFIXES[data[offset + 1] ?? -1] && offset + 1 < stop) return { length: 1, text: firstByte(data[offset]!) };
  let n = 0;
  while (offset + n < stop && PREFIXES[data[offset + n]!] !== undefined) n++;
  if (isRex(data[offset + n]) && offset + n < stop) n++;
  // Only when the opcode after them is bad on its own too (else the decoder just lacks the prefixed form).
  if (n === 0 || offset + n >= stop || decodeX86(data.subarray(0, stop), offset + n, 0n) !== undefined) return { length: 1, text: "(bad)" };
  const names = Array.from(data.subarray(offset, offset + n), firstByte);
  return { length: n + 1, text: `${names.join(" ")} (bad)` };
}

/** i386-dis's prefix_name in 64-bit mode, or the .byte pseudo-op. */
function firstByte(b: number): string {
  if (b >= 0x40 && b <= 0x4f) return "rex" + REX[b - 0x40];
  return PREFIXES[b] ?? `.byte 0x${b.toString(16)}`;
}

export const x86Target: DisasmTarget = {
  bytesPerLine: 7,
  needsRelocs: false,
  symbolIsValid: () => true,
  pltSymbols: x86PltSymbols,
  decoder: () => (req) => {
    const d = decodeX86(req.data.subarray(0, req.end), req.offset, req.address, req.printAddress);
    if (d) return { length: d.length, text: d.text, chunk: 1 };
    // Would the bytes decode if the block went on? Then they were cut off, not bad.
    const left = req.end - req.offset;
    const padded = new Uint8Array(left + 15);
    padded.set(req.data.subarray(req.offset, req.end));
    const whole = left < 15 ? decodeX86(padded, 0, req.address, req.printAddress) : undefined;
    if (whole && whole.length > left) return { length: 1, text: firstByte(req.data[req.offset]!), chunk: 1 };
    return { ...badWithPrefixes(req.data, req.offset, req.end), chunk: 1 };
  },
};
