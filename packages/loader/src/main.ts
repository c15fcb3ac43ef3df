// `glass load [options] PROGRAM [ARGS…]`: simulate starting PROGRAM and show the result.
//
//   --maps            /proc/PID/maps of the new process
//   --stack           the initial stack with addresses
//   --layout          the address space, region by region
//   --auxv            the auxiliary vector (like LD_SHOW_AUXV=1)
//   --json            the whole process image as JSON
//   --debug=CATS      LD_DEBUG-style trace: files,libs,reloc,symbols,bindings,versions,scopes,statistics,all
//   --no-aslr         no randomization (setarch -R);  --seed=N  randomize from seed N
//   --bind-now        resolve every PLT slot at startup (LD_BIND_NOW=1)
//   --sysroot=DIR     find the interpreter and libraries under DIR
//   --env NAME=VALUE  add to the (otherwise empty) environment, repeatable: ld.so reads LD_PRELOAD,
//                     LD_LIBRARY_PATH and LD_BIND_NOW from it;  --argv0=NAME
// Without an output option it prints the entry registers and a summary.

import { GlassError, render } from "@glass/diagnostics";
import { expandCategories, formatDebug } from "./ldso/debug-log.js";
import { load } from "./load.js";
import { processJson } from "./output/json.js";
import { formatLayout } from "./output/layout.js";
import { formatMaps } from "./output/maps.js";
import { formatStack } from "./output/stack.js";
import type { LoadOptions, Process } from "./process.js";

export interface LoaderIO {
  /** The file's bytes, or undefined if it does not exist. */
  readFile(path: string): Uint8Array | undefined;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The current directory, for $ORIGIN of a program named by a relative path. */
  cwd?: string;
}

const USAGE = "usage: glass load [--maps] [--stack] [--layout] [--auxv] [--json] [--debug=CATS] [--no-aslr | --seed=N] [--bind-now] [--sysroot=DIR] [--env NAME=VALUE] [--argv0=NAME] PROGRAM [ARGS...]\n";

/**
 * Runs `glass load`; returns the exit status: 0, 2 for a usage error, 1 when the kernel or
 * ld.so would refuse the program (the message says which, in their words; the real process
 * would end with 126 from the shell or 127 from ld.so).
 */
export function loadMain(argv: string[], io: LoaderIO): number {
  const show = new Set<string>();
  let debug: string | undefined;
  const opts: LoadOptions = { readFile: io.readFile, envp: [], ...(io.cwd !== undefined ? { cwd: io.cwd } : {}) };
  let argv0: string | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("-")) break;
    const [flag, value] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (["--maps", "--stack", "--layout", "--auxv", "--json"].includes(a)) show.add(a.slice(2));
    else if (flag === "--debug" && value !== undefined) debug = value;
    else if (a === "--no-aslr") opts.aslr = false;
    else if (flag === "--seed" && value !== undefined && /^\d+$/.test(value)) opts.seed = Number(value);
    else if (a === "--bind-now") opts.bindNow = true;
    else if (flag === "--sysroot" && value !== undefined) opts.sysroot = value;
    else if (flag === "--argv0" && value !== undefined) argv0 = value;
    else if (a === "--env" && argv[i + 1]?.includes("=")) opts.envp!.push(argv[++i]!);
    else if (a === "--help") {
      io.stdout(USAGE);
      return 0;
    } else {
      io.stderr(`glass load: unknown option '${a}'\n${USAGE}`);
      return 2;
    }
  }
  const path = argv[i];
  if (!path) {
    io.stderr(USAGE);
    return 2;
  }
  opts.argv = [argv0 ?? path, ...argv.slice(i + 1)];
  if (opts.aslr !== false && opts.seed === undefined) opts.seed = Math.floor(Math.random() * 2 ** 31);
  const categories = debug === undefined ? undefined : expandCategories(debug);
  if (typeof categories === "string") {
    io.stderr(categories + "\n");
    return 2;
  }
  let p: Process;
  try {
    p = load(path, opts);
  } catch (e) {
    if (!(e instanceof GlassError)) throw e;
    for (const d of e.diagnostics) io.stderr(render(d, "glass load") + "\n");
    return 1;
  }
  if (categories) io.stderr(formatDebug(p.debug, categories, opts.pid ?? 1));
  for (const w of p.warnings) io.stderr(`glass load: warning: ${w}\n`);
  if (show.has("json")) io.stdout(JSON.stringify(processJson(p), null, 2) + "\n");
  if (show.has("maps")) io.stdout(formatMaps(p));
  if (show.has("layout")) io.stdout(formatLayout(p));
  if (show.has("stack")) io.stdout(formatStack(p));
  if (show.has("auxv")) io.stdout(p.auxv.filter((a) => a.type !== 0).map((a) => `${(a.name + ":").padEnd(22)}0x${a.value.toString(16)}\n`).join(""));
  if (show.size === 0) io.stdout(summary(p));
  return 0;
}

function summary(p: Process): string {
  const h = (x: bigint): string => "0x" + x.toString(16);
  const lines = [
    `${p.arch.name} process: ${p.objects.length} object(s), ${p.memory.mappings.length} mappings, ${p.relocations.length} relocations, ${p.bindings.length} bindings`,
    `entry (AT_ENTRY) ${h(p.entry)}; first instruction at ${p.arch.pcName}=${h(p.registers[p.arch.pcName]!)}, ${p.arch.spName}=${h(p.stackPointer)}, brk=${h(p.brk)}`,
    ...p.objects.map((o) => `  ${o.kind.padEnd(11)} ${o.path} at ${h(o.base)}`),
    ...p.initializers.map((i) => `  init: ${i.object} ${i.kind} ${h(i.address)}${i.symbol ? ` <${i.symbol}>` : ""}`),
  ];
  return lines.join("\n") + "\n";
}
