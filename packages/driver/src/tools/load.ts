// `glass load [options] PROGRAM [ARGS…]`: the loader simulator — what execve and ld.so would
// do to start PROGRAM, shown step by step (see @glass/loader).

import { loadMain } from "@glass/loader";
import { readBytesIfExists } from "../node-io.js";
import { writeStdout } from "../report.js";

export function main(argv: string[]): number {
  return loadMain(argv, {
    readFile: readBytesIfExists,
    cwd: process.cwd(),
    stdout: writeStdout,
    stderr: (text) => void process.stderr.write(text),
  });
}
