// parseLdArgs: a GNU ld command line → ordered inputs and options.
import { describe, expect, it } from "vitest";
import { GlassError } from "@glass/diagnostics";
import { parseLdArgs } from "@glass/ld";

describe("parseLdArgs", () => {
  it("reads the options gcc passes and keeps input order", () => {
    const p = parseLdArgs([
      "-static", "-m", "aarch64linux", "-o", "prog", "-e", "begin", "-L/lib/a", "-L", "/lib/b",
      "crt.o", "main.o", "--start-group", "-lc", "-lgcc", "--end-group",
      "--whole-archive", "libx.a", "--no-whole-archive", "-s", "--gc-sections", "--print-gc-sections",
      "-Map=out.map", "--trace", "-z", "noexecstack",
    ]);
    expect(p.output).toBe("prog");
    expect(p.mapFile).toBe("out.map");
    expect(p.inputs).toEqual([
      { path: "crt.o" },
      { path: "main.o" },
      { library: "c", group: 1 },
      { library: "gcc", group: 1 },
      { path: "libx.a", wholeArchive: true },
    ]);
    expect(p.options).toEqual({
      machine: "aarch64",
      entry: "begin",
      libraryPaths: ["/lib/a", "/lib/b"],
      strip: true,
      gcSections: true,
      printGcSections: true,
      map: true,
      trace: true,
    });
  });

  it("rejects unknown options and unbalanced groups", () => {
    expect(() => parseLdArgs(["--frobnicate"])).toThrow(GlassError);
    expect(() => parseLdArgs(["--start-group", "a.o"])).toThrow(GlassError);
    expect(() => parseLdArgs(["-o"])).toThrow(GlassError);
  });
});
