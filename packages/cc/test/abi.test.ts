// ABI interoperability: the same caller and callee files are built with Glass on one side
// and gcc on the other (both ways), linked together and run; the output must equal the
// all-gcc build. This is what checks the struct/float/variadic calling conventions against
// the real psABI / AAPCS64 rather than against Glass itself.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../tests/support/host.js";
import { canRun, compileC, machines, type Machine } from "./helpers.js";

const dir = new URL("./abi/", import.meta.url).pathname;
const sources = { lib: readFileSync(join(dir, "lib.c"), "utf8"), main: readFileSync(join(dir, "main.c"), "utf8") };

function build(m: Machine, glass: ("lib" | "main")[]): string {
  const tmp = mkdtempSync(join(tmpdir(), "glass-abi-"));
  const gcc = m === "x86_64" ? "gcc" : "aarch64-linux-gnu-gcc";
  const files = (["lib", "main"] as const).map((part) => {
    if (glass.includes(part)) {
      const s = join(tmp, `${part}.s`);
      writeFileSync(s, compileC(sources[part], m, `${part}.c`).asm);
      return s;
    }
    const c = join(tmp, `${part}.c`);
    writeFileSync(c, sources[part]);
    return c;
  });
  const exe = join(tmp, "prog");
  const b = run(gcc, [...(m === "aarch64" ? ["-static"] : []), "-w", ...files, "-o", exe]);
  if (b.status !== 0) throw new Error(b.stderr);
  const r = m === "x86_64" ? run(exe, []) : run("qemu-aarch64", [exe]);
  expect(r.status).toBe(0);
  return r.stdout;
}

describe.each(machines)("ABI interoperability on %s", (m) => {
  const ok = canRun(m);
  it.skipIf(!ok)("Glass callers and callees agree with gcc's", () => {
    const expected = build(m, []);
    expect(expected).toContain("7 6 294 99");
    expect(build(m, ["main"])).toBe(expected);
    expect(build(m, ["lib"])).toBe(expected);
  });
});
