// `glass as [-o out.o] [-al] [--target=…] file.s`: the assembler alone, like GNU `as`
// (whose default output name is a.out).

import { GlassError, error } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { SourceFile } from "@glass/diagnostics";
import type { Machine } from "@glass/elf";
import { readInput, writeOutput } from "../node-io.js";
import { hostMachine, parseTarget } from "../target.js";
import { textDecoder } from "../text.js";
import { writeStdout } from "../report.js";

export function main(argv: string[]): number {
  let output = "a.out";
  let machine: Machine = hostMachine();
  let listing = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-o") output = argv[++i] ?? missing(a);
    else if (a.startsWith("--target=")) machine = parseTarget(a.slice(9));
    else if (/^-a[lhnsc]*$/.test(a)) listing = true;
    else if (a === "--64" || a === "-g" || a === "--gdwarf-5") continue;
    else if (a.startsWith("-") && a !== "-") throw new GlassError([error(`unrecognized option '${a}'`)]);
    else inputs.push(a);
  }
  if (inputs.length !== 1) throw new GlassError([error(inputs.length ? "only one input file is supported" : "no input file")]);
  const path = inputs[0]!;
  const text = textDecoder.decode(readInput(path));
  const result = assemble(new SourceFile(path, text), { machine, listing });
  if (result.listing) writeStdout(result.listing);
  writeOutput(output, result.object);
  return 0;
}

function missing(flag: string): never {
  throw new GlassError([error(`missing argument to '${flag}'`)]);
}
