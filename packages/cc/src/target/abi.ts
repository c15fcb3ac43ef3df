// The target ABI as the front end and the back ends see it: sizes and alignments of the C
// scalar types and whether plain `char` is signed. One module per target implements it
// (x86_64/abi.ts from the System V AMD64 psABI §3.1.2, aarch64/abi.ts from AAPCS64 §10.1);
// nothing else in the compiler hard-codes a size.

/** The integer type ranks of C11 6.3.1.1, from narrowest to widest. */
export type IntRank = "bool" | "char" | "short" | "int" | "long" | "llong";

export interface Abi {
  /** Size in bytes of each integer rank (alignment equals size for these scalars). */
  intSize: Record<IntRank, number>;
  /** Size (and alignment) of a data pointer. */
  pointerSize: number;
  /** Whether plain `char` behaves as `signed char`. */
  charIsSigned: boolean;
}

/** The LP64 data model shared by both Linux targets: int 32 bits, long and pointers 64. */
export const LP64_INT_SIZES: Record<IntRank, number> = {
  bool: 1,
  char: 1,
  short: 2,
  int: 4,
  long: 8,
  llong: 8,
};
