// Executables linked by Glass against the host's glibc (crt1.o/Scrt1.o, libc.so → libc.so.6
// + libc_nonshared.a through the linker script), run under the real ld.so: non-PIE and PIE,
// with COPY relocations (stdout, environ), a canonical PLT address (a pointer to puts),
// atexit from libc_nonshared.a (with a synthesized __dso_handle); and against a Glass-built
// and a gcc-built libfoo.so, found through DT_RUNPATH $ORIGIN.
import { describe, expect, it } from "vitest";
import { fooC, helloC, helloOut, useFooC, useFooOut } from "./dynamic-programs.js";
import { DynWorkdir, hasGlibc } from "./dynamic-toolchain.js";
import { targets, toolsFor } from "./toolchain.js";

describe.each(targets)("programs against glibc on %s", (target) => {
  const has = toolsFor(target) && hasGlibc(target);
  const interp = target === "x86_64" ? "/lib64/ld-linux-x86-64.so.2" : "/lib/ld-linux-aarch64.so.1";

  it.skipIf(!has)("links a non-PIE executable (crt1.o, -fno-pic) that runs", () => {
    const w = new DynWorkdir(target);
    const hello = w.compile("hello.c", helloC, ["-O1", "-fno-pic", "-fno-pie"]);
    w.glassProgram("hello", [hello]);
    const r = w.execDynamic("hello");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(helloOut);
    expect(r.status).toBe(3);
    const elf = w.readelfOf(["-W", "-h", "-l", "-d", "-r", "--dyn-syms"], "hello");
    expect(elf).toMatch(/Type:\s+EXEC/);
    expect(elf).toContain(`[Requesting program interpreter: ${interp}]`);
    for (const ph of ["PHDR", "INTERP", "DYNAMIC", "GNU_RELRO", "GNU_STACK"]) expect(elf).toMatch(new RegExp(`^\\s+${ph}\\s`, "m"));
    expect(elf).toMatch(/\(NEEDED\)\s+Shared library: \[libc\.so\.6\]/);
    expect(elf).not.toMatch(/Shared library: \[ld-linux/); // AS_NEEDED in libc.so, and unused
    expect(elf).toMatch(/_COPY\s+[0-9a-f]+ (stdout|environ)/);
    expect(elf).toMatch(/_JUMP_SLOT\s+[0-9a-f]+ puts/);
    // In .symtab an imported function is a plain FUNC of size 0 named with its version, as GNU ld writes it.
    const symtab = w.readelfOf(["-sW"], "hello");
    expect(symtab).toMatch(/^\s+\d+: 0+\s+0 FUNC\s+GLOBAL DEFAULT\s+UND puts@GLIBC_2\.(2\.5|17)$/m);
  });

  it.skipIf(!has)("links a PIE (Scrt1.o, -fPIE) that runs at a random address", () => {
    const w = new DynWorkdir(target);
    const hello = w.compile("hello.c", helloC, ["-O1", "-fPIE"]);
    w.glassProgram("hello", [hello], { pie: true });
    const r = w.execDynamic("hello");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(helloOut);
    const elf = w.readelfOf(["-W", "-h", "-d", "-r"], "hello");
    expect(elf).toMatch(/Type:\s+DYN/);
    expect(elf).toMatch(/\(FLAGS_1\)\s+Flags: PIE/);
    expect(elf).toMatch(/\(VERNEED\)/); // imports ask for their versions, as GNU ld's do
    // Under the real kernel (x86-64 here) each run loads it at a different address.
    const where = w.compile("where.c", "#include <stdio.h>\nint main(void) { printf(\"%p\\n\", (void *)main); return 0; }\n", ["-O1", "-fPIE"]);
    w.glassProgram("where", [where], { pie: true });
    const runs = new Set([0, 1, 2, 3].map(() => w.execDynamic("where").stdout));
    for (const out of runs) expect(out).toMatch(/^0x[0-9a-f]+\n$/);
    if (target === "x86_64") expect(runs.size).toBeGreaterThan(1); // qemu-user maps a PIE at a fixed place
  });

  it.skipIf(!has)("copies a library's data and gives its function a canonical PLT address in a non-PIE", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    const main = w.compile("main.c", useFooC, ["-O1", "-fno-pic", "-fno-pie"]);
    w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so" });
    w.glassProgram("main", [main], { libraries: ["foo", "c"], rpath: ["$ORIGIN"] });
    const r = w.execDynamic("main");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(useFooOut); // pf == foo_add == the library's foo_ptr: one address everywhere
    const elf = w.readelfOf(["-rW", "--dyn-syms"], "main");
    expect(elf).toMatch(/_COPY\s+[0-9a-f]+ foo_counter/);
    expect(elf).toMatch(/[1-9a-f][0-9a-f]* +0 FUNC +GLOBAL DEFAULT +UND foo_add/); // UND with a value: the canonical PLT entry
  });

  it.skipIf(!has)("uses a Glass-built and a gcc-built libfoo.so found through $ORIGIN", () => {
    const w = new DynWorkdir(target);
    const foo = w.compile("foo.c", fooC, ["-O2", "-fPIC"]);
    const main = w.compile("main.c", useFooC, ["-O2", "-fPIE"]);
    for (const builder of ["glass", "gcc"]) {
      if (builder === "glass") w.glassLink("libfoo.so", [foo], { shared: true, soname: "libfoo.so" });
      else w.gcc(["-shared", "foo.o", "-o", "libfoo.so", "-Wl,-soname,libfoo.so"]);
      w.glassProgram("main", [main], { pie: true, libraries: ["foo", "c"], rpath: ["$ORIGIN"] });
      const r = w.execDynamic("main");
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(useFooOut);
      const d = w.readelfOf(["-d"], "main");
      expect(d).toMatch(/\(RUNPATH\)\s+Library runpath: \[\$ORIGIN\]/);
      expect(d).toMatch(/\(NEEDED\)\s+Shared library: \[libfoo\.so\][\s\S]*\(NEEDED\)\s+Shared library: \[libc\.so\.6\]/);
    }
  });
});
