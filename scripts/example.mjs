// `npm run example -- NAME`: builds one example with glass for both targets and runs it
// (AArch64 under qemu-aarch64 on other hosts), the way its expect.json says (see
// example-sources.mjs). Without a name, lists the examples.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { exampleNames, examplePlan } from "./example-sources.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const name = process.argv[2];
if (!name) {
  console.log(`examples: ${exampleNames(root).join(", ")}\nusage: npm run example -- NAME`);
  process.exit(0);
}
const shown = (path) => (path.startsWith(root) ? path.slice(root.length) : path);
for (const machine of ["x86_64", "aarch64"]) {
  const out = `${root}out/examples/${name}/${machine}`;
  mkdirSync(out, { recursive: true });
  const { builds, run } = examplePlan(root, name, machine, out);
  for (const args of builds) {
    console.log(`\n$ glass ${args.map(shown).join(" ")}`);
    execFileSync(process.execPath, [`${root}packages/driver/bin/glass.js`, ...args], { stdio: "inherit" });
  }
  const env = Object.entries(run.env).map(([k, v]) => `${k}=${v} `).join("");
  console.log(`$ cd ${shown(out)} && ${env}${[run.cmd, ...run.args].join(" ")}${run.stdin ? ` < ${shown(run.stdin)}` : ""}`);
  const stdin = run.stdin ? openSync(run.stdin, "r") : "inherit";
  const r = spawnSync(run.cmd, run.args, { cwd: out, env: { ...process.env, ...run.env }, stdio: [stdin, "inherit", "inherit"] });
  if (r.error) console.log(`(could not run: ${r.error.message}; install qemu-user for AArch64)`);
  else console.log(`exit status: ${r.status}`);
}
