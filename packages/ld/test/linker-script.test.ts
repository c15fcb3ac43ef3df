// -T scripts: programs laid out by a small SECTIONS script run, with the section addresses and
// PT_LOADs GNU ld gives the same objects and script; what the subset does not cover is an
// error at the script's line and column.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GlassError, render } from "@glass/diagnostics";
import { mainC, utilC } from "./programs.js";
import { putsAsm, startAsm, targets, toolsFor, Workdir } from "./toolchain.js";

/**
 * .text at 0x800000, .data at 0x900000; orphans (.rodata …) follow GNU's placement. .eh_frame
 * is discarded: GNU ld merges duplicate CIEs, Glass concatenates, so its size differs.
 */
const script = `/* a tiny layout */
ENTRY(_start)
SECTIONS
{
  . = 0x800000;
  .text : { *(.text .text.*) }
  . = 0x900000;
  .data : { *(.data .data.*) }
  .init_array : { PROVIDE_HIDDEN(__init_array_start = .); *(.init_array .init_array.*) PROVIDE_HIDDEN(__init_array_end = .); }
  .fini_array : { PROVIDE_HIDDEN(__fini_array_start = .); *(.fini_array .fini_array.*) PROVIDE_HIDDEN(__fini_array_end = .); }
  PROVIDE_HIDDEN(__preinit_array_start = .);
  PROVIDE_HIDDEN(__preinit_array_end = .);
  . = ALIGN(64);
  data_end = .;
  .bss : { __bss_start = .; *(.bss .bss.*) *(COMMON) }
  PROVIDE(_end = .);
  /DISCARD/ : { *(.comment) *(.note.GNU-stack) *(.eh_frame) }
}
`;

/**
 * The allocated sections of `readelf -SW` (name, type, address, offset, size, alignment; not
 * ES and flags: GNU keeps an orphan's SHF_MERGE and entry size, Glass does not) and the PT_LOADs.
 */
function layoutOf(w: Workdir, program: string): string[] {
  const sections = w
    .readelf(["-SW"], program)
    .stdout.split("\n")
    .filter((l) => /^\s+\[\s*\d+\]\s+\S/.test(l))
    .map((l) => l.replace(/^\s+\[\s*\d+\]\s+/, "").trim())
    .map((l) => l.split(/\s+/))
    .filter((f) => f[6]?.includes("A"))
    .map((f) => [...f.slice(0, 5), f[f.length - 1]].join(" "));
  const loads = w
    .readelf(["-lW"], program)
    .stdout.split("\n")
    .filter((l) => /^\s+LOAD\s/.test(l))
    .map((l) => l.trim());
  return [...sections, ...loads];
}

const libcDir = (target: string): string => join(__dirname, "../../libc/build", target);

