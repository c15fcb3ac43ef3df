// System V AMD64 psABI §3.1.2 (Data Representation): LP64, plain char is signed.
// §3.5.7: va_list is an array of one `__va_list_tag` record, so it decays to a pointer
// when passed to vprintf and friends.
// §3.2.3 (Parameter Passing): an aggregate of at most 16 bytes is split into eightbytes, each
// classed SSE when it holds only float/double, else INTEGER, and travels in one register per
// eightbyte; anything larger is MEMORY: copied onto the stack as an argument, and returned
// through a buffer whose address the caller passes in %rdi (and gets back in %rax).
import { scalarFields } from "../../ast/layout.js";
import { pointerTo, sizeOf, uintType, voidType, type StructType } from "../../ast/types.js";
import { abiStruct, integerPart, LP64_INT_SIZES, type Abi, type StructPassing } from "../abi.js";

const vaListTag = abiStruct("__va_list_tag", [
  ["gp_offset", uintType],
  ["fp_offset", uintType],
  ["overflow_arg_area", pointerTo(voidType)],
  ["reg_save_area", pointerTo(voidType)],
]);

function classify(t: StructType): StructPassing {
  const size = sizeOf(t, x86_64Abi);
  if (size > 16 || size === 0) return { kind: "memory" };
  const fields = scalarFields(t, x86_64Abi);
  const parts = [];
  for (let off = 0; off < size; off += 8) {
    const inside = fields.filter((f) => f.offset >= off && f.offset < off + 8);
    const sse = inside.length > 0 && inside.every((f) => f.float);
    if (!sse) parts.push(integerPart(off, size));
    else parts.push({ offset: off, type: inside.length === 1 && inside[0]!.size === 4 ? ("f32" as const) : ("f64" as const) });
  }
  return { kind: "regs", parts };
}

export const x86_64Abi: Abi = {
  intSize: LP64_INT_SIZES, pointerSize: 8, charIsSigned: true,
  vaListType: { kind: "array", of: vaListTag, length: 1 },
  passStruct: classify,
  returnStruct: classify,
  indirectResultInFirstArg: true,
  stackExhaustsRegisters: false,
};
