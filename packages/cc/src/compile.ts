// The compiler's pipeline, one step per line: C tokens → AST → checked AST → IR →
// optimized IR → assembly. Each step adds its diagnostics to one list; the compile stops
// after the first step that reported an error and throws them all in a GlassError.

import { GlassError, type Diagnostic } from "@glass/diagnostics";
import type { PPToken } from "@glass/cpp";
import type { Machine } from "@glass/elf";
import { dumpAst } from "./ast/dump.js";
import { buildModule } from "./ir/build.js";
import { passesFloatsThroughEllipsis } from "./ir/float-varargs.js";
import { printModule } from "./ir/print.js";
import { dumpTokens, toCTokens } from "./lex/convert.js";
import { optimize } from "./opt/pipeline.js";
import { parse } from "./parse/index.js";
import { analyze } from "./sema/check.js";
import { emitModule } from "./target/emit.js";
import { targets } from "./target/index.js";
import type { PicMode } from "./target/target.js";

export type DumpKind = "tokens" | "ast" | "ir";

export interface CompileOptions {
  machine: Machine;
  /** The source file name, for `.file` and messages. */
  fileName: string;
  /** Intermediate forms to return as text in `dumps`. */
  dump?: DumpKind[];
  /** Code model, as gcc's -fno-pic / -fPIE / -fPIC (default "none"). */
  pic?: PicMode;
  /** A section per function, `.text.NAME` (gcc's -ffunction-sections). */
  functionSections?: boolean;
  /** A section per object, `.data.NAME` / `.bss.NAME` / `.rodata.NAME` (gcc's -fdata-sections). */
  dataSections?: boolean;
  /**
   * A symbol to reference when the unit passes floating-point values through `...`: Glass
   * libc's `__format_double`, so printf's float formatting is linked only when it can be used.
   */
  floatVarargsMarker?: string;
}

export interface CompileResult {
  asm: string;
  /** Requested dumps by kind ("tokens", "ast", "ir"). */
  dumps: Record<string, string>;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
}

export function compile(tokens: PPToken[], opts: CompileOptions): CompileResult {
  const target = targets[opts.machine];
  const wants = new Set(opts.dump ?? []);
  const dumps: Record<string, string> = {};
  const diags: Diagnostic[] = [];
  const stopOnErrors = () => {
    if (diags.some((d) => d.severity === "error")) throw new GlassError(diags);
  };

  // Translation phases 5–7: pp-tokens become C tokens.
  const ctokens = toCTokens(tokens, diags);
  if (wants.has("tokens")) dumps.tokens = dumpTokens(ctokens);
  // Parse into an AST.
  const unit = parse(ctokens, diags, target.abi.vaListType);
  stopOnErrors();
  // Resolve names, compute types, make conversions explicit.
  const checked = analyze(unit, target.abi, diags);
  if (wants.has("ast")) dumps.ast = dumpAst(unit);
  stopOnErrors();
  // Lower to IR, optimize, and select instructions.
  const ir = buildModule(checked, target.abi, opts.fileName);
  optimize(ir);
  if (wants.has("ir")) dumps.ir = printModule(ir);
  const references = opts.floatVarargsMarker && passesFloatsThroughEllipsis(ir) ? [opts.floatVarargsMarker] : [];
  const emit = { pic: opts.pic ?? "none", functionSections: opts.functionSections ?? false, dataSections: opts.dataSections ?? false, references };
  return { asm: emitModule(ir, target, emit), dumps, diagnostics: diags };
}
