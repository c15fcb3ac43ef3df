// Symbol bindings equal what glibc's ld.so prints with LD_DEBUG=bindings for the same program
// and libraries, on both targets (AArch64 under qemu-aarch64 with the cross sysroot): all of
// them with LD_BIND_NOW=1 / --bind-now, and lazily the startup ones plus those the program's
// first calls make. The vdso's bindings are left aside (the simulation has no vdso image).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { load } from "@glass/loader";
import { hostHasAll } from "../../../tests/support/host.js";
import { bindingLines, compileIn, nodeRead, runTarget, simBindingLines, tempDir, toolsFor, traceLines } from "./support.js";

const FOO = "int foo_counter = 1;\nint foo_add(int a, int b) { foo_counter++; return a + b; }\nint foo_get(void) { return foo_add(foo_counter, 0); }\n";
const MAIN = "#include <stdio.h>\nextern int foo_counter; int foo_add(int, int); int foo_get(void);\nint (*pf)(int,int) = foo_add;\nint main(void) { printf(\"%d %d\\n\", pf(1, 2), foo_get() + foo_counter); return 0; }\n";
const HELLO = "#include <stdio.h>\nint main(void){ puts(\"hi\"); return 0; }\n";

describe.each(["x86_64", "aarch64"] as const)("bindings against glibc LD_DEBUG=bindings (%s)", (target) => {
  const t = toolsFor(target);
  const ok = hostHasAll(...t.tools);
  if (!ok) console.warn(`skipping ${target} bindings: needs ${t.tools.join(", ")}`);
  const dir = ok ? tempDir() : "";
  if (ok) {
    compileIn(dir, t.cc, HELLO, ["-o", "hello"]);
    compileIn(dir, t.cc, FOO, ["-fPIC", "-shared", "-o", "libfoo.so"]);
    compileIn(dir, t.cc, MAIN, ["-L.", "-lfoo", "-Wl,-rpath,$ORIGIN", "-o", "main"]);
    compileIn(dir, t.cc, MAIN, ["-fno-pic", "-no-pie", "-L.", "-lfoo", "-Wl,-rpath,$ORIGIN", "-o", "main-nopie"]);
  }
  /** The real run's bindings: all of them, and those made before control reaches the program. */
  const real = (prog: string, bindNow: boolean): { startup: string[]; all: string[] } => {
    const lines = traceLines(runTarget(target, dir, prog, { LD_DEBUG: "bindings", ...(bindNow ? { LD_BIND_NOW: "1" } : {}) }).stderr);
    const cut = lines.findIndex((l) => l.startsWith("transferring control"));
    return { startup: bindingLines(lines.slice(0, cut >= 0 ? cut : lines.length)), all: bindingLines(lines) };
  };
  const sim = (prog: string, bindNow: boolean) =>
    load(prog, { readFile: (p) => nodeRead()(p.startsWith("/") ? p : join(dir, p)), argv: [prog], aslr: false, cwd: dir, sysroot: t.sysroot, bindNow });

  for (const [name, prog] of [["hello", "./hello"], ["main + libfoo.so (COPY, RUNPATH $ORIGIN)", "./main"], ["non-PIE main + libfoo.so", "./main-nopie"]] as const) {
    it.skipIf(!ok)(`${name}: --bind-now bindings equal LD_BIND_NOW=1`, () => {
      const r = real(prog, true).all;
      expect(r.length).toBeGreaterThan(10);
      expect(simBindingLines(sim(prog, true))).toEqual(r);
    });
    // Lazily, code that runs before main (libc's IFUNC resolvers calling __tunable_get_val,
    // __libc_start_main calling _dl_audit_preinit) binds a few PLT slots; the simulation runs
    // no code, so those show up as "lazy" bindings instead. Every binding of the whole real
    // run is one the simulation made at startup or lists as lazy.
    it.skipIf(!ok)(`${name}: lazy startup bindings equal the real ones, apart from PLT calls made by startup code`, () => {
      const p = sim(prog, false);
      const [startup, lazy] = [simBindingLines(p, "startup"), simBindingLines(p, "lazy")];
      const r = real(prog, false);
      expect(startup.filter((l) => !r.startup.includes(l))).toEqual([]);
      expect(r.startup.filter((l) => !startup.includes(l)).filter((l) => !lazy.includes(l))).toEqual([]);
      expect(r.all.filter((l) => !startup.includes(l) && !lazy.includes(l))).toEqual([]);
    });
  }
  it.skipIf(!ok)("lazy JUMP_SLOTs say what the first call resolves: the program's calls bind when it runs", () => {
    const p = sim("./main", false);
    const libc = p.objects.find((o) => o.path.endsWith("/libc.so.6"))!.name;
    expect(p.bindings.find((b) => b.symbol === "printf")).toMatchObject({ when: "lazy", from: "./main", to: libc });
    expect(p.bindings.find((b) => b.symbol === "foo_get")).toMatchObject({ when: "lazy", from: "./main", to: `${dir}/libfoo.so` });
    const r = real("./main", false);
    for (const s of ["printf", "foo_get"]) {
      const line = simBindingLines(p, "lazy").find((l) => l.includes(`\`${s}'`))!;
      expect(r.startup).not.toContain(line);
      expect(r.all).toContain(line);
    }
  });
});
