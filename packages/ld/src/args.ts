// parseLdArgs: a GNU ld command line → inputs (in order, with their --whole-archive and
// --start-group positions) and LinkOptions. Reading the files is the caller's business
// (`glass ld` in the driver), so this stays pure.
//
// Understood: -o FILE, -e SYM, -L DIR, -l NAME, -static/-Bstatic, -s, -S, --gc-sections,
// --print-gc-sections, -Map=FILE, -M, --trace/-t, --whole-archive/--no-whole-archive,
// --start-group/--end-group (-( -)), -z noexecstack, -m elf_x86_64|aarch64linux.

import { GlassError, error } from "@glass/diagnostics";
import type { Machine } from "@glass/elf";
import type { InputPosition, LinkOptions } from "./options.js";

export type InputArg = ({ path: string } | { library: string }) & InputPosition;

export interface ParsedLdArgs {
  /** Files and -l libraries in command-line order. */
  inputs: InputArg[];
  options: LinkOptions;
  /** -o; "a.out" by default. */
  output: string;
  /** -Map=FILE: where to write the map. */
  mapFile?: string;
  /** -M: print the map on stdout. */
  printMap: boolean;
}

const emulations: Record<string, Machine> = {
  elf_x86_64: "x86_64",
  aarch64linux: "aarch64",
  aarch64elf: "aarch64",
};

function fail(message: string): never {
  throw new GlassError([error(message)]);
}

export function parseLdArgs(argv: string[]): ParsedLdArgs {
  const options: LinkOptions = { libraryPaths: [] };
  const parsed: ParsedLdArgs = { inputs: [], options, output: "a.out", printMap: false };
  let wholeArchive = false;
  let group: number | undefined;
  let groups = 0;
  const position = (): InputPosition => ({
    ...(wholeArchive ? { wholeArchive } : {}),
    ...(group !== undefined ? { group } : {}),
  });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    /** The value of `-x VALUE`, `-xVALUE`, `--x=VALUE` or `--x VALUE`. */
    const value = (short: string, long?: string): string | undefined => {
      for (const flag of [short, long]) {
        if (!flag) continue;
        if (arg === flag) {
          const next = argv[++i];
          return next ?? fail(`option '${flag}' requires an argument`);
        }
        if (flag.startsWith("--") ? arg.startsWith(flag + "=") : arg.startsWith(flag)) {
          return arg.slice(flag.length + (flag.startsWith("--") ? 1 : 0));
        }
      }
      return undefined;
    };
    let v: string | undefined;
    if (!arg.startsWith("-") || arg === "-") parsed.inputs.push({ path: arg, ...position() });
    else if (arg === "-static" || arg === "-Bstatic" || arg === "-S" || arg === "--strip-debug") continue;
    else if (arg === "-s" || arg === "--strip-all") options.strip = true;
    else if (arg === "--gc-sections") options.gcSections = true;
    else if (arg === "--no-gc-sections") options.gcSections = false;
    else if (arg === "--print-gc-sections") options.printGcSections = true;
    else if (arg === "-M" || arg === "--print-map") {
      parsed.printMap = true;
      options.map = true;
    } else if (arg === "-t" || arg === "--trace") options.trace = true;
    else if (arg === "--whole-archive") wholeArchive = true;
    else if (arg === "--no-whole-archive") wholeArchive = false;
    else if (arg === "--start-group" || arg === "-(") {
      if (group !== undefined) fail("nested groups are not allowed");
      group = ++groups;
    } else if (arg === "--end-group" || arg === "-)") {
      if (group === undefined) fail("group ended before it began (--help for usage)");
      group = undefined;
    } else if ((v = value("-Map", "--Map")) !== undefined) {
      parsed.mapFile = v.replace(/^=/, "");
      options.map = true;
    } else if ((v = value("-o", "--output")) !== undefined) parsed.output = v;
    else if ((v = value("-e", "--entry")) !== undefined) options.entry = v;
    else if ((v = value("-L", "--library-path")) !== undefined) options.libraryPaths!.push(v);
    else if ((v = value("-l", "--library")) !== undefined) parsed.inputs.push({ library: v, ...position() });
    else if ((v = value("-m")) !== undefined) options.machine = emulations[v] ?? fail(`unrecognised emulation mode: ${v}`);
    else if ((v = value("-z")) !== undefined) {
      if (v !== "noexecstack") fail(`unsupported -z option: ${v}`);
    } else fail(`unrecognized option '${arg}'`);
  }
  if (group !== undefined) fail("missing --end-group");
  return parsed;
}
