// Symbol bindings equal what glibc's ld.so prints with LD_DEBUG=bindings for the same program
// and libraries: all of them with LD_BIND_NOW=1 / --bind-now, and the startup ones when lazy.
// The vdso's bindings are left aside (the simulation has no vdso image).
import { describe, expect, it } from "vitest";
import { load } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, nodeRead, tempDir } from "./support.js";

const ok = hostHasAll("gcc", "setarch");
const FOO = "int foo_counter = 1;\nint foo_add(int a, int b) { foo_counter++; return a + b; }\nint foo_get(void) { return foo_add(foo_counter, 0); }\n";
const MAIN = "#include <stdio.h>\nextern int foo_counter; int foo_add(int, int); int foo_get(void);\nint (*pf)(int,int) = foo_add;\nint main(void) { printf(\"%d %d\\n\", pf(1, 2), foo_get() + foo_counter); return 0; }\n";

function realBindings(prog: string, bindNow: boolean): { startup: string[]; all: string[] } {
  const env = ["LD_DEBUG=bindings", ...(bindNow ? ["LD_BIND_NOW=1"] : [])];
  const r = run("env", ["-i", "setarch", "-R", "/usr/bin/env", ...env, prog]);
  const lines = r.stderr.split("\n").map((l) => l.replace(/^\s*\d+:\s*/, ""));
  const cut = lines.findIndex((l) => l.startsWith("transferring control"));
  const pick = (ls: string[]) => ls.filter((l) => l.startsWith("binding file") && !l.includes("linux-vdso")).map((l) => l.replace(/^binding file /, "")).sort();
  return { startup: pick(lines.slice(0, cut >= 0 ? cut : lines.length)), all: pick(lines) };
}

function simBindings(prog: string, bindNow: boolean, when: "startup" | "lazy" = "startup"): string[] {
  const p = load(prog, { readFile: nodeRead(), argv: [prog], envp: [], aslr: false, bindNow });
  return p.bindings.filter((b) => b.when === when)
    .map((b) => `${b.from} [0] to ${b.to} [0]: normal symbol \`${b.symbol}'${b.version ? ` [${b.version}]` : ""}`).sort();
}

describe.skipIf(!ok)("bindings against glibc LD_DEBUG=bindings (x86-64)", () => {
  const dir = tempDir();
  const hello = buildC(dir, "hello", "#include <stdio.h>\nint main(void){ puts(\"hi\"); return 0; }\n", "gcc", ["-O2"]);
  run("gcc", ["-O2", "-fPIC", "-shared", "-o", `${dir}/libfoo.so`, "-x", "c", "-"], { input: FOO });
  const withLib = buildC(dir, "main", MAIN, "gcc", ["-O2", `-L${dir}`, "-lfoo", "-Wl,-rpath,$ORIGIN"]);
  const withLibNoPie = buildC(dir, "main-nopie", MAIN, "gcc", ["-O2", "-fno-pic", "-no-pie", `-L${dir}`, "-lfoo", "-Wl,-rpath,$ORIGIN"]);
  for (const [name, prog] of [["hello", hello], ["main + libfoo.so (COPY, RUNPATH $ORIGIN)", withLib], ["non-PIE main + libfoo.so", withLibNoPie]] as const) {
    it(`${name}: --bind-now bindings equal LD_BIND_NOW=1`, () => {
      expect(simBindings(prog, true)).toEqual(realBindings(prog, true).all);
    });
    // Lazily, code that runs before main (libc's IFUNC resolvers calling __tunable_get_val,
    // __libc_start_main calling _dl_audit_preinit) binds a few PLT slots; the simulation runs
    // no code, so those show up as "lazy" bindings instead.
    it(`${name}: lazy startup bindings equal the real ones, apart from PLT calls made by startup code`, () => {
      const sim = simBindings(prog, false);
      const real = realBindings(prog, false).startup;
      const lazy = simBindings(prog, false, "lazy");
      expect(sim.filter((l) => !real.includes(l))).toEqual([]);
      expect(real.filter((l) => !sim.includes(l)).filter((l) => !lazy.includes(l))).toEqual([]);
    });
  }
  it("lazy JUMP_SLOTs say what the first call resolves", () => {
    const p = load(hello, { readFile: nodeRead(), argv: [hello], aslr: false });
    const puts = p.bindings.find((b) => b.symbol === "puts");
    expect(puts).toMatchObject({ when: "lazy", to: "/lib/x86_64-linux-gnu/libc.so.6" });
    expect(realBindings(hello, false).all.some((l) => l.includes("`puts'"))).toBe(true);
  });
});
