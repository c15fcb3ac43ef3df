// The options of a dynamic link, each checked in the output and by running it under ld.so:
// --hash-style, ldd's view of DT_NEEDED, --as-needed, --export-dynamic, -Bsymbolic, -z norelro.
import { describe, expect, it } from "vitest";
import { dlopenC, fooC, helloC, helloOut, useFooC, useFooOut } from "./dynamic-programs.js";
import { DynWorkdir, glibcDir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

describe.each(targets)("dynamic link options on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);

  const withFoo = (options = {}): DynWorkdir => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so", ...options });
    w.compile("main.c", useFooC, ["-O2", "-fPIE"]);
    return w;
  };

  it.skipIf(!has)("writes .hash, .gnu.hash or both (--hash-style), and ld.so finds symbols through each", () => {
    for (const hashStyle of ["sysv", "gnu", "both"] as const) {
      const w = withFoo({ hashStyle });
      w.glassProgram("main", [w.path("main.o")], { pie: true, libraries: ["foo", "c"], rpath: ["$ORIGIN"], hashStyle });
      for (const file of ["libfoo.so", "main"]) {
        const sections = w.readelfOf(["-SW"], file);
        expect(/ \.hash\s+HASH/.test(sections)).toBe(hashStyle !== "gnu");
        expect(/ \.gnu\.hash\s+GNU_HASH/.test(sections)).toBe(hashStyle !== "sysv");
      }
      expect(w.execDynamic("main").stdout).toBe(useFooOut);
    }
  });

  it.skipIf(!has)("lists its libraries to ldd (LD_TRACE_LOADED_OBJECTS)", () => {
    const w = withFoo();
    w.glassProgram("main", [w.path("main.o")], { pie: true, libraries: ["foo", "c"], rpath: ["$ORIGIN"] });
    const r = w.execDynamic("main", { LD_TRACE_LOADED_OBJECTS: "1" });
    expect(r.stdout).toMatch(new RegExp(`libfoo\\.so => ${w.dir}/libfoo\\.so`));
    expect(r.stdout).toMatch(/libc\.so\.6 => \S*libc\.so\.6/);
  });

  it.skipIf(!has)("leaves out unused libraries with --as-needed", () => {
    const w = withFoo();
    const hello = w.compile("hello.c", helloC, ["-O1", "-fPIE"]);
    for (const asNeeded of [false, true]) {
      w.glassInputs("hello", [`${glibcDir[target]}/Scrt1.o`, hello, { library: "foo", asNeeded }, { library: "c", asNeeded }], { pie: true, rpath: ["$ORIGIN"] });
      const d = w.readelfOf(["-d"], "hello");
      expect(d.includes("[libfoo.so]")).toBe(!asNeeded);
      expect(d).toContain("[libc.so.6]");
      expect(w.execDynamic("hello").stdout).toBe(helloOut);
    }
  });

  it.skipIf(!has)("exports every global with --export-dynamic, and only what libraries need without", () => {
    const w = withFoo();
    const hello = w.compile("hello.c", helloC, ["-O1", "-fPIE"]);
    for (const exportDynamic of [false, true]) {
      w.glassProgram("hello", [hello], { pie: true, exportDynamic });
      const dynsym = w.readelfOf(["--dyn-syms", "-W"], "hello");
      expect(/ FUNC +GLOBAL +DEFAULT +\d+ main$/m.test(dynsym)).toBe(exportDynamic);
      expect(w.execDynamic("hello").stdout).toBe(helloOut);
    }
  });

  it.skipIf(!has)("binds a library's own symbols inside it with -Bsymbolic", () => {
    // (A program that copies foo_counter would no longer share it with the library, as with
    // GNU ld: dlopen and dlsym see the library's own.)
    const w = withFoo({ symbolic: true });
    const r = w.readelfOf(["-rW", "-d"], "libfoo.so");
    expect(r).not.toMatch(/JUMP_SLOT|GLOB_DAT/);
    expect(r).toMatch(/\(FLAGS\)\s+SYMBOLIC/);
    w.compile("dl.c", dlopenC, ["-O2"]);
    w.gcc(["dl.o", "-o", "dl", "-ldl"]);
    expect(w.execDynamic("dl", {}, [w.path("libfoo.so")]).stdout).toBe("42 14 7\n");
  });

  it.skipIf(!has)("makes PT_GNU_RELRO unless -z norelro", () => {
    const w = new DynWorkdir(target);
    const hello = w.compile("hello.c", helloC, ["-O1", "-fPIE"]);
    for (const relro of [true, false]) {
      w.glassProgram("hello", [hello], { pie: true, relro });
      expect(/GNU_RELRO/.test(w.readelfOf(["-lW"], "hello"))).toBe(relro);
      expect(w.execDynamic("hello").stdout).toBe(helloOut);
    }
  });
});
