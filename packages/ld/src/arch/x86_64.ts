// x86-64 (System V AMD64 psABI, section 4.4.1 "Relocation Types"; PLT: section 5.2 "Procedure
// Linkage Table"). In a static link a PLT32 call resolves straight to the function; GOT loads
// of symbols known at link time are relaxed (x86_64/relax.ts), the others get a .got slot.
// In a dynamic link a call to an imported function goes through a lazy PLT entry, and 64-bit
// words become RELATIVE or R_X86_64_64 relocations. TLS is variant II: the thread pointer
// (%fs) points just past the TLS block, so offsets from it are negative.

import { MACHINES, R_X86_64 } from "@glass/elf";
import { x86_64RelocField } from "@glass/isa/reloc-fields";
import { alignUp, type Arch, type PltHooks, type RelocRule } from "./arch.js";
import { relaxX86_64 } from "./x86_64/relax.js";

const pcRelative: RelocRule = { kind: "relative", formula: ({ S, A, P }) => S + A - P, bindsLocally: true };
const gotRelative: RelocRule = { kind: "got", formula: ({ G, A, P }) => G + A - P }; // G + GOT + A - P

const relocs = new Map<number, RelocRule>([
  [R_X86_64["64"], { kind: "word", formula: ({ S, A }) => S + A }],
  [R_X86_64.PC32, pcRelative],
  [R_X86_64.PLT32, { kind: "call", formula: ({ S, A, P }) => S + A - P }], // L + A - P; L = S without a PLT entry
  [R_X86_64["32"], { kind: "absolute", formula: ({ S, A }) => S + A }],
  [R_X86_64["32S"], { kind: "absolute", formula: ({ S, A }) => S + A }],
  [R_X86_64.PC64, pcRelative],
  [R_X86_64.GOTPCREL, gotRelative],
  [R_X86_64.GOTPCRELX, gotRelative],
  [R_X86_64.REX_GOTPCRELX, gotRelative],
  [R_X86_64.TPOFF32, { kind: "tpoff", formula: ({ S, A, TP }) => S + A - TP }],
  [R_X86_64.GOTTPOFF, { kind: "gotTpoff", formula: ({ G, A, P }) => G + A - P }],
]);

/** A rel32 field at `buf[at]` of an instruction ending at `next`, pointing at `target`. */
function rel32(buf: Uint8Array, at: number, target: bigint, next: bigint): void {
  x86_64RelocField(R_X86_64.PC32, buf, at, target - next);
}

const plt: PltHooks = {
  headerSize: 16n,
  entrySize: 16n,
  writeHeader(buf, plt, gotPlt) {
    buf.set([
      0xff, 0x35, 0, 0, 0, 0, //   pushq GOTPLT+8(%rip)     the link map, for the resolver
      0xff, 0x25, 0, 0, 0, 0, //   jmpq  *GOTPLT+16(%rip)   _dl_runtime_resolve
      0x0f, 0x1f, 0x40, 0x00, //   nopl  0x0(%rax)
    ]);
    rel32(buf, 2, gotPlt + 8n, plt + 6n);
    rel32(buf, 8, gotPlt + 16n, plt + 12n);
  },
  writeEntry(buf, at, entry, slot, index, plt) {
    buf.set([
      0xff, 0x25, 0, 0, 0, 0, //   jmpq  *slot(%rip)        the function, once bound
      0x68, 0, 0, 0, 0, //         pushq $index             its .rela.plt index
      0xe9, 0, 0, 0, 0, //         jmpq  PLT0
    ], at);
    rel32(buf, at + 2, slot, entry + 6n);
    new DataView(buf.buffer, buf.byteOffset).setUint32(at + 7, index, true);
    rel32(buf, at + 12, plt, entry + 16n);
  },
  // Until bound, the slot leads back to the entry's push.
  lazySlot: (entry) => entry + 6n,
  ipltEntrySize: 8n,
  writeIpltEntry(buf, at, entry, slot) {
    buf.set([
      0xff, 0x25, 0, 0, 0, 0, //   jmpq  *slot(%rip)        the resolver's choice
      0x66, 0x90, //               xchg  %ax,%ax
    ], at);
    rel32(buf, at + 2, slot, entry + 6n);
  },
};

export const x86_64: Arch = {
  machine: "x86_64",
  e_machine: MACHINES.x86_64.e_machine,
  pageSize: MACHINES.x86_64.maxPageSize,
  base: 0x400000n,
  separateCode: true,
  relocs,
  writeField: x86_64RelocField,
  extraBssSymbols: { start: [], end: [] },
  dynamicLinker: "/lib64/ld-linux-x86-64.so.2",
  dynamicRelocs: {
    relative: R_X86_64.RELATIVE,
    symbolic: R_X86_64["64"],
    globDat: R_X86_64.GLOB_DAT,
    jumpSlot: R_X86_64.JUMP_SLOT,
    copy: R_X86_64.COPY,
    irelative: R_X86_64.IRELATIVE,
    tpoff: R_X86_64.TPOFF64,
  },
  plt,
  gotSymbolSection: ".got.plt",
  threadPointer: (tls) => tls.start + alignUp(tls.memsz, tls.align),
  relax: relaxX86_64,
  // "relocation R_X86_64_PC32 against [undefined ]symbol `x' can not be used when making a
  // shared object; recompile with -fPIC" (a PIE: "a PIE object; recompile with -fPIE").
  nonPicError: (q) => {
    const target = q.section ? `\`${q.target}'` : `${q.defined ? "" : "undefined "}symbol \`${q.target}'`;
    const making = q.shared ? "a shared object; recompile with -fPIC" : "a PIE object; recompile with -fPIE";
    return { message: `${q.file}: relocation ${q.reloc} against ${target} can not be used when making ${making}`, dangerous: false };
  },
};
