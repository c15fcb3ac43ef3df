// Mapping symbols (ELF for the Arm 64-bit Architecture, "Mapping symbols"): a local `$x`
// where A64 code starts and a `$d` where data starts, so that a disassembler knows which
// bytes are instructions. GNU as places them (tc-aarch64.c `mapping_state`) and Glass
// places them the same way, because `readelf -s` shows every one:
//
//   - each section has a state: none yet, code or data;
//   - an instruction in a section not in code state makes `$x` here — and first a `$d` at
//     the section's start if the section already has bytes and no state;
//   - a data directive (`.byte`, `.word`, `.string` …) makes `$d` here, except as the first
//     thing of a non-code section (that state stays "none");
//   - a fill (`.skip`, `.zero`, `.fill`) makes `$d`; an alignment makes `$x` in a code
//     section and `$d` elsewhere — each only if the state changes;
//   - after layout, code padding whose size is not a whole number of instructions starts
//     with zero bytes: `$d` there and `$x` after them;
//   - of the mapping symbols at one address the last made wins, and one at a section's end
//     is dropped (it marks nothing).
// Each mapping symbol takes its place in the symbol list when it is made.

import { SHF_EXECINSTR, STT_NOTYPE, STV_DEFAULT } from "@glass/elf";
import type { MappingConventions } from "./arch/types.js";
import type { Assembler } from "./assembler.js";
import type { Frag, Section } from "./sections.js";
import { labelAddress, type AsmSymbol } from "./symbols.js";

type State = "code" | "data";

export class MappingSymbols {
  readonly list: AsmSymbol[] = [];
  private readonly state = new Map<Section, State>();

  constructor(
    private readonly as: Assembler,
    private readonly names: MappingConventions,
  ) {}

  /** An instruction is about to be emitted. */
  code(): void {
    const section = this.as.pos.section;
    const state = this.state.get(section);
    if (state === "code") return;
    const first = this.as.frags()[0];
    if (state === undefined && first && (this.as.frags().length > 1 || this.as.here().offset > 0)) this.make("data", section, first, 0);
    this.enter("code");
  }

  /** A data directive is about to emit bytes. */
  data(): void {
    const section = this.as.pos.section;
    const state = this.state.get(section);
    if (state === "data" || (state === undefined && !isCode(section))) return;
    this.enter("data");
  }

  /** A fill or an alignment fragment starts here. */
  fragment(kind: "fill" | "align"): void {
    this.enter(kind === "align" && isCode(this.as.pos.section) ? "code" : "data");
  }

  /** After layout: zero bytes before code padding, then one mapping symbol per address. */
  finish(sections: Section[]): void {
    for (const s of sections) {
      for (const f of s.frags) {
        const fix = f.kind === "align" && f.code ? f.size % this.names.insnSize : 0;
        if (fix === 0) continue;
        this.make("data", s, f, 0);
        this.make("code", s, f, fix);
      }
    }
    // Sections are told apart by index: two may share a name (in different groups).
    const id = new Map(sections.map((s, i) => [s, i]));
    const where = (m: AsmSymbol) => `${id.get(m.label!.section)}\0${labelAddress(m)}`;
    const winner = new Map(this.list.map((m) => [where(m), m]));
    const kept = this.list.filter((m) => winner.get(where(m)) === m && labelAddress(m) < m.label!.section.size);
    this.list.splice(0, this.list.length, ...kept);
  }

  private enter(state: State): void {
    const section = this.as.pos.section;
    if (this.state.get(section) === state) return;
    this.state.set(section, state);
    const h = this.as.here();
    this.make(state, section, h.frag, h.offset);
  }

  private make(state: State, section: Section, frag: Frag, offset: number): void {
    this.list.push({
      name: this.names[state], binding: "local", type: STT_NOTYPE, visibility: STV_DEFAULT, internal: false,
      firstUse: 0, inReloc: false, label: { section, frag, offset }, order: this.as.symbols.nextOrder(),
    });
  }
}

function isCode(s: Section): boolean {
  return (s.sh_flags & SHF_EXECINSTR) !== 0n;
}
