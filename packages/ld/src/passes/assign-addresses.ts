// Address assignment: give every segment, output section and input section its file offset
// and virtual address. From here on, addresses are final.
//
// An ET_EXEC starts at the target's base address (0x400000), an ET_DYN (PIE or shared object)
// at 0, where the dynamic linker adds the load base. The ELF header and program
// headers at the start of the first PT_LOAD, as the kernel's AT_PHDR expects. The kernel maps
// each PT_LOAD by pages, so a segment's file offset and address must be congruent modulo the
// page size. With separate code (x86-64) the code and read-only segments start on a fresh page
// of the file and of memory, as GNU ld's `-z separate-code` does; otherwise, and always for the
// data segment, the next segment's address is the next page boundary plus the current file
// offset's position inside its page, so the file has no padding. The data segment then moves
// up so that PT_GNU_RELRO ends on a page boundary, as GNU ld's DATA_SEGMENT_RELRO_END does. .bss (SHT_NOBITS) takes addresses but no file bytes: it is last in its segment,
// where p_memsz > p_filesz. .tbss is the exception: it is the zeroed tail of the TLS template,
// which each thread copies; it takes no room in the segment, so what follows shares its address.

import { ELF64_EHDR_SIZE, ELF64_PHDR_SIZE, SHF_TLS, SHT_NOBITS } from "@glass/elf";
import { PF_W } from "@glass/elf";
import type { LinkContext, OutputSection, Segment } from "../context.js";
import { separateCode } from "../context.js";
import { programHeaderCount, relroRange, roomOf } from "./program-headers.js";
import { alignUp } from "../arch/arch.js";

const alignDown = (x: bigint, a: bigint): bigint => x - (x % a);

export function assignAddresses(ctx: LinkContext): void {
  const page = ctx.arch.pageSize;
  let offset = BigInt(ELF64_EHDR_SIZE + ELF64_PHDR_SIZE * programHeaderCount(ctx));
  let addr = ctx.imageBase + offset;

  ctx.segments.forEach((seg, i) => {
    if (i === 0) {
      seg.p_offset = 0n;
      seg.p_vaddr = ctx.imageBase;
      [addr, offset] = placeSegment(seg, addr, offset);
      return;
    }
    // Separate code starts the code and read-only segments on fresh file pages; the data
    // segment only needs its address congruent to its offset (GNU's DATA_SEGMENT_ALIGN).
    const writable = (seg.p_flags & PF_W) !== 0;
    if (separateCode(ctx) && !writable) offset = alignUp(offset, page);
    const start = { addr: alignUp(addr, page) + (offset % page), offset };
    [addr, offset] = placeSegment(seg, start.addr, start.offset);
    const relro = writable ? relroRange(ctx) : undefined;
    if (relro && relro.end % page !== 0n) {
      // Move the segment up so PT_GNU_RELRO ends on a page boundary (the page ld.so protects
      // holds nothing written later), as GNU ld's DATA_SEGMENT_RELRO_END does: walking back
      // from that end over the RELRO sections, each goes as high as its alignment allows.
      const floors = new Map<OutputSection, bigint>();
      let base = alignUp(relro.end, page) - relro.tail;
      for (let j = relro.sections.length - 1; j >= 0; j--) {
        const s = relro.sections[j]!;
        base = alignDown(base - roomOf(s), s.sh_addralign);
        floors.set(s, base);
      }
      [addr, offset] = placeSegment(seg, base, start.offset + ((((base - start.offset) % page) + page) % page), floors);
    }
  });
}

/**
 * Gives the segment and its sections their addresses from `addr` and offsets from `offset`
 * (no section below its `floors` address); returns where they end.
 */
function placeSegment(seg: Segment, addr: bigint, offset: bigint, floors?: Map<OutputSection, bigint>): [bigint, bigint] {
  let fileEnd = offset;
  for (const out of seg.sections) {
    layoutMembers(out);
    let aligned = alignUp(addr, out.sh_addralign);
    const floor = floors?.get(out);
    if (floor !== undefined && floor > aligned) aligned = floor;
    if (out.sh_type !== SHT_NOBITS) offset += aligned - addr;
    addr = aligned;
    out.sh_addr = addr;
    out.sh_offset = offset;
    const tbss = out.sh_type === SHT_NOBITS && (out.sh_flags & SHF_TLS) !== 0n;
    if (!tbss) addr += out.size;
    if (out.sh_type !== SHT_NOBITS) {
      offset += out.size;
      fileEnd = offset;
    }
  }
  // A segment starts at its first section, past any alignment padding (as GNU ld's do).
  const first = seg.sections[0];
  if (!seg.headers && first) {
    seg.p_offset = first.sh_offset;
    seg.p_vaddr = first.sh_addr;
  }
  seg.p_filesz = fileEnd - seg.p_offset;
  seg.p_memsz = addr - seg.p_vaddr;
  return [addr, offset];
}

/**
 * Places input sections inside their output section, each at its own alignment. The offsets
 * are counted in numbers (one bigint per member at the end, not one per step): exact below
 * 2^53 bytes, far more than any output section a program could load.
 */
function layoutMembers(out: OutputSection): void {
  let size = 0;
  const members = out.members;
  for (let i = 0; i < members.length; i++) {
    const s = members[i]!;
    if (s.sh_addralign > out.sh_addralign) out.sh_addralign = s.sh_addralign;
    const align = Number(s.sh_addralign);
    size = Math.ceil(size / align) * align;
    s.offset = BigInt(size);
    size += Number(s.size);
  }
  out.size = BigInt(size);
}
