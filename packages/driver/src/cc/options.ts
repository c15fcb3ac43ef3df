// `glass cc`'s command line, read the way gcc reads it (gcc manual, "Option Summary").
//
// The flags are a table: each entry names a flag, says how it takes its value (none,
// joined `-Idir`, separate `-I dir`, either, or `--flag=value`) and what it sets. The loop
// below the table only matches arguments against it; everything that is not a flag is an
// input, kept in command-line order together with -l and -Wl, because that order matters to
// the linker exactly as it does for gcc. docs/driver.md lists every flag with its status.

import type { Machine } from "@glass/elf";
import { GlassError, error, warning, type Diagnostic } from "@glass/diagnostics";
import { hostMachine, parseTarget } from "../target.js";
import { parseLanguage, type Language } from "./inputs.js";

export type Stop = "preprocess" | "syntax" | "compile" | "assemble" | "link";

/** Inputs and linker items in command-line order. */
export type Item =
  | { kind: "file"; path: string; language?: Language }
  | { kind: "library"; name: string }
  | { kind: "linker-arg"; args: string[] };

export interface DependencyOptions {
  /** -M / -MM: the rule replaces the preprocessed output. */
  only: boolean;
  /** -MD / -MMD: write a .d file as a side effect of compiling. */
  sideEffect: boolean;
  /** -MM / -MMD: leave out system headers. */
  userOnly: boolean;
  file?: string;
  targets: string[];
  phony: boolean;
}

export interface CcOptions {
  stop: Stop;
  output?: string;
  machine: Machine;
  libc: "glass" | "glibc";
  sysroot?: string;
  items: Item[];
  // Preprocessor.
  includeDirs: string[];
  quoteDirs: string[];
  systemDirs: string[];
  afterDirs: string[];
  macros: { define: boolean; text: string }[];
  forcedIncludes: string[];
  noStdInc: boolean;
  noLineMarkers: boolean;
  keepComments: boolean;
  dumpMacros: boolean;
  deps: DependencyOptions;
  // Compiler.
  optimize: string;
  std?: string;
  charSign?: "signed" | "unsigned";
  /** -w, -Werror, -Werror=x, -Wno-x, -Wno-error=x, -pedantic-errors. */
  warnings: { none: boolean; error: boolean; disabled: Set<string>; errors: Set<string>; notErrors: Set<string> };
  dumps: ("tokens" | "ast" | "ir")[];
  // Assembler.
  asListing: boolean;
  // Linker.
  libraryDirs: string[];
  static: boolean;
  shared: boolean;
  pie: boolean;
  /** Code model for the compiler: -fPIC/-fpic, -fPIE/-fpie, -fno-pic (the default). */
  pic: "none" | "pie" | "pic";
  /** -ffunction-sections / -fdata-sections: each function / object in a section of its own. */
  functionSections: boolean;
  dataSections: boolean;
  noStartFiles: boolean;
  noDefaultLibs: boolean;
  rdynamic: boolean;
  strip: boolean;
  scripts: string[];
  // Driver.
  verbose: boolean;
  dryRun: boolean;
  saveTemps: boolean;
  /** -ftime-report: print where the time went. */
  timeReport: boolean;
  /** -jN: how many translation units at once (default: the machine's cores). */
  jobs?: number;
  /** -print-*, -dump*, --version, --help: answer and exit without compiling. */
  query?: { what: string; arg?: string };
  /** Messages about the command line itself (ignored flags). */
  notes: Diagnostic[];
}

type Arity = "none" | "joined" | "separate" | "either" | "equals";

/** What the loop carries from one argument to the next: the `-x` language in force. */
interface ParseState {
  language?: Language;
}

interface Flag {
  name: string;
  arity: Arity;
  set: (o: CcOptions, value: string, arg: string, state: ParseState) => void;
}

const fail = (message: string): never => {
  throw new GlassError([error(message)]);
};

const dumpKinds = ["tokens", "ast", "ir"] as const;
const standards = /^(c|gnu)(89|90|99|9x|11|1x|17|18)$|^iso9899:(1990|199409|1999|2011|2017|2018)$/;

function linkerArgs(o: CcOptions, args: string[]) {
  const list = args.filter((a) => a !== "");
  if (list.length) o.items.push({ kind: "linker-arg", args: list });
}

/** -Wa,… : the listing flags Glass's assembler has; other GNU as flags that change nothing here. */
function assemblerArgs(o: CcOptions, arg: string) {
  for (const f of arg.slice(4).split(",")) {
    if (/^-a[lhnsc]*(=.*)?$/.test(f)) o.asListing = true;
    else if (/^(--64|-g|--gdwarf-\d|--noexecstack|-mrelax-relocations=(yes|no)|)$/.test(f)) continue;
    else fail(`unsupported assembler option '${f}' in '${arg}'`);
  }
}

