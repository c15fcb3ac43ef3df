import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GlassError } from "@glass/diagnostics";
import { readArchive, writeArchive } from "@glass/elf";
import { hostHas, run } from "../../../tests/support/host.js";
import { tempDir } from "./fixtures.js";

const LONG = "a_member_with_a_long_name.o"; // > 15 characters: goes to the "//" table
const canBuild = hostHas("gcc") && hostHas("ar") && hostHas("nm");

function objects(): { dir: string; names: string[] } {
  const dir = join(tempDir(), "ar");
  mkdirSync(dir, { recursive: true });
  const sources: Record<string, string> = {
    [LONG]: "int long_fn(void) { return 1; } int shared_common; static int hidden_static;",
    "b.o": "extern int long_fn(void); int b_fn(void) { return long_fn() + 1; } __attribute__((weak)) int weak_b;",
    "c.o": "static int only_local(void) { return 3; } int (*c_ptr)(void) = only_local;",
  };
  for (const [name, code] of Object.entries(sources)) {
    writeFileSync(join(dir, name.replace(/\.o$/, ".c")), code);
    const r = run("gcc", ["-c", "-o", join(dir, name), join(dir, name.replace(/\.o$/, ".c"))]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  return { dir, names: Object.keys(sources) };
}

describe("archives", () => {
  it.skipIf(!canBuild)("writeArchive is byte-identical to GNU ar rcs (deterministic)", () => {
    const { dir, names } = objects();
    const gnuPath = join(dir, "gnu.a");
    const r = run("ar", ["rcs", gnuPath, ...names.map((n) => join(dir, n))]);
    expect(r.status).toBe(0);
    const ours = writeArchive(names.map((name) => ({ name, data: new Uint8Array(readFileSync(join(dir, name))) })));
    const oursPath = join(dir, "ours.a");
    writeFileSync(oursPath, ours);
    expect(run("ar", ["t", oursPath]).stdout).toBe(names.join("\n") + "\n");
    expect(run("nm", ["-s", oursPath]).stdout).toContain("long_fn in a_member_with_a_long_name.o");
    expect(Buffer.from(ours).equals(readFileSync(gnuPath))).toBe(true);
  });

  it.skipIf(!canBuild)("readArchive reads GNU ar output: long names, index, member data", () => {
    const { dir, names } = objects();
    const gnuPath = join(dir, "gnu2.a");
    run("ar", ["rcs", gnuPath, ...names.map((n) => join(dir, n))]);
    const archive = readArchive(new Uint8Array(readFileSync(gnuPath)), gnuPath);
    expect(archive.members.map((m) => m.name)).toEqual(names);
    for (const m of archive.members) expect(Buffer.from(m.data).equals(readFileSync(join(dir, m.name)))).toBe(true);
    expect(Object.fromEntries(archive.symbolIndex)).toEqual({ long_fn: 0, shared_common: 0, b_fn: 1, weak_b: 1, c_ptr: 2 });
  });

  it.skipIf(!canBuild)("GNU ld pulls a member through our index", () => {
    const { dir, names } = objects();
    const lib = join(dir, "libours.a");
    writeFileSync(lib, writeArchive(names.map((name) => ({ name, data: new Uint8Array(readFileSync(join(dir, name))) }))));
    writeFileSync(join(dir, "main.c"), "int b_fn(void); void _start(void) { b_fn(); for (;;); }");
    expect(run("gcc", ["-c", "-o", join(dir, "main.o"), join(dir, "main.c")]).status).toBe(0);
    const ld = run("ld", ["-o", join(dir, "prog"), join(dir, "main.o"), lib, "-Map", join(dir, "prog.map")]);
    expect(ld.stderr).toBe("");
    expect(readFileSync(join(dir, "prog.map"), "utf8")).toContain("libours.a(a_member_with_a_long_name.o)");
  });

  it("non-object members get no index; names round-trip", () => {
    const enc = new TextEncoder();
    const members = [
      { name: "notes.txt", data: enc.encode("odd\n") },
      { name: "exactly15chars_", data: enc.encode("x") },
      { name: "sixteen_chars_xx", data: enc.encode("yy") },
    ];
    const back = readArchive(writeArchive(members), "t.a");
    expect(back.members.map((m) => [m.name, new TextDecoder().decode(m.data)])).toEqual(members.map((m) => [m.name, new TextDecoder().decode(m.data)]));
    expect(back.symbolIndex.size).toBe(0);
  });

  it("malformed archives throw GlassError", () => {
    const good = writeArchive([{ name: "a", data: new Uint8Array(10) }]);
    const cases = [new Uint8Array(3), good.subarray(0, 30), good.subarray(0, good.length - 3), Uint8Array.from(good).fill(0x41, 8 + 58, 8 + 60)];
    const bad = Uint8Array.from(good);
    bad.set(new TextEncoder().encode("99999999  "), 8 + 48);
    cases.push(bad);
    for (const c of cases) expect(() => readArchive(c, "bad.a")).toThrow(GlassError);
  });
});
