// The x86-64 decoder against GNU objdump: every instruction of the golden file (assembled by
// GNU as) and of gcc -O0/-O2/-O3 (and -fPIC) objects of the assembler corpus must decode to the
// text objdump -d prints for it, with the same length.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readElf } from "@glass/elf";
import { decodeX86 } from "@glass/isa";
import { hostHasAll, run } from "../../../tests/support/host.js";

const have = hostHasAll("as", "objdump", "gcc");
if (!have) console.warn("skipping x86-64 decoder checks: install binutils and gcc");
const dir = mkdtempSync(join(tmpdir(), "glass-x86-decode-"));

/** Decodes every code section of `object` and lists where Glass and objdump -d disagree. */
function compareWithObjdump(object: string): string[] {
  const elf = readElf(readFileSync(object), object);
  const wrong: string[] = [];
  let section: Uint8Array | undefined;
  for (const line of run("objdump", ["-d", object]).stdout.split("\n")) {
    const head = /^Disassembly of section (.*):$/.exec(line);
    if (head) section = elf.sectionByName(head[1]!)!.data;
    const m = /^\s+([0-9a-f]+):\t([0-9a-f ]+)\t(.*)$/.exec(line);
    if (!m || !section) continue;
    const at = parseInt(m[1]!, 16);
    // objdump writes a symbolized address as `1e <main+0x1e>`; Glass leaves symbols to its caller.
    const want = m[3]!.replace(/\b([0-9a-f]+) <[^>]*>/g, "0x$1").trimEnd();
    const got = decodeX86(section, at, BigInt(at));
    const wantLength = m[2]!.trim().split(" ").length;
    if (got?.text !== want || (got.length < 8 && got.length !== wantLength)) {
      wrong.push(`${object.split("/").at(-1)} ${m[1]}: ${m[2]!.trim()}: got '${got?.text ?? "(undecodable)"}' (${got?.length}), objdump '${want}'`);
    }
  }
  return wrong;
}

describe.skipIf(!have)("decodeX86 prints what GNU objdump prints", () => {
  it("for every line of the x86_64-*golden.s files", () => {
    const lines = ["x86_64-golden.s", "x86_64-sse-golden.s", "x86_64-avx-golden.s", "x86_64-system-golden.s"]
      .flatMap((name) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8").split("\n"))
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split("#")[0]!.trim());
    writeFileSync(join(dir, "golden.s"), lines.join("\n") + "\n");
    run("as", [join(dir, "golden.s"), "-o", join(dir, "golden.o")]);
    expect(compareWithObjdump(join(dir, "golden.o"))).toEqual([]);
  });

  it("for the corner cases of x86_64-decode-edges.s", () => {
    const src = new URL("./x86_64-decode-edges.s", import.meta.url).pathname;
    expect(run("as", [src, "-o", join(dir, "edges.o")]).stderr).toBe("");
    expect(compareWithObjdump(join(dir, "edges.o"))).toEqual([]);
  });

  const corpus = new URL("../../as/test/corpus/", import.meta.url).pathname;
  for (const prog of readdirSync(corpus).filter((f) => f.endsWith(".c"))) {
    for (const flags of [["-O0"], ["-O2"], ["-O2", "-fPIC"], ["-O3"]]) {
      it(`for gcc ${flags.join(" ")} ${prog}`, () => {
        const out = join(dir, `${prog}${flags.join("")}.o`);
        expect(run("gcc", ["-c", ...flags, join(corpus, prog), "-o", out]).stderr).toBe("");
        expect(compareWithObjdump(out)).toEqual([]);
      });
    }
  }

  it("returns the length, i386-dis's (bad) for holes it reads past, and undefined for bytes outside the table", () => {
    expect(decodeX86(Uint8Array.of(0x48, 0x89, 0xe5), 0, 0n)).toEqual({ length: 3, text: "mov    %rsp,%rbp" });
    expect(decodeX86(Uint8Array.of(0xe8, 0, 0, 0, 0), 0, 0x10n, (a) => `${a.toString(16)} <f>`)).toEqual({ length: 5, text: "call   15 <f>", target: 0x15n });
    expect(decodeX86(Uint8Array.of(0x0f, 0x3b), 0, 0n)).toEqual({ length: 2, text: "(bad)" });
    expect(decodeX86(Uint8Array.of(0x06), 0, 0n)).toBeUndefined();
    expect(decodeX86(Uint8Array.of(0x48), 0, 0n)).toBeUndefined();
  });
});
