// startup: the cost of compiling and linking the smallest real program, hello.c. The installed
// command, bin/glass, hands it to the compile server (packages/driver/src/server.ts), which the
// warm-up runs start; with GLASS_SERVER=0 each run is a fresh node started from the start-up
// snapshot — mostly Node start-up plus reading that snapshot; `node bin/glass.js` is the plain
// bundle. `node -e 0` is the floor no fresh JavaScript process can beat; gcc and tcc are the
// native references. `glass cc -ftime-report` shows where one run's time goes.

import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { glass, installedGlass, repoRoot } from "./lib/host.mjs";
import { measure } from "./lib/measure.mjs";

export default function startup({ work }) {
  copyFileSync(join(repoRoot, "examples", "hello.c"), join(work, "hello.c"));
  const { glass: g, fresh, plain, ...refs } = measure(
    [
      { key: "glass", argv: installedGlass({}, "cc", "hello.c", "-o", "hello-glass") },
      { key: "fresh", argv: installedGlass({ fresh: true }, "cc", "hello.c", "-o", "hello-fresh") },
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
      { what: "hello.c → hello (bin/glass, compile server)", glass: g, refs },
      { what: "hello.c → hello (bin/glass, GLASS_SERVER=0)", glass: fresh, refs },
      { what: "hello.c → hello (node bin/glass.js, no snapshot)", glass: plain, refs },
    ],
    notes: [
      "`node -e 0` is the floor for a fresh process: the start-up of the runtime Glass itself runs on.",
      "The compile server row: the warm-up runs start the server, the timed runs are served by it (bin/glass is a bash script that hands the command over and waits for its status).",
    ],
  };
}
