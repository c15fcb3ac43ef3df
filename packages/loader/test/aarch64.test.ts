// AArch64: qemu-user places a process its own way, so the layout is checked against the
// ELF facts (readelf -l) and Linux arm64's constants; the bindings are checked against the
// real AArch64 glibc ld.so running under qemu-aarch64 with LD_DEBUG=bindings.
import { describe, expect, it } from "vitest";
import { load } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, nodeRead, tempDir } from "./support.js";

const SYSROOT = "/usr/aarch64-linux-gnu";
const ok = hostHasAll("aarch64-linux-gnu-gcc", "aarch64-linux-gnu-readelf", "qemu-aarch64");

describe.skipIf(!ok)("AArch64", () => {
  const dir = tempDir();
  const src = "#include <stdio.h>\nint main(void){ puts(\"hi\"); return 0; }\n";
  it("static: each PT_LOAD is mapped at its page range with its permissions (readelf -l)", () => {
    const prog = buildC(dir, "s", src, "aarch64-linux-gnu-gcc", ["-static", "-O2"]);
    const loads = run("aarch64-linux-gnu-readelf", ["-lW", prog]).stdout.split("\n").filter((l) => /^\s+LOAD/.test(l));
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false });
    for (const l of loads) {
      const f = l.trim().split(/\s+/);
      const vaddr = BigInt(f[2]!);
      const filesz = BigInt(f[4]!);
      const perms = f.slice(6, -1).join("");
      const start = vaddr & ~0xfffn;
      expect(p.memory.mappingAt(start)?.path).toBe(prog);
      expect(p.memory.mappingAt(start - 1n)?.path).not.toBe(prog);
      // The last file page keeps the segment's permissions (the first may be RELRO, now r--).
      const last = p.memory.mappingAt(vaddr + filesz - 1n)!;
      expect(last.path).toBe(prog);
      expect(last.perms.replace(/-/g, "")).toBe(perms.replace("R", "r").replace("W", "w").replace("E", "x"));
    }
    expect(p.registers.pc).toBe(p.entry);
    expect(p.stackPointer % 16n).toBe(0n);
    expect(p.auxv.find((a) => a.name === "AT_PAGESZ")?.value).toBe(0x1000n);
  });
  it("PIE: load bias at ELF_ET_DYN_BASE aligned to the 64 KiB p_align; libraries from the sysroot", () => {
    const prog = buildC(dir, "d", src, "aarch64-linux-gnu-gcc", ["-O2"]);
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false, sysroot: SYSROOT });
    expect(p.objects.map((o) => o.path)).toEqual([prog, "/lib/libc.so.6", "/lib/ld-linux-aarch64.so.1"]);
    expect(p.objects[0]!.base).toBe(0xaaaaaaaa0000n);
    expect(p.auxv.find((a) => a.name === "AT_BASE")?.value).toBe(p.objects[2]!.base);
    expect(p.objects[1]!.base % 0x10000n).toBe(0n);
  });
  it("--bind-now bindings equal the real AArch64 ld.so's (LD_DEBUG=bindings under qemu)", () => {
    const prog = buildC(dir, "b", src, "aarch64-linux-gnu-gcc", ["-O2"]);
    const r = run("qemu-aarch64", ["-L", SYSROOT, "-E", "LD_DEBUG=bindings", "-E", "LD_BIND_NOW=1", prog]);
    const real = r.stderr.split("\n").map((l) => l.replace(/^\s*\d+:\s*/, "")).filter((l) => l.startsWith("binding file") && !l.includes("linux-vdso"))
      .map((l) => l.replace(/^binding file /, "")).sort();
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false, sysroot: SYSROOT, bindNow: true });
    const sim = p.bindings.map((b) => `${b.from} [0] to ${b.to} [0]: normal symbol \`${b.symbol}'${b.version ? ` [${b.version}]` : ""}`).sort();
    expect(real.length).toBeGreaterThan(10);
    expect(sim).toEqual(real);
  });
});
