// The link step of `glass cc`: the user's objects between Glass libc's startup object and
// its archive, like gcc's `crt1.o … -lc`. `-lname` is looked up as libname.a in the -L
// directories, in command-line order, so archive order matters exactly as it does for gcc.

import { link } from "@glass/ld";
import { GlassError, error } from "@glass/diagnostics";
import { join } from "node:path";
import type { CcOptions } from "./options.js";
import { readInput, fileExists } from "../node-io.js";
import { libcFile } from "../runtime.js";

export type LinkInput = { path: string; data: Uint8Array } | { library: string };

export function linkProgram(inputs: LinkInput[], o: CcOptions): Uint8Array {
  const files: { path: string; data: Uint8Array }[] = [];
  const add = (path: string) => files.push({ path, data: readInput(path) });
  if (!o.noStartFiles) add(runtimeFile(o, "crt1.o"));
  for (const input of inputs) {
    if ("library" in input) add(findLibrary(input.library, o.libraryDirs));
    else files.push(input);
  }
  if (!o.noStdLib) add(runtimeFile(o, "libc.a"));
  return link(files, { machine: o.machine, strip: o.strip, args: o.linkerArgs }).output;
}

function runtimeFile(o: CcOptions, name: "crt1.o" | "libc.a"): string {
  const path = libcFile(o.machine, name);
  if (!fileExists(path)) throw new GlassError([error(`cannot find ${name} for ${o.machine}: run 'npm run build' to build Glass libc`)]);
  return path;
}

function findLibrary(name: string, dirs: string[]): string {
  for (const dir of dirs) {
    const path = join(dir, `lib${name}.a`);
    if (fileExists(path)) return path;
  }
  throw new GlassError([error(`cannot find -l${name}`)]);
}
