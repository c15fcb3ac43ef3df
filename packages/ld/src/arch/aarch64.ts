// AArch64 ("ELF for the Arm 64-bit Architecture", section 5.7 "Relocation"; PLT: section
// 6.4 "Procedure Linkage Table"). Page(x) clears the low 12 bits (ADRP works on 4 KiB pages
// whatever the max page size); the *_LO12_NC forms take the low bits of S + A and the field
// writer scales them by the access size. Those low bits do not change when the image moves
// by whole pages, so in a dynamic link they count as "relative" like ADRP. TLS is variant I:
// the thread pointer (TPIDR_EL0) points at a 16-byte thread control block, the TLS block
// follows it. GNU ld does not relax GOT loads on AArch64 (glibc's libc.a reaches its GOT with
// LD64_GOTPAGE_LO15, 32 KiB from `_GLOBAL_OFFSET_TABLE_`); Glass does not relax TLS IE to LE.

import { MACHINES, R_AARCH64 } from "@glass/elf";
import { aarch64RelocField } from "@glass/isa/reloc-fields";
import { alignUp, page, type Arch, type PltHooks, type RelocRule, type VeneerHooks } from "./arch.js";

const pcRelative: RelocRule = { kind: "relative", formula: ({ S, A, P }) => S + A - P };
/** ADR and LDR (literal): ±1 MiB from the instruction, so never to another module. */
const nearPcRelative: RelocRule = { ...pcRelative, bindsLocally: true };
const lowBits: RelocRule = { kind: "relative", formula: ({ S, A }) => S + A };
const call: RelocRule = { kind: "call", formula: ({ S, A, P }) => S + A - P };

const relocs = new Map<number, RelocRule>([
  [R_AARCH64.ABS64, { kind: "word", formula: ({ S, A }) => S + A }],
  [R_AARCH64.ABS32, { kind: "absolute", formula: ({ S, A }) => S + A }],
  [R_AARCH64.PREL64, pcRelative],
  [R_AARCH64.PREL32, pcRelative],
  [R_AARCH64.CALL26, call],
  [R_AARCH64.JUMP26, call],
  [R_AARCH64.CONDBR19, pcRelative],
  [R_AARCH64.TSTBR14, pcRelative],
  [R_AARCH64.LD_PREL_LO19, nearPcRelative],
  [R_AARCH64.ADR_PREL_LO21, nearPcRelative],
  [R_AARCH64.ADR_PREL_PG_HI21, { kind: "relative", formula: ({ S, A, P }) => page(S + A) - page(P), bindsLocally: true }],
  [R_AARCH64.ADD_ABS_LO12_NC, lowBits],
  [R_AARCH64.LDST8_ABS_LO12_NC, lowBits],
  [R_AARCH64.LDST16_ABS_LO12_NC, lowBits],
  [R_AARCH64.LDST32_ABS_LO12_NC, lowBits],
  [R_AARCH64.LDST64_ABS_LO12_NC, lowBits],
  [R_AARCH64.LDST128_ABS_LO12_NC, lowBits],
  // G(GDAT(S + A)): the address of a GOT slot; the slot holds S (gcc always emits A = 0 here).
  [R_AARCH64.ADR_GOT_PAGE, { kind: "got", formula: ({ G, P }) => page(G) - page(P) }],
  [R_AARCH64.LD64_GOT_LO12_NC, { kind: "got", formula: ({ G }) => G }],
  [R_AARCH64.LD64_GOTPAGE_LO15, { kind: "got", formula: ({ G, GOT }) => G - page(GOT) }],
  // TPREL(S + A) = S + A - TP; G(GTPREL(S + A)): a GOT slot holding it.
  [R_AARCH64.TLSLE_ADD_TPREL_HI12, { kind: "tpoff", formula: ({ S, A, TP }) => S + A - TP }],
  [R_AARCH64.TLSLE_ADD_TPREL_LO12_NC, { kind: "tpoff", formula: ({ S, A, TP }) => S + A - TP }],
  [R_AARCH64.TLSIE_ADR_GOTTPREL_PAGE21, { kind: "gotTpoff", formula: ({ G, P }) => page(G) - page(P) }],
  [R_AARCH64.TLSIE_LD64_GOTTPREL_LO12_NC, { kind: "gotTpoff", formula: ({ G }) => G }],
]);

/** ADRP xN, Page(target) at `buf[at]`, which sits at address `place`. */
function adrp(buf: Uint8Array, at: number, target: bigint, place: bigint): void {
  aarch64RelocField(R_AARCH64.ADR_PREL_PG_HI21, buf, at, page(target) - page(place));
}
const le32 = (...words: number[]): number[] => words.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24]);

