// `glass load [options] PROGRAM [ARGS…]`: the loader simulator — what execve and ld.so would
// do to start PROGRAM, shown step by step (see @glass/loader).

import { loadMain } from "@glass/loader";
import { readBytesIfExists } from "../node-io.js";

export function main(argv: string[]): number {
  return loadMain(argv, {
    readFile: readBytesIfExists,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
}
