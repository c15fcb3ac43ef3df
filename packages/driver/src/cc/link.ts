// The link step of `glass cc`: the user's objects between Glass libc's startup object and
// its archive, like gcc's `crt1.o … -lc`. `-lname` and `-Wl,…` go to the linker in
// command-line order, so archive order matters exactly as it does for gcc.

import { parseLdArgs, type InputArg } from "@glass/ld";
import { GlassError, error } from "@glass/diagnostics";
import type { CcOptions } from "./options.js";
import { fileExists } from "../node-io.js";
import { libcFile } from "../runtime.js";
import { runLinker } from "../linker.js";

export type LinkInput = { path: string; data: Uint8Array } | { library: string };

export function linkProgram(inputs: LinkInput[], o: CcOptions): void {
  const fromWl = parseLdArgs(o.linkerArgs);
  const all: (InputArg | { path: string; data: Uint8Array })[] = [];
  if (!o.noStartFiles) all.push({ path: runtimeFile(o, "crt1.o") });
  all.push(...inputs, ...fromWl.inputs);
  if (!o.noStdLib) all.push({ path: runtimeFile(o, "libc.a") });
  runLinker({
    inputs: all,
    options: {
      ...fromWl.options,
      machine: o.machine,
      libraryPaths: [...o.libraryDirs, ...(fromWl.options.libraryPaths ?? [])],
      strip: o.strip || fromWl.options.strip,
    },
    output: o.output ?? "a.out",
    mapFile: fromWl.mapFile,
    printMap: fromWl.printMap,
  });
}

function runtimeFile(o: CcOptions, name: "crt1.o" | "libc.a"): string {
  const path = libcFile(o.machine, name);
  if (!fileExists(path)) throw new GlassError([error(`cannot find ${name} for ${o.machine}: run 'npm run build' to build Glass libc`)]);
  return path;
}
