// Link errors: the same wording and places as GNU ld, exit status 1 (a GlassError), no output.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlassError } from "@glass/diagnostics";
import { link, type LinkOptions } from "@glass/ld";
import { startAsm, targets, toolsFor, Workdir } from "./toolchain.js";

/** The messages of the GlassError that linking throws. */
function linkErrors(files: string[], options: LinkOptions = {}): string[] {
  try {
    link(files.map((path) => ({ path, data: readFileSync(path) })), { findFile: () => undefined, ...options });
  } catch (e) {
    if (e instanceof GlassError) return e.diagnostics.map((d) => d.message);
    throw e;
  }
  throw new Error("the link succeeded");
}

/** GNU ld's error lines, without its "ld: " prefix and its warnings. */
function gnuErrors(w: Workdir, args: string[]): string[] {
  const r = w.gnuLink("gnu", args);
  expect(r.status).toBe(1);
  return r.stderr
    .split("\n")
    .map((l) => l.replace(/^\S*ld: /, ""))
    .filter((l) => l !== "" && !/warning|NOTE/.test(l));
}

describe.each(targets)("link errors on %s", (target) => {
  const has = toolsFor(target);

  it.skipIf(!has)("reports undefined references like GNU ld", () => {
    const w = new Workdir(target);
    const start = w.compile("start.s", startAsm[target]);
    const u = w.compile("u.c", "int foo(void);\nextern int bar;\nint main(void) { return foo() + bar; }\n");
    const ours = linkErrors([start, u]).flatMap((m) => m.split("\n"));
    expect(ours[0]).toBe(`${u}: in function \`main':`);
    expect(ours.some((l) => /^u\.c:\(\.text\+0x[0-9a-f]+\): undefined reference to `foo'$/.test(l))).toBe(true);
    expect(ours).toEqual(gnuErrors(w, [start, u]));
  });

  it.skipIf(!has)("reports multiple definitions like GNU ld", () => {
    const w = new Workdir(target);
    const start = w.compile("start.s", startAsm[target]);
    const a = w.compile("a.c", "int add(int a, int b) { return a + b; }\nint main(void) { return add(1, 2); }\n");
    const b = w.compile("b.c", "int x;\nint add(int a, int b) { return a - b; }\n");
    const ours = linkErrors([start, a, b]).flatMap((m) => m.split("\n"));
    expect(ours).toEqual([`${b}: in function \`add':`, `b.c:(.text+0x0): multiple definition of \`add'; ${a}:a.c:(.text+0x0): first defined here`]);
    expect(ours).toEqual(gnuErrors(w, [start, a, b]));
  });

  it.skipIf(!has)("says it cannot find a missing library", () => {
    const w = new Workdir(target);
    const start = w.compile("start.s", startAsm[target]);
    expect(linkErrors([start], { libraries: ["foo"], libraryPaths: [w.dir] })).toEqual(["cannot find -lfoo: No such file or directory"]);
    expect(gnuErrors(w, [start, `-L${w.dir}`, "-lfoo"])).toEqual(["cannot find -lfoo: No such file or directory"]);
  });

  it.skipIf(!has)("reports a relocation that overflows its field", () => {
    const w = new Workdir(target);
    const start = w.compile("start.s", startAsm[target]);
    const far =
      target === "x86_64"
        ? "\t.text\n\t.globl main\nmain:\n\tmovl $far, %eax\n\tret\n\t.set far, 0x123456789\n\t.globl far\n"
        : "\t.text\n\t.globl main\nmain:\n\tb far\n\t.globl far\n\t.set far, 0x80000000\n";
    const m = w.compile("far.s", far);
    const ours = linkErrors([start, m]).join("\n");
    expect(ours).toMatch(/relocation truncated to fit: R_(X86_64_32|AARCH64_JUMP26) against `far'/);
  });

  it("rejects input that is not an object", () => {
    expect(() => link([{ path: "junk.o", data: new TextEncoder().encode("not an ELF file") }], { machine: "x86_64" })).toThrow(GlassError);
  });
});

describe("-m and the inputs' machine", () => {
  it.skipIf(!toolsFor("aarch64"))("refuses an object of another machine, as GNU ld does", () => {
    const w = new Workdir("aarch64");
    const obj = w.compile("start.s", startAsm.aarch64);
    expect(() => w.glassLink("out", [obj], { machine: "x86_64" })).toThrow(/start\.o: error adding symbols: file in wrong format \(aarch64 code in a link for x86_64\)/);
  });
});