/** -W…: warning switches. Unknown names are accepted silently (as the issue asks; gcc rejects them). */
function warningFlag(o: CcOptions, arg: string) {
  const w = o.warnings;
  if (arg === "-Werror") w.error = true;
  else if (arg === "-Wno-error") w.error = false;
  else if (arg.startsWith("-Werror=")) w.errors.add(arg.slice(8));
  else if (arg.startsWith("-Wno-error=")) w.notErrors.add(arg.slice(11));
  else if (arg.startsWith("-Wno-")) w.disabled.add(arg.slice(5));
  else w.disabled.delete(arg.slice(2));
}

/** -f…: the ones Glass understands or accepts, then a warning for the rest. */
function fFlag(o: CcOptions, arg: string) {
  const name = arg.slice(2);
  if (name.startsWith("dump-")) {
    const what = name.slice(5) as (typeof dumpKinds)[number];
    if (!dumpKinds.includes(what)) fail(`unrecognized command-line option '${arg}' (Glass dumps: -fdump-tokens, -fdump-ast, -fdump-ir)`);
    o.dumps.push(what);
  } else if (name === "syntax-only") o.stop = "syntax";
  else if (name === "time-report") o.timeReport = true;
  else if (name === "unsigned-char") o.charSign = "unsigned";
  else if (name === "signed-char") o.charSign = "signed";
  else if (/^(PIC|pic)$/.test(name)) o.pic = "pic";
  else if (/^(PIE|pie)$/.test(name)) o.pic = "pie";
  else if (/^no-(PIC|pic|PIE|pie)$/.test(name)) o.pic = "none";
  else if (/^(no-)?function-sections$/.test(name)) o.functionSections = !name.startsWith("no-");
  else if (/^(no-)?data-sections$/.test(name)) o.dataSections = !name.startsWith("no-");
  else if (acceptedF.test(name)) return;
  else o.notes.push(warning(`command-line option '${arg}' is not supported by Glass; ignored`));
}

/** -f flags that are accepted and change nothing Glass produces (docs/driver.md says why). */
const acceptedF =
  /^(no-)?(common|builtin|freestanding|hosted|strict-aliasing|omit-frame-pointer|stack-protector(-strong|-all)?|asynchronous-unwind-tables|unwind-tables|exceptions|diagnostics-color(=.*)?|ident|plt|semantic-interposition|inline|math-errno|visibility=.*|diagnostics-show-option|lto|fat-lto-objects|message-length=.*|merge-constants|stack-clash-protection|cf-protection(=.*)?|trapping-math|wrapv|gnu89-inline|debug-prefix-map=.*|macro-prefix-map=.*|file-prefix-map=.*|max-errors=.*|pch-preprocess|working-directory|show-column|verbose-asm|zero-initialized-in-bss|dollars-in-identifiers|gnu-keywords|asm|keep-inline-functions|align-functions(=.*)?)$/;

