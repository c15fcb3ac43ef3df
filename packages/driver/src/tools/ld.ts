// `glass ld [options] objects… [-lname…]`: the static linker alone, with GNU ld's flags.
import { parseLdArgs } from "@glass/ld";
import { runLinker } from "../linker.js";

export function main(argv: string[]): number {
  runLinker(parseLdArgs(argv));
  return 0;
}
