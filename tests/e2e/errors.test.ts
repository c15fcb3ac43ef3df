// Bad input to the driver: a clear message, exit status 1, and no output file left behind.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, repoRoot, scratch, targetFlag } from "../support/glass.js";
import { run } from "../support/host.js";

describe("glass cc on bad input", () => {
  const dir = scratch("glass-errors-");

  it("a missing input file", () => {
    const r = glass(["cc", "nosuch.c", "-o", join(dir, "x")], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("glass: error: nosuch.c: No such file or directory\n");
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("an unknown flag", () => {
    const r = glass(["cc", "--frobnicate", "a.c"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("glass: error: unrecognized command-line option '--frobnicate'\n");
  });

  it("no input files", () => {
    const r = glass(["cc", "-c"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("glass: error: no input files\n");
  });

  it("an unknown tool", () => {
    const r = glass(["frob"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^glass: error: unknown tool 'frob'/);
  });

  it.each(machines)("a syntax error gives file:line:col with the line and a caret, and no object (%s)", (m) => {
    const src = join(dir, "bad.c");
    writeFileSync(src, "int main(void) {\n  return 1 +;\n}\n");
    const out = join(dir, `bad-${m}.o`);
    const r = glass(["cc", targetFlag(m), "-c", "bad.c", "-o", out], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^bad\.c:2:13: error: expected expression before ';' token\n    2 \|   return 1 \+;\n      \|             \^/);
    expect(existsSync(out)).toBe(false);
  });

  it.each(machines)("an undeclared identifier is an error with its location (%s)", (m) => {
    writeFileSync(join(dir, "undecl.c"), "int main(void) {\n  return x;\n}\n");
    const r = glass(["cc", targetFlag(m), "-S", "undecl.c", "-o", join(dir, "undecl.s")], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^undecl\.c:2:10: error: 'x' undeclared/);
    expect(existsSync(join(dir, "undecl.s"))).toBe(false);
  });

  it("a reader that closes the pipe early ends the tool quietly (glass objdump -d libc.a | head -1)", () => {
    const glassCli = join(repoRoot, "packages/driver/bin/glass.js");
    const lib = join(repoRoot, "packages/libc/build/x86_64/libc.a");
    const r = run("sh", ["-c", `"${process.execPath}" "${glassCli}" objdump -d "${lib}" | head -1 >/dev/null`]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("an output path that is a directory is named with the C library's words", () => {
    mkdirSync(join(dir, "outdir"), { recursive: true });
    writeFileSync(join(dir, "ok.c"), "int main(void) { return 0; }\n");
    const r = glass(["cc", "ok.c", "-o", "outdir"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("glass: error: cannot open output file outdir: Is a directory\n");
  });
});
