// AAPCS64 §10.1 (Arm C and C++ language mappings, data types): LP64 on Linux, and plain
// char is UNSIGNED (`unsigned char` in Table 3), unlike x86-64.
// §B.3 (Appendix B, variable argument lists): va_list is a 32-byte record passed by value.
// §6.8.2 (Parameter passing): a Homogeneous Floating-point Aggregate (one to four members of
// the same float type) travels in consecutive v registers; other composites of at most 16
// bytes in one or two x registers; larger ones are copied by the caller and passed by
// address. Results: HFAs in v0–v3, small composites in x0/x1, others through a buffer whose
// address the caller passes in x8.
import { scalarFields } from "../../ast/layout.js";
import { intType, pointerTo, sizeOf, voidType, type StructType } from "../../ast/types.js";
import { abiStruct, integerPart, LP64_INT_SIZES, type Abi, type StructPart, type StructPassing } from "../abi.js";

/** The parts of a Homogeneous Floating-point Aggregate (§5.9.5): every scalar inside — in
 *  nested structs, arrays and union members alike — is the same float type, and the
 *  aggregate is one to four of them with no padding (a union counts its widest member). */
function hfa(t: StructType): StructPart[] | undefined {
  const fields = scalarFields(t, aarch64Abi);
  const base = fields[0]?.size;
  if (!base || !fields.every((f) => f.float && f.size === base)) return undefined;
  const count = sizeOf(t, aarch64Abi) / base;
  if (!Number.isInteger(count) || count > 4) return undefined;
  return Array.from({ length: count }, (_, k) => ({ offset: k * base, type: base === 4 ? "f32" : "f64" }));
}

function classify(t: StructType, large: "reference" | "memory"): StructPassing {
  const parts = hfa(t);
  if (parts) return { kind: "regs", parts };
  const size = sizeOf(t, aarch64Abi);
  if (size > 16) return { kind: large };
  const out: StructPart[] = [];
  for (let off = 0; off < size; off += 8) out.push(integerPart(off, size));
  return { kind: "regs", parts: out };
}

export const aarch64Abi: Abi = {
  intSize: LP64_INT_SIZES, pointerSize: 8, charIsSigned: false,
  vaListType: abiStruct("__va_list", [
    ["__stack", pointerTo(voidType)],
    ["__gr_top", pointerTo(voidType)],
    ["__vr_top", pointerTo(voidType)],
    ["__gr_offs", intType],
    ["__vr_offs", intType],
  ]),
  passStruct: (t) => classify(t, "reference"),
  returnStruct: (t) => classify(t, "memory"),
  indirectResultInFirstArg: false,
  stackExhaustsRegisters: true,
};
