// The stages `glass cc` chains, each a call into one package's pure core, exactly as gcc
// chains cpp, cc1, as and collect2/ld. Nothing here knows an instruction set: the machine is
// passed through to the cores. What the command line says about each stage is turned into
// that core's options here, and only here.

import { SourceFile, GlassError, error, type Diagnostic } from "@glass/diagnostics";
import { preprocess, dumpMacros, makeDependencies, TapeCache, type PPToken } from "@glass/cpp";
import { compile } from "@glass/cc";
import { assemble } from "@glass/as";
import type { CcOptions } from "./options.js";
import { readTextIfExists } from "../node-io.js";
import { systemIncludeDirs } from "../runtime.js";

export interface Preprocessed {
  text: string;
  tokens: PPToken[];
  warnings: Diagnostic[];
  /** The -dM table, when asked for. */
  macros?: string;
  /** The make rule, when -M/-MD asked for one. */
  dependencies?: string;
}

/** Macros gcc defines from the command line itself rather than the target. */
function flagMacros(o: CcOptions): string[] {
  const defs: string[] = [];
  if (o.optimize !== "0") defs.push("__OPTIMIZE__=1");
  if (o.optimize === "s" || o.optimize === "z") defs.push("__OPTIMIZE_SIZE__=1");
  // Glass libc's <stdio.h> leaves float formatting to the compiler's mark (ir/float-varargs.ts).
  if (o.libc === "glass") defs.push("__GLASS_MARKS_FLOAT_VARARGS__=1");
  return defs;
}

/**
 * Headers' pp-tokens, parsed #defines and line expansions, kept from one command to the next
 * by the compile server (a header read again costs a stat; see @glass/cpp's tape.ts and
 * line-memo.ts). A lone command keeps none: it would only make its one run slower.
 */
let tapes: TapeCache | undefined;

export function keepHeaderTapes(): void {
  tapes ??= new TapeCache();
}

/** cpp: macros, includes and conditionals; line markers in the text form. `output`: which form the caller uses. */
export function runPreprocessor(path: string, text: string, o: CcOptions, depTargets: string[], output: "text" | "tokens" | "both"): Preprocessed {
  const file = new SourceFile(path, text);
  const r = preprocess(file, {
    machine: o.machine,
    fs: { readFile: readTextIfExists },
    includeDirs: {
      quote: o.quoteDirs,
      angled: o.includeDirs,
      system: [...o.systemDirs, ...(o.noStdInc ? [] : systemIncludeDirs(o)), ...o.afterDirs],
    },
    macros: [...flagMacros(o).map((text) => ({ define: true, text })), ...o.macros],
    includes: o.forcedIncludes,
    lineMarkers: !o.noLineMarkers,
    keepComments: o.keepComments,
    output,
    tapes,
    ...(o.std ? { std: o.std } : {}),
  });
  const wantsDeps = o.deps.only || o.deps.sideEffect;
  return {
    text: r.text,
    tokens: r.tokens,
    warnings: r.warnings,
    ...(o.dumpMacros ? { macros: dumpMacros(r.macros) } : {}),
    ...(wantsDeps
      ? { dependencies: makeDependencies({ targets: depTargets, deps: r.deps, systemDeps: r.systemDeps, excludeSystem: o.deps.userOnly, phony: o.deps.phony }) }
      : {}),
  };
}

export interface Compiled {
  asm: string;
  dumps: Record<string, string>;
  warnings: Diagnostic[];
}

/** The signedness of plain char each target's psABI gives it (unsigned on AArch64). */
const charIsUnsigned = { x86_64: false, aarch64: true } as const;

/** cc1: C tokens → assembly text for the target. */
export function runCompiler(path: string, tokens: PPToken[], o: CcOptions): Compiled {
  if (o.charSign && (o.charSign === "unsigned") !== charIsUnsigned[o.machine])
    throw new GlassError([error(`'-f${o.charSign}-char' is not supported yet: plain char is ${charIsUnsigned[o.machine] ? "unsigned" : "signed"} on ${o.machine}`)]);
  const r = compile(tokens, { machine: o.machine, fileName: path, dump: o.dumps, pic: o.pic, functionSections: o.functionSections, dataSections: o.dataSections,
    ...(o.libc === "glass" ? { floatVarargsMarker: "__format_double" } : {}),
  });
  return { asm: r.asm, dumps: r.dumps, warnings: r.diagnostics };
}

/** as: assembly text → ELF relocatable object bytes (and the -al listing when asked). */
export function runAssembler(path: string, text: string, o: CcOptions): { object: Uint8Array; listing?: string } {
  return assemble(new SourceFile(path, text), { machine: o.machine, listing: o.asListing });
}
