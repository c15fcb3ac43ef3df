// Archives: only the members that define a still-undefined symbol are pulled, transitively,
// and the map file says why each one came in, as GNU ld's does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { link } from "@glass/ld";
import { startAsm, targets, toolsFor, Workdir } from "./toolchain.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(targets)("archives on %s", (target) => {
  const has = toolsFor(target);

  const setup = (): { w: Workdir; start: string; main: string } => {
    const w = new Workdir(target);
    const start = w.compile("start.s", startAsm[target]);
    const main = w.compile("m.c", "int dfun(void);\nint main(void) { return dfun(); }\n");
    const c = w.compile("c.c", "int add(int a, int b) { return a + b; }\nint helper(void) { return add(20, 3); }\n");
    const d = w.compile("d.c", "int helper(void);\nint unused(void) { return 7; }\nint dfun(void) { return helper() * 2; }\n");
    const e = w.compile("e.c", "int never(void) { return 1; }\n");
    w.archive("libt.a", [c, d, e]);
    return { w, start, main };
  };

  it.skipIf(!has)("pulls only the needed members and explains why in the map", () => {
    const { w, start, main } = setup();
    const result = w.glassLink("glass", [start, main], { libraries: ["t"], libraryPaths: [w.dir], map: true, trace: true });
    expect(w.exec("glass").status).toBe(46);

    const lib = `${w.dir}/libt.a`;
    expect(result.map).toContain("Archive member included to satisfy reference by file (symbol)");
    // GNU's layout: member, then (on the same line, or the next one when it is long) the reason.
    const reason = (member: string, by: string): RegExp => new RegExp(`${escape(member)}\\s+${escape(by)}\n`);
    expect(result.map).toMatch(reason(`${lib}(d.o)`, `${main} (dfun)`));
    expect(result.map).toMatch(reason(`${lib}(c.o)`, `${lib}(d.o) (helper)`));
    expect(result.map).not.toContain("e.o");
    // The memory map: each output section, then its input sections and the symbols they define.
    expect(result.map).toMatch(/^\.text +0x00000000004[0-9a-f]{5} +0x[0-9a-f]+\n \.text +0x[0-9a-f]{16} +0x[0-9a-f]+ .*start\.o\n +0x[0-9a-f]{16} +_start\n/m);
    expect(result.trace).toBe([start, main, lib, `${lib}(d.o)`, `${lib}(c.o)`].join("\n") + "\n");

    const symbols = w.readelf(["-sW"], "glass").stdout;
    expect(symbols).toMatch(/ dfun\n/);
    expect(symbols).toMatch(/ add\n/);
    expect(symbols).not.toMatch(/ never\n/);
  });

  it.skipIf(!has)("links in the same member order as GNU ld", () => {
    const { w, start, main } = setup();
    w.glassLink("glass", [start, main], { libraries: ["t"], libraryPaths: [w.dir] });
    expect(w.gnuLink("gnu", [start, main, `-L${w.dir}`, "-lt"]).status).toBe(0);
    const funcs = (p: string): string[] =>
      w.readelf(["-sW"], p).stdout.split("\n").filter((l) => / FUNC +GLOBAL/.test(l)).map((l) => { const f = l.trim().split(/\s+/); return `${f[7]} ${f[2]}`; }).sort();
    expect(funcs("glass")).toEqual(funcs("gnu"));
  });

  it.skipIf(!has)("loads every member with --whole-archive", () => {
    const { w, start, main } = setup();
    const lib = w.path("libt.a");
    const input = (path: string, wholeArchive = false) => ({ path, data: readFileSync(path), wholeArchive });
    const result = link([input(start), input(main), input(lib, true)], { trace: true });
    expect(result.trace).toContain(`${lib}(e.o)`);
  });
});
