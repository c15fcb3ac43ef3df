// --json for every inspector, checked against the same tool's text output (which the corpus test
// holds equal to GNU's): on a gcc object of each target, the JSON must state the facts the text
// shows — section names and sizes, symbol values, relocations, strings, size totals.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryIO, nm, objdump, readelf, size, strings, type ToolIO } from "@glass/binutils";
import { build, hasTarget, TARGETS } from "../../elf/test/fixtures.js";

type Tool = (args: string[], io: ToolIO) => number;

function runTool(tool: Tool, args: string[], path: string): string {
  const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)) });
  expect(tool([...args, path], io)).toBe(0);
  return io.out;
}

/** Parsed JSON, read field by field (the test checks the shape against the text). */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = (tool: Tool, path: string): Json[] => JSON.parse(runTool(tool, ["--json"], path));
/** "0x…" or "-0x…" (64-bit values in JSON) or a number, as a bigint. */
const big = (v: string | number): bigint => (typeof v === "string" && v.startsWith("-") ? -BigInt(v.slice(1)) : BigInt(v));

describe.each(TARGETS)("--json agrees with the text listings (%s)", (target) => {
  const enabled = hasTarget(target);
  const path = (): string => build(target, "obj").path;

  it.skipIf(!enabled)("readelf: sections (-SW), symbols (-sW), relocations (-rW)", () => {
    const [record] = json(readelf, path());
    const sections = runTool(readelf, ["-SW"], path())
      .split("\n")
      .map((l) => /^\s+\[\s*(\d+)\] (\S*)\s+(\S+)\s+([0-9a-f]{16}) ([0-9a-f]{6}) ([0-9a-f]{6})/.exec(l))
      .filter((m) => m !== null);
    expect(record.sections).toHaveLength(sections.length);
    for (const m of sections) {
      const s = record.sections[Number(m[1])];
      expect(s.name).toBe(m[2]);
      expect(s.type).toBe(m[3]);
      expect(big(s.size)).toBe(BigInt("0x" + m[6]));
      expect(big(s.offset)).toBe(BigInt("0x" + m[5]));
    }
    const symbols = runTool(readelf, ["-sW"], path())
      .split("\n")
      .map((l) => /^\s+(\d+): ([0-9a-f]{16})\s+(\d+) (\S+)\s+(\S+)\s+\S+\s+\S+ ?(.*)$/.exec(l))
      .filter((m) => m !== null);
    expect(record.symbols).toHaveLength(symbols.length);
    for (const m of symbols) {
      const s = record.symbols[Number(m[1])];
      expect([big(s.value), big(s.size), s.type, s.bind, s.name]).toEqual([BigInt("0x" + m[2]), BigInt(m[3]), m[4], m[5], m[6]]);
    }
    const relocs = runTool(readelf, ["-rW"], path())
      .split("\n")
      .map((l) => /^([0-9a-f]{16})\s+[0-9a-f]{16} (\S+)/.exec(l))
      .filter((m) => m !== null);
    const entries = record.relocations.flatMap((r: Json) => r.entries);
    expect(entries.map((e: Json) => [big(e.offset), e.type])).toEqual(relocs.map((m) => [BigInt("0x" + m[1]), m[2]]));
    expect(entries.some((e: Json) => e.symbol === "ext_value" || e.symbol === "printf")).toBe(true);
  });

  it.skipIf(!enabled)("objdump: sections (-h), symbols (-t), relocations (-r)", () => {
    const [record] = json(objdump, path());
    expect(record.format).toBe(target === "x86_64" ? "elf64-x86-64" : "elf64-littleaarch64");
    const headers = [...runTool(objdump, ["-h"], path()).matchAll(/^\s+(\d+) (\S+)\s+([0-9a-f]{8})  ([0-9a-f]{16})/gm)];
    expect(record.sections.map((s: Json) => [s.index, s.name, big(s.size), big(s.vma)])).toEqual(
      headers.map((m) => [Number(m[1]), m[2], BigInt("0x" + m[3]), BigInt("0x" + m[4])]),
    );
    const symbols = [...runTool(objdump, ["-t"], path()).matchAll(/^([0-9a-f]{16}) .{7} (\S+)\t([0-9a-f]{16}) (.*)$/gm)];
    const listed = record.symbols.filter((s: Json) => !/^\$[xd]/.test(s.name));
    expect(listed.map((s: Json) => [big(s.value), s.section, big(s.size), s.name])).toEqual(
      symbols.map((m) => [BigInt("0x" + m[1]), m[2], BigInt("0x" + m[3]), m[4]]),
    );
    const relocs = [...runTool(objdump, ["-r"], path()).matchAll(/^([0-9a-f]{16}) (\S+)\s+(\S+?)(?:([+-])0x([0-9a-f]+))?$/gm)];
    const entries = record.relocations.flatMap((r: Json) => r.entries);
    expect(entries.map((e: Json) => [big(e.address), e.type, e.symbol, big(e.addend)])).toEqual(
      relocs.map((m) => [BigInt("0x" + m[1]), m[2], m[3], m[5] ? (m[4] === "-" ? -1n : 1n) * BigInt("0x" + m[5]) : 0n]),
    );
  });

  it.skipIf(!enabled)("nm: every symbol line", () => {
    const [record] = json(nm, path());
    const lines = runTool(nm, [], path()).trimEnd().split("\n");
    expect(
      record.symbols.map((s: Json) => `${s.undefined ? " ".repeat(16) : big(s.value).toString(16).padStart(16, "0")} ${s.letter} ${s.name}`),
    ).toEqual(lines);
  });

  it.skipIf(!enabled)("size: Berkeley totals and System V sections", () => {
    const [record] = json(size, path());
    const [, row] = runTool(size, [], path()).split("\n");
    const [text, data, bss] = row!.trim().split(/\s+/).slice(0, 3).map(BigInt);
    expect([big(record.text), big(record.data), big(record.bss)]).toEqual([text, data, bss]);
    const sysv = [...runTool(size, ["-A"], path()).matchAll(/^(\.\S+)\s+(\d+)\s+(\d+)$/gm)];
    expect(record.sections.map((s: Json) => [s.name, big(s.size), big(s.addr)])).toEqual(sysv.map((m) => [m[1], BigInt(m[2]!), BigInt(m[3]!)]));
  });

  it.skipIf(!enabled)("strings: offsets and text (-t d)", () => {
    const records = json(strings, path());
    const lines = [...runTool(strings, ["-t", "d"], path()).matchAll(/^\s*(\d+) (.*)$/gm)];
    expect(records.map((r: Json) => [r.offset, r.text])).toEqual(lines.map((m) => [Number(m[1]), m[2]]));
  });
});
