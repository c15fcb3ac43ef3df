// startup: the cost of compiling and linking the smallest real program, hello.c — for Glass
// mostly Node start-up plus loading the bundled toolchain. `node -e 0` is the floor no
// JavaScript tool can beat; gcc and tcc are the native references.

import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { glass, repoRoot } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";

export default function startup({ work }) {
  copyFileSync(join(repoRoot, "examples", "hello.c"), join(work, "hello.c"));
  const { glass: g, ...refs } = measure(
    [
      { key: "glass", argv: glass("cc", "hello.c", "-o", "hello-glass") },
      { key: "gcc", argv: ["gcc", "hello.c", "-o", "hello-gcc"] },
      { key: "tcc", argv: ["tcc", "hello.c", "-o", "hello-tcc"] },
      { key: "node", argv: [process.execPath, "-e", "0"] },
    ],
    { cwd: work, runs: 10, warmup: 2 },
  );
  return {
    title: "glass cc hello.c -o hello (compile + assemble + link, Glass libc static)",
    unit: "s",
    columns: [
      { key: "gcc", label: "gcc" },
      { key: "tcc", label: "tcc" },
      { key: "node", label: "node -e 0" },
    ],
    rows: [{ what: "hello.c → hello", glass: g, refs }],
    notes: ["`node -e 0` is the floor: the start-up of the runtime Glass itself runs on."],
  };
}