const flags: Flag[] = [
  // Stage and output.
  { name: "-E", arity: "none", set: (o) => (o.stop = "preprocess") },
  { name: "-S", arity: "none", set: (o) => o.stop !== "preprocess" && o.stop !== "syntax" && (o.stop = "compile") },
  { name: "-c", arity: "none", set: (o) => o.stop === "link" && (o.stop = "assemble") },
  { name: "-o", arity: "either", set: (o, v) => (o.output = v) },
  { name: "-x", arity: "either", set: (_o, v, _a, st) => (st.language = parseLanguage(v) === "none" ? undefined : parseLanguage(v)) },
  { name: "-pipe", arity: "none", set: () => {} },
  // Preprocessor.
  { name: "-I", arity: "either", set: (o, v) => o.includeDirs.push(v) },
  { name: "-iquote", arity: "either", set: (o, v) => o.quoteDirs.push(v) },
  { name: "-isystem", arity: "either", set: (o, v) => o.systemDirs.push(v) },
  { name: "-idirafter", arity: "either", set: (o, v) => o.afterDirs.push(v) },
  { name: "-D", arity: "either", set: (o, v) => o.macros.push({ define: true, text: v }) },
  { name: "-U", arity: "either", set: (o, v) => o.macros.push({ define: false, text: v }) },
  { name: "-include", arity: "either", set: (o, v) => o.forcedIncludes.push(v) },
  { name: "-nostdinc", arity: "none", set: (o) => (o.noStdInc = true) },
  { name: "-P", arity: "none", set: (o) => (o.noLineMarkers = true) },
  { name: "-C", arity: "none", set: (o) => (o.keepComments = true) },
  { name: "-dM", arity: "none", set: (o) => (o.dumpMacros = true) },
  // -M and -MM imply -E: the rule is the output.
  { name: "-M", arity: "none", set: (o) => Object.assign(o.deps, { only: true, userOnly: false }) && (o.stop = "preprocess") },
  { name: "-MM", arity: "none", set: (o) => Object.assign(o.deps, { only: true, userOnly: true }) && (o.stop = "preprocess") },
  { name: "-MD", arity: "none", set: (o) => Object.assign(o.deps, { sideEffect: true, userOnly: false }) },
  { name: "-MMD", arity: "none", set: (o) => Object.assign(o.deps, { sideEffect: true, userOnly: true }) },
  { name: "-MF", arity: "either", set: (o, v) => (o.deps.file = v) },
  { name: "-MT", arity: "either", set: (o, v) => o.deps.targets.push(v) },
  { name: "-MQ", arity: "either", set: (o, v) => o.deps.targets.push(v.replace(/\$/g, "$$$$")) },
  { name: "-MP", arity: "none", set: (o) => (o.deps.phony = true) },
  { name: "-Wp,", arity: "joined", set: (o, v, _a, st) => preprocessorArgs(o, v, st) },
  // Compiler.
  { name: "-O", arity: "joined", set: (o, v) => (o.optimize = /^([0-9]+|s|g|z|fast|)$/.test(v) ? v || "1" : fail(`argument to '-O' should be a non-negative integer, 'g', 's', 'z' or 'fast'`)) },
  { name: "-g", arity: "joined", set: () => {} },
  { name: "-std=", arity: "joined", set: (o, v) => (o.std = standards.test(v) ? v : fail(`unrecognized command-line option '-std=${v}' (Glass knows c89 c99 c11 c17 and the gnu variants)`)) },
  { name: "-ansi", arity: "none", set: (o) => (o.std = "c89") },
  { name: "-w", arity: "none", set: (o) => (o.warnings.none = true) },
  { name: "-pedantic", arity: "none", set: () => {} },
  { name: "-Wpedantic", arity: "none", set: () => {} },
  { name: "-pedantic-errors", arity: "none", set: (o) => o.warnings.errors.add("pedantic") },
  { name: "-Wa,", arity: "joined", set: (o, _v, arg) => assemblerArgs(o, arg) },
  { name: "-Wl,", arity: "joined", set: (o, v) => linkerArgs(o, v.split(",")) },
  { name: "-W", arity: "joined", set: (o, _v, arg) => warningFlag(o, arg) },
  { name: "-f", arity: "joined", set: (o, _v, arg) => fFlag(o, arg) },
  { name: "-m64", arity: "none", set: () => {} },
  { name: "-m", arity: "joined", set: (o, _v, arg) => o.notes.push(warning(`command-line option '${arg}' is not supported by Glass; ignored`)) },
  // Target.
  { name: "--target", arity: "equals", set: (o, v) => (o.machine = parseTarget(v)) },
  { name: "-target", arity: "separate", set: (o, v) => (o.machine = parseTarget(v)) },
  { name: "--libc", arity: "equals", set: (o, v) => (o.libc = v === "glass" || v === "glibc" ? v : fail(`unknown libc '${v}' (use --libc=glass or --libc=glibc)`)) },
  { name: "--sysroot", arity: "equals", set: (o, v) => (o.sysroot = v) },
  // Linker.
  { name: "-L", arity: "either", set: (o, v) => o.libraryDirs.push(v) },
  { name: "-l", arity: "either", set: (o, v) => o.items.push({ kind: "library", name: v }) },
  { name: "-static", arity: "none", set: (o) => (o.static = true) },
  { name: "-shared", arity: "none", set: (o) => (o.shared = true) },
  { name: "-pie", arity: "none", set: (o) => (o.pie = true) },
  { name: "-no-pie", arity: "none", set: (o) => (o.pie = false) },
  { name: "-nostdlib", arity: "none", set: (o) => (o.noStartFiles = o.noDefaultLibs = true) },
  { name: "-nostartfiles", arity: "none", set: (o) => (o.noStartFiles = true) },
  { name: "-nodefaultlibs", arity: "none", set: (o) => (o.noDefaultLibs = true) },
  { name: "-rdynamic", arity: "none", set: (o) => (o.rdynamic = true) },
  { name: "-s", arity: "none", set: (o) => (o.strip = true) },
  { name: "-Xlinker", arity: "separate", set: (o, v) => linkerArgs(o, [v]) },
  { name: "-T", arity: "either", set: (o, v) => o.scripts.push(v) },
  // Introspection.
  { name: "-v", arity: "none", set: (o) => (o.verbose = true) },
  { name: "-###", arity: "none", set: (o) => (o.verbose = o.dryRun = true) },
  { name: "-save-temps", arity: "none", set: (o) => (o.saveTemps = true) },
  { name: "-j", arity: "joined", set: (o, v) => (o.jobs = /^[1-9][0-9]*$/.test(v) ? Number(v) : fail(`invalid job count '-j${v}'`)) },
  { name: "--debug", arity: "none", set: () => {} },
  ...["-print-file-name=", "-print-prog-name="].map((name): Flag => ({ name, arity: "joined", set: (o, v) => (o.query = { what: name, arg: v }) })),
  ...["-print-search-dirs", "-print-libgcc-file-name", "-dumpmachine", "-dumpversion", "-dumpfullversion", "--version", "--help"].map(
    (name): Flag => ({ name, arity: "none", set: (o) => (o.query ??= { what: name }) }),
  ),
];

