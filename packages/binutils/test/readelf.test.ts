import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO, readelf } from "@glass/binutils";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { readArchive } from "@glass/elf";
import { build, hasTarget, tempDir, TARGETS } from "../../elf/test/fixtures.js";
import { mutations } from "../../elf/test/mutate.js";

/** Runs Glass's readelf on a real file, returning what it printed. */
function ours(args: string[], path: string): { status: number; out: string; err: string } {
  const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)) });
  const status = readelf([...args, path], io);
  return { status, out: io.out, err: io.err };
}

const FLAG_SETS = [["-h"], ["-S", "-W"], ["-s", "-W"], ["-r", "-W"], ["-hSsrW"], ["-S"], ["-r"], ["-s"]];

describe.each(TARGETS)("readelf matches GNU readelf byte for byte (%s)", (target) => {
  const enabled = hasTarget(target) && hostHas(gnu("readelf", target));
  for (const kind of ["obj", "pic", "static"] as const) {
    for (const flags of FLAG_SETS) {
      it.skipIf(!enabled)(`${kind} ${flags.join(" ")}`, () => {
        const f = build(target, kind);
        const expected = run(gnu("readelf", target), [...flags, f.path]);
        const got = ours(flags, f.path);
        expect(got.err).toBe(expected.stderr);
        expect(got.out).toBe(expected.stdout);
        expect(got.status).toBe(expected.status);
      });
    }
  }
});

describe("readelf on archives, odd inputs and errors", () => {
  it.skipIf(!hostHas("readelf") || !hasTarget("x86_64"))("an archive lists each member like GNU readelf", () => {
    const f = build("x86_64", "obj");
    const lib = f.path.replace(/\.o$/, ".a");
    run("ar", ["rcs", lib, f.path]);
    const expected = run("readelf", ["-h", "-s", "-W", lib]);
    const got = ours(["-h", "-s", "-W"], lib);
    expect(got.out).toBe(expected.stdout);
    expect(got.status).toBe(0);
  });

  it("wording and exit status of errors follow binutils", () => {
    const io = memoryIO({ "notes.txt": new TextEncoder().encode("just some text\n"), "tiny": new Uint8Array(3) });
    expect(readelf(["-h", "missing.o"], io)).toBe(1);
    expect(readelf(["-h", "notes.txt"], io)).toBe(1);
    expect(readelf(["-h", "tiny"], io)).toBe(1);
    expect(io.err).toBe(
      "readelf: Error: 'missing.o': No such file\n" +
        "readelf: Error: Not an ELF file - it has the wrong magic bytes at the start\n" +
        "readelf: Error: tiny: Failed to read file's magic number\n",
    );
    expect(io.out).toBe("");
    const bad = memoryIO();
    expect(readelf(["-q", "x.o"], bad)).toBe(1);
    expect(bad.err).toMatch(/^readelf: invalid option -- 'q'\nUsage: readelf/);
  });

  it.skipIf(!hasTarget("x86_64"))("malformed ELF files: readelf returns 0 or 1 and never throws", () => {
    
    const good = build("x86_64", "obj").bytes;
    const statuses = new Set<number>();
    for (const bytes of mutations(good, 300, 11)) {
      const io = memoryIO({ "m.o": bytes });
      const status = readelf(["-hSsrW", "m.o"], io);
      statuses.add(status);
      if (status === 1) expect(io.err).toMatch(/^readelf: Error: /);
    }
    expect([...statuses].sort()).toEqual([0, 1]);
  });
});

// A wider corpus: members of the host's glibc libc.a (TLS, IFUNC, COMDAT groups, odd sections).
const LIBC: Record<string, string> = { x86_64: "/usr/lib/x86_64-linux-gnu/libc.a", aarch64: "/usr/aarch64-linux-gnu/lib/libc.a" };
describe.each(TARGETS)("readelf on libc.a members (%s)", (target) => {
  const present = hostHas(gnu("readelf", target)) && existsSync(LIBC[target]!);
  it.skipIf(!present)("every 40th member, -hSsrW and -Ssr, equals GNU readelf", () => {
    const archive = readArchive(new Uint8Array(readFileSync(LIBC[target]!)), LIBC[target]!);
    const dir = tempDir();
    for (const [i, member] of archive.members.entries()) {
      if (i % 40 !== 0) continue;
      const path = join(dir, `${target}-${member.name}`);
      writeFileSync(path, member.data);
      for (const flags of [["-hSsrW"], ["-Ssr"]]) {
        expect(ours(flags, path).out, `${member.name} ${flags}`).toBe(run(gnu("readelf", target), [...flags, path]).stdout);
      }
    }
  });
});
