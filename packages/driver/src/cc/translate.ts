// One translation unit through the stages it needs, as gcc runs cpp, cc1 and as for each
// source file:
//
//   .c ─cpp─▶ .i ─cc─▶ .s ─as─▶ .o
//   .i ───────────cc─▶ .s ─as─▶ .o      (cpp-output is read as it is)
//   .S ─cpp──────────▶ .s ─as─▶ .o
//   .s ────────────────────as─▶ .o
//
// The result is data: the files to write, the text for stdout and stderr, and the object
// for the linker. Nothing is written here, so the same function runs on the main thread or
// on a worker (see pool.ts), and the main thread writes every result in input order: a
// parallel build is byte-for-byte a serial one.

import { GlassError, render, type Diagnostic } from "@glass/diagnostics";
import type { CcOptions } from "./options.js";
import type { Job } from "./jobs.js";
import { runPreprocessor, runCompiler, runAssembler } from "./stages.js";
import { applyWarningFlags } from "./warnings.js";
import { readInput } from "../node-io.js";
import { textDecoder } from "../text.js";
import { timed, type Times } from "./time-report.js";

export interface UnitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Files to write, in order; "-" is standard output. */
  outputs: { path: string; data: Uint8Array | string }[];
  /** The object, when it goes on to the linker. */
  object?: Uint8Array;
  /** Each stage's milliseconds, under -ftime-report. */
  times?: Times;
}

class Unit {
  readonly result: UnitResult;
  constructor(readonly o: CcOptions) {
    this.result = { ok: true, stdout: "", stderr: "", outputs: [], ...(o.timeReport ? { times: {} } : {}) };
  }

  write(path: string, data: Uint8Array | string) {
    if (path === "-") this.result.stdout += typeof data === "string" ? data : textDecoder.decode(data);
    else this.result.outputs.push({ path, data });
  }

  /** Reports a stage's warnings; false when -Werror made any of them an error. */
  warnings(diags: Diagnostic[]): boolean {
    const { shown, failed } = applyWarningFlags(diags, this.o);
    this.report(shown);
    if (failed) this.report([{ severity: "note", message: "all warnings being treated as errors" }]);
    return !failed;
  }

  report(diags: Diagnostic[]) {
    for (const d of diags) this.result.stderr += render(d, "glass") + "\n";
  }
}

export function translate(job: Job, o: CcOptions): UnitResult {
  const unit = new Unit(o);
  try {
    if (!run(job, o, unit)) unit.result.ok = false;
  } catch (e) {
    if (!(e instanceof GlassError)) throw e;
    // A stage that failed reports its warnings too, named and filtered like any others.
    unit.report(applyWarningFlags(e.diagnostics, o).shown);
    unit.result.ok = false;
  }
  if (!unit.result.ok) unit.result.outputs = [];
  return unit.result;
}

/** The stages in order; returns false when a stage failed after reporting why. */
function run(job: Job, o: CcOptions, unit: Unit): boolean {
  const text = job.stdin ?? textDecoder.decode(readInput(job.path));
  const name = job.path === "-" ? "<stdin>" : job.path;
  let asm: string;
  if (job.language === "assembler") asm = text;
  else {
    // cpp (a .i file is read through it too: its line markers carry the original locations).
    // The text for -E, .S files and -save-temps' .i; the tokens for the compiler.
    const textOnly = o.stop === "preprocess" || job.language === "assembler-with-cpp";
    const output = textOnly ? "text" : o.saveTemps ? "both" : "tokens";
    const pp = timed(unit.result.times, "cpp", () => runPreprocessor(name, text, o, job.depTargets, output));
    if (!unit.warnings(pp.warnings)) return false;
    if (pp.dependencies !== undefined) unit.write(job.depFile!, pp.dependencies);
    if (o.stop === "preprocess") {
      if (!o.deps.only) unit.write(job.output!, pp.macros ?? pp.text);
      return true;
    }
    if (job.language === "assembler-with-cpp") {
      if (o.saveTemps) unit.write(`${job.temp}.s`, pp.text);
      asm = pp.text;
    } else {
      if (o.saveTemps && job.language === "c") unit.write(`${job.temp}.i`, pp.text);
      // cc1
      const c = timed(unit.result.times, "cc", () => runCompiler(job.language === "cpp-output" ? (firstMarker(text) ?? name) : name, pp.tokens, o));
      if (!unit.warnings(c.warnings)) return false;
      for (const d of o.dumps) unit.write("-", c.dumps[d] ?? "");
      if (o.stop === "syntax") return true;
      asm = c.asm;
      if (o.stop === "compile") {
        unit.write(job.output!, asm);
        if (o.saveTemps && job.output !== `${job.temp}.s`) unit.write(`${job.temp}.s`, asm);
        return true;
      }
      if (o.saveTemps) unit.write(`${job.temp}.s`, asm);
    }
  }
  // gcc -S and -fsyntax-only leave assembly inputs alone.
  if (o.stop === "syntax" || o.stop === "compile") return true;
  // as
  const { object, listing } = timed(unit.result.times, "as", () => runAssembler(name, asm, o));
  if (listing) unit.write("-", listing);
  if (o.stop === "assemble") unit.write(job.output!, object);
  else {
    if (o.saveTemps) unit.write(`${job.temp}.o`, object);
    unit.result.object = object;
  }
  return true;
}

/** A .i file names its source in its first line marker (`# 0 "fib.c"`); cc1 takes that name too. */
function firstMarker(text: string): string | undefined {
  return /^# \d+ "((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
}
