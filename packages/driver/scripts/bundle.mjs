// Bundles the glass CLI into dist/ with esbuild: one entry (glass.js) plus lazily loaded
// chunks, one per tool, so each command loads only the stages it runs. The shipped CLI is
// this compiled JavaScript; tsx is for development only.
import { build } from "esbuild";

await build({
  entryPoints: { glass: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
  banner: { js: 'import { createRequire as __glassRequire } from "node:module"; const require = __glassRequire(import.meta.url);' },
});
