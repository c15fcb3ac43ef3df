// Glass libc as built by `npm run build` (with Glass itself): its archive holds what the
// headers promise, and programs using it print and exit as the C standard says, on both
// targets.
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readArchive, readElf, STB_GLOBAL, SHN_UNDEF } from "@glass/elf";
import { glass, machines, repoRoot, scratch, targetFlag } from "../../../tests/support/glass.js";
import { hostHas, run, runner } from "../../../tests/support/host.js";

const canRun = (m: string) => (m === "x86_64" ? process.arch === "x64" : hostHas("qemu-aarch64"));

describe.each(machines)("Glass libc for %s", (m) => {
  const build = join(repoRoot, "packages/libc/build", m);

  it("libc.a defines the functions of the first cut, crt1.o defines _start", () => {
    const archive = readArchive(readFileSync(join(build, "libc.a")), "libc.a");
    expect([...archive.symbolIndex.keys()].sort()).toEqual(["_exit", "exit", "putchar", "puts", "strlen", "write"]);
    const crt1 = readElf(readFileSync(join(build, "crt1.o")), "crt1.o");
    const defined = crt1.symbols().filter((s) => s.bind === STB_GLOBAL && s.st_shndx !== SHN_UNDEF).map((s) => s.name);
    expect(defined).toEqual(["_start"]);
    expect(crt1.header.e_machine).toBe(m === "x86_64" ? 62 : 183);
  });

  it.skipIf(!canRun(m))("puts, putchar, strlen and exit behave as in C", () => {
    const dir = scratch(`glass-libc-${m}-`);
    writeFileSync(
      join(dir, "t.c"),
      `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  puts("line one");
  putchar('o'); putchar('k'); putchar('\\n');
  if (strlen("twelve chars") != 12) return 1;
  if (putchar(200) != 200) return 2;
  puts(argv[1]);
  exit(argc + 40);
  return 0;
}
`,
    );
    const exe = join(dir, "t");
    const c = glass(["cc", targetFlag(m), join(dir, "t.c"), "-o", exe]);
    expect(c.stderr).toBe("");
    const [cmd, ...pre] = [...runner(m), exe];
    const r = run(cmd!, [...pre, "argument"], { encoding: "latin1" });
    expect(r.stdout).toBe("line one\nok\n\u00c8argument\n");
    expect(r.status).toBe(42);
  });
});
