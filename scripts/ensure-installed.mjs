// First step of `npm test`, `npm run demo` and `npm run bench` on a fresh clone: install the
// npm dependencies when node_modules is missing or older than any package manifest.
import { existsSync, readdirSync, statSync } from "node:fs";
import { execSync } from "node:child_process";

const marker = "node_modules/.package-lock.json";
const manifests = ["package.json", "package-lock.json", ...readdirSync("packages").map((p) => `packages/${p}/package.json`)];
const installedAt = existsSync(marker) ? statSync(marker).mtimeMs : -1;
const stale = installedAt < 0 || manifests.some((m) => existsSync(m) && statSync(m).mtimeMs > installedAt);
if (stale) {
  console.log("Installing npm dependencies…");
  execSync("npm install --no-audit --no-fund", { stdio: "inherit" });
}
