// Assembler directives (GNU as manual, chapter "Assembler Directives"), one handler each.
//
// Sections: .text .data .bss .section .pushsection .popsection .previous .subsection
// Symbols:  .globl .global .local .weak .hidden .protected .internal .type .size .set .equ .equiv
//           .comm .lcomm; .symver .weakref (./aliases.ts)
// Data:     .byte .short .hword .2byte .word .long .int .4byte .quad .8byte .xword .dword
//           .octa .uleb128 .sleb128
//           .ascii .asciz .string .zero .skip .space .fill; .float .single .double .org
//           (./data-directives.ts)
// Layout:   .align .balign .p2align
// Notes:    .file .ident (→ .comment) .loc .att_syntax .arch (accepted; no debug info yet)
// Frames:   .cfi_* (./cfi.ts, → .eh_frame)

import {
  SHF_ALLOC, SHF_EXECINSTR, SHF_GROUP, SHF_MERGE, SHF_STRINGS, SHF_TLS, SHF_WRITE, SHF_GNU_RETAIN, SHF_EXCLUDE,
  SHT_FINI_ARRAY, SHT_INIT_ARRAY, SHT_NOBITS, SHT_NOTE, SHT_PREINIT_ARRAY, SHT_PROGBITS,
  STT_FUNC, STT_GNU_IFUNC, STT_NOTYPE, STT_OBJECT, STT_TLS, STV_HIDDEN, STV_INTERNAL, STV_PROTECTED,
} from "@glass/elf";
import type { Token, TokenCursor } from "./lex.js";
import type { Assembler } from "./assembler.js";
import { asmError } from "./errors.js";
import { isDefined } from "./symbols.js";
import { sleb128, uleb128 } from "./leb128.js";
import { littleEndian, MAX_FILL } from "./sections.js";
import { CFI_DIRECTIVES } from "./cfi.js";
import { DATA_DIRECTIVES } from "./data-directives.js";
import { ALIAS_DIRECTIVES } from "./aliases.js";

export type Handler = (a: Assembler, args: TokenCursor, head: Token) => void;

const FLAG_BITS: Record<string, bigint> = {
  a: SHF_ALLOC, w: SHF_WRITE, x: SHF_EXECINSTR, M: SHF_MERGE, S: SHF_STRINGS, G: SHF_GROUP, T: SHF_TLS, R: SHF_GNU_RETAIN, e: SHF_EXCLUDE,
};

const SECTION_TYPES: Record<string, number> = {
  progbits: SHT_PROGBITS, nobits: SHT_NOBITS, note: SHT_NOTE, init_array: SHT_INIT_ARRAY, fini_array: SHT_FINI_ARRAY, preinit_array: SHT_PREINIT_ARRAY,
};

const SYMBOL_TYPES: Record<string, number> = {
  function: STT_FUNC, STT_FUNC: STT_FUNC, object: STT_OBJECT, STT_OBJECT: STT_OBJECT, notype: STT_NOTYPE, STT_NOTYPE: STT_NOTYPE,
  tls_object: STT_TLS, STT_TLS: STT_TLS, gnu_indirect_function: STT_GNU_IFUNC, STT_GNU_IFUNC: STT_GNU_IFUNC,
};

