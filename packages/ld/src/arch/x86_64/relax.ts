// x86-64 relaxation, as GNU ld does it (psABI §B.2 "Optimize GOTPCRELX Relocations" and
// Ulrich Drepper's "ELF Handling For Thread-Local Storage", §5.5 "x86-64 Linker Optimizations").
// The assembler marks each GOT load it emits with GOTPCRELX (REX_GOTPCRELX with a REX prefix),
// promising the instruction is one the linker may rewrite. When the symbol's address is known
// at link time the GOT slot is not needed:
//
//   8b /r   mov  foo@GOTPCREL(%rip), %reg  →  c7 /0  mov $foo, %reg              (32S / 32: in a
//                                               fixed-address executable, where foo < 2 GiB)
//   8b /r   mov  foo@GOTPCREL(%rip), %reg  →  8d /r  lea  foo(%rip), %reg         (PC32: PIC output)
//   ff 15   call *foo@GOTPCREL(%rip)       →  67 e8  addr32 call foo             (PC32)
//   ff 25   jmp  *foo@GOTPCREL(%rip)       →  e9 .. 90  jmp foo; nop             (PC32)
//
// Initial-exec TLS in an executable, for a symbol defined in it, becomes local-exec
// (the offset from %fs is a link-time constant):
//
//   [REX] 8b /r  mov foo@GOTTPOFF(%rip), %reg  →  [REX] c7 c0+reg  mov $tpoff, %reg      (TPOFF32)
//   [REX] 03 /r  add foo@GOTTPOFF(%rip), %reg  →  [REX] 8d 80+reg  lea tpoff(%reg), %reg (TPOFF32;
//                                                   %rsp/%r12 take  81 c0+reg  add $tpoff)
//
// The ModRM byte's reg field moves to r/m, so the REX prefix's R bit (0x04) becomes B (0x01).

import { R_X86_64 } from "@glass/elf";
import type { RelaxQuery } from "../arch.js";

const REX_W = 0x08;
const REX_R = 0x04;
const REX_B = 0x01;
const isRex = (b: number | undefined): boolean => b !== undefined && (b & 0xf0) === 0x40;

export function relaxX86_64(q: RelaxQuery): boolean {
  const { rel, data } = q;
  const at = Number(rel.r_offset);
  if (at < 2) return false;
  const opcode = data[at - 2]!;
  const modrm = data[at - 1]!;
  const reg = (modrm >> 3) & 7;

  if (rel.r_type === R_X86_64.GOTPCRELX || rel.r_type === R_X86_64.REX_GOTPCRELX) {
    if (opcode === 0x8b && q.binding !== "import" && !q.pic) {
      const rex = rel.r_type === R_X86_64.REX_GOTPCRELX && isRex(data[at - 3]) ? data[at - 3]! : 0;
      if (rex) data[at - 3] = (rex & ~REX_R) | (rex & REX_R ? REX_B : 0);
      data.set([0xc7, 0xc0 | reg], at - 2);
      rel.r_type = rex & REX_W ? R_X86_64["32S"] : R_X86_64["32"];
      rel.r_addend = 0n;
      return true;
    }
    if (q.binding === "local") {
      if (opcode === 0x8b) {
        data[at - 2] = 0x8d;
      } else if (opcode === 0xff && modrm === 0x15) {
        data.set([0x67, 0xe8], at - 2);
      } else if (opcode === 0xff && modrm === 0x25) {
        data[at - 2] = 0xe9;
        data.copyWithin(at - 1, at, at + 4);
        data[at + 3] = 0x90;
        rel.r_offset -= 1n;
      } else return false;
      rel.r_type = R_X86_64.PC32;
      return true;
    }
    return false;
  }

  if (rel.r_type === R_X86_64.GOTTPOFF && q.binding === "local" && q.executable) {
    const rex = isRex(data[at - 3]) ? data[at - 3]! : 0;
    const toB = (r: number): number => (r & ~REX_R) | (r & REX_R ? REX_B : 0);
    if (opcode === 0x8b) {
      if (rex) data[at - 3] = toB(rex);
      data.set([0xc7, 0xc0 | reg], at - 2);
    } else if (opcode === 0x03 && reg === 4) {
      if (rex) data[at - 3] = toB(rex);
      data.set([0x81, 0xc0 | reg], at - 2);
    } else if (opcode === 0x03) {
      if (rex) data[at - 3] = rex & REX_R ? rex | REX_B : rex;
      data.set([0x8d, 0x80 | reg | (reg << 3)], at - 2);
    } else return false;
    rel.r_type = R_X86_64.TPOFF32;
    rel.r_addend = 0n;
    return true;
  }
  return false;
}
