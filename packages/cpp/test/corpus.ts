// The test corpus (test/corpus) as the preprocessor's file system: a relative name is looked
// up in the corpus, an absolute one on disk (for glibc's headers).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));

export const corpusFs = {
  readFile: (p: string): string | undefined => {
    try {
      return readFileSync(p.startsWith("/") ? p : corpus + p, "utf8");
    } catch {
      return undefined;
    }
  },
};
