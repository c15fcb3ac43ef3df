// The `glass` command: `glass <tool> args…` (a shim named `glass-<tool>` passes its tool
// name first). Each tool's module is loaded only when it is used, so `glass readelf` never
// pays for the C parser. Two entry points call `run`: glass.ts (the plain ES module that
// `node bin/glass.js` loads) and snapshot.ts (the start-up snapshot bin/glass runs).

import { guard, writeStdout } from "./report.js";
import { version } from "./version.js";

type ToolMain = (argv: string[]) => Promise<number> | number;

const tools: Record<string, () => Promise<ToolMain>> = {
  cc: async () => (await import("./cc/main.js")).main,
  gcc: async () => (await import("./cc/main.js")).main,
  cpp: async () => (await import("./tools/cpp.js")).main,
  as: async () => (await import("./tools/as.js")).main,
  ld: async () => (await import("./tools/ld.js")).main,
  readelf: async () => (await import("./tools/binutils.js")).binutilsMain("readelf"),
  objdump: async () => (await import("./tools/binutils.js")).binutilsMain("objdump"),
  nm: async () => (await import("./tools/binutils.js")).binutilsMain("nm"),
  size: async () => (await import("./tools/binutils.js")).binutilsMain("size"),
  strings: async () => (await import("./tools/binutils.js")).binutilsMain("strings"),
  ar: async () => (await import("./tools/binutils.js")).binutilsMain("ar"),
  load: async () => (await import("./tools/load.js")).main,
};

const usage = `Usage: glass <tool> [options] file...
Tools:
  cc       compile, assemble and link C programs (gcc's flags; see glass cc --help)
  cpp      preprocess a C file (like gcc -E)
  as       assemble GNU-syntax assembly into an ELF object
  ld       link ELF objects and archives into an executable
  readelf  objdump  nm  size  strings   display information about ELF files
  ar       create and read archives
  load     simulate execve and ld.so starting a program (--maps --stack --layout --debug=…)
Each tool is also installed as glass-<tool> (glass-cc, glass-as, …).
Targets: --target=x86_64-linux-gnu (default on x86-64 hosts) or --target=aarch64-linux-gnu
`;

export async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    writeStdout(usage);
    return name ? 0 : 1;
  }
  if (name === "--version") {
    writeStdout(`glass ${version}\n`);
    return 0;
  }
  const load = tools[name];
  if (!load) {
    process.stderr.write(`glass: error: unknown tool '${name}'\n${usage}`);
    return 1;
  }
  return guard("glass", async () => (await load())(args), args.includes("--debug"));
}
