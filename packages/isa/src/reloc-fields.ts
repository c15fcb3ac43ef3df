// The relocation field writers alone: a light entry point (`@glass/isa/reloc-fields`) for the
// linker, which patches fields but never encodes or decodes an instruction, so it need not
// load (and build) the instruction tables that `@glass/isa` itself brings in.
export type { RelocFieldWriter } from "./types.js";
export { x86_64RelocField } from "./x86_64/reloc-fields.js";
export { aarch64RelocField } from "./aarch64/reloc-fields.js";
