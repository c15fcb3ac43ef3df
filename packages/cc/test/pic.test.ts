// Position-independent code (-fPIE / -fPIC, see notes/linking-facts.md §1): the assembly uses
// the forms gcc uses per code model, and the result really links as a PIE and as a shared
// library (built from Glass's -fPIC output of abi/lib.c) that a gcc-built program loads.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SourceFile } from "@glass/diagnostics";
import { preprocess } from "@glass/cpp";
import { compile, type PicMode } from "@glass/cc";
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { canRun, machines, type Machine } from "./helpers.js";

const dir = new URL("./abi/", import.meta.url).pathname;
const lib = readFileSync(join(dir, "lib.c"), "utf8");
const main = readFileSync(join(dir, "main.c"), "utf8");

function asm(source: string, machine: Machine, pic: PicMode, name = "t.c"): string {
  const { tokens } = preprocess(new SourceFile(name, source), { machine, fs: { readFile: () => undefined } });
  return compile(tokens, { machine, fileName: name, pic }).asm;
}

const probe = `extern int ext; int def = 1; static int loc = 2; int g(void); static int h(void) { return loc; }
int f(void) { return ext + def + h() + g(); } int (*fp)(void) = g; int *addr(void) { return &ext; }`;

describe("code models", () => {
  it("x86-64: -fPIC reaches globals through the GOT and calls through the PLT; statics stay direct", () => {
    const s = asm(probe, "x86_64", "pic");
    expect(s).toContain("movq ext@GOTPCREL(%rip), %rcx");
    expect(s).toContain("movq def@GOTPCREL(%rip)");
    expect(s).toContain("movl loc(%rip), %eax");
    expect(s).toContain("call g@PLT");
    expect(s).toMatch(/call h\n/);
  });
  it("x86-64: -fPIE and -fno-pic use PC-relative addresses (copy relocations for extern data)", () => {
    for (const mode of ["pie", "none"] as const) {
      const s = asm(probe, "x86_64", mode);
      expect(s).not.toContain("GOTPCREL");
      expect(s).toContain("leaq ext(%rip)");
      expect(s).toContain("call g@PLT");
    }
  });
  it("AArch64: -fPIE uses the GOT for symbols defined elsewhere, -fPIC for every global symbol", () => {
    const pie = asm(probe, "aarch64", "pie");
    expect(pie).toContain("adrp x10, :got:ext");
    expect(pie).toContain("ldr x10, [x10, :got_lo12:ext]");
    expect(pie).toContain("adrp x10, def");
    const pic = asm(probe, "aarch64", "pic");
    expect(pic).toContain(":got:def");
    expect(pic).not.toContain(":got:loc");
    expect(asm(probe, "aarch64", "none")).not.toContain(":got:");
  });
});

function gcc(m: Machine): string {
  return m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
}

function exec(m: Machine, exe: string, libDir: string) {
  const env = { ...process.env, LD_LIBRARY_PATH: libDir };
  return m === "x86_64" ? run(exe, [], { env }) : run("qemu-aarch64", ["-L", "/usr/aarch64-linux-gnu", exe], { env });
}

describe.each(machines)("position-independent code on %s", (m) => {
  it.skipIf(!canRun(m))("a Glass -fPIC shared library and a Glass -fPIE program run like the gcc build", () => {
    const tmp = mkdtempSync(join(tmpdir(), "glass-pic-"));
    const file = (name: string, text: string) => (writeFileSync(join(tmp, name), text), join(tmp, name));
    const build = (args: string[]) => {
      const r = run(gcc(m), ["-w", ...args]);
      if (r.status !== 0) throw new Error(r.stderr);
    };
    build(["-fPIC", "-shared", file("gcclib.c", lib), "-o", join(tmp, "libref.so")]);
    build(["-fPIE", "-pie", file("main.c", main), "-L", tmp, "-lref", "-o", join(tmp, "ref")]);
    const expected = exec(m, join(tmp, "ref"), tmp);
    expect(expected.status).toBe(0);
    build(["-shared", file("lib.s", asm(lib, m, "pic", "lib.c")), "-o", join(tmp, "libglass.so")]);
    build(["-pie", file("main.s", asm(main, m, "pie", "main.c")), "-L", tmp, "-lglass", "-o", join(tmp, "prog")]);
    const ours = exec(m, join(tmp, "prog"), tmp);
    expect(ours.stdout).toBe(expected.stdout);
    expect(ours.status).toBe(0);
  });
});
