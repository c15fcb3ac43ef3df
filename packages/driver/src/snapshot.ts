// Entry point of the start-up snapshot (Node's --build-snapshot; scripts/bundle.mjs builds
// dist/glass.blob from this file). At build time every stage is loaded and a tiny program is
// compiled and linked once (warm.ts), so the heap saved in the snapshot already holds the
// compiled modules (as bytecode), the C parser's analysed grammar and the instruction tables.
// `bin/glass` starts node from that heap, and a run begins at the main function below with
// nothing left to initialise; or, started as `--serve`, it is the compile server.
import { startupSnapshot } from "node:v8";
import { run } from "./cli.js";
import { serve } from "./server.js";
import { warmUp } from "./warm.js";
// The tool modules too (loaded, not run), so their code is in the snapshot.
import "./cc/main.js";
import "./tools/as.js";
import "./tools/ld.js";
import "./tools/binutils.js";

warmUp(["x86_64", "aarch64"], { linking: true });
startupSnapshot.setDeserializeMainFunction(async () => {
  const argv = process.argv.slice(1);
  // `--serve DIR BLOB`: become the compile server bin/glass starts (server.ts).
  process.exitCode = argv[0] === "--serve" ? await serve(argv[1]!, argv[2]!, run) : await run(argv);
});
