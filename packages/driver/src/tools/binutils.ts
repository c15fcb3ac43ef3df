// `glass readelf`, `glass objdump`, `glass nm`, `glass size`, `glass strings` and `glass ar`:
// the binutils cores with a node-backed ToolIO. A tool is looked up by name, so one that
// @glass/binutils does not ship yet reports that instead of breaking the whole CLI.

import * as binutils from "@glass/binutils";
import { ToolIOError, type ToolIO } from "@glass/binutils";
import { GlassError, error } from "@glass/diagnostics";
import { readFileSync, statSync } from "node:fs";
import { writeOutput } from "../node-io.js";

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
  stdout: (text) => void process.stdout.write(text),
  stdoutBytes: (data) => void process.stdout.write(data),
  stderr: (text) => void process.stderr.write(text),
};

type Tool = (argv: string[], io: ToolIO) => number;

export function binutilsMain(name: string): (argv: string[]) => number {
  const tool = (binutils as unknown as Record<string, Tool | undefined>)[name];
  return (argv) => {
    if (typeof tool !== "function") throw new GlassError([error(`'${name}' is not part of this build of Glass yet`)]);
    return tool(argv, io);
  };
}
