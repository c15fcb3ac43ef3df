// Running the linker core from the command line, shared by `glass ld` and the link step of
// `glass cc`: read each input, let the core find `-lfoo` through a node-backed callback,
// then write the executable (mode 0755), the map file, and GNU ld's informational lines.

import { link, type InputArg, type LinkOptions, type LinkInput } from "@glass/ld";
import { join } from "node:path";
import { readInput, readBytesIfExists, writeOutput } from "./node-io.js";
import { writeStdout } from "./report.js";

export interface LinkRequest {
  inputs: (InputArg | { path: string; data: Uint8Array })[];
  options: LinkOptions;
  output: string;
  mapFile?: string;
  printMap?: boolean;
}

export function runLinker(req: LinkRequest): void {
  const inputs: LinkInput[] = req.inputs.map((i) => ("path" in i && !("data" in i) ? { ...i, data: readInput(i.path) } : i));
  const result = link(inputs, { ...req.options, findFile: (dir: string, name: string) => readBytesIfExists(join(dir, name)) });
  for (const line of result.messages) process.stderr.write(line + "\n");
  if (result.trace) writeStdout(result.trace);
  if (req.printMap && result.map) writeStdout(result.map);
  if (req.mapFile && result.map !== undefined) writeOutput(req.mapFile, result.map);
  writeOutput(req.output, result.output, true);
}
