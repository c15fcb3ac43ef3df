// Glass libc's size bar: a static printf("hello %d\n", 42) is at most 16 KiB on each target,
// and runs. `glass cc` links it with -z noseparate-code (headers, code and read-only data in
// one R E segment); -Wl,-z,separate-code gives GNU ld's x86-64 layout back, and still runs.
import { describe, expect, it } from "vitest";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, scratch, targetFlag } from "../support/glass.js";
import { hostHas, run, runner } from "../support/host.js";

const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64"));
const loads = (exe: string) => glass(["readelf", "-l", "-W", exe]).stdout.split("\n").filter((l) => /^\s+LOAD/.test(l)).map((l) => l.trim().split(/\s+/).slice(6, -1).join(""));

describe.each(machines)("a static printf program on %s", (m) => {
  const dir = scratch(`glass-size-${m}-`);
  const src = join(dir, "hello.c");
  writeFileSync(src, '#include <stdio.h>\nint main(void) { printf("hello %d\\n", 42); return 0; }\n');

  const build = (out: string, flags: string[] = []) => {
    const r = glass(["cc", targetFlag(m), src, "-o", join(dir, out), ...flags]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    return join(dir, out);
  };
  const exec = (exe: string) => {
    if (!canRun(m)) return;
    const [cmd, ...pre] = [...runner(m), exe];
    const p = run(cmd!, pre);
    expect([p.stdout, p.status]).toEqual(["hello 42\n", 0]);
  };

  it("is at most 16 KiB, with code and read-only data in one R E segment, and prints hello 42", () => {
    const exe = build("hello");
    expect(statSync(exe).size).toBeLessThanOrEqual(16 * 1024);
    expect(loads(exe)).toEqual(["RE", "RW"]);
    exec(exe);
  });

  it("-Wl,-z,separate-code lays it out as GNU ld does by default on x86-64", () => {
    const exe = build("hello-separate", ["-Wl,-z,separate-code"]);
    expect(loads(exe)).toEqual(["R", "RE", "R", "RW"]);
    exec(exe);
  });
});
