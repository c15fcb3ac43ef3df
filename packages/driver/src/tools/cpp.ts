// `glass cpp [options] file.c [-o out.i]`: the preprocessor alone, like `cpp` / `gcc -E`.
// It takes the same preprocessor flags as `glass cc` and shares its code.

import { main as cc } from "../cc/main.js";

export function main(argv: string[]): Promise<number> {
  return cc(["-E", ...argv]);
}
