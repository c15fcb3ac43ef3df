// gcc's bit builtins as straight-line IR, so every back end gets them without new instructions
// (gcc documents them under "Other Built-in Functions Provided by GCC"). The operand is widened
// to 64 bits and everything is built from one population count, the SWAR way:
//   popcount(x)  = pairs, nibbles, bytes, then a multiply that sums the bytes into the top one
//   ctz(x)       = popcount((x & -x) - 1)          the bits below the lowest set one
//   clz(x)       = width - popcount(smear(x))      smear copies the highest set bit downwards
//   parity(x)    = popcount(x) & 1
//   ffs(x)       = (x != 0) * popcount(x ^ (x - 1))
//   bswapN(x)    = each byte shifted to its mirrored place and or-ed together
// clz and ctz of 0 are undefined in gcc too.

import type { BinaryKind, CompareKind, ConvertKind, IRType, Value } from "./ir.js";
import { sizeOfIR, typeOf } from "./ir.js";

/** The few builder operations the lowering needs. */
export interface BitOps {
  op(kind: BinaryKind, a: Value, b: Value): Value;
  conv(kind: ConvertKind, a: Value, type: IRType): Value;
  compare(kind: CompareKind, a: Value, b: Value): Value;
  const(value: bigint, type: IRType): Value;
}

/** Whether `__builtin_<name>` is one of the bit builtins (sema checked its argument). */
export function isBitBuiltin(name: string): boolean {
  return /^(bswap(16|32|64)|(clz|ctz|popcount|parity|ffs)(l|ll)?)$/.test(name);
}

/** The value of `__builtin_<name>(x)`; the result is i32, or x's own type for bswap. */
export function bitBuiltin(name: string, x: Value, b: BitOps): Value {
  const t = typeOf(x);
  const width = BigInt(sizeOfIR(t) * 8);
  const k = (v: bigint) => b.const(v, "i64");
  const v = t === "i64" ? x : b.conv("zext", x, "i64");
  const toInt = (r: Value) => b.conv("trunc", r, "i32");
  const base = name.replace(/l{1,2}$/, "");
  if (name.startsWith("bswap")) {
    let r: Value = k(0n);
    for (let i = 0n; i < width / 8n; i++) {
      const byte = b.op("and", b.op("lshr", v, k(8n * i)), k(0xffn));
      r = b.op("or", r, b.op("shl", byte, k(width - 8n - 8n * i)));
    }
    return t === "i64" ? r : b.conv("trunc", r, t);
  }
  switch (base) {
    case "popcount":
      return toInt(popcount(v, b));
    case "parity":
      return toInt(b.op("and", popcount(v, b), k(1n)));
    case "ctz":
      return toInt(popcount(b.op("sub", b.op("and", v, b.op("sub", k(0n), v)), k(1n)), b));
    case "clz": {
      let s = v;
      for (const n of [1n, 2n, 4n, 8n, 16n, 32n]) s = b.op("or", s, b.op("lshr", s, k(n)));
      return toInt(b.op("sub", k(width), popcount(s, b)));
    }
    case "ffs": {
      const nonzero = b.conv("zext", b.compare("ne", v, k(0n)), "i64");
      return toInt(b.op("mul", nonzero, popcount(b.op("xor", v, b.op("sub", v, k(1n))), b)));
    }
  }
  throw new Error(`internal error: unknown bit builtin ${name}`);
}

/** The number of set bits of a 64-bit value. */
function popcount(x: Value, b: BitOps): Value {
  const k = (v: bigint) => b.const(v, "i64");
  const pairs = b.op("sub", x, b.op("and", b.op("lshr", x, k(1n)), k(0x5555555555555555n)));
  const nibbles = b.op("add", b.op("and", pairs, k(0x3333333333333333n)), b.op("and", b.op("lshr", pairs, k(2n)), k(0x3333333333333333n)));
  const bytes = b.op("and", b.op("add", nibbles, b.op("lshr", nibbles, k(4n))), k(0x0f0f0f0f0f0f0f0fn));
  return b.op("lshr", b.op("mul", bytes, k(0x0101010101010101n)), k(56n));
}
