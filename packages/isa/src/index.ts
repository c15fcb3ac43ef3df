// @glass/isa: one instruction table per architecture, driving encoding (and decoding).
export type { RelocFieldWriter } from "./types.js";
export * as x86_64 from "./x86_64/index.js";
export { x86_64RelocField } from "./x86_64/reloc-fields.js";
export { decodeX86, type X86Decoded, type AddressPrinter } from "./x86_64/decode.js";
// AArch64 (A64)
export { encodeA64, type EncodeResult } from "./aarch64/encode.js";
export { decodeA64 } from "./aarch64/decode.js";
export { a64Table, type TableRow as A64TableRow } from "./aarch64/table.js";
export { encodeBitmask, decodeBitmask } from "./aarch64/bitmask.js";
export { aarch64RelocField } from "./aarch64/reloc-fields.js";
export type { Fixup as A64Fixup } from "./aarch64/operand-kinds.js";
export {
  conditionCode,
  type Operand as A64Operand, type Reg as A64Reg, type Imm as A64Imm, type FImm as A64FImm, type Shift as A64Shift,
  type Extend as A64Extend, type Mem as A64Mem, type Symbolic as A64Symbolic, type Value as A64Value,
  type RegClass as A64RegClass, type ShiftOp as A64ShiftOp, type ExtendOp as A64ExtendOp,
  type VReg as A64VReg, type VList as A64VList, type Arrangement as A64Arrangement, type ElementSize as A64ElementSize,
} from "./aarch64/operand.js";
