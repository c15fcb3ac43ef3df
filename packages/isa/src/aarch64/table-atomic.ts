// A64 atomic memory operations: Arm ARM C4.1.88 "Loads and Stores", the Large System
// Extensions (LSE, Armv8.1) and RCpc loads (Armv8.3), plus the exclusive pairs.
//
// Every form comes in four orderings — plain, acquire `a`, release `l`, both `al` (bits A and
// R, or L and o0 for CAS) — and four sizes: byte `b`, halfword `h`, word and doubleword (W or
// X registers; `size` 00, 01, 10, 11). The mnemonic is base + ordering + size letter:
// `ldaddalb`, `casl`, `swpa`. `LD<op>` with the zero register as destination and no acquire
// is printed as `ST<op>` (`stadd w0, [x1]`), so that alias comes first.

import { row, type RawRow } from "./form.js";

const SIZES: [suffix: string, size: string, reg: string][] = [["b", "00", "W"], ["h", "01", "W"], ["", "10", "W"], ["", "11", "X"]];
const ORDERS: [suffix: string, acquire: string, release: string][] = [["", "0", "0"], ["a", "1", "0"], ["l", "0", "1"], ["al", "1", "1"]];
const OPS: [name: string, opc: string][] = [
  ["add", "000"], ["clr", "001"], ["eor", "010"], ["set", "011"], ["smax", "100"], ["smin", "101"], ["umax", "110"], ["umin", "111"],
];

function lse(): RawRow[][] {
  const out: RawRow[][] = [];
  for (const [s, size, r] of SIZES) {
    for (const [o, a, l] of ORDERS) {
      out.push(row(`cas${o}${s}`, `${size} 001000 1 ${a} 1 Rs ${l} 11111 Rn Rt`, `${r}s, ${r}t, vmem`));
      out.push(row(`swp${o}${s}`, `${size} 111 0 00 ${a} ${l} 1 Rs 1 000 00 Rn Rt`, `${r}s, ${r}t, vmem`));
      for (const [op, opc] of OPS) {
        if (a === "0") out.push(row(`st${op}${o}${s}`, `${size} 111 0 00 0 ${l} 1 Rs 0 ${opc} 00 Rn 11111`, `${r}s, vmem`));
        out.push(row(`ld${op}${o}${s}`, `${size} 111 0 00 ${a} ${l} 1 Rs 0 ${opc} 00 Rn Rt`, `${r}s, ${r}t, vmem`));
      }
    }
    out.push(row(`ldapr${s}`, `${size} 111 0 00 1 0 1 11111 1 100 00 Rn Rt`, `${r}t, vmem`));
  }
  return out;
}

/** CASP (compare and swap a register pair): `0 sz 001000 0 L 1 Rs o0 11111 Rn Rt`, even pairs. */
function casPairs(): RawRow[][] {
  return ([["0", "W"], ["1", "X"]] as const).flatMap(([sz, r]) =>
    ORDERS.map(([o, a, l]) => row(`casp${o}`, `0 ${sz} 001000 0 ${a} 1 Rs ${l} 11111 Rn Rt`, `${r}sPair, ${r}sNext, ${r}tPair, ${r}tNext, vmem`)),
  );
}

/** LDXP/LDAXP/STXP/STLXP: `1 sz 001000 0 L 1 Rs o0 Rt2 Rn Rt`, sz 0 for W, 1 for X. */
function exclusivePairs(): RawRow[][] {
  return ([["0", "W"], ["1", "X"]] as const).flatMap(([sz, r]) => [
    row("ldxp", `1 ${sz} 001000 0 1 1 11111 0 Rt2 Rn Rt`, `${r}t, ${r}t2, vmem`),
    row("ldaxp", `1 ${sz} 001000 0 1 1 11111 1 Rt2 Rn Rt`, `${r}t, ${r}t2, vmem`),
    row("stxp", `1 ${sz} 001000 0 0 1 Rs 0 Rt2 Rn Rt`, `Ws, ${r}t, ${r}t2, vmem`),
    row("stlxp", `1 ${sz} 001000 0 0 1 Rs 1 Rt2 Rn Rt`, `Ws, ${r}t, ${r}t2, vmem`),
  ]);
}

export const atomicRows: RawRow[][] = [...lse(), ...casPairs(), ...exclusivePairs()];
