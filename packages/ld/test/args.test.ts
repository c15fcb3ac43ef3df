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
      { library: "c", group: 1, static: true },
      { library: "gcc", group: 1, static: true },
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

  it("reads the dynamic-linking options gcc passes", () => {
    const p = parseLdArgs([
      "-pie", "-dynamic-linker", "/lib64/ld-linux-x86-64.so.2", "--hash-style=gnu", "-z", "now", "-z", "relro",
      "-rpath", "$ORIGIN", "--rpath=/opt/lib", "--export-dynamic", "Scrt1.o", "main.o",
      "--push-state", "--as-needed", "-lfoo", "--pop-state", "-Bstatic", "-lbar", "-Bdynamic", "-lc",
    ]);
    expect(p.options).toEqual({
      libraryPaths: [],
      pie: true,
      dynamicLinker: "/lib64/ld-linux-x86-64.so.2",
      hashStyle: "gnu",
      bindNow: true,
      relro: true,
      rpath: ["$ORIGIN", "/opt/lib"],
      exportDynamic: true,
    });
    expect(p.inputs).toEqual([{ path: "Scrt1.o" }, { path: "main.o" }, { library: "foo", asNeeded: true }, { library: "bar", static: true }, { library: "c" }]);
    const so = parseLdArgs(["-shared", "-soname", "libfoo.so.1", "-Bsymbolic", "-z", "defs", "-z", "norelro", "--hash-style=both", "foo.o"]);
    expect(so.options).toEqual({ libraryPaths: [], shared: true, soname: "libfoo.so.1", symbolic: true, noUndefined: true, relro: false, hashStyle: "both" });
    expect(parseLdArgs(["-h", "libx.so", "-I", "/lib/ld.so"]).options).toMatchObject({ soname: "libx.so", dynamicLinker: "/lib/ld.so" });
    expect(() => parseLdArgs(["--hash-style=md5"])).toThrow(GlassError);
    expect(() => parseLdArgs(["-z", "frob"])).toThrow(GlassError);
    expect(parseLdArgs(["-z", "noseparate-code"]).options.separateCode).toBe(false);
    expect(parseLdArgs(["-z", "noseparate-code", "-z", "separate-code"]).options.separateCode).toBe(true);
  });

  it("rejects unknown options and unbalanced groups", () => {
    expect(() => parseLdArgs(["--frobnicate"])).toThrow(GlassError);
    expect(() => parseLdArgs(["--start-group", "a.o"])).toThrow(GlassError);
    expect(() => parseLdArgs(["-o"])).toThrow(GlassError);
  });

  it("reads -T and the flags of gcc's collect2 line", () => {
    const p = parseLdArgs([
      "-plugin", "/usr/lib/gcc/x86_64-linux-gnu/12/liblto_plugin.so", "-plugin-opt=-fresolution=/tmp/x.res", "--sysroot=/",
      "--build-id", "--eh-frame-hdr", "-X", "-EL", "-maarch64linux", "--fix-cortex-a53-843419", "--hash-style=gnu",
      "-dynamic-linker", "/lib/ld-linux-aarch64.so.1", "-T", "layout.ld", "x.o",
    ]);
    expect(p.inputs).toEqual([{ path: "x.o" }]);
    expect(p.options).toEqual({
      libraryPaths: [], buildId: true, ehFrameHdr: true, machine: "aarch64", hashStyle: "gnu",
      dynamicLinker: "/lib/ld-linux-aarch64.so.1", script: "layout.ld",
    });
    expect(parseLdArgs(["--script=a.ld"]).options.script).toBe("a.ld");
    expect(() => parseLdArgs(["-Ttext=0x1000"])).toThrow(/unrecognized option '-Ttext=0x1000' \(place sections with a -T script\)/);
    expect(() => parseLdArgs(["--build-id=md5"])).toThrow(/unsupported --build-id style: md5/);
  });
});
