// Address assignment: give every segment, output section and input section its file offset
// and virtual address. From here on, addresses are final.
//
// An ET_EXEC starts at the target's base address (0x400000), an ET_DYN (PIE or shared object)
// at 0, where the dynamic linker adds the load base. The ELF header and program
// headers at the start of the first PT_LOAD, as the kernel's AT_PHDR expects. The kernel maps
// each PT_LOAD by pages, so a segment's file offset and address must be congruent modulo the
// page size. With separate code (x86-64) each segment starts on a fresh page of the file and
// of memory, as GNU ld's `-z separate-code` does; otherwise the next segment's address is the
// next page boundary plus the current file offset's position inside its page, so the file has
// no padding. .bss (SHT_NOBITS) takes addresses but no file bytes: it is last in its segment,
// where p_memsz > p_filesz. .tbss is the exception: it is the zeroed tail of the TLS template,
// which each thread copies; it takes no room in the segment, so what follows shares its address.

import { ELF64_EHDR_SIZE, ELF64_PHDR_SIZE, SHF_TLS, SHT_NOBITS } from "@glass/elf";
import type { LinkContext, OutputSection } from "../context.js";
import { programHeaderCount } from "./program-headers.js";

import { alignUp } from "../arch/arch.js";

export function assignAddresses(ctx: LinkContext): void {
  const page = ctx.arch.pageSize;
  let offset = BigInt(ELF64_EHDR_SIZE + ELF64_PHDR_SIZE * programHeaderCount(ctx));
  let addr = ctx.imageBase + offset;

  ctx.segments.forEach((seg, i) => {
    if (i === 0) {
      seg.p_offset = 0n;
      seg.p_vaddr = ctx.imageBase;
    } else {
      if (ctx.arch.separateCode) offset = alignUp(offset, page);
      addr = alignUp(addr, page) + (offset % page);
      seg.p_offset = offset;
      seg.p_vaddr = addr;
    }
    for (const out of seg.sections) {
      layoutMembers(out);
      const aligned = alignUp(addr, out.sh_addralign);
      if (out.sh_type !== SHT_NOBITS) offset += aligned - addr;
      addr = aligned;
      out.sh_addr = addr;
      out.sh_offset = offset;
      const tbss = out.sh_type === SHT_NOBITS && (out.sh_flags & SHF_TLS) !== 0n;
      if (!tbss) addr += out.size;
      if (out.sh_type !== SHT_NOBITS) {
        offset += out.size;
        seg.p_filesz = offset - seg.p_offset;
      }
    }
    if (seg.headers && seg.p_filesz === 0n) seg.p_filesz = offset - seg.p_offset;
    seg.p_memsz = addr - seg.p_vaddr;
  });
}

/** Places input sections inside their output section, each at its own alignment. */
function layoutMembers(out: OutputSection): void {
  let size = 0n;
  const members = out.members;
  for (let i = 0; i < members.length; i++) {
    const s = members[i]!;
    if (s.sh_addralign > out.sh_addralign) out.sh_addralign = s.sh_addralign;
    size = alignUp(size, s.sh_addralign);
    s.offset = size;
    size += s.size;
  }
  out.size = out.synthetic ? BigInt(out.synthetic.length) : size;
}
