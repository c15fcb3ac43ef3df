// Errors of dynamic links, worded like GNU ld's: undefined symbols are errors in an
// executable but allowed in a shared object (unless -z defs), non-PIC code cannot go into a
// shared object or a PIE, and a shared object without a dynamic section is rejected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlassError } from "@glass/diagnostics";
import { PT_DYNAMIC, PT_NULL } from "@glass/elf";
import { link, type LinkInput, type LinkOptions } from "@glass/ld";
import { run } from "../../../tests/support/host.js";
import { DynWorkdir, glibcDir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

function linkErrors(inputs: (string | LinkInput)[], options: LinkOptions): string[] {
  try {
    link(inputs.map((i) => (typeof i === "string" ? { path: i, data: readFileSync(i) } : i)), options);
  } catch (e) {
    if (e instanceof GlassError) return e.diagnostics.flatMap((d) => (d.binary ? `${d.binary.file}: ${d.message}` : d.message).split("\n"));
    throw e;
  }
  throw new Error("the link succeeded");
}

const usesMissing = "extern int missing_var;\nint missing_fn(void);\nint use(void) { return missing_fn() + missing_var; }\n";

describe.each(targets)("dynamic link errors on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);
  const ld = target === "x86_64" ? "ld" : "aarch64-linux-gnu-ld";
  const gnuErrors = (args: string[]): string[] =>
    run(ld, args).stderr.split("\n").map((l) => l.replace(/^\S*ld: /, "")).filter((l) => l !== "" && !/warning|failed to set/.test(l));

  it.skipIf(!has)("allows undefined symbols in a shared object, but not with -z defs", () => {
    const w = new DynWorkdir(target);
    const u = w.compile("u.c", usesMissing, ["-O1", "-fPIC"]);
    w.glassLink("u.so", [u], { shared: true });
    expect(w.readelfOf(["--dyn-syms", "-W"], "u.so")).toMatch(/UND missing_fn/);
    const ours = linkErrors([u], { shared: true, noUndefined: true });
    expect(ours).toEqual(gnuErrors(["-shared", "-z", "defs", u, "-o", w.path("gnu.so")]));
    expect(ours.some((l) => /undefined reference to `missing_fn'/.test(l))).toBe(true);
  });

  it.skipIf(!has)("reports undefined symbols in an executable linked against libc", () => {
    const w = new DynWorkdir(target);
    const m = w.compile("m.c", usesMissing + "int main(void) { return use(); }\n", ["-O1", "-fPIE"]);
    const scrt1 = `${glibcDir[target]}/Scrt1.o`;
    const findFile = (d: string, n: string): Uint8Array | undefined => {
      try {
        return readFileSync(`${d}/${n}`);
      } catch {
        return undefined;
      }
    };
    const ours = linkErrors([scrt1, m], { pie: true, libraryPaths: [glibcDir[target]], libraries: ["c"], findFile });
    expect(ours[0]).toBe(`${m}: in function \`use':`);
    expect(ours).toEqual(gnuErrors(["-pie", scrt1, m, `-L${glibcDir[target]}`, "-lc", "-o", w.path("gnu")]));
  });

  it.skipIf(!has)("rejects a PC-relative reference to a preemptible symbol in a shared object, with GNU ld's words", () => {
    const w = new DynWorkdir(target);
    const gnuFatal = (args: string[]): string[] => gnuErrors(args).filter((l) => !/final link failed/.test(l));
    // Non-PIC code: x86-64 reaches `x` with PC32, AArch64 with ADRP (both preemptible in a .so);
    // the same code with a hidden `x` binds locally and links.
    const use = w.compile("use.c", "extern int x;\nint use(void) { return x; }\n", ["-O1", "-fno-pic"]);
    const def = w.compile("def.c", "int x = 1;\n", ["-O1", "-fno-pic"]);
    const ours = linkErrors([use, def], { shared: true });
    expect(ours).toEqual(gnuFatal(["-shared", use, def, "-o", w.path("gnu.so")]));
    expect(ours[0]).toMatch(/relocation R_(X86_64_PC32|AARCH64_ADR_PREL_PG_HI21) against symbol `x' .*can not be used when making a shared object; recompile with -fPIC$/);
    expect(linkErrors([use], { shared: true })).toEqual(gnuFatal(["-shared", use, "-o", w.path("gnu.so")]));
    const hidden = w.compile("hidden.c", "__attribute__((visibility(\"hidden\"))) int x = 1;\n", ["-O1", "-fno-pic"]);
    w.glassLink("ok.so", [use, hidden], { shared: true });
    expect(run(ld, ["-shared", use, hidden, "-o", w.path("gnu-ok.so")]).status).toBe(0);
  });

  it.skipIf(!has)("rejects a shared object without a dynamic section, and a missing -l library", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", "int foo(void) { return 1; }\n", ["-O1", "-fPIC"]);
    const so = link([{ path: foo, data: readFileSync(foo) }], { shared: true }).output;
    // Turn PT_DYNAMIC into PT_NULL, as section 2b of the linking notes did to make ld.so refuse it.
    const view = new DataView(so.buffer, so.byteOffset);
    const phoff = Number(view.getBigUint64(32, true));
    for (let i = 0; i < view.getUint16(56, true); i++) if (view.getUint32(phoff + i * 56, true) === PT_DYNAMIC) view.setUint32(phoff + i * 56, PT_NULL, true);
    const m = w.compile("m.c", "int foo(void);\nint _start(void) { return foo(); }\n", ["-O1", "-fPIE"]);
    expect(linkErrors([m, { path: "nodyn.so", data: so }], { pie: true })).toEqual(["nodyn.so: object file has no dynamic section"]);
    expect(linkErrors([m, { library: "nothere" }], { pie: true, libraryPaths: [w.dir], findFile: () => undefined })).toEqual([
      "cannot find -lnothere: No such file or directory",
    ]);
  });
});

// x86-64 only: AArch64 gcc code has no absolute 32-bit address relocations.
describe("dynamic link errors on x86_64 only", () => {
  const has = toolsFor("x86_64");
  const gnuErrors = (args: string[]): string[] =>
    run("ld", args).stderr.split("\n").map((l) => l.replace(/^\S*ld: /, "")).filter((l) => l !== "" && !/warning|failed to set/.test(l));

  it.skipIf(!has)("rejects non-PIC code (R_X86_64_32) in a shared object or a PIE, like GNU ld", () => {
    const w = new DynWorkdir("x86_64");
    const np = w.compile("np.c", "int g;\nint *p(void) { return &g; }\n", ["-O1", "-fno-pic"]);
    const shared = linkErrors([np], { shared: true });
    expect(shared).toEqual([`${np}: relocation R_X86_64_32 against symbol \`g' can not be used when making a shared object; recompile with -fPIC`]);
    expect(shared).toEqual(gnuErrors(["-shared", np, "-o", w.path("gnu.so")]));
    expect(linkErrors([np], { pie: true, entry: "p" })).toEqual(gnuErrors(["-pie", "-e", "p", np, "-o", w.path("gnu")]));
  });
});
