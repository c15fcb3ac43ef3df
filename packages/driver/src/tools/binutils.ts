// `glass readelf`, `glass objdump`, `glass nm`, `glass size`, `glass strings` and `glass ar`:
// the binutils cores with a node-backed ToolIO.

import { readelf, objdump, nm, size, strings, ar, ToolIOError, type ToolIO } from "@glass/binutils";
import { readFileSync, statSync } from "node:fs";
import { writeOutput } from "../node-io.js";
import { writeStdout } from "../report.js";

const io: ToolIO = {
  readFile(path) {
    let isFile: boolean;
    try {
      isFile = statSync(path).isFile();
    } catch {
      throw new ToolIOError(path, "missing");
    }
    if (!isFile) throw new ToolIOError(path, "not-regular");
    return readFileSync(path);
  },
  writeFile: (path, data) => writeOutput(path, data),
  stdout: writeStdout,
  stdoutBytes: writeStdout,
  stderr: (text) => void process.stderr.write(text),
};

const tools = { readelf, objdump, nm, size, strings, ar };

export function binutilsMain(name: keyof typeof tools): (argv: string[]) => number {
  return (argv) => tools[name](argv, io);
}
