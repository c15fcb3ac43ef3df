// `npm run demo`: the whole pipeline on examples/hello.c, for both targets, showing every
// artifact on the way: hello.i (cpp), hello.s (cc), hello.o (as), hello (ld), and the run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";

const glass = ["packages/driver/bin/glass.js"];
const g = (...args) => execFileSync(process.execPath, [...glass, ...args], { encoding: "utf8" });
const banner = (s) => console.log(`\n\x1b[1m=== ${s} ===\x1b[0m`);
const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

for (const machine of ["x86_64", "aarch64"]) {
  const dir = `out/${machine}`;
  mkdirSync(dir, { recursive: true });
  const t = `--target=${machine}-linux-gnu`;
  banner(`${machine}: glass cc -E examples/hello.c  (preprocessed text, first lines)`);
  g("cc", t, "-E", "examples/hello.c", "-o", `${dir}/hello.i`);
  console.log(readFileSync(`${dir}/hello.i`, "utf8").split("\n").slice(0, 8).join("\n"));
  banner(`${machine}: glass cc -S  →  ${dir}/hello.s`);
  g("cc", t, "-S", "examples/hello.c", "-o", `${dir}/hello.s`);
  console.log(readFileSync(`${dir}/hello.s`, "utf8"));
  banner(`${machine}: glass cc -c  →  ${dir}/hello.o   (glass readelf -S -s -r)`);
  g("cc", t, "-c", "examples/hello.c", "-o", `${dir}/hello.o`);
  console.log(g("readelf", "-S", "-s", "-r", "-W", `${dir}/hello.o`));
  banner(`${machine}: glass cc -o  →  ${dir}/hello   (glass readelf -h)`);
  g("cc", t, "examples/hello.c", "-o", `${dir}/hello`);
  console.log(g("readelf", "-h", `${dir}/hello`));
  console.log(`${dir}/hello: ${statSync(`${dir}/hello`).size} bytes`);
  const cmd = machine === "x86_64" ? [`./${dir}/hello`] : ["qemu-aarch64", `./${dir}/hello`];
  banner(`${machine}: run ${cmd.join(" ")}`);
  if (machine === "aarch64" && process.arch !== "arm64" && !has("qemu-aarch64")) {
    console.log("(skipped: install qemu-user to run AArch64 programs on this host)");
    continue;
  }
  if (machine === "x86_64" && process.arch !== "x64") {
    console.log("(skipped: this host cannot run x86-64 programs)");
    continue;
  }
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8" });
  process.stdout.write(r.stdout);
  console.log(`exit status: ${r.status}   (fib(10) = 55)`);
}
