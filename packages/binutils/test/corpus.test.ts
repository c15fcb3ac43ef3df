// The corpus diff: every inspector against its GNU twin on gcc objects, archives, static and
// dynamic executables and shared objects (one with a version script) of both targets, byte for
// byte (stdout, stderr with the GNU program-name prefix normalised, exit status). Plus an object
// with COMDAT and plain section groups (assembled), an executable with packed relative
// relocations (.relr.dyn, GNU ld -z pack-relative-relocs; AArch64's ld 2.40 ignores the flag),
// Glass's own object and executable (examples/hello.c through the built driver), and damaged
// files for every tool.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO, nm, objdump, readelf, size, strings, type ToolIO } from "@glass/binutils";
import { readElf } from "@glass/elf";
import { gnu, hostHas, run } from "../../../tests/support/host.js";
import { gccFor, hasTarget, SOURCE, tempDir, TARGETS, type Target } from "../../elf/test/fixtures.js";
import { mutations } from "../../elf/test/mutate.js";

type Tool = (args: string[], io: ToolIO) => number;
const TOOLS: Record<string, Tool> = { readelf, nm, size, objdump, strings };
const GCC_KINDS = ["obj", "archive", "static", "dyn", "shared", "versioned", "group", "relr"] as const;
const GLASS_KINDS = ["glass-obj", "glass-exe"] as const;
type Kind = (typeof GCC_KINDS)[number] | (typeof GLASS_KINDS)[number];
/** A version script, so that the "versioned" shared object defines versions (.gnu.version_d). */
const VERSION_SCRIPT = "V1 { global: counter; local: *; };\nV2 { global: main; } V1;\n";
/** Two COMDAT groups and a plain one; `ret` and `nop` assemble on both targets. */
const GROUPS =
  '.section .text.foo,"axG",@progbits,foo,comdat\nfoo: ret\n.section .data.foo,"awG",@progbits,foo,comdat\n.long 1\n' +
  '.section .text.bar,"axG",@progbits,bar_longer_signature_name_here,comdat\nnop\n.section .text.g,"axG",@progbits,plaingrp\nnop\n';
const GLASS = join(import.meta.dirname, "../../driver/bin/glass.js");
const HELLO = join(import.meta.dirname, "../../../examples/hello.c");
const glassBuilt = existsSync(join(import.meta.dirname, "../../driver/dist/glass.js"));
if (!glassBuilt) console.warn("SKIP: Glass-built corpus files need the driver bundle: cd packages/driver && npm run build");

const built = new Map<string, string>();
/** Builds (once) a file of `kind` for `target` with gcc and ar, or with Glass's driver. */
function corpus(target: Target, kind: Kind): string {
  const key = `${target}-${kind}`;
  const cached = built.get(key);
  if (cached) return cached;
  const dir = tempDir();
  const src = join(dir, "corpus.c");
  writeFileSync(src, SOURCE);
  writeFileSync(join(dir, "v.map"), VERSION_SCRIPT);
  writeFileSync(join(dir, "groups.s"), GROUPS);
  const names: Record<Kind, string> = { obj: `${key}.o`, archive: `${key}.a`, static: key, dyn: key, shared: `${key}.so`, versioned: `${key}.so`, group: `${key}.o`, relr: key, "glass-obj": `${key}.o`, "glass-exe": key };
  const out = join(dir, names[kind]);
  if (kind === "glass-obj" || kind === "glass-exe") {
    // Once more after a pause if it fails: another session may be rebuilding the driver bundle.
    const cc = () => run(process.execPath, [GLASS, "cc", `--target=${target}`, ...(kind === "glass-obj" ? ["-c"] : []), "-o", out, HELLO]);
    let r = cc();
    if (r.status !== 0) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
      r = cc();
    }
    if (r.status !== 0) throw new Error(`glass cc failed: ${r.stderr}`);
  } else {
    const shared = ["-shared", "-fPIC", "-O1"];
    const flags: Record<(typeof GCC_KINDS)[number], string[]> = {
      obj: ["-c"], archive: ["-c", "-fPIC"], static: ["-static", "-O1"], dyn: ["-O1"], shared, versioned: [...shared, `-Wl,--version-script=${join(dir, "v.map")}`],
      group: ["-c"], relr: ["-O1", "-Wl,-z,pack-relative-relocs"],
    };
    const obj = kind === "archive" ? join(dir, `${key}-member.o`) : out;
    const r = run(gccFor(target), [...flags[kind], "-o", obj, kind === "group" ? join(dir, "groups.s") : src]);
    if (r.status !== 0) throw new Error(r.stderr);
    if (kind === "archive") run("ar", ["rcs", out, obj]);
  }
  built.set(key, out);
  return out;
}

/** --start-address/--stop-address around the file's `main` (or 0x10–0x40 when it has none); `<main>` for the test's name. */
function aroundMain(path: string): string[] {
  if (path === "") return ["--start-address=<main+4>", "--stop-address=<main+0x34>"];
  const bytes = new Uint8Array(readFileSync(path));
  const main = bytes[0] === 0x7f ? readElf(bytes, path).symbols().find((s) => s.name === "main") : undefined;
  const start = main ? main.st_value + 4n : 0x10n;
  return [`--start-address=0x${start.toString(16)}`, `--stop-address=${start + 0x30n}`];
}

