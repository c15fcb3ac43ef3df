// One vitest run over every package's tests and the end-to-end suite. Tests import packages
// by name; the alias points them at the TypeScript sources so they never see a stale build.
import { defineConfig } from "vitest/config";
import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = Object.fromEntries(
  readdirSync(`${root}packages`)
    .filter((p) => existsSync(`${root}packages/${p}/src/index.ts`))
    .map((p) => [`@glass/${p}`, `${root}packages/${p}/src/index.ts`]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