/** -Wp,… : preprocessor flags passed through, read by the same table. */
function preprocessorArgs(o: CcOptions, value: string, state: ParseState) {
  const args = value.split(",").filter((a) => a !== "");
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-(I|D|U|M|include|iquote|isystem|idirafter|P|C|dM|nostdinc)/.test(a)) fail(`unsupported preprocessor option '${a}' in '-Wp,${value}'`);
    i = applyFlag(o, args, i, state) ?? fail(`unsupported preprocessor option '${a}'`);
  }
}

function newOptions(): CcOptions {
  return {
    stop: "link",
    machine: hostMachine(),
    libc: "glass",
    items: [],
    includeDirs: [],
    quoteDirs: [],
    systemDirs: [],
    afterDirs: [],
    macros: [],
    forcedIncludes: [],
    noStdInc: false,
    noLineMarkers: false,
    keepComments: false,
    dumpMacros: false,
    deps: { only: false, sideEffect: false, userOnly: false, targets: [], phony: false },
    optimize: "0",
    warnings: { none: false, error: false, disabled: new Set(), errors: new Set(), notErrors: new Set() },
    dumps: [],
    asListing: false,
    libraryDirs: [],
    static: false,
    shared: false,
    pie: false,
    pic: "none",
    functionSections: false,
    dataSections: false,
    noStartFiles: false,
    noDefaultLibs: false,
    rdynamic: false,
    strip: false,
    scripts: [],
    verbose: false,
    dryRun: false,
    saveTemps: false,
    timeReport: false,
    notes: [],
  };
}

/** Matches argv[i] against the table; returns the index of the last argument used, or undefined. */
function applyFlag(o: CcOptions, argv: string[], i: number, state: ParseState): number | undefined {
  const arg = argv[i]!;
  // The longest flag name that matches wins (-MMD before -M, -isystem before -I).
  let best: { flag: Flag; value: string | undefined } | undefined;
  for (const flag of flags) {
    if (best && best.flag.name.length >= flag.name.length) continue;
    const { name, arity } = flag;
    if (arg === name && arity !== "joined") best = { flag, value: undefined };
    else if (arg === name && arity === "joined") best = { flag, value: "" };
    else if ((arity === "joined" || arity === "either") && arg.startsWith(name) && arg.length > name.length) best = { flag, value: arg.slice(name.length) };
    else if (arity === "equals" && arg.startsWith(name + "=")) best = { flag, value: arg.slice(name.length + 1) };
    else if (arity === "equals" && arg === name) best = { flag, value: undefined };
  }
  if (!best) return undefined;
  const { flag } = best;
  let value = best.value;
  if (value === undefined && flag.arity !== "none") {
    value = argv[++i];
    if (value === undefined) fail(`missing argument to '${arg}'`);
  }
  flag.set(o, value ?? "", arg, state);
  return i;
}

export function parseCcArgs(argv: string[]): CcOptions {
  const o = newOptions();
  const state: ParseState = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-" || !arg.startsWith("-")) {
      const language = state.language;
      if (arg === "-" && !language && o.stop !== "preprocess" && !argv.includes("-E")) fail("-E or -x required when input is from standard input");
      // Standard input has no extension: under -E, gcc reads it as C.
      const kind = language ?? (arg === "-" ? "c" : undefined);
      o.items.push({ kind: "file", path: arg, ...(kind ? { language: kind } : {}) });
      continue;
    }
    i = applyFlag(o, argv, i, state) ?? fail(`unrecognized command-line option '${arg}'`);
  }
  return check(o);
}

/** Combinations gcc refuses, refused the same way. */
function check(o: CcOptions): CcOptions {
  if (o.query) return o;
  const files = o.items.filter((i) => i.kind === "file");
  if (files.length === 0) {
    if (o.verbose) return o; // `glass cc -v` prints the version, like gcc -v
    fail("no input files");
  }
  const sources = files.length;
  if (o.output !== undefined && o.stop !== "link" && sources > 1 && !(o.stop === "preprocess" && o.deps.only))
    fail("cannot specify '-o' with '-c', '-S' or '-E' with multiple files");
  if (o.shared && o.pie) fail("'-shared' and '-pie' cannot be used together");
  if (o.shared && o.static && o.libc === "glass") fail("'-shared' and '-static' cannot be used together");
  return o;
}
