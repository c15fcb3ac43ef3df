// LEB128, DWARF's variable-length integers (DWARF 5 §7.6): seven bits per byte, low bits
// first, the top bit set on every byte but the last. Unsigned stops when the rest is zero;
// signed stops when the rest is all copies of the sign bit (bit 6 of the last byte).

export function uleb128(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v !== 0n ? b | 0x80 : b);
  } while (v !== 0n);
  return out;
}

export function sleb128(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    const done = (v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}
