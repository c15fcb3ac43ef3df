// AArch64: the layout is checked against the ELF facts (readelf -l) and Linux arm64's
// constants, and against what programs read about themselves under qemu-aarch64 (which
// emulates /proc/self/maps and auxv but places ET_DYN objects, the stack and the heap its own
// way: ET_EXEC mappings are compared exactly, ET_DYN ones relative to each object's base);
// the bindings are checked against the real AArch64 ld.so in bindings.test.ts.
import { describe, expect, it } from "vitest";
import { formatMaps, load, type Process } from "@glass/loader";
import { hostHasAll, run } from "../../../tests/support/host.js";
import { buildC, buildGlass, hasGlass, nodeRead, normMapsLine, parseSelfReport, SELF_REPORT, SELF_REPORT_RAW, SYSROOT, tempDir } from "./support.js";
const ok = hostHasAll("aarch64-linux-gnu-gcc", "aarch64-linux-gnu-readelf", "qemu-aarch64");

describe.skipIf(!ok)("AArch64", () => {
  const dir = tempDir();
  const src = "#include <stdio.h>\nint main(void){ puts(\"hi\"); return 0; }\n";
  it("static: each PT_LOAD is mapped at its page range with its permissions (readelf -l)", () => {
    const prog = buildC(dir, "s", src, "aarch64-linux-gnu-gcc", ["-static", "-O2"]);
    const loads = run("aarch64-linux-gnu-readelf", ["-lW", prog]).stdout.split("\n").filter((l) => /^\s+LOAD/.test(l));
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false });
    for (const l of loads) {
      const f = l.trim().split(/\s+/);
      const vaddr = BigInt(f[2]!);
      const filesz = BigInt(f[4]!);
      const perms = f.slice(6, -1).join("");
      const start = vaddr & ~0xfffn;
      expect(p.memory.mappingAt(start)?.path).toBe(prog);
      expect(p.memory.mappingAt(start - 1n)?.path).not.toBe(prog);
      // The last file page keeps the segment's permissions (the first may be RELRO, now r--).
      const last = p.memory.mappingAt(vaddr + filesz - 1n)!;
      expect(last.path).toBe(prog);
      expect(last.perms.replace(/-/g, "")).toBe(perms.replace("R", "r").replace("W", "w").replace("E", "x"));
    }
    expect(p.registers.pc).toBe(p.entry);
    expect(p.stackPointer % 16n).toBe(0n);
    expect(p.auxv.find((a) => a.name === "AT_PAGESZ")?.value).toBe(0x1000n);
  });
  it("PIE: load bias at ELF_ET_DYN_BASE aligned to the 64 KiB p_align; libraries from the sysroot", () => {
    const prog = buildC(dir, "d", src, "aarch64-linux-gnu-gcc", ["-O2"]);
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false, sysroot: SYSROOT });
    expect(p.objects.map((o) => o.path)).toEqual([prog, "/lib/libc.so.6", "/lib/ld-linux-aarch64.so.1"]);
    expect(p.objects[0]!.base).toBe(0xaaaaaaaa0000n);
    expect(p.auxv.find((a) => a.name === "AT_BASE")?.value).toBe(p.objects[2]!.base);
    expect(p.objects[1]!.base % 0x10000n).toBe(0n);
  });
});

/** Each file's mappings as "offset-from-its-base size perms file-offset" (qemu's PROT_NONE reservations aside). */
function perObject(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const rows = lines.map(normMapsLine).map((l) => l.split(" ")).filter((f) => f[3]?.startsWith("/"));
  for (const [range, perms, offset, path] of rows) {
    const [lo, hi] = range!.split("-").map((x) => BigInt("0x" + x));
    const list = out.get(path!) ?? [];
    list.push(`${lo} ${hi! - lo!} ${perms} ${offset}`);
    out.set(path!, list);
  }
  for (const [path, list] of out) {
    const base = BigInt(list[0]!.split(" ")[0]!);
    out.set(path, list.map((l) => { const [lo, ...rest] = l.split(" "); return [`0x${(BigInt(lo!) - base).toString(16)}`, ...rest.map((x, i) => (i === 0 ? `0x${BigInt(x).toString(16)}` : x))].join(" "); }));
  }
  return out;
}

const simLines = (p: Process, root = ""): string[] => formatMaps(p).trimEnd().split("\n").map((l) => l.replace(/ (\/\S+)$/, (_, f: string) => ` ${root && nodeRead()(root + f) ? root + f : f}`));

describe.skipIf(!ok)("AArch64 maps and auxv against qemu-aarch64's /proc/self", () => {
  const dir = tempDir();
  it.skipIf(!hasGlass())("Glass static executable (ET_EXEC): the program's mappings and auxv are exact", () => {
    const prog = buildGlass(dir, "g", SELF_REPORT_RAW, "aarch64");
    const real = parseSelfReport(run("qemu-aarch64", [prog]).stdout);
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false });
    // The program's range: its mappings and .bss up to brk; qemu also reserves the holes between
    // segments PROT_NONE (an anonymous "---p" line), which Linux leaves unmapped.
    const mine = (l: string): boolean => { const a = BigInt("0x" + l.split("-")[0]); return a >= p.objects[0]!.start && a < p.brk && !/ ---p 00000000 00:00 0 *$/.test(l); };
    expect(simLines(p).filter(mine).map(normMapsLine)).toEqual(real.maps.filter(mine).map(normMapsLine));
    const auxv = new Map(p.auxv.map((a) => [a.name, a.value]));
    for (const name of ["AT_PHDR", "AT_PHNUM", "AT_ENTRY", "AT_PAGESZ", "AT_BASE"]) expect([name, auxv.get(name)]).toEqual([name, real.aux.get(name)]);
  });
  it("gcc dynamic PIE: each object's mappings relative to its base; AT_PHNUM/AT_PAGESZ exact, AT_PHDR/AT_ENTRY from the base", () => {
    const prog = buildC(dir, "d", SELF_REPORT, "aarch64-linux-gnu-gcc", ["-O2"]);
    const real = parseSelfReport(run("qemu-aarch64", ["-L", SYSROOT, prog]).stdout);
    const p = load(prog, { readFile: nodeRead(), argv: [prog], aslr: false, sysroot: SYSROOT });
    const realObjects = perObject(real.maps);
    const simObjects = perObject(simLines(p, SYSROOT));
    expect([...simObjects.keys()].sort()).toEqual([...realObjects.keys()].sort());
    for (const [path, list] of simObjects) expect([path, list]).toEqual([path, realObjects.get(path)]);
    const auxv = new Map(p.auxv.map((a) => [a.name, a.value]));
    const realBase = BigInt("0x" + real.maps.find((l) => l.endsWith(prog))!.split("-")[0]);
    expect([auxv.get("AT_PHNUM"), auxv.get("AT_PAGESZ")]).toEqual([real.aux.get("AT_PHNUM"), real.aux.get("AT_PAGESZ")]);
    expect([auxv.get("AT_PHDR")! - p.objects[0]!.start, auxv.get("AT_ENTRY")! - p.objects[0]!.start]).toEqual([real.aux.get("AT_PHDR")! - realBase, real.aux.get("AT_ENTRY")! - realBase]);
    const interp = p.objects.find((o) => o.kind === "interpreter")!;
    const realInterp = BigInt("0x" + real.maps.find((l) => l.endsWith("ld-linux-aarch64.so.1"))!.split("-")[0]);
    expect(auxv.get("AT_BASE")! - interp.start).toBe(real.aux.get("AT_BASE")! - realInterp);
  });
});
