// IFUNC in a static link (GNU extension STT_GNU_IFUNC; glibc's memcpy, strlen … pick an
// implementation for the CPU at start-up). The symbol's value is not the function but a
// resolver returning the function's address. Nothing can call the resolver's address, so
// each IFUNC symbol gets:
//
//   .iplt      a stub, `jmp *slot` (arch hook), which stands for the function everywhere:
//              calls, taken addresses and GOT slots all use the stub's address
//   .igot.plt  the slot, first holding the resolver's address
//   .rela.iplt an R_*_IRELATIVE relocation: slot = resolver()
//
// There is no dynamic linker to apply the IRELATIVEs: glibc's static start-up code
// (csu/libc-start.c, apply_irel) walks them from `__rela_iplt_start` to `__rela_iplt_end`,
// symbols the linker defines around .rela.iplt. Layout bins the three into .plt, .got.plt and
// .rela.plt, as GNU ld's default script does.

import { ELF64_RELA_SIZE, SHF_ALLOC, SHF_EXECINSTR, SHF_INFO_LINK, SHF_WRITE, SHT_PROGBITS, SHT_RELA, encodeRela } from "@glass/elf";
import { ipltAddress, symbolAddress, type InputSection, type LinkContext, type ObjectFile } from "../context.js";

export function createIfuncSections(ctx: LinkContext): void {
  const count = ctx.ifuncSymbols.length;
  if (count === 0) return;
  const internal: ObjectFile = { name: "<linker>", internal: true, sections: [], elfSymbols: [], symbols: [] };
  const make = (name: string, sh_type: number, sh_flags: bigint, align: bigint, size: bigint): void => {
    internal.sections.push({
      file: internal, index: -1, name, sh_type, sh_flags, sh_addralign: align, size,
      data: new Uint8Array(Number(size)), relocations: [], live: true, offset: 0n,
    });
  };
  make(".rela.iplt", SHT_RELA, SHF_ALLOC | SHF_INFO_LINK, 8n, BigInt(count * ELF64_RELA_SIZE));
  make(".iplt", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16n, BigInt(count) * ctx.arch.plt.ipltEntrySize);
  make(".igot.plt", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8n, BigInt(count * 8));
  ctx.files.push(internal);
}

/** The IFUNC input sections, once laid out. */
export function ifuncSection(ctx: LinkContext, name: ".rela.iplt" | ".iplt" | ".igot.plt"): InputSection | undefined {
  return ctx.files.find((f) => f.internal && f.sections.some((s) => s?.name === ".iplt"))?.sections.find((s) => s?.name === name);
}

/** Writes the stubs, the slots (the resolvers' addresses) and the IRELATIVEs. */
export function fillIfuncSections(ctx: LinkContext): void {
  const [rela, iplt, slots] = [ifuncSection(ctx, ".rela.iplt"), ifuncSection(ctx, ".iplt"), ifuncSection(ctx, ".igot.plt")];
  if (!rela || !iplt || !slots) return;
  const slotsAt = slots.output!.sh_addr + slots.offset;
  const ipltAt = iplt.output!.sh_addr + iplt.offset;
  const view = new DataView(slots.data.buffer);
  rela.data.set(encodeRela(ctx.ifuncSymbols.map((sym, i) => {
    const slot = slotsAt + BigInt(i * 8);
    const stub = ipltAddress(ctx, sym)!;
    ctx.arch.plt.writeIpltEntry(iplt.data, Number(stub - ipltAt), stub, slot);
    view.setBigUint64(i * 8, symbolAddress(sym), true);
    return { r_offset: slot, r_type: ctx.arch.dynamicRelocs.irelative, r_sym: 0, r_addend: symbolAddress(sym) };
  })));
  const out = rela.output!;
  Object.assign(out, { sh_link: undefined, sh_info: ".got.plt", sh_entsize: BigInt(ELF64_RELA_SIZE) });
}
