// --build-id: a .note.gnu.build-id that names this exact output (gABI "Note Section"; the
// GNU build ID convention). The note is an NT_GNU_BUILD_ID (3) owned by "GNU", whose 20-byte
// descriptor is, as with GNU ld's default `--build-id=sha1`, the SHA-1 of the whole output
// file written with the descriptor still zero. Debuggers, `file` and debuginfod match a
// binary with its separate debug info by it. Layout puts it among the notes after
// .note.gnu.property, where GNU ld puts it, in the first PT_LOAD.

import { SHF_ALLOC, SHT_NOTE } from "@glass/elf";
import type { InputSection, LinkContext, ObjectFile } from "../context.js";
import { sha1 } from "../util/sha1.js";

const NT_GNU_BUILD_ID = 3;
/** namesz, descsz, type, "GNU\0": the descriptor follows. */
const headerSize = 16;

export function createBuildId(ctx: LinkContext): void {
  if (!ctx.options.buildId) return;
  const file: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };
  const data = new Uint8Array(headerSize + 20);
  const view = new DataView(data.buffer);
  view.setUint32(0, 4, true);
  view.setUint32(4, 20, true);
  view.setUint32(8, NT_GNU_BUILD_ID, true);
  data.set([0x47, 0x4e, 0x55, 0], 12); // "GNU"
  const note: InputSection = {
    file, index: -1, name: ".note.gnu.build-id", sh_type: SHT_NOTE, sh_flags: SHF_ALLOC, sh_addralign: 4n,
    size: BigInt(data.length), data, relocations: [], live: true, offset: 0n,
  };
  file.sections.push(note);
  ctx.files.push(file);
}

/** Hashes the written file and puts the hash in the note's descriptor. */
export function fillBuildId(ctx: LinkContext, output: Uint8Array): void {
  const out = ctx.outputSections.find((s) => s.name === ".note.gnu.build-id");
  if (!ctx.options.buildId || !out) return;
  output.set(sha1(output), Number(out.sh_offset) + headerSize);
}