function ours(tool: string, args: string[], path: string): { status: number; out: string; err: string } {
  const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)) });
  const status = TOOLS[tool]!([...args, path], io);
  return { status, out: io.out, err: io.err };
}

type Args = string[] | ((path: string) => string[]);
const CASES: [string, Args][] = [
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
  ["readelf", ["-t"]], ["readelf", ["-tW"]], ["readelf", ["-g"]], ["readelf", ["--section-groups", "-S"]], ["readelf", ["-u"]], ["readelf", ["-I"]],
  ["readelf", ["-A"]], ["readelf", ["-a"]], ["readelf", ["-aW"]], ["readelf", ["--all", "--dyn-syms", "-x", ".data"]],
  ["objdump", ["-p"]], ["objdump", ["-a"]], ["objdump", ["-x"]], ["objdump", ["-af"]], ["objdump", ["-d", "--no-show-raw-insn"]],
  ["objdump", ["-dr", "--no-show-raw-insn"]], ["objdump", (p) => ["-d", ...aroundMain(p)]], ["objdump", (p) => ["-dr", "--no-show-raw-insn", ...aroundMain(p)]],
  ["objdump", ["--start-address=0x10", "--stop-address=0x40", "-d", "--no-show-raw-insn"]], ["objdump", ["--start-address=zz", "-d"]],
  ["objdump", ["-dr", "-j", ".data", "-j", ".bss"]], ["objdump", ["-dl"]], ["objdump", ["-dlr", "--no-show-raw-insn"]], ["objdump", ["-D", "-j", ".data", "-j", ".bss", "-j", ".init_array", "-j", ".got"]],
];

describe.each(TARGETS)("inspectors match GNU binutils byte for byte (%s)", (target) => {
  for (const [tool, argsOf] of CASES) {
    const twin = tool === "strings" ? "strings" : gnu(tool, target);
    const enabled = hasTarget(target) && hostHas(twin) && hostHas("ar");
    for (const kind of [...GCC_KINDS, ...GLASS_KINDS]) {
      const name = `${tool} ${typeof argsOf === "function" ? argsOf("").join(" ") : argsOf.join(" ")} on ${kind}`;
      const skip = !enabled || (!glassBuilt && kind.startsWith("glass"));
      it.skipIf(skip)(name, () => {
        const path = corpus(target, kind);
        const args = typeof argsOf === "function" ? argsOf(path) : argsOf;
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

// objdump -l and -S with DWARF 5 line tables (gcc 12's default) and DWARF 4 ones (file names relative
// to .debug_info's compilation directory): objects, whose .debug_line addresses are still
// relocations, and executables, where crt code without line info shows only function names.
// Unoptimised code: BFD names inlined functions from .debug_info's trees, which Glass does not read.
describe.each(TARGETS)("objdump -l matches GNU on gcc -g -O0 output (%s)", (target) => {
  const enabled = hasTarget(target) && hostHas(gnu("objdump", target));
  const builds = [["object", ["-c", "-g"]], ["executable", ["-g"]], ["DWARF 4 object", ["-c", "-gdwarf-4"]], ["DWARF 4 executable", ["-gdwarf-4"]]] as const;
  for (const [kind, flags] of builds) {
    it.skipIf(!enabled)(`${kind}: -dl, -dlr, -S, -Sl`, () => {
      const dir = tempDir();
      const src = join(dir, "lines.c");
      writeFileSync(src, SOURCE);
      const path = join(dir, `lines-${target}-${kind.replace(/\W/g, "")}`);
      const r = run(gccFor(target), [...flags, "-O0", "-o", path, src]);
      if (r.status !== 0) throw new Error(r.stderr);
      for (const args of [["-dl"], ["-dlr"], ["-S"], ["-Sl", "--no-show-raw-insn"]]) {
        // -S reads the source file the line table names (here `src`, by its absolute path).
        const io = memoryIO({ [path]: new Uint8Array(readFileSync(path)), [src]: new Uint8Array(readFileSync(src)) });
        objdump([...args, path], io);
        expect(io.out).toBe(run(gnu("objdump", target), [...args, path]).stdout);
      }
    });
  }
});

describe("every inspector survives damaged files", () => {
  const enabled = hasTarget("x86_64") && hasTarget("aarch64");
  const runs: [string, string[]][] = [
    ["readelf", ["-hlSsrdnW"]], ["readelf", ["--dyn-syms", "-V", "-x", ".text", "-p", ".dynstr"]], ["nm", []], ["nm", ["-D"]], ["size", ["-A"]],
    ["objdump", ["-fh"]], ["objdump", ["-d"]], ["objdump", ["-dr"]], ["objdump", ["-tTRs"]], ["objdump", ["-r"]], ["strings", ["-t", "x"]],
    ["readelf", ["-atgI"]], ["objdump", ["-xD"]], ["objdump", ["-dlS"]], ["objdump", ["-p", "--start-address=0x30", "-d"]], ["readelf", ["--json"]], ["objdump", ["--json"]],
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
