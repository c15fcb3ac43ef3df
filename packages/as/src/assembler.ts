// The assembler's state while it reads a file: sections, the current position, symbols.
//
// `Assembler.run` reads statement after statement: labels (`name:`, `1:`), then an equate
// (`x = expr`), a directive (./directives.ts) or an instruction (handed to the ISA's
// `encode`). Bytes go into the current section's fragments (./sections.ts); what cannot be
// known yet becomes a fixup. Layout, fixups and the object file come after (./index.ts).

import type { SourceFile } from "@glass/diagnostics";
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, SHT_PROGBITS } from "@glass/elf";
import type { AsmArch, EncodeContext, InstructionStatement } from "./arch/types.js";
import { CallFrames } from "./cfi.js";
import { DIRECTIVES } from "./directives.js";
import { asmError } from "./errors.js";
import { parseExpr, type Expr } from "./expr.js";
import { lexFile, splitOperands, TokenCursor, type Statement } from "./lex.js";
import { newSection, tailFrag, type FixedFrag, type Frag, type Section, type SectionGroup } from "./sections.js";
import { MappingSymbols } from "./mapping-symbols.js";
import { LiteralPools, type PoolSink } from "./literal-pools.js";
import { isDefined, SymbolTable, tryConstant, type AsmSymbol, type EvalEnv } from "./symbols.js";

/** Where output goes: a section and a subsection number. */
export interface Position {
  section: Section;
  sub: number;
}

/** What the listing needs about one statement. */
export interface ListingEntry {
  offset: number;
  section: Section;
  start: { frag: Frag; offset: number };
  end: { frag: Frag; offset: number };
}

export class Assembler {
  readonly sections: Section[] = [];
  /** Section groups in the order they were first named. */
  readonly groups: SectionGroup[] = [];
  readonly symbols = new SymbolTable();
  readonly env: EvalEnv;
  readonly listing: ListingEntry[] = [];
  /** What the `.cfi_*` directives recorded, for `.eh_frame`. */
  readonly frames = new CallFrames();
  /** `.file "x.c"`: the STT_FILE symbol. */
  fileSymbol: string | undefined;
  /** `$x`/`$d` when the ISA has mapping symbols. */
  readonly mapping: MappingSymbols | undefined;
  /** `ldr x0, =value` pools, when the ISA has them (AArch64). */
  readonly pools: LiteralPools | undefined;
  pos: Position;
  previous: Position;
  readonly stack: [Position, Position][] = [];
  private numericLabels = new Map<string, number>();
  private dotCount = 0;

