import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ar, memoryIO } from "@glass/binutils";
import { readArchive } from "@glass/elf";
import { hostHas, run } from "../../../tests/support/host.js";
import { build, hasTarget, tempDir } from "../../elf/test/fixtures.js";

const enc = new TextEncoder();

describe("ar", () => {
  it("rcs creates, t lists, p prints, x extracts, d deletes", () => {
    const io = memoryIO({ "dir/one.txt": enc.encode("first\n"), "a_rather_long_member_name.txt": enc.encode("second\n") });
    expect(ar(["rcs", "lib.a", "dir/one.txt", "a_rather_long_member_name.txt"], io)).toBe(0);
    expect(io.err).toBe("");
    expect(ar(["t", "lib.a"], io)).toBe(0);
    expect(io.out).toBe("one.txt\na_rather_long_member_name.txt\n");
    io.out = "";
    expect(ar(["p", "lib.a", "a_rather_long_member_name.txt"], io)).toBe(0);
    expect(io.out).toBe("second\n");
    io.out = "";
    expect(ar(["xv", "lib.a", "one.txt"], io)).toBe(0);
    expect(io.out).toBe("x - one.txt\n");
    expect(new TextDecoder().decode(io.files.get("one.txt"))).toBe("first\n");
    io.out = "";
    expect(ar(["d", "lib.a", "one.txt"], io)).toBe(0);
    expect(ar(["t", "lib.a"], io)).toBe(0);
    expect(io.out).toBe("a_rather_long_member_name.txt\n");
  });

  it("r replaces a member of the same name and says 'creating' without c", () => {
    const io = memoryIO({ "m.o": enc.encode("v1") });
    expect(ar(["r", "x.a", "m.o"], io)).toBe(0);
    expect(io.err).toBe("ar: creating x.a\n");
    io.files.set("m.o", enc.encode("v2"));
    expect(ar(["rv", "x.a", "m.o"], io)).toBe(0);
    expect(io.out).toBe("r - m.o\n");
    const members = readArchive(io.files.get("x.a")!, "x.a").members;
    expect(members.map((m) => new TextDecoder().decode(m.data))).toEqual(["v2"]);
  });

  it("errors: missing archive, bad key", () => {
    const io = memoryIO();
    expect(ar(["t", "nope.a"], io)).toBe(1);
    expect(io.err).toBe("ar: nope.a: No such file or directory\n");
    expect(ar(["z", "nope.a"], memoryIO())).toBe(1);
  });

  it.skipIf(!hasTarget("x86_64") || !hostHas("ar"))("an archive of a gcc object equals GNU ar rcs output", () => {
    const f = build("x86_64", "obj");
    const io = memoryIO({ [f.path]: f.bytes });
    expect(ar(["rcs", "ours.a", f.path], io)).toBe(0);
    const gnuPath = join(tempDir(), "gnu-ar.a");
    run("ar", ["rcs", gnuPath, f.path]);
    expect(Buffer.from(io.files.get("ours.a")!).equals(readFileSync(gnuPath))).toBe(true);
    const oursPath = join(tempDir(), "ours-ar.a");
    writeFileSync(oursPath, io.files.get("ours.a")!);
    expect(run("nm", ["-s", oursPath]).stdout).toContain("Archive index:\ncounter in x86_64-obj.o\n");
  });
});
