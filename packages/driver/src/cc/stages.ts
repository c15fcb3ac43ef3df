// The stages `glass cc` chains, each a call into one package's pure core, exactly as gcc
// chains cpp, cc1, as and collect2/ld. Nothing here knows an instruction set: the machine is
// passed through to the cores.

import { SourceFile, type Diagnostic } from "@glass/diagnostics";
import { preprocess, type PPToken } from "@glass/cpp";
import { compile } from "@glass/cc";
import { assemble } from "@glass/as";
import type { Machine } from "@glass/elf";
import type { CcOptions } from "./options.js";
import { readTextIfExists } from "../node-io.js";
import { libcIncludeDir } from "../runtime.js";

export interface Preprocessed {
  text: string;
  tokens: PPToken[];
}

/** cpp: macros, includes and conditionals; line markers in the text form. */
export function runPreprocessor(path: string, text: string, o: CcOptions): Preprocessed {
  const file = new SourceFile(path, text);
  const result = preprocess(file, {
    machine: o.machine,
    fs: { readFile: readTextIfExists },
    includeDirs: {
      quote: o.quoteDirs,
      angled: o.includeDirs,
      system: [...o.systemDirs, ...(o.noStdInc ? [] : [libcIncludeDir])],
    },
    defines: o.macros.filter((m) => m.define).map((m) => m.text),
    undefines: o.macros.filter((m) => !m.define).map((m) => m.text),
    includes: o.forcedIncludes,
    lineMarkers: !o.noLineMarkers,
  });
  return { text: result.text, tokens: result.tokens };
}

export interface Compiled {
  asm: string;
  dumps: Record<string, string>;
  warnings: Diagnostic[];
}

/** cc1: C tokens → assembly text for the target. */
export function runCompiler(path: string, tokens: PPToken[], o: CcOptions): Compiled {
  const r = compile(tokens, { machine: o.machine, fileName: path, dump: o.dumps });
  return { asm: r.asm, dumps: r.dumps, warnings: r.diagnostics };
}

/** as: assembly text → ELF relocatable object bytes (and the -al listing when asked). */
export function runAssembler(path: string, text: string, machine: Machine, listing: boolean): { object: Uint8Array; listing?: string } {
  return assemble(new SourceFile(path, text), { machine, listing });
}
