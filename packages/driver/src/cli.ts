// The `glass` command: `glass <tool> args…`, or a shim named `glass-<tool>`. Each tool's
// module is loaded only when it is used, so `glass readelf` never pays for the C parser.

import { guard } from "./report.js";

type ToolMain = (argv: string[]) => Promise<number> | number;

const tools: Record<string, () => Promise<ToolMain>> = {
  cc: async () => (await import("./cc/main.js")).main,
  gcc: async () => (await import("./cc/main.js")).main,
  cpp: async () => (await import("./tools/cpp.js")).main,
  as: async () => (await import("./tools/as.js")).main,
  ld: async () => (await import("./tools/ld.js")).main,
  readelf: async () => (await import("./tools/binutils.js")).readelfMain,
  ar: async () => (await import("./tools/binutils.js")).arMain,
};

const usage = `Usage: glass <tool> [options] file...
Tools:
  cc       compile, assemble and link C programs (gcc-compatible flags: -E -S -c -o --target=)
  cpp      preprocess a C file (like gcc -E)
  as       assemble GNU-syntax assembly into an ELF object
  ld       link ELF objects and archives into an executable
  readelf  display information about ELF files
  ar       create and read archives
Targets: --target=x86_64-linux-gnu (default on x86-64 hosts) or --target=aarch64-linux-gnu
`;

async function run(argv: string[]): Promise<number> {
  const shim = /glass-(\w+)(\.js)?$/.exec(process.argv[1] ?? "");
  const [name, ...args] = shim ? [shim[1]!, ...argv] : argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(usage);
    return name ? 0 : 1;
  }
  if (name === "--version") {
    process.stdout.write("glass 0.1.0\n");
    return 0;
  }
  const load = tools[name];
  if (!load) {
    process.stderr.write(`glass: error: unknown tool '${name}'\n${usage}`);
    return 1;
  }
  const main = await load();
  return guard("glass", () => main(args));
}

process.exitCode = await run(process.argv.slice(2));
