// startup: the cost of compiling and linking the smallest real program, hello.c — for Glass
// mostly Node start-up plus loading the bundled toolchain. The installed command, bin/glass,
// starts node from the start-up snapshot (packages/driver/README.md); `node bin/glass.js` is
// the plain bundle. `node -e 0` is the floor no JavaScript tool can beat; gcc and tcc are the
// native references. `glass cc -ftime-report` shows where one run's time goes.

import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { glass, repoRoot } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";

export default function startup({ work }) {
  copyFileSync(join(repoRoot, "examples", "hello.c"), join(work, "hello.c"));
  const { glass: g, plain, ...refs } = measure(
    [
      { key: "glass", argv: [join(repoRoot, "packages", "driver", "bin", "glass"), "cc", "hello.c", "-o", "hello-glass"] },
      { key: "plain", argv: glass("cc", "hello.c", "-o", "hello-plain") },
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
    rows: [
      { what: "hello.c → hello (bin/glass)", glass: g, refs },
      { what: "hello.c → hello (node bin/glass.js, no snapshot)", glass: plain, refs },
    ],
    notes: ["`node -e 0` is the floor: the start-up of the runtime Glass itself runs on."],
  };
}
