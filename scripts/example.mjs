// `npm run example -- NAME`: builds one example with glass cc for both targets and runs it
// (AArch64 under qemu-aarch64 on other hosts). Without a name, lists the examples.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exampleNames, exampleSources } from "./example-sources.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const name = process.argv[2];
if (!name) {
  console.log(`examples: ${exampleNames(root).join(", ")}\nusage: npm run example -- NAME`);
  process.exit(0);
}
for (const machine of ["x86_64", "aarch64"]) {
  const out = `${root}out/examples/${name}/${machine}`;
  mkdirSync(out, { recursive: true });
  const exe = `${out}/${name}`;
  const sources = exampleSources(root, name, machine);
  console.log(`\n$ glass cc --target=${machine}-linux-gnu ${sources.map((s) => s.slice(root.length)).join(" ")} -o ${exe.slice(root.length)}`);
  execFileSync(process.execPath, [`${root}packages/driver/bin/glass.js`, "cc", `--target=${machine}-linux-gnu`, ...sources, "-o", exe], { stdio: "inherit" });
  const native = (machine === "x86_64") === (process.arch === "x64");
  const cmd = native ? [exe] : ["qemu-aarch64", exe];
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ["inherit", "inherit", "inherit"] });
  if (r.error) console.log(`(could not run: ${r.error.message}; install qemu-user for AArch64)`);
  else console.log(`exit status: ${r.status}`);
}
