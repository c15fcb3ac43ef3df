// The executable's shape: GNU readelf reads it without a warning, and its PT_LOAD segments
// have the same permissions and alignment as GNU ld's for the same objects, with the
// target's default and with each of -z separate-code / -z noseparate-code.
import { describe, expect, it } from "vitest";
import { mainC, utilC } from "./programs.js";
import { loadShape, putsAsm, startAsm, targets, toolsFor, Workdir } from "./toolchain.js";

describe.each(targets)("output shape on %s", (target) => {
  const has = toolsFor(target);

  const link = (): Workdir => {
    const w = new Workdir(target);
    const objs = [
      w.compile("start.s", startAsm[target]),
      w.compile("main.c", mainC),
      w.compile("util.c", utilC),
      w.compile("puts.s", putsAsm[target]),
    ];
    w.glassLink("glass", objs);
    w.glassLink("stripped", objs, { strip: true });
    expect(w.gnuLink("gnu", objs).status).toBe(0);
    return w;
  };

  it.skipIf(!has)("is read by GNU readelf -a -W without warnings", () => {
    const w = link();
    for (const program of ["glass", "stripped"]) {
      const r = w.readelf(["-a", "-W"], program);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).not.toMatch(/warning/i);
    }
    expect(w.readelf(["-SW"], "stripped").stdout).not.toMatch(/\.symtab/);
  });

  it.skipIf(!has)("has GNU ld's PT_LOAD shape, headers in the first LOAD and .bss after the file bytes", () => {
    const w = link();
    const ours = w.readelf(["-lW"], "glass").stdout;
    expect(loadShape(ours)).toEqual(loadShape(w.readelf(["-lW"], "gnu").stdout).filter((l) => !l.startsWith("GNU_STACK")).concat("GNU_STACK"));
    expect(ours).toMatch(/LOAD\s+0x000000 0x0000000000400000/);
    const data = ours.split("\n").filter((l) => /^\s+LOAD/.test(l)).pop()!.trim().split(/\s+/);
    expect(parseInt(data[5]!, 16)).toBeGreaterThan(parseInt(data[4]!, 16)); // memsz > filesz
    expect(ours).toMatch(/GNU_STACK .* RW  0x10/);
  });

  it.skipIf(!has)("lays code out as GNU ld does under -z separate-code and -z noseparate-code, and runs", () => {
    const w = link();
    const objs = ["start.o", "main.o", "util.o", "puts.o"].map((o) => w.path(o));
    for (const separateCode of [true, false]) {
      const z = separateCode ? "separate-code" : "noseparate-code";
      w.glassLink(z, objs, { separateCode });
      expect(w.gnuLink(`gnu-${z}`, ["-z", z, ...objs]).status).toBe(0);
      const ours = w.readelf(["-lW"], z).stdout;
      const gnu = w.readelf(["-lW"], `gnu-${z}`).stdout;
      expect(loadShape(ours).filter((l) => l.startsWith("LOAD"))).toEqual(loadShape(gnu).filter((l) => l.startsWith("LOAD")));
      // Without separate code, one R E segment maps the headers, the code and the read-only data.
      expect(loadShape(ours).filter((l) => l.startsWith("LOAD")).length).toBe(separateCode ? 4 : 2);
      const r = w.exec(z);
      expect(r.stdout).toBe(w.exec("gnu").stdout);
      expect(r.status).toBe(w.exec("gnu").status);
    }
  });

  it.skipIf(!has)("defines the linker symbols GNU ld defines", () => {
    const w = link();
    const names = (p: string): string[] =>
      w.readelf(["-sW"], p).stdout.split("\n").map((l) => l.trim().split(/\s+/)[7] ?? "").filter((n) => /^_|^__/.test(n)).sort();
    expect(names("glass")).toEqual(names("gnu"));
  });
});