const plt: PltHooks = {
  headerSize: 32n,
  entrySize: 16n,
  writeHeader(buf, plt, gotPlt) {
    buf.set(le32(
      0xa9bf7bf0, // stp  x16, x30, [sp, #-16]!
      0x90000010, // adrp x16, Page(GOTPLT+16)
      0xf9400211, // ldr  x17, [x16, #:lo12:GOTPLT+16]   _dl_runtime_resolve
      0x91000210, // add  x16, x16, #:lo12:GOTPLT+16     the resolver finds the slot from x16
      0xd61f0220, // br   x17
      0xd503201f, // nop
      0xd503201f, // nop
      0xd503201f, // nop
    ));
    adrp(buf, 4, gotPlt + 16n, plt + 4n);
    aarch64RelocField(R_AARCH64.LDST64_ABS_LO12_NC, buf, 8, gotPlt + 16n);
    aarch64RelocField(R_AARCH64.ADD_ABS_LO12_NC, buf, 12, gotPlt + 16n);
  },
  writeEntry(buf, at, entry, slot) {
    buf.set(le32(
      0x90000010, // adrp x16, Page(slot)
      0xf9400211, // ldr  x17, [x16, #:lo12:slot]        the function, once bound
      0x91000210, // add  x16, x16, #:lo12:slot
      0xd61f0220, // br   x17
    ), at);
    adrp(buf, at, slot, entry);
    aarch64RelocField(R_AARCH64.LDST64_ABS_LO12_NC, buf, at + 4, slot);
    aarch64RelocField(R_AARCH64.ADD_ABS_LO12_NC, buf, at + 8, slot);
  },
  // Until bound, every slot leads to PLT0.
  lazySlot: (_entry, plt) => plt,
  // The IFUNC stub is an ordinary PLT entry: the resolver's result lands in its slot.
  ipltEntrySize: 16n,
  writeIpltEntry(buf, at, entry, slot) {
    plt.writeEntry(buf, at, entry, slot, 0, 0n);
  },
};

/**
 * GNU ld's veneers (elfnn-aarch64.c, aarch64_adrp_branch_stub): a group starts with a branch
 * over it (code may fall into it), padded to 8 bytes; each veneer is `__<sym>_veneer`, 16
 * bytes with its padding. IP0 (x16) is the AAPCS64's intra-procedure-call scratch register,
 * free for a linker to use between a call and its callee. ADRP reaches ±4 GiB.
 */
const veneers: VeneerHooks = {
  reach: 1n << 27n, // B and BL: a signed 26-bit word offset, ±128 MiB
  headerSize: 8n,
  entrySize: 16n,
  symbolSize: 12n,
  writeHeader(buf, at, end) {
    buf.set(le32(0x14000000, 0xd503201f), 0); // b end; nop
    aarch64RelocField(R_AARCH64.JUMP26, buf, 0, end - at);
  },
  writeEntry(buf, offset, at, target) {
    buf.set(le32(
      0x90000010, // adrp x16, Page(target)
      0x91000210, // add  x16, x16, #:lo12:target
      0xd61f0200, // br   x16
      0x00000000,
    ), offset);
    return aarch64RelocField(R_AARCH64.ADR_PREL_PG_HI21, buf, offset, page(target) - page(at)) ??
      aarch64RelocField(R_AARCH64.ADD_ABS_LO12_NC, buf, offset + 4, target);
  },
};

export const aarch64: Arch = {
  machine: "aarch64",
  e_machine: MACHINES.aarch64.e_machine,
  pageSize: MACHINES.aarch64.maxPageSize,
  base: 0x400000n,
  separateCode: false,
  relocs,
  writeField: aarch64RelocField,
  extraBssSymbols: { start: ["__bss_start__"], end: ["_bss_end__", "__bss_end__", "__end__"] },
  dynamicLinker: "/lib/ld-linux-aarch64.so.1",
  dynamicRelocs: {
    relative: R_AARCH64.RELATIVE,
    symbolic: R_AARCH64.ABS64,
    globDat: R_AARCH64.GLOB_DAT,
    jumpSlot: R_AARCH64.JUMP_SLOT,
    copy: R_AARCH64.COPY,
    irelative: R_AARCH64.IRELATIVE,
    tpoff: R_AARCH64.TLS_TPREL64,
  },
  plt,
  gotSymbolSection: ".got",
  threadPointer: (tls) => tls.start - alignUp(16n, tls.align),
  relax: () => false,
  veneers,
  // GNU ld (elfnn-aarch64.c) says "which may bind externally" and adds a "dangerous relocation"
  // line at the place; for ABS32 it names the symbol without "symbol" and suggests nothing.
  nonPicError: (q) =>
    q.absolute
      ? { message: `${q.file}: relocation ${q.reloc} against \`${q.target}' can not be used when making a shared object`, dangerous: false }
      : {
          message: `${q.file}: relocation ${q.reloc} against symbol \`${q.target}' which may bind externally can not be used when making a shared object; recompile with -fPIC`,
          dangerous: true,
        },
};
