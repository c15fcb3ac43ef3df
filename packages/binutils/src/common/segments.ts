// Which sections lie in which segment: binutils' ELF_SECTION_IN_SEGMENT_STRICT rule
// (include/elf/internal.h), used by `readelf -l`'s "Section to Segment mapping" and by the
// section-to-segment questions other tools ask. Arithmetic is modulo 2^64, as in C.

import { PT_DYNAMIC, PT_GNU_EH_FRAME, PT_GNU_RELRO, PT_GNU_STACK, PT_LOAD, PT_NOTE, PT_PHDR, PT_TLS, SHF_ALLOC, SHF_TLS, SHT_NOBITS, type ElfSection, type ProgramHeader } from "@glass/elf";

const MASK = (1n << 64n) - 1n;
const sub = (a: bigint, b: bigint): bigint => (a - b) & MASK;
const PT_GNU_SFRAME = 0x6474e554;
const PT_GNU_MBIND_LO = 0x6474e555;
const PT_GNU_MBIND_HI = PT_GNU_MBIND_LO + 0xfff;

/** A .tbss outside PT_TLS occupies no address space there (ELF_SECTION_SIZE). */
function sizeIn(s: ElfSection, p: ProgramHeader): bigint {
  const tbss = (s.sh_flags & SHF_TLS) !== 0n && s.sh_type === SHT_NOBITS && p.p_type !== PT_TLS;
  return tbss ? 0n : s.sh_size;
}

function allocOnly(type: number): boolean {
  return [PT_LOAD, PT_DYNAMIC, PT_GNU_EH_FRAME, PT_GNU_STACK, PT_GNU_RELRO, PT_GNU_SFRAME].includes(type) || (type >= PT_GNU_MBIND_LO && type <= PT_GNU_MBIND_HI);
}

export function sectionInSegment(s: ElfSection, p: ProgramHeader): boolean {
  const tls = (s.sh_flags & SHF_TLS) !== 0n;
  const alloc = (s.sh_flags & SHF_ALLOC) !== 0n;
  // .tbss is special: it only "occupies" the PT_TLS segment.
  if (tls && s.sh_type === SHT_NOBITS && p.p_type !== PT_TLS) return false;
  const kindOk = tls ? [PT_TLS, PT_GNU_RELRO, PT_LOAD].includes(p.p_type) : p.p_type !== PT_TLS && p.p_type !== PT_PHDR;
  if (!kindOk || (!alloc && allocOnly(p.p_type))) return false;
  const size = sizeIn(s, p);
  const inFile =
    s.sh_type === SHT_NOBITS ||
    (s.sh_offset >= p.p_offset && sub(s.sh_offset, p.p_offset) <= sub(p.p_filesz, 1n) && ((sub(s.sh_offset, p.p_offset) + size) & MASK) <= p.p_filesz);
  if (!inFile) return false;
  const inMemory =
    !alloc || (s.sh_addr >= p.p_vaddr && sub(s.sh_addr, p.p_vaddr) <= sub(p.p_memsz, 1n) && ((sub(s.sh_addr, p.p_vaddr) + size) & MASK) <= p.p_memsz);
  if (!inMemory) return false;
  // No empty sections at the edges of PT_DYNAMIC or PT_NOTE.
  if ((p.p_type !== PT_DYNAMIC && p.p_type !== PT_NOTE) || s.sh_size !== 0n || p.p_memsz === 0n) return true;
  const fileInside = s.sh_type === SHT_NOBITS || (s.sh_offset > p.p_offset && sub(s.sh_offset, p.p_offset) < p.p_filesz);
  const memInside = !alloc || (s.sh_addr > p.p_vaddr && sub(s.sh_addr, p.p_vaddr) < p.p_memsz);
  return fileInside && memInside;
}