/** Flags and type GNU as gives a section it knows by name, when `.section` gives none. */
function defaultsFor(name: string): { type: number; flags: bigint } {
  const is = (p: string) => name === p || name.startsWith(p + ".");
  if (is(".text")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR };
  if (is(".bss")) return { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE };
  if (is(".tbss")) return { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (is(".tdata")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS };
  if (is(".data") || is(".data1")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE };
  if (is(".rodata") || is(".rodata1")) return { type: SHT_PROGBITS, flags: SHF_ALLOC };
  if (is(".init_array")) return { type: SHT_INIT_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (is(".fini_array")) return { type: SHT_FINI_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (is(".preinit_array")) return { type: SHT_PREINIT_ARRAY, flags: SHF_ALLOC | SHF_WRITE };
  if (is(".init") || is(".fini")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR };
  if (name.startsWith(".note")) return { type: SHT_NOTE, flags: 0n };
  return { type: SHT_PROGBITS, flags: 0n };
}

/** A section name: a name token or a string. `.section .rodata.str1.1` is one name token. */
function sectionName(args: TokenCursor): string {
  const t = args.next();
  if (t.kind === "string") return String.fromCharCode(...t.bytes!);
  if (t.kind !== "name") args.fail("expected a section name");
  // Names like `.text.unlikely` lex as one token; glue any `-` pieces (`.data.rel-ro`).
  let name = t.text;
  while (!args.atEnd() && !args.isPunct(",") && args.peek()!.offset === args.tokens[args.pos - 1]!.end) name += args.next().text;
  return name;
}

function optionalSub(a: Assembler, args: TokenCursor): number {
  return args.atEnd() ? 0 : Number(a.absolute(args));
}

function simpleSection(name: string): Handler {
  return (a, args) => {
    const d = defaultsFor(name);
    const sub = optionalSub(a, args);
    a.switchTo({ section: a.section(name, d.type, d.flags, 0n), sub });
  };
}

const section: Handler = (a, args) => {
  const nameAt = args.here();
  const name = sectionName(args);
  const d = defaultsFor(name);
  let { type, flags } = d;
  let entsize = 0n;
  let group: { signature: string; comdat: boolean } | undefined;
  if (args.eatPunct(",")) {
    const f = args.next();
    if (f.kind !== "string") asmError(a.file, f.offset, "expected section flags as a string, e.g. \"ax\"");
    flags = 0n;
    for (const ch of String.fromCharCode(...f.bytes!)) {
      const bit = FLAG_BITS[ch];
      if (bit === undefined) asmError(a.file, f.offset, `unknown section flag '${ch}'`, f.end - f.offset);
      flags |= bit;
    }
    if (args.eatPunct(",")) {
      if (!args.eatPunct("@")) args.expectPunct("%");
      const t = args.expectName("a section type");
      const st = SECTION_TYPES[t.text];
      if (st === undefined) asmError(a.file, t.offset, `unknown section type '${t.text}'`, t.end - t.offset);
      type = st;
      if ((flags & SHF_MERGE) && args.eatPunct(",")) entsize = a.absolute(args);
    }
    if ((flags & SHF_MERGE) && entsize === 0n) asmError(a.file, f.offset, "entity size for SHF_MERGE not specified", f.end - f.offset);
    // Flag G: `,signature[,comdat]` names the section group.
    if (flags & SHF_GROUP) {
      if (!args.eatPunct(",")) asmError(a.file, f.offset, "group name for SHF_GROUP not specified", f.end - f.offset);
      group = { signature: sectionName(args), comdat: false };
      if (args.eatPunct(",")) {
        const c = args.expectName("'comdat'");
        if (c.text !== "comdat") asmError(a.file, c.offset, `expected 'comdat', found '${c.text}'`, c.end - c.offset);
        group.comdat = true;
      }
    }
  }
  args.expectEnd();
  if (!name) asmError(a.file, nameAt, "expected a section name");
  a.switchTo({ section: a.section(name, type, flags, entsize, true, group), sub: 0 });
};

function symbolNames(a: Assembler, args: TokenCursor, each: (name: string, offset: number) => void): void {
  do {
    const t = args.expectName("a symbol name");
    each(t.text, t.offset);
  } while (args.eatPunct(","));
  args.expectEnd();
  void a;
}

function binding(kind: "global" | "weak" | "local"): Handler {
  return (a, args) =>
    symbolNames(a, args, (n, o) => {
      const s = a.symbol(n, o);
      s.binding = kind;
      s.declaredLocal = kind === "local";
    });
}

function visibility(v: number): Handler {
  return (a, args) => symbolNames(a, args, (n, o) => (a.symbol(n, o).visibility = v));
}

function data(size: 1 | 2 | 4 | 8): Handler {
  return (a, args) => {
    if (args.atEnd()) return;
    a.mapping?.data();
    do {
      const e = a.parseExpr(args, true);
      const v = a.constantNow(e);
      if (v !== undefined) a.emit(littleEndian(v, size));
      else a.emitData(e, size);
    } while (args.eatPunct(","));
    args.expectEnd();
  };
}

/** `.uleb128` / `.sleb128` / `.octa`: items whose value must be known now (no relocation fits them). */
function encoded(encode: (v: bigint) => number[]): Handler {
  return (a, args) => {
    a.mapping?.data();
    do a.emit(encode(a.absolute(args)));
    while (args.eatPunct(","));
    args.expectEnd();
  };
}

function strings(zero: boolean): Handler {
  return (a, args) => {
    a.mapping?.data();
    do {
      const t = args.next();
      if (t.kind !== "string") asmError(a.file, t.offset, "expected a string", t.end - t.offset);
      a.emit(zero ? [...t.bytes!, 0] : t.bytes!);
    } while (args.eatPunct(","));
    args.expectEnd();
  };
}

function checkSize(a: Assembler, n: bigint, head: Token): void {
  if (n > MAX_FILL) asmError(a.file, head.offset, `${head.text} of ${n} bytes is larger than Glass supports (${MAX_FILL} bytes)`, head.end - head.offset);
}

const skip: Handler = (a, args, head) => {
  const n = a.absolute(args);
  const fill = args.eatPunct(",") ? Number(a.absolute(args) & 0xffn) : 0;
  args.expectEnd();
  if (n < 0n) args.fail(".skip with a negative size");
  checkSize(a, n, head);
  a.mapping?.fragment("fill");
  a.fill(Number(n), fill);
};

const fill: Handler = (a, args, head) => {
  const repeat = a.absolute(args);
  const size = args.eatPunct(",") ? Number(a.absolute(args)) : 1;
  const value = args.eatPunct(",") ? a.absolute(args) : 0n;
  args.expectEnd();
  if (size < 0) asmError(a.file, head.offset, ".fill with a negative size", head.end - head.offset);
  checkSize(a, repeat * BigInt(size), head);
  const item = littleEndian(value, Math.min(size, 8)).concat(new Array<number>(Math.max(0, size - 8)).fill(0));
  a.mapping?.fragment("fill");
  for (let i = 0n; i < repeat; i++) a.emit(item);
};

/** `.p2align p[,fill[,max]]` / `.balign n[,fill[,max]]`; fill may be omitted (`.p2align 4,,10`). */
function align(mode: "bytes" | "power" | "arch"): Handler {
  return (a, args) => {
    const v = Number(a.absolute(args));
    const power = mode === "power" || (mode === "arch" && a.arch.alignIsPowerOfTwo);
    const bytes = power ? 2 ** v : v;
    if (bytes & (bytes - 1)) args.fail("alignment is not a power of 2");
    let fillByte: number | undefined;
    let max = Infinity;
    if (args.eatPunct(",")) {
      if (!args.isPunct(",")) fillByte = Number(a.absolute(args) & 0xffn);
      if (args.eatPunct(",")) max = Number(a.absolute(args));
    }
    args.expectEnd();
    a.alignTo(bytes, fillByte, max);
  };
}

const type: Handler = (a, args) => {
  const t = args.expectName("a symbol name");
  args.expectPunct(",");
  if (!args.eatPunct("@")) args.eatPunct("%");
  const k = args.next();
  const st = SYMBOL_TYPES[k.text];
  if (st === undefined) asmError(a.file, k.offset, `unrecognized symbol type '${k.text}'`, k.end - k.offset);
  args.expectEnd();
  a.symbol(t.text, t.offset).type = st;
};

const size: Handler = (a, args) => {
  const t = args.expectName("a symbol name");
  args.expectPunct(",");
  a.symbol(t.text, t.offset).size = a.parseExpr(args);
  args.expectEnd();
};

const set: Handler = (a, args) => {
  const t = args.expectName("a symbol name");
  args.expectPunct(",");
  a.equate(t.text, t.offset, args);
};

/** `.equiv`: `.set`, but an error if the symbol is already defined. */
const equiv: Handler = (a, args, head) => {
  const t = args.peek();
  const s = t?.kind === "name" ? a.symbols.map.get(t.text) : undefined;
  if (t && s && isDefined(s)) asmError(a.file, t.offset, `symbol '${t.text}' is already defined`, t.end - t.offset);
  set(a, args, head);
};

function common(local: boolean): Handler {
  return (a, args) => {
    const t = args.expectName("a symbol name");
    args.expectPunct(",");
    const size = a.absolute(args);
    const alignment = args.eatPunct(",") ? a.absolute(args) : 1n;
    args.expectEnd();
    const s = a.symbol(t.text, t.offset);
    if (!local && !s.declaredLocal) {
      s.common = { size, align: alignment };
      if (s.binding === "local") s.binding = "global";
      s.type = STT_OBJECT;
      return;
    }
    // .lcomm, or .comm of a `.local` symbol: reserve space in .bss subsection 1, as GNU as
    // does, so these come after everything placed in .bss explicitly.
    const back = a.pos;
    const d = defaultsFor(".bss");
    a.switchTo({ section: a.section(".bss", d.type, d.flags, 0n), sub: 1 });
    a.alignTo(Number(alignment), 0);
    a.defineLabel(t.text, t.offset, t.end - t.offset);
    a.emit(new Array<number>(Number(size)).fill(0));
    s.type = STT_OBJECT;
    s.size = { kind: "number", value: size, offset: t.offset };
    a.switchTo(back);
  };
}

const ident: Handler = (a, args) => {
  const t = args.next();
  if (t.kind !== "string") asmError(a.file, t.offset, "expected a string", t.end - t.offset);
  args.expectEnd();
  const back = a.pos;
  const comment = a.section(".comment", SHT_PROGBITS, SHF_MERGE | SHF_STRINGS, 1n, false);
  a.switchTo({ section: comment, sub: 0 });
  if (a.here().frag.bytes.length === 0 && comment.subsections.get(0)!.length === 1) a.emit([0]);
  a.emit([...t.bytes!, 0]);
  a.switchTo(back);
};

const file: Handler = (a, args) => {
  const t = args.next();
  // `.file 1 "x.c"` is DWARF line info; `.file "x.c"` names the STT_FILE symbol.
  if (t.kind === "string") a.fileSymbol ??= String.fromCharCode(...t.bytes!);
};

const ignore: Handler = () => {};

/** `.ltorg` / `.pool`: the section's literal pools go here (./literal-pools.ts). */
function literalPool(a: Assembler, args: TokenCursor, head: Token): void {
  if (!a.pools) asmError(a.file, head.offset, `unknown directive '${head.text}'`, head.end - head.offset);
  args.expectEnd();
  a.pools.dumpHere(a.poolSink());
}

export const DIRECTIVES: Record<string, Handler> = {
  ...CFI_DIRECTIVES,
  ...DATA_DIRECTIVES,
  ...ALIAS_DIRECTIVES,
  ".text": simpleSection(".text"),
  ".data": simpleSection(".data"),
  ".bss": simpleSection(".bss"),
  ".section": section,
  ".pushsection": (a, args, head) => {
    a.stack.push([a.pos, a.previous]);
    section(a, args, head);
  },
  ".popsection": (a, args, head) => {
    const top = a.stack.pop();
    if (!top) asmError(a.file, head.offset, ".popsection without corresponding .pushsection", head.end - head.offset);
    args.expectEnd();
    [a.pos, a.previous] = top;
  },
  ".previous": (a, args) => {
    args.expectEnd();
    a.switchTo(a.previous);
  },
  ".ltorg": literalPool,
  ".pool": literalPool,
  ".subsection": (a, args) => a.switchTo({ section: a.pos.section, sub: optionalSub(a, args) }),
  ".globl": binding("global"),
  ".global": binding("global"),
  ".weak": binding("weak"),
  ".local": binding("local"),
  ".hidden": visibility(STV_HIDDEN),
  ".protected": visibility(STV_PROTECTED),
  ".internal": visibility(STV_INTERNAL),
  ".type": type,
  ".size": size,
  ".set": set,
  ".equ": set,
  ".equiv": equiv,
  ".uleb128": encoded(uleb128),
  ".sleb128": encoded(sleb128),
  ".octa": encoded((v) => littleEndian(v, 8).concat(littleEndian(v < 0n ? -1n : 0n, 8))),
  ".comm": common(false),
  ".lcomm": common(true),
  ".byte": data(1),
  ".short": data(2),
  ".hword": data(2),
  ".value": data(2),
  ".2byte": data(2),
  ".word": (a, args, head) => data(a.arch.wordSize)(a, args, head),
  ".long": data(4),
  ".int": data(4),
  ".4byte": data(4),
  ".quad": data(8),
  ".8byte": data(8),
  ".xword": data(8),
  ".dword": data(8),
  ".ascii": strings(false),
  ".asciz": strings(true),
  ".string": strings(true),
  ".zero": skip,
  ".skip": skip,
  ".space": skip,
  ".fill": fill,
  ".align": align("arch"),
  ".balign": align("bytes"),
  ".p2align": align("power"),
  ".file": file,
  ".ident": ident,
  ".loc": ignore,
  ".att_syntax": ignore,
  ".arch": ignore, // gcc names the AArch64 architecture level; Glass encodes the base A64 set

  ".intel_syntax": (a, _args, head) => asmError(a.file, head.offset, "Intel syntax is not supported: Glass reads AT&T syntax (remove .intel_syntax or compile with -masm=att)", head.end - head.offset),
};

