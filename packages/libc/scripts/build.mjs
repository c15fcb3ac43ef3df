// Builds Glass libc WITH Glass (as tcc builds libtcc1.a): for each target, every C and
// assembly source is compiled by `glass cc -c`, crt1.o is kept apart, and the rest goes into
// libc.a with `glass ar rcs`. Output: build/<machine>/{crt1.o,libc.a}.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, renameSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const glass = join(root, "../driver/bin/glass.js");
const machines = ["x86_64", "aarch64"];
const portable = ["stdio", "stdlib", "string"];

const sh = (...args) => execFileSync(process.execPath, [glass, ...args], { cwd: root, stdio: "inherit" });

for (const machine of machines) {
  const out = join(root, "build", machine);
  const objDir = join(out, "obj");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(objDir, { recursive: true });
  const sources = [
    ...portable.flatMap((dir) => readdirSync(join(root, "src", dir)).map((f) => join("src", dir, f))),
    ...readdirSync(join(root, "src", machine)).map((f) => join("src", machine, f)),
  ].filter((f) => /\.[cs]$/.test(f));
  const objects = [];
  for (const src of sources.sort()) {
    const obj = join(objDir, src.replace(/^src\//, "").replace(/[/]/g, "_").replace(/\.[cs]$/, ".o"));
    sh("cc", `--target=${machine}-linux-gnu`, "-c", src, "-o", obj);
    if (obj.endsWith("_crt1.o")) renameSync(obj, join(out, "crt1.o"));
    else objects.push(obj);
  }
  sh("ar", "rcs", join(out, "libc.a"), ...objects);
  console.log(`libc: built ${machine}: crt1.o and libc.a (${objects.length} members)`);
}
