// The link step of `glass cc`, written as the `glass ld` command line gcc's collect2 would
// run, then parsed by the linker's own argument parser, so `-v` can print exactly what runs:
//
//   glass libc (static):  -z noseparate-code  crt1.o  <inputs in order>  libc.a
//   glibc (dynamic):      -dynamic-linker ld.so  crt1.o crti.o  <inputs>  -lc  crtn.o
//   glibc (-static):      crt1.o crti.o crtbeginT.o  <inputs>
//                         --start-group -lgcc -lgcc_eh -lc --end-group  crtend.o crtn.o
//
// A static Glass libc program is small, so it is linked as tcc (and GNU ld before 2.31, and on
// AArch64 still) lays programs out: code and read-only data share the headers' pages, instead
// of each starting a fresh page, which on x86-64 would be most of the file
// (`-Wl,-z,separate-code` asks for that layout back).
//
// The user's inputs keep their command-line order (objects, archives, -lname, -Wl,…), so
// archive order matters exactly as it does for gcc. Objects compiled in this run never touch
// the disk: they stand in the command line under the names -save-temps would give them.

import { parseLdArgs, type InputArg } from "@glass/ld";
import { GlassError, error } from "@glass/diagnostics";
import type { Machine } from "@glass/elf";
import type { CcOptions } from "./options.js";
import { fileExists } from "../node-io.js";
import { compilerLibraryDirs, dynamicLinker, libraryDirs } from "../runtime.js";
import { runLinker, type LinkRequest } from "../linker.js";
import { join } from "node:path";

/** One linker input in command-line order: a file, a compiled object, or raw linker words. */
export type LinkWord = { args: string[] } | { object: { name: string; data: Uint8Array } };

export interface LinkPlan {
  argv: string[];
  objects: Map<string, Uint8Array>;
}

const emulation: Record<Machine, string> = { x86_64: "elf_x86_64", aarch64: "aarch64linux" };

const fail = (message: string): never => {
  throw new GlassError([error(message)]);
};

/** Fails clearly when the linker does not understand a flag the link needs. */
function requireLinker(args: string[], what: string): void {
  try {
    parseLdArgs(args);
  } catch {
    fail(`${what} is not supported yet (the Glass linker does not understand '${args[0]}')`);
  }
}

/** The `glass ld` command line for this link (without the leading "glass ld"). */
export function planLink(words: LinkWord[], o: CcOptions): LinkPlan {
  const objects = new Map<string, Uint8Array>();
  const user = words.flatMap((w) => {
    if ("args" in w) return w.args;
    objects.set(w.object.name, w.object.data);
    return [w.object.name];
  });
  const argv = ["-m", emulation[o.machine]];
  const runtimeDirs = libraryDirs(o);
  const start: string[] = [];
  const end: string[] = [];
  if (o.libc === "glass" && o.pie) {
    // A PIE against Glass libc's libc.so, loaded by the system's dynamic linker (glibc's
    // ld.so), which finds libc.so through the RUNPATH: dynamic linking without glibc.
    argv.push("-dynamic-linker", dynamicLinker(o.machine), "-rpath", runtimeDirs[0]!);
    if (!o.noStartFiles) start.push(runtimeFile(runtimeDirs, "crt1.o", o));
    if (!o.noDefaultLibs) end.push(runtimeFile(runtimeDirs, "libc.so", o));
  } else if (o.libc === "glass") {
    argv.push(...(o.shared ? ["-shared"] : ["-static", "-z", "noseparate-code"]));
    if (!o.noStartFiles && !o.shared) start.push(runtimeFile(runtimeDirs, "crt1.o", o));
    if (!o.noDefaultLibs && !o.shared) end.push(runtimeFile(runtimeDirs, "libc.a", o));
  } else if (o.static) {
    // gcc -static: glibc's crt1.o and crti.o, gcc's crtbeginT.o … crtend.o, and libc.a grouped
    // with libgcc.a and libgcc_eh.a, which need each other.
    const gccDirs = compilerLibraryDirs(o);
    runtimeDirs.unshift(...gccDirs);
    argv.push("-static");
    if (!o.noStartFiles) start.push(...["crt1.o", "crti.o"].map((f) => runtimeFile(runtimeDirs, f, o)), runtimeFile(gccDirs, "crtbeginT.o", o));
    if (!o.noDefaultLibs) end.push("--start-group", "-lgcc", "-lgcc_eh", "-lc", "--end-group");
    if (!o.noStartFiles) end.push(runtimeFile(gccDirs, "crtend.o", o), runtimeFile(runtimeDirs, "crtn.o", o));
  } else {
    argv.push(...(o.shared ? ["-shared"] : ["-dynamic-linker", dynamicLinker(o.machine)]));
    if (!o.noStartFiles) start.push(...[o.shared ? undefined : o.pie ? "Scrt1.o" : "crt1.o", "crti.o"].filter((f) => f !== undefined).map((f) => runtimeFile(runtimeDirs, f, o)));
    if (!o.noDefaultLibs) end.push("-lc");
    if (!o.noStartFiles) end.push(runtimeFile(runtimeDirs, "crtn.o", o));
  }
  if (o.pie) argv.push("-pie");
  if (o.rdynamic) argv.push("--export-dynamic");
  if (o.strip) argv.push("-s");
  for (const s of o.scripts) argv.push("-T", s);
  argv.push("-o", o.output ?? "a.out");
  for (const d of [...o.libraryDirs, ...(o.libc === "glibc" ? runtimeDirs : [])]) argv.push("-L", d);
  argv.push(...start, ...user, ...end);
  return { argv, objects };
}

/** Runs a planned link. */
export function runLink(plan: LinkPlan, o: CcOptions): void {
  runLinker(linkRequest(plan, o));
}

/** The linker's request for a planned link: the linker's parser reads the plan, the compiled objects are filled in. */
export function linkRequest(plan: LinkPlan, o: CcOptions): LinkRequest {
  if (o.shared) requireLinker(["-shared"], "'-shared'");
  if (o.pie) requireLinker(["-pie"], "'-pie'");
  if (o.rdynamic) requireLinker(["--export-dynamic"], "'-rdynamic'");
  if (o.libc === "glibc" && !o.shared && !o.static) requireLinker(["-dynamic-linker", dynamicLinker(o.machine)], "linking against glibc (--libc=glibc needs dynamic linking)");
  const parsed = parseLdArgs(plan.argv);
  const inputs = parsed.inputs.map((i): InputArg | { path: string; data: Uint8Array } => {
    const data = "path" in i ? plan.objects.get(i.path) : undefined;
    return data && "path" in i ? { ...i, data } : i;
  });
  return { inputs, options: parsed.options, output: parsed.output, mapFile: parsed.mapFile, printMap: parsed.printMap };
}

function runtimeFile(dirs: string[], name: string, o: CcOptions): string {
  for (const dir of dirs) if (fileExists(join(dir, name))) return join(dir, name);
  if (o.libc === "glass") fail(`cannot find ${name} for ${o.machine}: run 'npm run build' to build Glass libc`);
  if (name.startsWith("crtbegin") || name.startsWith("crtend"))
    fail(`cannot find gcc's ${name} for ${o.machine} in ${dirs.join(", ") || "/usr/lib/gcc*"} (install ${o.machine === "aarch64" ? "gcc-aarch64-linux-gnu" : "gcc"})`);
  return fail(`cannot find glibc's ${name} for ${o.machine} in ${dirs.join(", ")} (install libc6-dev${o.machine === "aarch64" ? "-arm64-cross" : ""})`);
}
