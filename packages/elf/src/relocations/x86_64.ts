// x86-64 relocation types: System V AMD64 psABI, section 4.4 "Relocation", table 4.9 (plus
// the TLS and GOTPCRELX additions). Keys drop the `R_X86_64_` prefix: `R_X86_64.PC32 === 2`,
// `R_X86_64["64"] === 1`. The psABI computes each with S (symbol value), A (addend),
// P (place), G (GOT slot offset), GOT, L (PLT entry), B (load base), Z (symbol size).

export const R_X86_64 = {
  NONE: 0, // none
  "64": 1, // word64   S + A
  PC32: 2, // word32   S + A - P
  GOT32: 3, // word32   G + A
  PLT32: 4, // word32   L + A - P
  COPY: 5, // none     (dynamic: copy the symbol's data)
  GLOB_DAT: 6, // word64   S
  JUMP_SLOT: 7, // word64   S
  RELATIVE: 8, // word64   B + A
  GOTPCREL: 9, // word32   G + GOT + A - P
  "32": 10, // word32   S + A (zero-extended)
  "32S": 11, // word32   S + A (sign-extended)
  "16": 12, // word16   S + A
  PC16: 13, // word16   S + A - P
  "8": 14, // word8    S + A
  PC8: 15, // word8    S + A - P
  DTPMOD64: 16, // word64   module id of the TLS block
  DTPOFF64: 17, // word64   offset in the TLS block
  TPOFF64: 18, // word64   offset from the thread pointer
  TLSGD: 19, // word32   PC-relative GOT offset of a GD tls_index
  TLSLD: 20, // word32   PC-relative GOT offset of an LD tls_index
  DTPOFF32: 21, // word32   offset in the TLS block
  GOTTPOFF: 22, // word32   PC-relative GOT offset of a TPOFF slot
  TPOFF32: 23, // word32   offset from the thread pointer
  PC64: 24, // word64   S + A - P
  GOTOFF64: 25, // word64   S + A - GOT
  GOTPC32: 26, // word32   GOT + A - P
  GOT64: 27, // word64   G + A
  GOTPCREL64: 28, // word64   G + GOT - P + A
  GOTPC64: 29, // word64   GOT - P + A
  GOTPLT64: 30, // word64   G + A
  PLTOFF64: 31, // word64   L - GOT + A
  SIZE32: 32, // word32   Z + A
  SIZE64: 33, // word64   Z + A
  GOTPC32_TLSDESC: 34, // word32   PC-relative GOT offset of a TLS descriptor
  TLSDESC_CALL: 35, // none     marks the descriptor call
  TLSDESC: 36, // word64×2 TLS descriptor
  IRELATIVE: 37, // word64   indirect (B + A)()
  RELATIVE64: 38, // word64   B + A (ILP32)
  PC32_BND: 39, // deprecated (MPX)
  PLT32_BND: 40, // deprecated (MPX)
  GOTPCRELX: 41, // word32   G + GOT + A - P, relaxable
  REX_GOTPCRELX: 42, // word32   G + GOT + A - P, relaxable, with REX prefix
  GNU_VTINHERIT: 250, // GNU C++ vtable garbage collection
  GNU_VTENTRY: 251,
} as const;

export type X86_64RelocName = keyof typeof R_X86_64;
