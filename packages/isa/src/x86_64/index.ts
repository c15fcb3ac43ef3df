// x86-64: registers, the instruction table, its encoder, and the relocation field writer.
export { REGISTERS, type Register } from "./registers.js";
export { FORMS, CONDITIONS, type InstructionForm, type OperandKind, type OperandSize, type Vex } from "./table.js";
export { encodeX86, encodeForm, candidates, type Operand, type Field, type X86Encoding } from "./encode.js";
export { x86_64RelocField } from "./reloc-fields.js";
export { decodeX86, type X86Decoded, type AddressPrinter } from "./decode.js";
