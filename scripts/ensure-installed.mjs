// First step of `npm test` and `npm run demo` on a fresh clone: install the npm
// dependencies when node_modules is missing or older than the lockfile.
import { existsSync, statSync } from "node:fs";
import { execSync } from "node:child_process";

const marker = "node_modules/.package-lock.json";
const stale = !existsSync(marker) || (existsSync("package-lock.json") && statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  console.log("Installing npm dependencies…");
  execSync(existsSync("package-lock.json") ? "npm ci --no-audit --no-fund" : "npm install --no-audit --no-fund", { stdio: "inherit" });
}
