// Where each operand kind of the x86-64 table (./table.ts) lives in the instruction bytes and
// which register file it names — the one place the encoder and the decoder both ask.
//
// Slots (Intel SDM vol. 2 §2.1.5, §2.3.5 and §2.7.1):
//   reg    ModRM.reg (extended by REX.R / VEX.R, and EVEX.R' for vector registers 16–31)
//   rm     ModRM.rm: a register (extended by REX.B, and EVEX.X for vectors 16–31) or memory
//   vvvv   VEX.vvvv / EVEX.vvvv (inverted; EVEX.V' for vectors 16–31)
//   other  immediates (and `is4`, a register in a trailing imm8's high nibble), branch
//          displacements and fixed registers (%cl, %st, the accumulator)
// Vector kinds `V`, `V/m`, `vV` and `rV` take their width from the row's VEX/EVEX.L:
// %xmm (L=0), %ymm (L=1) or %zmm (L=2).

import type { Register } from "./registers.js";
import type { InstructionForm, OperandKind } from "./table.js";

export type Slot = "reg" | "rm" | "vvvv" | "other";

const SLOTS: Partial<Record<OperandKind, Slot>> = {
  r8: "reg", r16: "reg", r32: "reg", r64: "reg", xmm: "reg", V: "reg", k: "reg", sreg: "reg",
  rm8: "rm", rm16: "rm", rm32: "rm", rm64: "rm", m: "rm", rr32: "rm", rr64: "rm", rxmm: "rm", rV: "rm", rk: "rm",
  "xmm/m8": "rm", "xmm/m16": "rm", "xmm/m32": "rm", "xmm/m64": "rm", "xmm/m128": "rm", "V/m": "rm",
  vV: "vvvv", vk: "vvvv", vr32: "vvvv", vr64: "vvvv",
};

export const slotOf = (k: OperandKind): Slot => SLOTS[k] ?? "other";

/** The rm kinds that may be memory. */
export const allowsMemory = (k: OperandKind): boolean => k === "m" || k.startsWith("rm") || k.includes("/m");

/** The register file and width a register-valued kind names (undefined: not a register kind). */
export function registerOf(k: OperandKind, form: InstructionForm): { kind: Register["kind"]; size: number } | undefined {
  if (k === "acc") return { kind: "gpr", size: form.size ?? 8 };
  if (k === "ax") return { kind: "gpr", size: 2 };
  if (k === "V" || k === "V/m" || k === "vV" || k === "rV" || k === "is4") {
    const L = form.vex?.L ?? 0;
    return { kind: (["xmm", "ymm", "zmm"] as const)[L], size: 16 << L };
  }
  if (k === "xmm" || k === "rxmm" || k === "xmm0" || k.startsWith("xmm/")) return { kind: "xmm", size: 16 };
  if (k === "k" || k === "rk" || k === "vk") return { kind: "k", size: 8 };
  const gpr = /^(?:r|rm|rr|vr)(8|16|32|64)$/.exec(k);
  return gpr ? { kind: "gpr", size: Number(gpr[1]) / 8 } : undefined;
}

/** Bytes a memory operand of this kind covers (EVEX scales disp8 by it: SDM §2.7.5 "disp8*N"). */
export function memorySize(k: OperandKind, form: InstructionForm): number {
  const m = /(\d+)$/.exec(k);
  if (k.startsWith("xmm/") || k.startsWith("rm")) return Number(m![1]) / 8;
  return 16 << (form.vex?.L ?? 0);
}
