// `glass cc`'s command line, read the way gcc reads it.
//
// Flags select how far the pipeline goes (-E, -S, -c, or all the way to a linked program),
// where outputs go (-o), the target (--target=), and what each stage is told (-I/-D for the
// preprocessor, -fdump-* for the compiler, -L/-l/-Wl for the linker). Everything else is an
// input file, classified later by its extension.

import type { Machine } from "@glass/elf";
import { GlassError, error } from "@glass/diagnostics";
import { hostMachine, parseTarget } from "../target.js";

export type Stop = "preprocess" | "compile" | "assemble" | "link";

export interface CcOptions {
  stop: Stop;
  output?: string;
  machine: Machine;
  inputs: string[];
  /** Preprocessor: -I, -iquote, -isystem, -D/-U (in order), -include. */
  includeDirs: string[];
  quoteDirs: string[];
  systemDirs: string[];
  macros: { define: boolean; text: string }[];
  forcedIncludes: string[];
  noStdInc: boolean;
  noLineMarkers: boolean;
  /** Compiler dumps requested with -fdump-tokens/-fdump-ast/-fdump-ir. */
  dumps: ("tokens" | "ast" | "ir")[];
  /** Linker: -L dirs, -l names (with their position among inputs), raw -Wl args. */
  libraryDirs: string[];
  linkerArgs: string[];
  noStdLib: boolean;
  noStartFiles: boolean;
  strip: boolean;
  /** Assembler listing (-Wa,-al). */
  asListing: boolean;
  verbose: boolean;
  saveTemps: boolean;
}

/** Flags gcc accepts that do not change what Glass produces today (documented in docs/driver.md). */
const accepted = /^(-O[0-3sgz]?|-g[0-3]?|-ggdb|-std=.*|-pedantic(-errors)?|-w|-W(?!l,|a,|p,).*|-pipe|-static|-no-pie|-fno-pie|-fno-pic|-fPIC|-fpic|-fPIE|-fpie|-fno-common|-fcommon|-fno-builtin|-ffreestanding|-m64|--debug)$/;

export function parseCcArgs(argv: string[]): CcOptions {
  const o: CcOptions = {
    stop: "link",
    machine: hostMachine(),
    inputs: [],
    includeDirs: [],
    quoteDirs: [],
    systemDirs: [],
    macros: [],
    forcedIncludes: [],
    noStdInc: false,
    noLineMarkers: false,
    dumps: [],
    libraryDirs: [],
    linkerArgs: [],
    noStdLib: false,
    noStartFiles: false,
    strip: false,
    asListing: false,
    verbose: false,
    saveTemps: false,
  };
  // Flags that take a value, either joined (-Ifoo) or as the next argument (-I foo).
  const valued: Record<string, (v: string) => void> = {
    "-o": (v) => (o.output = v),
    "-I": (v) => o.includeDirs.push(v),
    "-iquote": (v) => o.quoteDirs.push(v),
    "-isystem": (v) => o.systemDirs.push(v),
    "-D": (v) => o.macros.push({ define: true, text: v }),
    "-U": (v) => o.macros.push({ define: false, text: v }),
    "-include": (v) => o.forcedIncludes.push(v),
    "-L": (v) => o.libraryDirs.push(v),
    "-l": (v) => o.inputs.push(`-l${v}`),
    "-target": (v) => (o.machine = parseTarget(v)),
    "-Xlinker": (v) => o.linkerArgs.push(v),
  };
  const missing = (flag: string) => new GlassError([error(`missing argument to '${flag}'`)]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-E") o.stop = "preprocess";
    else if (a === "-S") o.stop = "compile";
    else if (a === "-c") o.stop = "assemble";
    else if (a === "-P") o.noLineMarkers = true;
    else if (a === "-v") o.verbose = true;
    else if (a === "-save-temps") o.saveTemps = true;
    else if (a === "-nostdinc") o.noStdInc = true;
    else if (a === "-nostdlib") o.noStdLib = o.noStartFiles = true;
    else if (a === "-nostartfiles") o.noStartFiles = true;
    else if (a === "-s") o.strip = true;
    else if (a.startsWith("--target=")) o.machine = parseTarget(a.slice("--target=".length));
    else if (a.startsWith("-fdump-")) {
      const what = a.slice("-fdump-".length);
      if (what !== "tokens" && what !== "ast" && what !== "ir") throw new GlassError([error(`unrecognized command-line option '${a}'`)]);
      o.dumps.push(what);
    } else if (a.startsWith("-Wl,")) o.linkerArgs.push(...a.slice(4).split(",").filter((s) => s !== ""));
    else if (a.startsWith("-Wa,")) {
      for (const f of a.slice(4).split(",")) {
        if (/^-a[lhnsc]*$/.test(f)) o.asListing = true;
        else if (f !== "") throw new GlassError([error(`unsupported assembler option '${f}' in '${a}'`)]);
      }
    } else if (a in valued) {
      const v = argv[++i];
      if (v === undefined) throw missing(a);
      valued[a]!(v);
    } else if (a.length > 2 && a.slice(0, 2) in valued && a[1] !== "-") valued[a.slice(0, 2)]!(a.slice(2));
    else if (accepted.test(a)) continue;
    else if (a === "-") o.inputs.push(a);
    else if (a.startsWith("-")) throw new GlassError([error(`unrecognized command-line option '${a}'`)]);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new GlassError([{ severity: "error", message: "no input files" }]);
  const sources = o.inputs.filter((f) => !f.startsWith("-l"));
  if (o.output && o.stop !== "link" && o.stop !== "preprocess" && sources.length > 1)
    throw new GlassError([error("cannot specify '-o' with '-c', '-S' or '-E' with multiple files")]);
  return o;
}
