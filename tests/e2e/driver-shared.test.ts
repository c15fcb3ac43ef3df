// glass cc builds position-independent code and shared libraries against glibc, and a
// program that uses one runs under the real dynamic linker, on both targets.
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { glass, machines, scratch, targetFlag } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";

const glibcFor = (m: string) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64") && hostHas("aarch64-linux-gnu-gcc"));

describe.each(machines)("glass cc -shared -fPIC --libc=glibc (%s)", (m) => {
  it.skipIf(!glibcFor(m))("builds a shared library a PIE program uses through the PLT and GOT", () => {
    const dir = scratch(`glass-shared-${m}-`);
    writeFileSync(join(dir, "count.c"), "int counter = 40;\nint bump(int by) { counter += by; return counter; }\n");
    writeFileSync(
      join(dir, "main.c"),
      '#include <stdio.h>\nextern int counter;\nint bump(int by);\nint main(void) { bump(1); printf("counter %d\\n", counter); return bump(1); }\n',
    );
    const t = targetFlag(m);
    const lib = glass(["cc", t, "--libc=glibc", "-fPIC", "-shared", "count.c", "-o", "libcount.so"], dir);
    expect(lib.stderr).toBe("");
    const exe = glass(["cc", t, "--libc=glibc", "-fPIE", "-pie", "main.c", "-L.", "-lcount", "-Wl,-rpath,$ORIGIN", "-o", "main"], dir);
    expect(exe.stderr).toBe("");
    const readelf = run(m === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf", ["-h", "-d", join(dir, "libcount.so")]);
    expect(readelf.stdout).toMatch(/Type:\s+DYN \(Shared object file\)/);
    const cmd = m === "x86_64" ? [join(dir, "main")] : ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", join(dir, "main")];
    const r = run(cmd[0]!, cmd.slice(1));
    expect(r.stdout).toBe("counter 41\n");
    expect(r.status).toBe(42);
  });
});

describe.each(machines)("glass cc -fPIE -pie with Glass libc (%s)", (m) => {
  const canRun = m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64") && hostHas("aarch64-linux-gnu-gcc");
  it.skipIf(!canRun)("links against Glass's libc.so, and glibc's ld.so runs it", () => {
    const dir = scratch(`glass-pie-${m}-`);
    writeFileSync(join(dir, "p.c"), '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { char *p = malloc(8); printf("%s %.2f\\n", p ? "heap" : "none", 1.5); free(p); return 7; }\n');
    const c = glass(["cc", targetFlag(m), "-fPIE", "-pie", "p.c", "-o", "p"], dir);
    expect(c.stderr).toBe("");
    const d = run(m === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf", ["-h", "-d", join(dir, "p")]);
    expect(d.stdout).toMatch(/Type:\s+DYN \(Position-Independent Executable file\)/);
    expect(d.stdout).toMatch(/\(NEEDED\)\s+Shared library: \[libc\.so\]/);
    const cmd = m === "x86_64" ? [join(dir, "p")] : ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", join(dir, "p")];
    const r = run(cmd[0]!, cmd.slice(1));
    expect([r.stdout, r.status]).toEqual(["heap 1.50\n", 7]);
  });
});
