// Frame layout, shared by both back ends. Glass's register allocation is the simplest
// correct one: every IR temp has its own 8-byte frame cell, and registers are only
// scratch space within one IR instruction (like gcc -O0, which keeps every variable in
// memory); placement.ts lets many temps skip their cell. The frame is:
//
//   higher addresses   incoming stack arguments
//                      saved frame pointer / return address (target-specific)
//                      locals area: register save area (variadic functions only, 16-aligned),
//                      IR slots (by alignment), then one cell per temp
//   sp (16-aligned) →  outgoing stack-argument area for the largest call
//
// Offsets below are from the start (lowest address) of the locals area.

import type { IRFunction } from "../ir/ir.js";
import type { Abi } from "./abi.js";
import { callArgs, stackArgBytes, type RegisterFile } from "./calls.js";

export interface Frame {
  /** Offset of each slot (by slot id) in the locals area. */
  slotOffset: number[];
  /** Offset of each temp's cell (by temp id) in the locals area. */
  tempOffset: (id: number) => number;
  /** Offset of the register save area of a variadic function. */
  regSaveOffset: number;
  /** Size of the locals area, a multiple of 16. */
  localsSize: number;
  /** Size of the outgoing-argument area at the bottom of the frame, a multiple of 16. */
  outgoingSize: number;
}

const alignTo = (n: number, a: number) => Math.ceil(n / a) * a;

export function layoutFrame(f: IRFunction, regs: RegisterFile, abi: Abi, saveArea: number): Frame {
  let size = f.variadic ? saveArea : 0;
  const slotOffset: number[] = [];
  for (const s of f.slots) {
    size = alignTo(size, s.align);
    slotOffset[s.id] = size;
    size += Math.max(1, s.size);
  }
  const tempsStart = alignTo(size, 8);
  const localsSize = alignTo(tempsStart + f.tempCount * 8, 16);
  let outgoing = 0;
  for (const b of f.blocks)
    for (const i of b.instrs) if (i.op === "call") outgoing = Math.max(outgoing, stackArgBytes(callArgs(i, abi), regs));
  return {
    slotOffset,
    tempOffset: (id) => tempsStart + id * 8,
    regSaveOffset: 0,
    localsSize,
    outgoingSize: alignTo(outgoing, 16),
  };
}
