// `glass cc`: the gcc-compatible driver. Each input enters the pipeline at the stage its
// kind calls for and leaves it at the stage the flags ask for:
//
//   .c ─cpp─▶ .i ─cc─▶ .s ─as─▶ .o ─┐
//   .S ─cpp────────────▶ .s         ├─ld─▶ a.out   (with crt1.o first and libc.a last)
//   .o .a -lname ───────────────────┘
//
// Outputs are written only when every stage succeeded (see node-io.ts).

import { textDecoder } from "../text.js";
import { type Diagnostic } from "@glass/diagnostics";
import { printDiagnostics } from "../report.js";
import { readInput, writeOutput } from "../node-io.js";
import { triple } from "../target.js";
import { parseCcArgs, type CcOptions } from "./options.js";
import { classify, outputName } from "./inputs.js";
import { runPreprocessor, runCompiler, runAssembler } from "./stages.js";
import { linkProgram, type LinkInput } from "./link.js";

export async function main(argv: string[]): Promise<number> {
  const o = parseCcArgs(argv);
  const warnings: Diagnostic[] = [];
  const linkInputs: LinkInput[] = [];
  for (const path of o.inputs) {
    const kind = classify(path);
    if (kind === "library") {
      linkInputs.push({ library: path.slice(2) });
      continue;
    }
    if (kind === "object" || kind === "archive") {
      if (o.stop === "link") linkInputs.push({ path, data: readInput(path) });
      continue; // gcc ignores linker inputs when it does not link
    }
    const object = translate(path, kind, o, warnings);
    if (object) linkInputs.push({ path: outputName(path, ".o"), data: object });
  }
  printDiagnostics(warnings, "glass");
  if (o.stop === "link") {
    linkProgram(linkInputs, o);
  }
  return 0;
}

/** Runs one source file through the stages it needs; returns the object when linking. */
function translate(path: string, kind: "c" | "i" | "s" | "S", o: CcOptions, warnings: Diagnostic[]): Uint8Array | undefined {
  const text = textDecoder.decode(readInput(path));
  let asm: string;
  if (kind === "s") asm = text;
  else {
    verbose(o, `glass cpp --target=${triple(o.machine)} ${path}`);
    const pp = runPreprocessor(path, text, o);
    if (o.stop === "preprocess") {
      emit(o.output ?? "-", pp.text);
      return undefined;
    }
    if (o.saveTemps) writeOutput(outputName(path, kind === "S" ? ".s" : ".i"), pp.text);
    if (kind === "S") asm = pp.text;
    else {
      verbose(o, `glass cc -S --target=${triple(o.machine)} ${path}`);
      const c = runCompiler(path, pp.tokens, o);
      warnings.push(...c.warnings);
      for (const d of o.dumps) process.stdout.write(c.dumps[d] ?? "");
      asm = c.asm;
      if (o.stop === "compile") {
        emit(o.output ?? outputName(path, ".s"), asm);
        return undefined;
      }
      if (o.saveTemps) writeOutput(outputName(path, ".s"), asm);
    }
  }
  verbose(o, `glass as --target=${triple(o.machine)} ${outputName(path, ".s")}`);
  const { object, listing } = runAssembler(path, asm, o.machine, o.asListing);
  if (listing) process.stdout.write(listing);
  if (o.stop === "assemble") {
    writeOutput(o.output ?? outputName(path, ".o"), object);
    return undefined;
  }
  if (o.saveTemps) writeOutput(outputName(path, ".o"), object);
  return object;
}

function verbose(o: CcOptions, line: string): void {
  if (o.verbose) process.stderr.write(` ${line}\n`);
}

/** Writes a text output; `-` means standard output, as for gcc. */
function emit(path: string, text: string): void {
  if (path === "-") process.stdout.write(text);
  else writeOutput(path, text);
}
