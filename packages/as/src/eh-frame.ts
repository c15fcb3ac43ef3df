// The `.eh_frame` section, built from the recorded `.cfi_*` instructions (./cfi.ts) once code
// addresses are final (LSB 5.0 "Exception Frames"; DWARF 5 §6.4.1 for CIE and FDE fields).
//
//   CIE  length u32 | id 0 u32 | version 1 | "zR\0" | code_align uleb | data_align sleb
//        | return column uleb | augmentation length uleb 1 | FDE pointer encoding 0x1b
//        | initial instructions (the ISA's state at a call) | DW_CFA_nop padding
//   FDE  length u32 | distance back to its CIE u32 | pc_begin s32, PC-relative (a
//        R_X86_64_PC32 / R_AARCH64_PREL32 relocation) | pc_range u32 | augmentation length 0
//        | instructions, each preceded by a DW_CFA_advance_loc* when the code address moved
//        | DW_CFA_nop padding
//
// 0x1b is DW_EH_PE_pcrel | DW_EH_PE_sdata4. Like GNU as, every record is padded to a
// multiple of 4 bytes and the last one to a multiple of 8 (the section's alignment), FDEs
// with the same initial state share a CIE, and an advance uses the shortest of the four
// advance opcodes that holds the distance (in code_align units).

import { SHF_ALLOC, SHT_PROGBITS } from "@glass/elf";
import type { Assembler } from "./assembler.js";
import { DW_CFA, type CfiInstruction, type FrameDescription } from "./cfi.js";
import { asmError } from "./errors.js";
import type { Expr } from "./expr.js";
import { sleb128, uleb128 } from "./leb128.js";
import { littleEndian, type Section } from "./sections.js";
import { labelAddress } from "./symbols.js";

/** Adds `.eh_frame` to the assembler's sections when any FDE was recorded. Needs final code addresses. */
export function buildEhFrame(as: Assembler): Section | undefined {
  const { fdes, current, ehFrame } = as.frames;
  if (current) asmError(as.file, current.loc, "open CFI at the end of file; missing .cfi_endproc directive");
  if (!ehFrame || fdes.length === 0) return undefined;
  const section = as.section(".eh_frame", SHT_PROGBITS, SHF_ALLOC, 0n, false);
  as.switchTo({ section, sub: 0 });
  as.alignTo(8, 0, Infinity, false);
  const { cfi } = as.arch;
  // CIEs by their initial instructions, and where each is.
  const cies = new Map<string, number>();
  for (const [i, fde] of fdes.entries()) {
    const { initial, rest } = splitInitial(as, fde);
    const key = initial.join(",");
    if (!cies.has(key)) {
      cies.set(key, as.here().frag.bytes.length);
      record(as, [0, 0, 0, 0, 1, ...bytesOf("zR"), 0, ...uleb128(BigInt(cfi.codeAlign)), ...sleb128(BigInt(cfi.dataAlign)),
        ...uleb128(BigInt(cfi.returnColumn)), 1, 0x1b, ...initial], 4, cies.size === 1);
    }
    const at = as.here().frag.bytes.length;
    const cieDistance = littleEndian(BigInt(at + 4 - cies.get(key)!), 4);
    const body = [...cieDistance, 0, 0, 0, 0, ...littleEndian(BigInt(distance(as, fde.start, fde.end!)), 4), 0, ...instructions(as, fde.start, rest)];
    record(as, body, i === fdes.length - 1 ? 8 : 4, false, () => {
      // pc_begin: the function's start, relative to this field.
      const start: Expr = { kind: "symbol", name: fde.start, offset: fde.loc, length: 1 };
      as.here().frag.fixups.push({ at: at + 8, expr: { kind: "binary", op: "-", left: start, right: { kind: "symbol", name: fieldLabel(as, at + 8), offset: fde.loc, length: 1 }, offset: fde.loc }, dataSize: 4, loc: fde.loc });
    });
  }
  // GNU as makes the section's symbol once the records are written.
  section.order = as.symbols.nextOrder();
  return section;
}

/**
 * Emits `length` + `body` padded with DW_CFA_nop to a multiple of `align`; `fixups` runs with
 * the record's bytes in place. GNU as pads with an alignment fragment, and the first one
 * (after the first CIE) is where a mapping symbol says "data" (`mapPadding`).
 */
function record(as: Assembler, body: number[], align: number, mapPadding: boolean, fixups?: () => void): void {
  const end = as.here().frag.bytes.length + 4 + body.length;
  const padding = new Array<number>((align - (end % align)) % align).fill(DW_CFA.nop);
  as.emit([...littleEndian(BigInt(body.length + padding.length), 4), ...body]);
  if (mapPadding) as.mapping?.fragment("align");
  as.emit(padding);
  fixups?.();
}

/**
 * The CIE's initial instructions for an FDE: the ISA's state at a call (unless `simple`), then
 * — as GNU as does — the FDE's own leading instructions at the function's first address; the
 * FDE keeps the rest. FDEs whose initial instructions are equal share a CIE.
 */
function splitInitial(as: Assembler, fde: FrameDescription): { initial: number[]; rest: CfiInstruction[] } {
  const n = fde.instructions.findIndex((insn) => insn.fdeOnly || distance(as, fde.start, insn.label) !== 0);
  const lead = n < 0 ? fde.instructions.length : n;
  const initial = [...(fde.simple ? [] : as.arch.cfi.initialInstructions), ...fde.instructions.slice(0, lead).flatMap((insn) => insn.bytes)];
  return { initial, rest: fde.instructions.slice(lead) };
}

/** The FDE's instructions with the advances between the code addresses they apply at. */
function instructions(as: Assembler, start: string, list: CfiInstruction[]): number[] {
  const out: number[] = [];
  let pc = 0;
  for (const insn of list) {
    const delta = distance(as, start, insn.label) - pc;
    if (delta !== 0) out.push(...advance(delta / as.arch.cfi.codeAlign));
    pc += delta;
    out.push(...insn.bytes);
  }
  return out;
}

function advance(units: number): number[] {
  if (units < 0x40) return [DW_CFA.advance_loc | units];
  if (units < 0x100) return [DW_CFA.advance_loc1, units];
  if (units < 0x10000) return [DW_CFA.advance_loc2, ...littleEndian(BigInt(units), 2)];
  return [DW_CFA.advance_loc4, ...littleEndian(BigInt(units), 4)];
}

/** Bytes from label `from` to label `to`, which must be in one section. */
function distance(as: Assembler, from: string, to: string): number {
  const a = as.symbols.map.get(from)!;
  const b = as.symbols.map.get(to)!;
  if (a.label!.section !== b.label!.section) asmError(as.file, a.firstUse, "a CFI region (.cfi_startproc … .cfi_endproc) must stay in one section");
  return labelAddress(b) - labelAddress(a);
}

/** An internal label at offset `at` of the current fragment (the place a PC-relative field is relative to). */
function fieldLabel(as: Assembler, at: number): string {
  const name = as.dotSymbol();
  as.symbols.map.get(name)!.label!.offset = at;
  return name;
}

const bytesOf = (s: string) => [...s].map((c) => c.charCodeAt(0));
