// Golden x86-64 encodings (x86_64-golden.s and the -sse, -avx and -system files): each line is an AT&T
// instruction and, after `#`, the bytes GNU as makes of it. Glass must produce the same
// bytes; and when GNU as is installed, the file is re-checked against it so the golden
// bytes cannot drift from GNU's.
import { describe, expect, it } from "vitest";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { assemble } from "@glass/as";
import { readElf } from "@glass/elf";
import { hostHas, run } from "../../../tests/support/host.js";

const golden = ["x86_64-golden.s", "x86_64-sse-golden.s", "x86_64-avx-golden.s", "x86_64-system-golden.s"]
  .flatMap((name) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8").split("\n"))
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const [insn, bytes] = l.split("#").map((s) => s.trim());
    return { insn: insn!, bytes: bytes! };
  });

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

function textOf(object: Uint8Array): Uint8Array {
  return readElf(object, "golden.o").sectionByName(".text")!.data;
}

describe("x86-64 golden encodings", () => {
  it.each(golden)("$insn", ({ insn, bytes }) => {
    const { object } = assemble(new SourceFile("golden.s", insn + "\n"), { machine: "x86_64" });
    expect(hex(textOf(object))).toBe(bytes);
  });

  it.skipIf(!hostHas("as"))("matches GNU as byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "glass-golden-"));
    const src = join(dir, "g.s");
    writeFileSync(src, golden.map((g) => g.insn).join("\n") + "\n");
    const r = run("as", [src, "-o", join(dir, "g.o")]);
    expect(r.stderr).toBe("");
    const gnu = hex(textOf(readFileSync(join(dir, "g.o"))));
    expect(gnu).toBe(golden.map((g) => g.bytes).join(" "));
  });
});
