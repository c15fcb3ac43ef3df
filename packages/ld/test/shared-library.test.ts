// -shared: Glass links gcc -fPIC objects into a shared object that gcc-built programs load
// (at start-up through DT_NEEDED, and with dlopen), on both targets under the real ld.so.
import { describe, expect, it } from "vitest";
import { dlopenC, fooC, useFooC, useFooOut } from "./dynamic-programs.js";
import { DynWorkdir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

describe.each(targets)("shared objects on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);

  const buildLib = (w: DynWorkdir, options = {}): void => {
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so", ...options });
  };

  it.skipIf(!has)("is loaded by a gcc-linked program and binds its symbols", () => {
    const w = new DynWorkdir(target);
    buildLib(w);
    w.compile("main.c", useFooC, ["-O2", "-fPIE"]);
    w.gcc(["main.o", "-o", "main", "-L.", "-lfoo", "-Wl,-rpath,$ORIGIN"]);
    const r = w.execDynamic("main");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(useFooOut);
  });

  it.skipIf(!has)("can be dlopen()ed by a gcc-built program", () => {
    const w = new DynWorkdir(target);
    buildLib(w);
    w.compile("dl.c", dlopenC, ["-O2"]);
    w.gcc(["dl.o", "-o", "dl", "-ldl"]);
    const r = w.execDynamic("dl", {}, [w.path("libfoo.so")]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("42 14 7\n");
  });
});
