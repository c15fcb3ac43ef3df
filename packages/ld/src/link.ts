// The linker's main flow, one pass per line (mold's main.cc; DESIGN.md "pipelines read as
// lists"). Each pass is a verb in its own file under passes/ and talks to the others only
// through the LinkContext. Errors are gathered within a pass and thrown at its end as a
// GlassError, so a failed link produces no output at all.

import { SHF_EXECINSTR } from "@glass/elf";
import { archFor } from "./arch/targets.js";
import { symbolAddress, type DynamicLink, type LinkContext } from "./context.js";
import { GlassError, error } from "@glass/diagnostics";
import { checkMachine, collectInputs, inferMachine, loadScript, type LoadableInput } from "./input/inputs.js";
import type { LinkInput, LinkOptions, LinkResult } from "./options.js";
import { applyRelocations } from "./passes/apply-relocations.js";
import { assignAddresses } from "./passes/assign-addresses.js";
import { createDynamicSections } from "./passes/create-dynamic-sections.js";
import { fillDynamicSections } from "./passes/fill-dynamic-sections.js";
import { gcSections } from "./passes/gc-sections.js";
import { createIfuncSections, fillIfuncSections } from "./passes/ifunc.js";
import { createBuildId, fillBuildId } from "./passes/build-id.js";
import { createEhFrameHdr, fillEhFrameHdr } from "./passes/eh-frame-hdr.js";
import { layoutSections } from "./passes/layout.js";
import { mergeProperties } from "./passes/merge-properties.js";
import { defineLinkerSymbols } from "./passes/linker-symbols.js";
import { resolveSymbols } from "./passes/resolve-symbols.js";
import { scanRelocations } from "./passes/scan-relocations.js";
import { assignScriptAddresses } from "./passes/script-layout.js";
import { addVeneers } from "./passes/veneers.js";
import { writeOutput } from "./passes/write-output.js";
import { mapFile } from "./report/map-file.js";

export function link(inputs: LinkInput[], givenOptions: LinkOptions = {}): LinkResult {
  // Read the -T script (its ENTRY is the default entry point); find -l libraries and tell
  // archives from objects.
  const script = loadScript(givenOptions);
  const options = script?.entry && givenOptions.entry === undefined ? { ...givenOptions, entry: script.entry } : givenOptions;
  const files = collectInputs(inputs, options);
  const machine = options.machine ?? inferMachine(files);
  checkMachine(files, machine);
  const dynamic = dynamicLink(options, files);
  if (script?.sections && dynamic) throw new GlassError([error("-T: a linker script's SECTIONS are supported in static links only")]);
  const arch = archFor(machine);
  const ctx: LinkContext = {
    options,
    machine,
    arch,
    dynamic,
    imageBase: dynamic && dynamic.kind !== "exec" ? 0n : arch.base,
    files: [],
    symbols: new Map(),
    archiveReasons: [],
    discarded: [],
    outputSections: [],
    segments: [],
    gotSymbols: [],
    tlsGotSymbols: [],
    ifuncSymbols: [],
    comdatGroups: new Set(),
    trace: [],
    messages: [],
    errors: [],
    entry: 0n,
    script: script?.sections ? { script, specOf: new Map(), symbols: [] } : undefined,
  };

  // Load objects and shared objects, pull the archive members they need, and match
  // references to definitions.
  resolveSymbols(ctx, files);

  // Drop sections nothing reaches (--gc-sections).
  if (options.gcSections) gcSections(ctx);

  // One .note.gnu.property for the output: what every object supports, what any object needs.
  mergeProperties(ctx);

  // Reject unsupported relocations; decide GOT slots, PLT entries, copies, dynamic relocations.
  scanRelocations(ctx);

  // Dynamic link: make .interp .dynsym .dynstr .hash .gnu.hash .rela.* .plt .got.plt .dynamic.
  createDynamicSections(ctx);

  // Static link: an .iplt stub, .igot.plt slot and IRELATIVE for each IFUNC symbol.
  createIfuncSections(ctx);

  // --build-id: a .note.gnu.build-id, filled with a hash of the output once it is written.
  createBuildId(ctx);
  // --eh-frame-hdr: the unwinder's sorted table of FDEs, sized now, filled after relocation.
  createEhFrameHdr(ctx);

  // Bin input sections into output sections and those into PT_LOAD segments.
  layoutSections(ctx);

  // Give every segment, section and symbol its address (a -T script's statements decide them,
  // and make the segments). From here on, addresses are final.
  const assign = (): void => (ctx.script ? assignScriptAddresses(ctx) : assignAddresses(ctx));
  assign();

  // AArch64: branches that cannot reach their target go through a veneer; placing the
  // veneers moves what follows them, so addresses are assigned again.
  addVeneers(ctx, assign);

  // Define _end, __bss_start, __init_array_start … now that they have values.
  defineLinkerSymbols(ctx);
  ctx.entry = entryPoint(ctx);

  // Patch every relocated place; report undefined references and overflows.
  applyRelocations(ctx);

  // Dynamic link: write .dynsym, the dynamic relocations, the PLT and .dynamic.
  fillDynamicSections(ctx);
  fillIfuncSections(ctx);
  fillEhFrameHdr(ctx);

  // Serialize the executable, with .symtab/.strtab unless -s.
  const output = writeOutput(ctx);
  fillBuildId(ctx, output);

  return {
    output,
    map: options.map ? mapFile(ctx) : undefined,
    trace: options.trace ? ctx.trace.join("\n") + "\n" : undefined,
    messages: ctx.messages,
  };
}

/** A link is dynamic when it makes a PIE or a shared object, or a shared object is an input. */
function dynamicLink(options: LinkOptions, files: LoadableInput[]): DynamicLink | undefined {
  const kind = options.shared ? "shared" : options.pie ? "pie" : files.some((f) => f.kind === "shared") ? "exec" : undefined;
  if (!kind) return undefined;
  return { kind, sharedObjects: [], pltSymbols: [], copySymbols: [], relocs: [], dynsym: [], sections: new Map(), strings: new Map() };
}

/** The entry symbol's address; like GNU ld, a missing one is a warning and .text's start is used. */
function entryPoint(ctx: LinkContext): bigint {
  const name = ctx.options.entry ?? "_start";
  const sym = ctx.symbols.get(name);
  if (sym?.defined) return symbolAddress(sym);
  if (ctx.dynamic?.kind === "shared" && ctx.options.entry === undefined) return 0n;
  const text = ctx.outputSections.find((s) => (s.sh_flags & SHF_EXECINSTR) !== 0n);
  const fallback = text?.sh_addr ?? 0n;
  ctx.messages.push(`warning: cannot find entry symbol ${name}; defaulting to ${fallback.toString(16).padStart(16, "0")}`);
  return fallback;
}