describe.each(targets)("-T linker scripts on %s", (target) => {
  const has = toolsFor(target);

  it.skipIf(!has)("places .text at 0x800000 and .data at 0x900000 like GNU ld, and the program runs", () => {
    const w = new Workdir(target);
    const objs = [w.compile("start.s", startAsm[target]), w.compile("main.c", mainC), w.compile("util.c", utilC), w.compile("puts.s", putsAsm[target])];
    writeFileSync(w.path("layout.ld"), script);
    expect(w.gnuLink("gnu", ["-T", w.path("layout.ld"), ...objs]).stderr).toBe("");
    w.glassLink("glass", objs, { script: w.path("layout.ld") });
    const [want, got] = [w.exec("gnu"), w.exec("glass")];
    expect(got.stdout).toContain("linked by glass");
    expect([got.stdout, got.status]).toEqual([want.stdout, want.status]);
    const layout = layoutOf(w, "glass");
    expect(layout.find((l) => l.startsWith(".text"))).toMatch(/^\.text PROGBITS 0+800000 /);
    expect(layout.find((l) => l.startsWith(".data"))).toMatch(/^\.data PROGBITS 0+900000 /);
    expect(layout).toEqual(layoutOf(w, "gnu"));
    const symbols = w.readelf(["-sW"], "glass").stdout;
    expect(symbols).toMatch(/0+900040 +0 NOTYPE +GLOBAL DEFAULT +\d+ data_end/);
    expect(w.readelf(["-hW"], "glass").stdout).toMatch(/Entry point address:\s+0x800000/);
  });

  it.skipIf(!has || !existsSync(join(libcDir(target), "libc.a")))("links a Glass libc program with the script like GNU ld", () => {
    const w = new Workdir(target);
    const hello = w.compile("hello.c", `
int puts(const char *s);
char *strcpy(char *d, const char *s);
static char buffer[32];
int answer = 42;
__attribute__((constructor)) static void early(void) { strcpy(buffer, "hello from 0x800000"); }
int main(void) { puts(buffer); return answer - 40; }
`, ["-O1", "-fno-pie", "-fno-pic", "-fno-stack-protector", "-fno-builtin"]);
    const objs = [join(libcDir(target), "crt1.o"), hello, join(libcDir(target), "libc.a")];
    writeFileSync(w.path("layout.ld"), script);
    expect(w.gnuLink("gnu", ["-T", w.path("layout.ld"), ...objs]).stderr).toBe("");
    w.glassLink("glass", objs, { script: w.path("layout.ld") });
    const [want, got] = [w.exec("gnu"), w.exec("glass")];
    expect(got.stdout).toBe("hello from 0x800000\n");
    expect([got.stdout, got.status]).toEqual([want.stdout, want.status]);
    expect(layoutOf(w, "glass")).toEqual(layoutOf(w, "gnu"));
  });
});

describe("-T errors", () => {
  const failure = (text: string): string => {
    const w = new Workdir("x86_64");
    writeFileSync(w.path("bad.ld"), text);
    try {
      w.glassLink("out", [], { script: w.path("bad.ld"), machine: "x86_64" });
    } catch (e) {
      if (e instanceof GlassError) return e.diagnostics.map((d) => render(d)).join("\n").replaceAll(w.dir + "/", "");
      throw e;
    }
    throw new Error("the link did not fail");
  };

  it("points at a command outside the subset", () => {
    expect(failure("SECTIONS {\n  .text : { *(.text) }\n}\nMEMORY { rom : ORIGIN = 0, LENGTH = 1K }\n")).toBe(
      ["bad.ld:4:1: error: unsupported linker script command 'MEMORY'", "    4 | MEMORY { rom : ORIGIN = 0, LENGTH = 1K }", "      | ^~~~~~"].join("\n"),
    );
  });

  it("points at KEEP, SIZEOF and output section attributes", () => {
    expect(failure("SECTIONS {\n  .init : { KEEP(*(.init)) }\n}\n")).toContain(
      "bad.ld:2:13: error: unsupported statement 'KEEP' in an output section (Glass understands 'file(sections …)' and assignments)\n    2 |   .init : { KEEP(*(.init)) }\n      |             ^~~~",
    );
    expect(failure("SECTIONS {\n  . = SIZEOF_HEADERS;\n}\n")).toContain("bad.ld:2:7: error: unsupported expression 'SIZEOF_HEADERS'");
    expect(failure("SECTIONS {\n  .text : AT(0x100) { *(.text) }\n}\n")).toContain("bad.ld:2:11: error: unsupported output section attribute 'AT'");
  });

  it("reports syntax errors at their place", () => {
    expect(failure("SECTIONS {\n  . = 0x1000\n  .text : { *(.text) }\n}\n")).toContain("bad.ld:3:3: error: syntax error: expected ';' before '.text'");
    expect(failure("ENTRY(_start")).toContain("bad.ld:1:13: error: syntax error: expected ')' at end of script");
  });

  it("says when the script file is missing", () => {
    const w = new Workdir("x86_64");
    expect(() => w.glassLink("out", [], { script: w.path("none.ld") })).toThrow(/cannot open linker script file .*none\.ld: No such file or directory/);
  });
});
