// A64 Memory Tagging Extension (MTE, Armv8.5): Arm ARM C4.1.86 / C4.1.88 / C4.1.89, the
// instructions glibc's tagged string functions and allocator use.
//
// Tags live per 16-byte granule, so the tag loads and stores count their simm9 offset in
// granules (`stg x0, [x1, #-32]`: imm9 = -2) and STGP its simm7 likewise. ADDG/SUBG add a
// multiple of 16 to an address and a tag offset to its tag. IRG's source of excluded tags,
// when it is XZR, is left out (`irg x0, x1`).

import { row, type RawRow } from "./form.js";

/** STG, STZG, ST2G, STZ2G: `11011001 opc 1 imm9 op2 Rn Rt`, op2 01 post, 10 offset, 11 pre. */
function tagStore(mnemonic: string, opc: string): RawRow[][] {
  return [
    row(mnemonic, `11011001 ${opc} 1 imm9 10 Rn Rt`, "XtSP, tagoffset"),
    row(mnemonic, `11011001 ${opc} 1 imm9 11 Rn Rt`, "XtSP, tagpre"),
    row(mnemonic, `11011001 ${opc} 1 imm9 01 Rn Rt`, "XtSP, tagpost"),
  ];
}

export const mteRows: RawRow[][] = [
  row("irg", "1 0 0 11010110 11111 000100 Rn Rd", "XdSP, XnSP"),
  row("irg", "1 0 0 11010110 Rm 000100 Rn Rd", "XdSP, XnSP, Xm"),
  row("gmi", "1 0 0 11010110 Rm 000101 Rn Rd", "Xd, XnSP, Xm"),
  row("subp", "1 0 0 11010110 Rm 000000 Rn Rd", "Xd, XnSP, XmSP"),
  row("cmpp", "1 0 1 11010110 Rm 000000 Rn 11111", "XnSP, XmSP"),
  row("subps", "1 0 1 11010110 Rm 000000 Rn Rd", "Xd, XnSP, XmSP"),
  row("addg", "1 0 0 100011 0 imm6 00 imm4 Rn Rd", "XdSP, XnSP, granules, tagoff"),
  row("subg", "1 1 0 100011 0 imm6 00 imm4 Rn Rd", "XdSP, XnSP, granules, tagoff"),

  row("ldg", "11011001 01 1 imm9 00 Rn Rt", "Xt, tagoffset"),
  ...tagStore("stg", "00"),
  ...tagStore("stzg", "01"),
  ...tagStore("st2g", "10"),
  ...tagStore("stz2g", "11"),
  row("ldgm", "11011001 11 1 000000000 00 Rn Rt", "Xt, vmem"),
  row("stgm", "11011001 10 1 000000000 00 Rn Rt", "Xt, vmem"),
  row("stzgm", "11011001 00 1 000000000 00 Rn Rt", "Xt, vmem"),

  row("stgp", "0 1 101 0 010 0 imm7 Rt2 Rn Rt", "Xt, Xt2, pairoffset", undefined, { scale: 16 }),
  row("stgp", "0 1 101 0 011 0 imm7 Rt2 Rn Rt", "Xt, Xt2, pairpre", undefined, { scale: 16 }),
  row("stgp", "0 1 101 0 001 0 imm7 Rt2 Rn Rt", "Xt, Xt2, pairpost", undefined, { scale: 16 }),
];
