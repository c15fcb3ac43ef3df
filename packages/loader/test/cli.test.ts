// `glass load` (loadMain): each output option on a real gcc program.
import { describe, expect, it } from "vitest";
import { loadMain, type LoaderIO } from "@glass/loader";
import { hostHas } from "../../../tests/support/host.js";
import { buildC, nodeRead, tempDir } from "./support.js";

function io(): LoaderIO & { out: string; err: string } {
  const o = { out: "", err: "", readFile: nodeRead(), stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) };
  return o;
}

describe.skipIf(!hostHas("gcc"))("glass load", () => {
  const dir = tempDir();
  const prog = buildC(dir, "hello", "#include <stdio.h>\nint main(void){ puts(\"hi\"); return 0; }\n", "gcc", ["-O2"]);
  it("--maps prints /proc/PID/maps lines", () => {
    const o = io();
    expect(loadMain(["--no-aslr", "--maps", prog], o)).toBe(0);
    expect(o.out).toMatch(/^555555554000-555555555000 r--p 00000000 00:00 0 {26}\//m);
    expect(o.out).toMatch(/^7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0 {26}\[stack\]$/m);
  });
  it("--stack shows argc at the stack pointer, 16-byte aligned", () => {
    const o = io();
    expect(loadMain(["--no-aslr", "--stack", prog, "a1"], o)).toBe(0);
    const line = o.out.split("\n").find((l) => l.includes("<- rsp"))!;
    expect(line).toMatch(/argc\s+2/);
    expect(BigInt(line.split(/\s+/)[0]!) % 16n).toBe(0n);
    expect(o.out).toContain('"a1"');
  });
  it("--debug=files,bindings prints LD_DEBUG-shaped lines", () => {
    const o = io();
    expect(loadMain(["--no-aslr", "--debug=files,bindings", prog], o)).toBe(0);
    expect(o.err).toContain("         1:\tfile=libc.so.6 [0];  needed by " + prog + " [0]");
    expect(o.err).toMatch(/binding file .* to \/lib\/x86_64-linux-gnu\/libc\.so\.6 \[0\]: normal symbol `__libc_start_main' \[GLIBC_2\.34\]/);
  });
  it("--json has entry, maps, auxv, bindings, relocations, stack", () => {
    const o = io();
    expect(loadMain(["--seed=7", "--json", prog], o)).toBe(0);
    const j = JSON.parse(o.out);
    for (const k of ["entry", "maps", "auxv", "bindings", "relocations", "stack"]) expect(j).toHaveProperty(k);
    expect(j.maps[0]).toHaveProperty("perms");
    const again = io();
    loadMain(["--seed=7", "--json", prog], again);
    expect(again.out).toBe(o.out);
    const other = io();
    loadMain(["--seed=8", "--json", prog], other);
    expect(JSON.parse(other.out).entry).not.toBe(j.entry);
  });
  it("--layout names the regions; errors exit like the shell/ld.so", () => {
    const o = io();
    expect(loadMain(["--no-aslr", "--layout", prog], o)).toBe(0);
    expect(o.out).toMatch(/text/);
    expect(o.out).toMatch(/stack/);
    const e = io();
    expect(loadMain(["/nonexistent"], e)).toBe(1);
    expect(e.err).toContain("/nonexistent: No such file or directory");
  });
});
