// One vitest run over every package's tests and the end-to-end suite. Tests import packages
// by name; the alias points them at the TypeScript sources so they never see a stale build.
import { defineConfig } from "vitest/config";
import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
// `@glass/X` → packages/X/src/index.ts, and a subpath entry `@glass/X/name` (package.json
// "exports") → packages/X/src/name.ts.
const alias = [
  ...readdirSync(`${root}packages`)
    .filter((p) => existsSync(`${root}packages/${p}/src/index.ts`))
    .map((p) => ({ find: new RegExp(`^@glass/${p}$`), replacement: `${root}packages/${p}/src/index.ts` })),
  { find: /^@glass\/([a-z-]+)\/([a-z-]+)$/, replacement: `${root}packages/$1/src/$2.ts` },
];

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    // bin/glass hands commands to a compile server when one runs (packages/driver/src/server.ts);
    // tests run every command in a process of its own, except the server's own tests.
    env: { GLASS_SERVER: "0" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