  constructor(
    readonly file: SourceFile,
    readonly arch: AsmArch,
  ) {
    this.env = { file, symbols: this.symbols, laidOut: false };
    this.mapping = arch.mapping && new MappingSymbols(this, arch.mapping);
    this.pools = arch.literalPools ? new LiteralPools() : undefined;
    // GNU as always makes these three, in this order.
    const text = this.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0n);
    this.section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 0n);
    this.section(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 0n);
    this.pos = { section: text, sub: 0 };
    this.previous = this.pos;
  }

  run(): void {
    for (const stmt of lexFile(this.file, this.arch)) {
      const start = this.here();
      this.statement(stmt);
      const section = this.pos.section;
      if (section === start.section) this.listing.push({ offset: stmt.offset, section, start, end: this.here() });
    }
    this.pools?.dumpAll(this.poolSink());
    this.checkNumericLabels();
  }

  /**
   * Finds or makes a section, known by its name and group (flags and type only matter the
   * first time). A section made by a section directive takes its symbol's place in the symbol
   * list now; one GNU as makes behind the scenes (`.comment` for `.ident`), or a second
   * section of a name already taken (in another group), gets it at the end.
   */
  section(name: string, sh_type: number, sh_flags: bigint, sh_entsize: bigint, symbol = true, group?: { signature: string; comdat: boolean }): Section {
    let s = this.sections.find((x) => x.name === name && x.group?.signature === group?.signature);
    if (!s) {
      let g = group && this.groups.find((x) => x.signature === group.signature);
      if (group && !g) this.groups.push((g = { ...group, loc: this.currentOffset }));
      const taken = this.sections.some((x) => x.name === name);
      s = newSection(name, sh_type, sh_flags, sh_entsize, g);
      if (symbol && !taken) s.order = this.symbols.nextOrder();
      this.sections.push(s);
    }
    return s;
  }

  switchTo(p: Position): void {
    if (p.section !== this.pos.section || p.sub !== this.pos.sub) this.previous = this.pos;
    this.pos = p;
  }

  frags(): Frag[] {
    const subs = this.pos.section.subsections;
    let list = subs.get(this.pos.sub);
    if (!list) subs.set(this.pos.sub, (list = []));
    return list;
  }

  /** The current location: the end of the current fixed fragment. */
  here(): { section: Section; frag: FixedFrag; offset: number } {
    const f = tailFrag(this.frags());
    return { section: this.pos.section, frag: f, offset: f.bytes.length };
  }

  emit(bytes: ArrayLike<number>): void {
    const f = tailFrag(this.frags());
    if (this.pos.section.sh_type === SHT_NOBITS && Array.prototype.some.call(bytes, (b: number) => b !== 0)) {
      asmError(this.file, this.currentOffset, `attempt to store non-zero value in section '${this.pos.section.name}'`);
    }
    for (let i = 0; i < bytes.length; i++) f.bytes.push(bytes[i]!);
  }

  /** `n` bytes of `byte`; a long run becomes one fill fragment instead of `n` array slots. */
  fill(n: number, byte: number): void {
    if (n <= 4096) return this.emit(new Array<number>(n).fill(byte));
    if (this.pos.section.sh_type === SHT_NOBITS && byte !== 0) asmError(this.file, this.currentOffset, `attempt to store non-zero value in section '${this.pos.section.name}'`);
    this.frags().push({ kind: "fill", fill: byte, address: 0, size: n });
  }

  /** Emits a `size`-byte data item whose value is `expr` (resolved or relocated later). */
  emitData(expr: Expr, size: 1 | 2 | 4 | 8): void {
    const f = tailFrag(this.frags());
    f.fixups.push({ at: f.bytes.length, expr, dataSize: size, loc: this.currentOffset });
    this.emit(new Array<number>(size).fill(0));
  }

  /** Pads to a multiple of `align`; `mapped` false leaves mapping symbols out (`.eh_frame`'s own padding). */
  alignTo(align: number, fill: number | undefined, max = Infinity, mapped = true): void {
    if (align <= 1) return;
    const s = this.pos.section;
    if (s.align < align) s.align = align;
    if (mapped) this.mapping?.fragment("align");
    const code = fill === undefined && (s.sh_flags & SHF_EXECINSTR) !== 0n;
    this.frags().push({ kind: "align", align, max, fill, code, address: 0, size: 0 });
  }

  /** How literal pools put their entries into this assembler's sections. */
  poolSink(): PoolSink {
    const a = this;
    return {
      get pos() {
        return a.pos;
      },
      switchTo: (p) => this.switchTo(p),
      alignTo: (align, fill) => this.alignTo(align, fill),
      defineInternalLabel: (name) => {
        this.defineLabel(name, this.currentOffset, 1);
        this.symbols.get(name, this.currentOffset).internal = true;
      },
      dataMapping: () => this.mapping?.data(),
      emitData: (expr, size) => this.emitData(expr, size),
    };
  }

  /** File offset of the statement being processed. */
  currentOffset = 0;

  defineLabel(name: string, offset: number, length: number): void {
    const s = this.symbols.get(name, offset);
    if (isDefined(s)) asmError(this.file, offset, `symbol '${name}' is already defined`, length);
    const h = this.here();
    s.label = { section: h.section, frag: h.frag, offset: h.offset };
  }

  /** `.` as a symbol: an internal label at the current location. */
  dotSymbol(): string {
    const name = `\u0002dot${this.dotCount++}`;
    this.defineLabel(name, this.currentOffset, 1);
    this.symbols.get(name, this.currentOffset).internal = true;
    return name;
  }

  /** `1b` → the latest `1:`, `1f` → the next one. */
  numericLabel(text: string, offset: number): string {
    const n = text.slice(0, -1);
    const count = this.numericLabels.get(n) ?? 0;
    if (text.endsWith("b")) {
      if (count === 0) asmError(this.file, offset, `undefined local label '${text}'`, text.length);
      return `${n}\u0002${count}`;
    }
    const name = `${n}\u0002${count + 1}`;
    this.symbols.get(name, offset).internal = true;
    return name;
  }

  /**
   * Parses an expression. `data`: it is a data item's value (`.quad .LC1+1`), which does not
   * bring a `.L` name onto the symbol list (GNU as only does so if a relocation keeps it).
   */
  parseExpr(cur: TokenCursor, data = false): Expr {
    const mention = (n: string) => (data && n.startsWith(".L") ? undefined : this.symbols.mention(n));
    return parseExpr(cur, { dot: () => this.dotSymbol(), numericLabel: (t, o) => this.numericLabel(t, o), mention });
  }

  constantNow(expr: Expr): bigint | undefined {
    return tryConstant(expr, this.env);
  }

  /** An expression that must be a known constant right now (`.skip`, `.align` …). */
  absolute(cur: TokenCursor): bigint {
    const at = cur.here();
    const e = this.parseExpr(cur);
    const v = this.constantNow(e);
    if (v === undefined) asmError(this.file, at, "expression must be a constant here");
    return v;
  }

  symbol(name: string, offset: number): AsmSymbol {
    return this.symbols.get(name, offset);
  }

  private statement(stmt: Statement): void {
    this.currentOffset = stmt.offset;
    const t = stmt.tokens;
    let i = 0;
    // Labels: `name:` or `1:` (several may share a line).
    while (i + 1 < t.length && t[i + 1]!.kind === "punct" && t[i + 1]!.text === ":" && (t[i]!.kind === "name" || t[i]!.kind === "number")) {
      const tok = t[i]!;
      if (tok.kind === "number") {
        const count = (this.numericLabels.get(tok.text) ?? 0) + 1;
        this.numericLabels.set(tok.text, count);
        const name = `${tok.text}\u0002${count}`;
        this.defineLabel(name, tok.offset, tok.end - tok.offset);
        this.symbols.get(name, tok.offset).internal = true;
      } else {
        this.defineLabel(tok.text, tok.offset, tok.end - tok.offset);
      }
      i += 2;
    }
    if (i >= t.length) return;
    const head = t[i]!;
    if (head.kind !== "name") asmError(this.file, head.offset, `expected a mnemonic or directive, found '${head.text}'`, head.end - head.offset);
    this.currentOffset = head.offset;
    const rest = t.slice(i + 1);
    // `sym = expr` is `.set sym, expr`.
    if (rest[0]?.kind === "punct" && rest[0].text === "=") {
      const cur = new TokenCursor(this.file, rest.slice(1), stmt.end);
      this.equate(head.text, head.offset, cur);
      return;
    }
    // No mnemonic of x86-64 or AArch64 starts with a dot, so a leading dot means a directive.
    if (head.text.startsWith(".")) {
      const handler = DIRECTIVES[head.text.toLowerCase()];
      if (!handler) asmError(this.file, head.offset, `unknown directive '${head.text}'`, head.end - head.offset);
      handler(this, new TokenCursor(this.file, rest, stmt.end), head);
      return;
    }
    this.instruction({ mnemonic: head.text.toLowerCase(), offset: head.offset, operands: splitOperands(this.file, rest, stmt.end), end: stmt.end });
  }

  equate(name: string, offset: number, cur: TokenCursor): void {
    const s = this.symbol(name, offset);
    if (s.label || s.common) asmError(this.file, offset, `symbol '${name}' is already defined`, name.length);
    // Defining a `.L` name an expression already used counts as meeting it again (before
    // the names of the expression are met).
    if (this.symbols.mentioned.has(name)) this.symbols.place(name);
    s.equ = this.parseExpr(cur);
    cur.expectEnd();
  }

  private instruction(stmt: InstructionStatement): void {
    const ctx: EncodeContext = {
      file: this.file,
      parseExpr: (cur) => this.parseExpr(cur),
      evalConstant: (e) => this.constantNow(e),
      error: (message, offset, length) => asmError(this.file, offset, message, length),
      mentionSymbol: (name) => void this.symbols.get(name, stmt.offset),
      placeSymbol: (name) => this.symbols.place(name),
      referTo: (name) => this.symbols.mention(name),
      literal: (expr, size, offset) => {
        if (!this.pools) return asmError(this.file, offset, "literal pools ('=value') are not supported for this target");
        const label = this.pools.entry(this.pos, expr, size, this.constantNow(expr));
        return { kind: "symbol", name: label, offset, length: 1 };
      },
    };
    if (!(this.pos.section.sh_flags & SHF_EXECINSTR) && this.pos.section.sh_type === SHT_NOBITS) {
      asmError(this.file, stmt.offset, `instruction in section '${this.pos.section.name}', which holds no data`);
    }
    // The mapping symbol comes first: GNU as places it before it parses the operands, so it
    // precedes in the symbol list any name they mention.
    this.mapping?.code();
    const enc = this.arch.encode(stmt, ctx);
    if (this.pos.section.align < this.arch.instructionAlign) this.pos.section.align = this.arch.instructionAlign;
    if (enc.longForm) {
      this.frags().push({ kind: "relax", short: { bytes: enc.bytes, fixups: enc.fixups }, long: enc.longForm, useLong: false, loc: stmt.offset, address: 0 });
      return;
    }
    const f = tailFrag(this.frags());
    for (const fx of enc.fixups) f.fixups.push({ at: f.bytes.length + fx.offset, expr: fx.expr, fixup: fx, loc: stmt.offset });
    this.emit(enc.bytes);
  }

  private checkNumericLabels(): void {
    for (const s of this.symbols.map.values()) {
      if (s.internal && !isDefined(s)) {
        const n = s.name.split("\u0002")[0];
        asmError(this.file, s.firstUse, `undefined local label '${n}f'`, n!.length + 1);
      }
    }
  }
}
