// Types shared by both instruction sets.
//
// A relocation has two halves: a formula that computes a value (S + A - P, Page(S+A) -
// Page(P) …), which belongs to whoever knows S and P (the assembler for a label in the same
// section, the linker otherwise), and a field the value is written into (a rel32 after an
// opcode, the imm26 of a `bl`, the immhi:immlo of an `adrp`). The field half is an ISA fact
// and lives here, once, for the assembler and the linker alike.

/**
 * Writes `value` (already computed by the relocation's formula) into the field that a
 * relocation of `type` patches at `offset` in `buf`. Returns an error message when the value
 * does not fit or is misaligned, otherwise undefined.
 */
export type RelocFieldWriter = (type: number, buf: Uint8Array, offset: number, value: bigint) => string | undefined;
