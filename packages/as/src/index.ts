// @glass/as: a GNU-syntax assembler producing ELF64 relocatable objects.
//
//   read statements (./assembler.ts) → lay out fragments (./layout.ts)
//   → apply fixups and collect relocations, build the object (./object.ts) → write ELF
import type { SourceFile } from "@glass/diagnostics";
import { writeRelocatable, type Machine } from "@glass/elf";
import { ARCHES } from "./arch/index.js";
import { Assembler } from "./assembler.js";
import { asmError } from "./errors.js";
import { layoutSections } from "./layout.js";
import { renderListing } from "./listing.js";
import { buildObject } from "./object.js";
import { buildEhFrame } from "./eh-frame.js";

export interface AssembleOptions {
  machine: Machine;
  /** Also return an `as -al` style listing. */
  listing?: boolean;
}

export interface AssembleResult {
  object: Uint8Array;
  listing?: string;
}

export function assemble(source: SourceFile, opts: AssembleOptions): AssembleResult {
  const arch = ARCHES[opts.machine];
  if (!arch) asmError(source, 0, `no assembler for machine '${opts.machine}'`);
  const as = new Assembler(source, arch);
  // Read every statement into sections, fragments and fixups.
  as.run();
  // Choose instruction forms and padding; from here on, addresses are final.
  layoutSections(as.sections, as.env, arch);
  // Unwind tables from the .cfi_* directives: they encode distances between code addresses.
  const ehFrame = buildEhFrame(as);
  if (ehFrame) layoutSections([ehFrame], as.env, arch);
  // Resolve fixups, turn the rest into relocations, and write the ELF file.
  const model = buildObject(as);
  const object = writeRelocatable(model);
  if (!opts.listing) return { object };
  const contents = new Map(model.sections.map((s) => [s.name, s.data]));
  return { object, listing: renderListing(source, as.listing, contents) };
}

export { ARCHES } from "./arch/index.js";
export type { AsmArch, EncodeContext, EncodedInstruction, Encoding, Fixup, InstructionStatement } from "./arch/types.js";
export type { Expr } from "./expr.js";
export { TokenCursor, type Token } from "./lex.js";
