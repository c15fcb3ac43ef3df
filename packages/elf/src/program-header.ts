// Decoding one Elf64_Phdr, the 56-byte record that tells a loader what to map (gABI
// "Program Header"). Shared by the bounds-checked reader and by the loader simulator, which
// applies the kernel's own checks; callers make sure the record lies inside the file.
import { ELF64_PHDR_SIZE } from "./constants.js";
import type { ProgramHeader } from "./model.js";

export function decodeProgramHeader(bytes: Uint8Array, at: number): ProgramHeader {
  const v = new DataView(bytes.buffer, bytes.byteOffset + at, ELF64_PHDR_SIZE);
  return {
    p_type: v.getUint32(0, true),
    p_flags: v.getUint32(4, true),
    p_offset: v.getBigUint64(8, true),
    p_vaddr: v.getBigUint64(16, true),
    p_paddr: v.getBigUint64(24, true),
    p_filesz: v.getBigUint64(32, true),
    p_memsz: v.getBigUint64(40, true),
    p_align: v.getBigUint64(48, true),
  };
}
