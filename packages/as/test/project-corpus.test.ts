// Every C program of the compiler's tests (packages/cc/test/programs), compiled by gcc to
// assembly for both targets (-O0, -O2, each with and without -fPIC), assembled by Glass and by
// GNU as: the objects must carry the same section contents, relocations, section headers and
// symbol tables. (corpus.test.ts and aarch64-corpus.test.ts also link and run their programs.)
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gnu, hostHasAll, run } from "../../../tests/support/host.js";
import { sectionTable, symbolTable } from "./support/object-tables.js";
import { assembleBoth, contentsAndRelocations } from "./support/twin.js";

const dir = new URL("../../cc/test/programs/", import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith(".c")).sort();

describe.each(["x86_64", "aarch64"] as const)("the compiler's test programs, gcc -S for %s", (machine) => {
  const ready = hostHasAll(gnu("gcc", machine), gnu("as", machine));
  for (const prog of programs) {
    for (const opts of [["-O0"], ["-O2"], ["-O0", "-fPIC"], ["-O2", "-fPIC"]]) {
      it.skipIf(!ready)(`${prog} ${opts.join(" ")}`, () => {
        const cc = run(gnu("gcc", machine), ["-S", ...opts, "-w", "-o", "-", new URL(prog, dir).pathname]);
        expect(cc.status).toBe(0);
        const { glass, gnu: theirs } = assembleBoth(machine, cc.stdout);
        expect(contentsAndRelocations(glass)).toEqual(contentsAndRelocations(theirs));
        expect(sectionTable(glass)).toEqual(sectionTable(theirs));
        expect(symbolTable(glass)).toEqual(symbolTable(theirs));
      });
    }
  }
});
