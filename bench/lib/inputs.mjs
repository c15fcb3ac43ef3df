// Generated inputs live in a temp directory, cached across runs: making 1,000 objects with
// gcc -c takes longer than linking them, so a second `npm run bench` reuses them. The cache key
// is a hash of the generator source and the recipe, so changing either regenerates the input;
// `node bench/run.mjs --fresh` ignores the cache.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const generatorSource = readFileSync(new URL("./gen.mjs", import.meta.url), "utf8");
export const cacheRoot = join(tmpdir(), "glass-bench-inputs");

/**
 * Returns a directory holding the input `name`, built by `build(dir)` unless a finished copy
 * made from the same `recipe` (any string describing the build) is already cached.
 */
export function cachedInput(name, recipe, build, { fresh = false } = {}) {
  const key = createHash("sha256").update(generatorSource).update("\0").update(recipe).digest("hex").slice(0, 12);
  const dir = join(cacheRoot, `${name}-${key}`);
  const done = join(dir, ".complete");
  if (!fresh && existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  build(dir);
  writeFileSync(done, recipe);
  return dir;
}
