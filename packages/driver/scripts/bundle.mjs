// Builds the shipped glass CLI into dist/:
//
// 1. glass.js + glass-worker.js: ES modules bundled with esbuild, with one lazily loaded chunk
//    per tool, so each command loads only the stages it runs (`node bin/glass.js`, and the
//    worker threads of a parallel `glass cc`).
// 2. glass.blob: a Node start-up snapshot (node --build-snapshot) of src/snapshot.ts bundled
//    as one CommonJS file; the stages are loaded and warmed up in it (the C parser's grammar
//    already analysed), so `bin/glass` starts compiling at once. node-path records the node
//    binary that built it: a snapshot only loads into that exact node.
//
// A node without snapshot support just skips step 2; bin/glass then falls back to glass.js.
// Where node can build snapshots, a snapshot that fails to build fails the build.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { startupSnapshot } from "node:v8";

const common = { bundle: true, platform: "node", target: "node20", legalComments: "none", logLevel: "warning" };

rmSync("dist", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { glass: "src/glass.ts", "glass-worker": "src/glass-worker.ts" },
  outdir: "dist",
  splitting: true,
  format: "esm",
  sourcemap: true,
  banner: { js: 'import { createRequire as __glassRequire } from "node:module"; const require = __glassRequire(import.meta.url);' },
});

await build({
  ...common,
  entryPoints: ["src/snapshot.ts"],
  outfile: "dist/glass-snapshot.cjs",
  format: "cjs",
  // Without comments the source V8 keeps in the heap is a third smaller, and ASCII (one byte
  // per character): a smaller snapshot to read at every start.
  minifyWhitespace: true,
  define: { "import.meta.url": "__glassUrl" },
  banner: { js: 'const __glassUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// A node that can build snapshots must manage this one: a failure is a bug in what the
// snapshot holds (an object V8 cannot serialise), and a silent fallback would make every
// command ~400 ms slower.
const canSnapshot = typeof startupSnapshot?.isBuildingSnapshot === "function";
try {
  execFileSync(process.execPath, ["--snapshot-blob", "dist/glass.blob", "--build-snapshot", "dist/glass-snapshot.cjs"], { stdio: "inherit" });
  writeFileSync("dist/node-path", process.execPath + "\n");
} catch (e) {
  if (canSnapshot) throw new Error(`glass: building the start-up snapshot failed: ${e.message}`);
  console.warn(`glass: no start-up snapshot (${e.message}); bin/glass will load dist/glass.js`);
}
