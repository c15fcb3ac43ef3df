// Link gcc objects with Glass and with GNU ld; both programs must print the same and exit
// with the same status, on both targets.
import { describe, expect, it } from "vitest";
import { gnu, run } from "../../../tests/support/host.js";
import { mainC, symbolsC, utilC } from "./programs.js";
import { putsAsm, startAsm, targets, toolsFor, Workdir } from "./toolchain.js";

describe.each(targets)("linking and running on %s", (target) => {
  const has = toolsFor(target);

  const build = (flags?: string[]): { w: Workdir; objs: string[] } => {
    const w = new Workdir(target);
    const objs = [
      w.compile("start.s", startAsm[target]),
      w.compile("main.c", mainC, flags),
      w.compile("util.c", utilC, flags),
      w.compile("puts.s", putsAsm[target]),
    ];
    return { w, objs };
  };

  it.skipIf(!has)("runs a multi-file C program like GNU ld's link of it", () => {
    const { w, objs } = build();
    expect(w.gnuLink("gnu", objs).status).toBe(0);
    w.glassLink("glass", objs);
    const want = w.exec("gnu");
    const got = w.exec("glass");
    expect(want.stdout).toContain("linked by glass");
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(want.status);
  });

  it.skipIf(!has)("fills GOT slots for position-independent objects (-fPIC)", () => {
    const { w, objs } = build(["-O0", "-fPIC"]);
    const relocs = w.readelf(["-rW"], "main.o").stdout;
    expect(relocs).toMatch(target === "x86_64" ? /R_X86_64_REX_GOTPCRELX/ : /R_AARCH64_ADR_GOT_PAGE/);
    expect(w.gnuLink("gnu", objs).status).toBe(0);
    w.glassLink("glass", objs);
    const want = w.exec("gnu");
    const got = w.exec("glass");
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(want.status);
    // GNU ld relaxes x86-64 GOT loads of local symbols (`mov foo@GOTPCREL(%rip)` → `lea`) and keeps
    // AArch64's: the same instructions, and a .got exactly when GNU ld makes one.
    const hasGot = (file: string): boolean => /\.got\s+PROGBITS/.test(w.readelf(["-SW"], file).stdout);
    expect(hasGot("glass")).toBe(hasGot("gnu"));
    expect(hasGot("glass")).toBe(target === "aarch64");
    const text = (file: string): string[] =>
      run(gnu("objdump", target), ["-d", "--no-show-raw-insn", "-j", ".text", w.path(file)]).stdout
        .split("\n").filter((l) => /^\s+[0-9a-f]+:\t/.test(l)).map((l) => l.split("\t")[1]!.split(" ")[0]!);
    expect(text("glass")).toEqual(text("gnu"));
  });

  it.skipIf(!has)("removes unreached functions with --gc-sections and still runs", () => {
    const { w, objs } = build(["-O0", "-fno-pie", "-fno-pic", "-ffunction-sections", "-fdata-sections"]);
    const extra = w.compile("unused.c", "int never_called(void) { return 42; }\n", ["-O0", "-ffunction-sections"]);
    const result = w.glassLink("glass", [...objs, extra], { gcSections: true, printGcSections: true });
    expect(result.messages).toContain(`removing unused section '.text.never_called' in file '${extra}'`);
    expect(w.readelf(["-sW"], "glass").stdout).not.toMatch(/never_called/);
    expect(w.gnuLink("gnu", objs).status).toBe(0);
    expect(w.exec("glass").stdout).toBe(w.exec("gnu").stdout);
  });

  it.skipIf(!has)("resolves COMMON, weak, undefined weak, hidden and __start_/__stop_ symbols like GNU ld", () => {
    const w = new Workdir(target);
    const flags = ["-O0", "-fno-pie", "-fno-pic", "-fcommon"];
    const objs = [
      w.compile("start.s", startAsm[target]),
      w.compile("sym1.c", symbolsC[0]!, flags),
      w.compile("sym2.c", symbolsC[1]!, flags),
      w.compile("util.c", utilC),
      w.compile("puts.s", putsAsm[target]),
    ];
    expect(w.readelf(["-sW"], "sym1.o").stdout).toMatch(/COM shared_common/);
    expect(w.gnuLink("gnu", objs).status).toBe(0);
    w.glassLink("glass", objs);
    const want = w.exec("gnu");
    const got = w.exec("glass");
    expect(want.stdout).toBe("8\n2\n0\n120\n");
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(5);
    const symtab = w.readelf(["-sW"], "glass").stdout;
    // GNU ld keeps a hidden global GLOBAL HIDDEN in an executable (forced local only in a shared object).
    expect(symtab).toMatch(/GLOBAL +HIDDEN +\d+ hidden_value/);
    expect(w.readelf(["-sW"], "gnu").stdout).toMatch(/GLOBAL +HIDDEN +\d+ hidden_value/);
    expect(symtab).toMatch(/WEAK +DEFAULT +UND missing/);
  });
});
