// The corpus diff: every inspector against its GNU twin on gcc objects, archives, static and
// dynamic executables and shared objects (one with a version script) of both targets, byte for
// byte (stdout, stderr with the GNU program-name prefix normalised, exit status). Plus damaged
// files for every tool.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO, nm, objdump, readelf, size, strings, type ToolIO } from "@glass/binutils";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { gccFor, hasTarget, SOURCE, tempDir, TARGETS, type Target } from "../../elf/test/fixtures.js";
import { mutations } from "../../elf/test/mutate.js";

type Tool = (args: string[], io: ToolIO) => number;
const TOOLS: Record<string, Tool> = { readelf, nm, size, objdump, strings };
const KINDS = ["obj", "archive", "static", "dyn", "shared", "versioned"] as const;
/** A version script, so that the "versioned" shared object defines versions (.gnu.version_d). */
const VERSION_SCRIPT = "V1 { global: counter; local: *; };\nV2 { global: main; } V1;\n";

const built = new Map<string, string>();
/** Builds (once) a file of `kind` for `target` with gcc and ar. */
function corpus(target: Target, kind: (typeof KINDS)[number]): string {
  const key = `${target}-${kind}`;
  const cached = built.get(key);
  if (cached) return cached;
  const dir = tempDir();
  const src = join(dir, "corpus.c");
  writeFileSync(src, SOURCE);
  writeFileSync(join(dir, "v.map"), VERSION_SCRIPT);
  const out = join(dir, { obj: `${key}.o`, archive: `${key}.a`, static: key, dyn: key, shared: `${key}.so`, versioned: `${key}.so` }[kind]);
  const shared = ["-shared", "-fPIC", "-O1"];
  const flags = { obj: ["-c"], archive: ["-c", "-fPIC"], static: ["-static", "-O1"], dyn: ["-O1"], shared, versioned: [...shared, `-Wl,--version-script=${join(dir, "v.map")}`] }[kind];
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
  ["readelf", ["--dyn-syms"]], ["readelf", ["--dyn-syms", "-W"]], ["readelf", ["-x", ".data"]], ["readelf", ["-x", ".text"]],
  ["readelf", ["-x", "1", "-p", ".comment"]], ["readelf", ["--string-dump=.rodata", "-p.strtab"]], ["readelf", ["-p", ".text"]],
  ["readelf", ["-x", ".bss"]], ["readelf", ["-x", ".nope", "-x", "99"]], ["readelf", ["-V"]], ["readelf", ["--version-info", "--dyn-syms"]],
  ["objdump", ["-f"]], ["objdump", ["-h"]], ["objdump", ["-r"]], ["objdump", ["-t"]], ["objdump", ["-T"]], ["objdump", ["-R"]],
  ["objdump", ["-s"]], ["objdump", ["-s", "-j", ".data"]], ["objdump", ["-t", "--section=.text", "-j", ".bss"]], ["objdump", ["-tTrR"]],
  ["objdump", ["-h", "-j", ".nope", "-j", ".nope2"]],
];

describe.each(TARGETS)("inspectors match GNU binutils byte for byte (%s)", (target) => {
  for (const [tool, args] of CASES) {
    const twin = tool === "strings" ? "strings" : gnu(tool, target);
    const enabled = hasTarget(target) && hostHas(twin) && hostHas("ar");
    for (const kind of KINDS) {
      it.skipIf(!enabled)(`${tool} ${args.join(" ")} on ${kind}`, () => {
        const path = corpus(target, kind);
        // The C locale: readelf -p prints a string's bytes as they are (in UTF-8 locales it skips some).
        const expected = run(twin, [...args, path], { env: { ...process.env, LC_ALL: "C" }, maxBuffer: 1 << 28 });
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
  const runs: [string, string[]][] = [
    ["readelf", ["-hlSsrdnW"]], ["readelf", ["--dyn-syms", "-V", "-x", ".text", "-p", ".dynstr"]], ["nm", []], ["nm", ["-D"]], ["size", ["-A"]],
    ["objdump", ["-fh"]], ["objdump", ["-d"]], ["objdump", ["-dr"]], ["objdump", ["-tTRs"]], ["objdump", ["-r"]], ["strings", ["-t", "x"]],
  ];
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
