// Test helpers for the compiler: compile C text in-process (one shared parser), then
// assemble, link and run the result with the HOST toolchain (gcc for x86-64;
// aarch64-linux-gnu-gcc -static + qemu-aarch64 for AArch64).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GlassError, render, SourceFile } from "@glass/diagnostics";
import { lex, preprocess } from "@glass/cpp";
import { compile, type CompileResult } from "@glass/cc";
import { hostHas, run, type RunResult } from "../../../tests/support/host.js";

export type Machine = "x86_64" | "aarch64";
export const machines: Machine[] = ["x86_64", "aarch64"];

/** Whether programs for `m` can be built and run here (prints a visible skip line if not). */
export function canRun(m: Machine): boolean {
  return m === "x86_64" ? hostHas("gcc") : hostHas("aarch64-linux-gnu-gcc") && hostHas("qemu-aarch64");
}

/** Preprocesses and compiles; on errors, throws with the rendered diagnostics as the message. */
export function compileC(source: string, machine: Machine, name = "test.c", dump?: ("tokens" | "ast" | "ir")[]): CompileResult {
  const file = new SourceFile(name, source);
  const { tokens } = preprocess(file, { machine, fs: { readFile: () => undefined } });
  try {
    return compile(tokens, { machine, fileName: name, ...(dump ? { dump } : {}) });
  } catch (e) {
    if (e instanceof GlassError) throw new Error(e.diagnostics.map((d) => render(d)).join("\n"));
    throw e;
  }
}

/** The rendered diagnostics of a compile that is expected to fail (lexed only: no macros). */
export function compileErrors(source: string, machine: Machine = "x86_64", name = "bad.c"): string {
  try {
    const r = compile(lex(new SourceFile(name, source)), { machine, fileName: name });
    return r.diagnostics.map((d) => render(d)).join("\n");
  } catch (e) {
    if (e instanceof GlassError) return e.diagnostics.map((d) => render(d)).join("\n");
    throw e;
  }
}

/** Assembles and links `asm` with the host toolchain for `m`, runs it, returns status and output. */
export function assembleAndRun(asm: string, m: Machine): RunResult {
  const dir = mkdtempSync(join(tmpdir(), "glass-cc-"));
  const s = join(dir, "prog.s");
  const exe = join(dir, "prog");
  writeFileSync(s, asm);
  const build = m === "x86_64"
    ? run("gcc", ["-x", "assembler", s, "-o", exe])
    : run("aarch64-linux-gnu-gcc", ["-static", "-x", "assembler", s, "-o", exe]);
  if (build.status !== 0) throw new Error(`assembling/linking failed:\n${build.stderr}\n${asm}`);
  return m === "x86_64" ? run(exe, []) : run("qemu-aarch64", [exe]);
}

/** Compiles C source for `m` and runs it. */
export function runC(source: string, m: Machine): RunResult {
  return assembleAndRun(compileC(source, m).asm, m);
}
