// `glass readelf` and `glass ar`: the binutils cores with a node-backed ToolIO.

import { readelf, ar, type ToolIO } from "@glass/binutils";
import { readFileSync } from "node:fs";
import { writeOutput } from "../node-io.js";

const io: ToolIO = {
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeOutput(path, data),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export const readelfMain = (argv: string[]) => readelf(argv, io);
export const arMain = (argv: string[]) => ar(argv, io);
