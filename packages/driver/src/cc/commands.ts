// `-v` and `-###`: each stage `glass cc` runs, shown as the standalone `glass` command that
// does the same work, with full arguments. gcc shows its cc1/as/collect2 command lines the
// same way; here they are commands a reader can paste to rerun one stage alone. Intermediate
// files get the names -save-temps gives them (jobs.ts), so the commands chain.
//
//   glass cc -v hello.c
//    glass cpp --target=x86_64-linux-gnu hello.c -o a-hello.i
//    glass cc -S --target=x86_64-linux-gnu a-hello.i -o a-hello.s
//    glass as --target=x86_64-linux-gnu a-hello.s -o a-hello.o
//    glass ld -m elf_x86_64 -static -o a.out …/crt1.o a-hello.o …/libc.a

import type { CcOptions } from "./options.js";
import type { Job } from "./jobs.js";
import { triple } from "../target.js";

/** The flags every stage command repeats: target and libc. */
function targetFlags(o: CcOptions): string[] {
  return [`--target=${triple(o.machine)}`, ...(o.libc === "glibc" ? ["--libc=glibc"] : []), ...(o.sysroot !== undefined ? [`--sysroot=${o.sysroot}`] : [])];
}

function preprocessorFlags(o: CcOptions, job: Job): string[] {
  const f: string[] = [];
  if (job.language === "assembler-with-cpp" || job.path === "-") f.push("-x", job.language);
  if (o.noStdInc) f.push("-nostdinc");
  for (const d of o.quoteDirs) f.push("-iquote", d);
  for (const d of o.includeDirs) f.push(`-I${d}`);
  for (const d of o.systemDirs) f.push("-isystem", d);
  for (const d of o.afterDirs) f.push("-idirafter", d);
  for (const m of o.macros) f.push(`${m.define ? "-D" : "-U"}${m.text}`);
  for (const i of o.forcedIncludes) f.push("-include", i);
  if (o.optimize !== "0") f.push(`-O${o.optimize}`);
  if (o.std) f.push(`-std=${o.std}`);
  if (o.noLineMarkers) f.push("-P");
  if (o.keepComments) f.push("-C");
  if (o.dumpMacros) f.push("-dM");
  const d = o.deps;
  if (d.only || d.sideEffect) {
    f.push(d.only ? (d.userOnly ? "-MM" : "-M") : d.userOnly ? "-MMD" : "-MD");
    if (job.depFile && job.depFile !== "-") f.push("-MF", job.depFile);
    for (const t of job.depTargets) f.push("-MT", t);
    if (d.phony) f.push("-MP");
  }
  return f;
}

const out = (path: string | undefined) => (path === undefined || path === "-" ? [] : ["-o", path]);

/** The stage commands for one source file, in the order they run. */
export function jobCommands(job: Job, o: CcOptions): string[][] {
  const cmds: string[][] = [];
  const t = targetFlags(o);
  let input = job.path;
  if (job.language === "c" || job.language === "assembler-with-cpp") {
    const ext = job.language === "c" ? ".i" : ".s";
    const result = o.stop === "preprocess" ? job.output : `${job.temp}${ext}`;
    cmds.push(["glass", "cpp", ...t, ...preprocessorFlags(o, job), input, ...out(result)]);
    if (o.stop === "preprocess") return cmds;
    input = `${job.temp}${ext}`;
  }
  if (job.language === "c" || job.language === "cpp-output") {
    const dumps = o.dumps.map((d) => `-fdump-${d}`);
    if (o.stop === "syntax") return [...cmds, ["glass", "cc", "-fsyntax-only", ...t, ...dumps, input]];
    const result = o.stop === "compile" ? job.output : `${job.temp}.s`;
    cmds.push(["glass", "cc", "-S", ...t, ...dumps, input, ...out(result)]);
    input = `${job.temp}.s`;
  }
  if (o.stop === "compile" || o.stop === "syntax") return cmds;
  const result = o.stop === "assemble" ? job.output : `${job.temp}.o`;
  cmds.push(["glass", "as", t[0]!, ...(o.asListing ? ["-al"] : []), input, ...out(result)]);
  return cmds;
}

/** `-v` shows a command as words; `-###` quotes every word, as gcc does. */
export function formatCommand(argv: string[], quoted: boolean): string {
  return " " + argv.map((a) => (quoted ? `"${a.replace(/(["\\])/g, "\\$1")}"` : /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
}
