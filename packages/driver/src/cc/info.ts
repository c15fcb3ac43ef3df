// The questions `glass cc` answers without compiling anything, the way build systems ask
// gcc: -dumpmachine, -dumpversion, --version, --help, -print-file-name=, -print-prog-name=,
// -print-search-dirs (autoconf, CMake and libtool all use some of these).

import { join } from "node:path";
import type { CcOptions } from "./options.js";
import { fileExists } from "../node-io.js";
import { driverRoot, libraryDirs } from "../runtime.js";
import { triple } from "../target.js";
import { version } from "../version.js";

/** The tools `-print-prog-name=` knows: each is a glass-<tool> shim next to bin/glass. */
const programs = new Set(["cc", "cpp", "as", "ld", "ar", "readelf", "objdump", "nm", "size", "strings"]);

const binDir = join(driverRoot, "bin");

export const help = `Usage: glass cc [options] file...
Compiles, assembles and links C programs, reading gcc's command line. Main options:
  -E  -S  -c  -o FILE  -fsyntax-only    stop after a stage / name the output
  -x c|cpp-output|assembler|assembler-with-cpp|none
  -I DIR -iquote DIR -isystem DIR -D NAME[=VAL] -U NAME -include FILE -nostdinc
  -M -MM -MD -MMD -MF FILE -MT TARGET -MQ TARGET -MP -P -C -dM
  -O0..-O3 -Os -g -std=c99|c11|c17|gnu99|gnu11|gnu17 -w -Wall -Werror -Wno-NAME
  --target=x86_64-linux-gnu|aarch64-linux-gnu  --libc=glass|glibc  --sysroot=DIR
  -L DIR -l NAME -static -shared -pie -nostdlib -nostartfiles -nodefaultlibs -s -rdynamic
  -Wl,ARGS -Xlinker ARG -Wa,ARGS -Wp,ARGS -T SCRIPT
  -v (show each stage as a glass command)  -### (show, do not run)  -save-temps  -jN
  -fdump-tokens -fdump-ast -fdump-ir   (what the compiler made of the program)
See docs/driver.md for every flag and its status.
`;

export function answer(o: CcOptions): string {
  const q = o.query!;
  const libs = [...o.libraryDirs, ...libraryDirs(o)];
  switch (q.what) {
    case "--version":
      return `glass ${version} (Glass C toolchain)\nTarget: ${triple(o.machine)}\n`;
    case "--help":
      return help;
    case "-dumpversion":
    case "-dumpfullversion":
      return `${version}\n`;
    case "-dumpmachine":
      return `${triple(o.machine)}\n`;
    case "-print-prog-name=":
      return `${programs.has(q.arg!) ? join(binDir, `glass-${q.arg}`) : q.arg}\n`;
    case "-print-file-name=":
      return `${libs.map((d) => join(d, q.arg!)).find(fileExists) ?? q.arg}\n`;
    case "-print-libgcc-file-name":
      return "libgcc.a\n";
    default: // -print-search-dirs
      return `install: ${driverRoot}/\nprograms: =${binDir}/\nlibraries: =${libs.join(":")}\n`;
  }
}
