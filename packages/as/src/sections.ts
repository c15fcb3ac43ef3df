// Sections, subsections and fragments: where the assembler puts bytes before addresses exist.
//
// A section's contents are a list of fragments (GNU as "frags"). A fixed fragment grows as
// data and fixed-size instructions are appended; an alignment fragment and a relaxable
// instruction (x86 `jmp`: 2 or 5 bytes) have a size that only layout can decide, so each gets
// a fragment of its own. Labels point at (fragment, offset), so they move when layout
// changes a fragment's size. `.text 1` / `.subsection 1` keep separate fragment lists that
// are concatenated in number order at the end. Long fills (`.zero 1000000`, common in .bss)
// are a fragment holding a count.

import type { Encoding, Fixup } from "./arch/types.js";
import type { Expr } from "./expr.js";

/** A fixup placed in a fragment: from an instruction (`fixup`) or a data directive (`dataSize`). */
export interface PlacedFixup {
  /** Offset of the field inside the fragment's bytes. */
  at: number;
  expr: Expr;
  /** Instruction fixups carry the ISA's description. */
  fixup?: Fixup;
  /** `.byte/.short/.long/.quad` item size. */
  dataSize?: 1 | 2 | 4 | 8;
  /** File offset of the statement, for messages. */
  loc: number;
}

export interface FixedFrag {
  kind: "fixed";
  bytes: number[];
  fixups: PlacedFixup[];
  address: number;
}

export interface AlignFrag {
  kind: "align";
  /** Power-of-two byte alignment. */
  align: number;
  /** Skip at most this many bytes (else do not align); Infinity if no limit. */
  max: number;
  /** Fill byte, or undefined for the ISA's code fill (NOPs) / zero in data. */
  fill: number | undefined;
  /** Padding made of code fill in a code section (GNU as `rs_align_code`). */
  code: boolean;
  address: number;
  size: number;
}

export interface RelaxFrag {
  kind: "relax";
  short: Encoding;
  long: Encoding;
  useLong: boolean;
  loc: number;
  address: number;
}

/** `.org`: fill up to an offset of the section known only at layout. */
export interface OrgFrag {
  kind: "org";
  target: Expr;
  fill: number;
  loc: number;
  address: number;
  size: number;
}

/** A long run of one byte (`.zero 100000`), kept as a count rather than as bytes. */
export interface FillFrag {
  kind: "fill";
  fill: number;
  address: number;
  size: number;
}

export type Frag = FixedFrag | AlignFrag | RelaxFrag | OrgFrag | FillFrag;

export interface Section {
  name: string;
  sh_type: number;
  sh_flags: bigint;
  sh_entsize: bigint;
  /** Largest alignment requested inside (becomes sh_addralign). */
  align: number;
  /** Subsection number → fragments. */
  subsections: Map<number, Frag[]>;
  /** Final fragment order, set by layout. */
  frags: Frag[];
  /** Size after layout. */
  size: number;
  /** Index in the output object, set when the object is built. */
  index: number;
  /** Place of its section symbol in the symbol list; undefined for sections GNU as makes without one (`.comment`). */
  order?: number;
  /** The section group it belongs to (`.section name,"axG",@progbits,signature,comdat`). */
  group?: SectionGroup;
}

/** A section group: sections that a linker keeps or drops together (one per signature). */
export interface SectionGroup {
  signature: string;
  /** `comdat`: of all groups with this signature, the linker keeps only the first. */
  comdat: boolean;
  /** File offset of the first mention, for messages. */
  loc: number;
}

export function newSection(name: string, sh_type: number, sh_flags: bigint, sh_entsize: bigint, group?: SectionGroup): Section {
  return { name, sh_type, sh_flags, sh_entsize, align: 1, subsections: new Map(), frags: [], size: 0, index: -1, ...(group && { group }) };
}

export function fragSize(f: Frag): number {
  switch (f.kind) {
    case "fixed": return f.bytes.length;
    case "align": case "org": case "fill": return f.size;
    case "relax": return (f.useLong ? f.long : f.short).bytes.length;
  }
}

/** The current end of a subsection as a fixed fragment to append to (made if needed). */
export function tailFrag(frags: Frag[]): FixedFrag {
  const last = frags.at(-1);
  if (last?.kind === "fixed") return last;
  const f: FixedFrag = { kind: "fixed", bytes: [], fixups: [], address: 0 };
  frags.push(f);
  return f;
}

/** Glass keeps section contents in memory; a fill beyond 256 MiB is refused rather than crashing. */
export const MAX_FILL = 1n << 28n;

/** Little-endian bytes of a value truncated to `size` bytes. */
export function littleEndian(value: bigint, size: number): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}
