// The corpus diff: every inspector against its GNU twin on gcc objects, archives, static and
// dynamic executables and shared objects of both targets, byte for byte (stdout, stderr with
// the GNU program-name prefix normalised, exit status). Plus damaged files for every tool.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO, nm, objdump, readelf, size, strings, type ToolIO } from "@glass/binutils";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { gccFor, hasTarget, SOURCE, tempDir, TARGETS, type Target } from "../../elf/test/fixtures.js";
import { mutations } from "../../elf/test/mutate.js";

type Tool = (args: string[], io: ToolIO) => number;
const TOOLS: Record<string, Tool> = { readelf, nm, size, objdump, strings };
const KINDS = ["obj", "archive", "static", "dyn", "shared"] as const;

const built = new Map<string, string>();
/** Builds (once) a file of `kind` for `target` with gcc and ar. */
function corpus(target: Target, kind: (typeof KINDS)[number]): string {
  const key = `${target}-${kind}`;
  const cached = built.get(key);
  if (cached) return cached;
  const dir = tempDir();
  const src = join(dir, "corpus.c");
  writeFileSync(src, SOURCE);
  const out = join(dir, { obj: `${key}.o`, archive: `${key}.a`, static: key, dyn: key, shared: `${key}.so` }[kind]);
  const flags = { obj: ["-c"], archive: ["-c", "-fPIC"], static: ["-static", "-O1"], dyn: ["-O1"], shared: ["-shared", "-fPIC", "-O1"] }[kind];
  const obj = kind === "archive" ? join(dir, `${key}-member.o`) : out;
  const r = run(gccFor(target), [...flags, "-o", obj, src]);
  if (r.status !== 0) throw new Error(r.stderr);
  if (kind === "archive") run("ar", ["rcs", out, obj]);
  built.set(key, out);
  return out;
}

function ours(tool: string, args: string[], path: string): { status: number; out: string; err: string } {
  const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)) });
  const status = TOOLS[tool]!([...args, path], io);
  return { status, out: io.out, err: io.err };
}

const CASES: [string, string[]][] = [
  ["readelf", ["-l"]], ["readelf", ["-lW"]], ["readelf", ["-d"]], ["readelf", ["-n"]], ["readelf", ["-nW"]], ["readelf", ["-e"]],
  ["readelf", ["-sW"]], ["readelf", ["-s"]], ["readelf", ["-rW"]], ["readelf", ["-r"]],
  ["nm", []], ["nm", ["-D"]], ["nm", ["-u"]], ["nm", ["-g"]], ["nm", ["-n"]], ["nm", ["-p"]], ["nm", ["-r"]], ["nm", ["-S"]],
  ["nm", ["-A"]], ["nm", ["-P"]], ["nm", ["-a"]],
  ["size", []], ["size", ["-A"]], ["size", ["-t"]],
  ["strings", []], ["strings", ["-a"]], ["strings", ["-n", "8"]], ["strings", ["-t", "x"]],
  ["objdump", ["-f"]], ["objdump", ["-h"]],
];

describe.each(TARGETS)("inspectors match GNU binutils byte for byte (%s)", (target) => {
  for (const [tool, args] of CASES) {
    const twin = tool === "strings" ? "strings" : gnu(tool, target);
    const enabled = hasTarget(target) && hostHas(twin) && hostHas("ar");
    for (const kind of KINDS) {
      it.skipIf(!enabled)(`${tool} ${args.join(" ")} on ${kind}`, () => {
        const path = corpus(target, kind);
        const expected = run(twin, [...args, path]);
        const got = ours(tool, args, path);
        expect(got.out).toBe(expected.stdout);
        expect(got.err).toBe(expected.stderr.replaceAll(`${twin}:`, `${tool}:`));
        expect(got.status).toBe(expected.status);
      });
    }
  }
});

describe("every inspector survives damaged files", () => {
  const enabled = hasTarget("x86_64") && hasTarget("aarch64");
  const runs: [string, string[]][] = [["readelf", ["-hlSsrdnW"]], ["nm", []], ["nm", ["-D"]], ["size", ["-A"]], ["objdump", ["-fh"]], ["objdump", ["-d"]], ["strings", ["-t", "x"]]];
  for (const target of TARGETS) {
    for (const kind of ["obj", "dyn"] as const) {
      it.skipIf(!enabled)(`${target} ${kind}: status 0 or 1, never a throw`, () => {
        const good = new Uint8Array(readFileSync(corpus(target, kind)));
        for (const bytes of mutations(good, 150, 7)) {
          for (const [tool, args] of runs) {
            const io = memoryIO({ "m": bytes });
            const status = TOOLS[tool]!([...args, "m"], io);
            expect([0, 1]).toContain(status);
          }
        }
      });
    }
  }
});
