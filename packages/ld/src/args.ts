// parseLdArgs: a GNU ld command line → inputs (in order, with their --whole-archive and
// --start-group positions) and LinkOptions. Reading the files is the caller's business
// (`glass ld` in the driver), so this stays pure.
//
// Understood: -o FILE, -e SYM, -L DIR, -l NAME, -s, -S, --gc-sections, --print-gc-sections,
// -T/--script FILE, -Map=FILE, -M, --trace/-t, --whole-archive/--no-whole-archive, --start-group/--end-group
// (-( -)), -m elf_x86_64|aarch64linux; for dynamic linking -shared, -pie/-no-pie,
// -dynamic-linker/-I FILE, -soname/-h NAME, -rpath DIR, -z now|lazy|relro|norelro|defs|noexecstack|
// separate-code|noseparate-code,
// --hash-style=sysv|gnu|both, --export-dynamic/-E, -Bsymbolic, --no-undefined; and, positional
// like the input flags, -Bstatic/-static / -Bdynamic, --as-needed/--no-as-needed,
// --push-state/--pop-state; from gcc's collect2 line --build-id, --eh-frame-hdr, and (no effect
// here) -X -EL --sysroot=/ --fix-cortex-a53-843419 -plugin FILE -plugin-opt=….

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

/** `-z KEYWORD`. */
function zOption(options: LinkOptions, keyword: string): void {
  const effects: Record<string, Partial<LinkOptions>> = {
    now: { bindNow: true },
    lazy: { bindNow: false },
    relro: { relro: true },
    norelro: { relro: false },
    defs: { noUndefined: true },
    undefs: { noUndefined: false },
    noexecstack: {},
    "separate-code": { separateCode: true },
    "noseparate-code": { separateCode: false },
  };
  const effect = effects[keyword] ?? fail(`unsupported -z option: ${keyword}`);
  Object.assign(options, effect);
}

export function parseLdArgs(argv: string[]): ParsedLdArgs {
  const options: LinkOptions = { libraryPaths: [] };
  const parsed: ParsedLdArgs = { inputs: [], options, output: "a.out", printMap: false };
  let state = { wholeArchive: false, asNeeded: false, static: false };
  const saved: (typeof state)[] = [];
  let group: number | undefined;
  let groups = 0;
  const position = (): InputPosition => ({
    ...(state.wholeArchive ? { wholeArchive: true } : {}),
    ...(group !== undefined ? { group } : {}),
    ...(state.asNeeded ? { asNeeded: true } : {}),
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
    else if (arg === "-S" || arg === "--strip-debug") continue;
    // What gcc's collect2 line adds that changes nothing here: -X drops .L locals (Glass writes
    // none), -EL is the only byte order, --fix-cortex-a53-843419 works around an erratum of
    // one CPU by rewriting some ADRPs at page ends (not done: the code runs as it is on others),
    // and the LTO plugin (-plugin, -plugin-opt=…) only matters for objects holding GCC's IR,
    // which Glass cannot read anyway (they fail as objects without code).
    else if (["-X", "--discard-locals", "-EL", "--fix-cortex-a53-843419", "--no-fix-cortex-a53-843419"].includes(arg)) continue;
    else if (arg.startsWith("-plugin-opt=") || arg.startsWith("--plugin-opt=")) continue;
    else if (arg === "-plugin" || arg === "--plugin") i++;
    else if (arg === "--build-id" || arg === "--build-id=sha1") options.buildId = true;
    else if (arg === "--build-id=none") options.buildId = false;
    else if (arg.startsWith("--build-id=")) fail(`unsupported --build-id style: ${arg.slice(11)} (Glass makes sha1)`);
    else if (arg === "--eh-frame-hdr") options.ehFrameHdr = true;
    else if (arg === "--no-eh-frame-hdr") options.ehFrameHdr = false;
    else if (arg === "--sysroot=/") continue;
    else if (["-static", "-Bstatic", "-dn", "-non_shared"].includes(arg)) state.static = true;
    else if (["-Bdynamic", "-dy", "-call_shared"].includes(arg)) state.static = false;
    else if (arg === "--as-needed") state.asNeeded = true;
    else if (arg === "--no-as-needed") state.asNeeded = false;
    else if (arg === "--push-state") saved.push({ ...state });
    else if (arg === "--pop-state") state = saved.pop() ?? fail("--pop-state without --push-state");
    else if (arg === "-shared" || arg === "-Bshareable") options.shared = true;
    else if (arg === "-pie" || arg === "--pic-executable") options.pie = true;
    else if (arg === "-no-pie" || arg === "--no-pic-executable") options.pie = false;
    else if (arg === "--export-dynamic" || arg === "-E") options.exportDynamic = true;
    else if (arg === "--no-export-dynamic") options.exportDynamic = false;
    else if (arg === "-Bsymbolic") options.symbolic = true;
    else if (arg === "--no-undefined") options.noUndefined = true;
    else if (arg === "-s" || arg === "--strip-all") options.strip = true;
    else if (arg === "--gc-sections") options.gcSections = true;
    else if (arg === "--no-gc-sections") options.gcSections = false;
    else if (arg === "--print-gc-sections") options.printGcSections = true;
    else if (arg === "-M" || arg === "--print-map") {
      parsed.printMap = true;
      options.map = true;
    } else if (arg === "-t" || arg === "--trace") options.trace = true;
    else if (arg === "--whole-archive") state.wholeArchive = true;
    else if (arg === "--no-whole-archive") state.wholeArchive = false;
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
    else if (/^-T(text|data|bss|ldata|text-segment|rodata-segment)\b/.test(arg)) fail(`unrecognized option '${arg}' (place sections with a -T script)`);
    else if ((v = value("-T", "--script")) !== undefined) options.script = v;
    else if ((v = value("-L", "--library-path")) !== undefined) options.libraryPaths!.push(v);
    else if ((v = value("-l", "--library")) !== undefined)
      parsed.inputs.push({ library: v, ...position(), ...(state.static ? { static: true } : {}) });
    else if ((v = value("-m")) !== undefined) options.machine = emulations[v] ?? fail(`unrecognised emulation mode: ${v}`);
    else if ((v = value("-dynamic-linker", "--dynamic-linker")) !== undefined) options.dynamicLinker = v;
    else if ((v = value("-soname", "--soname")) !== undefined) options.soname = v;
    else if ((v = value("-rpath", "--rpath")) !== undefined) (options.rpath ??= []).push(v);
    else if ((v = value("--hash-style")) !== undefined) {
      if (v !== "sysv" && v !== "gnu" && v !== "both") fail(`unknown hash style: ${v}`);
      options.hashStyle = v;
    } else if ((v = value("-z")) !== undefined) zOption(options, v);
    else if ((v = value("-I")) !== undefined) options.dynamicLinker = v;
    else if ((v = value("-h")) !== undefined) options.soname = v;
    else fail(`unrecognized option '${arg}'`);
  }
  if (group !== undefined) fail("missing --end-group");
  return parsed;
}
