// Build tools driving glass-cc the way they drive gcc: make with -MMD dependency tracking,
// CMake (compiler checks, a static library, an executable, ctest; with Glass's toolchain file
// also the compiler's identity and a shared library), and ccache in front.
// Each needs its tool on PATH and skips with a visible line otherwise.
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, scratch } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";

const project = join(repoRoot, "tests/e2e/fixtures/driver/project");
const nativeX86 = process.arch === "x64";

/** A copy of the project and a PATH whose glass-cc is the installed shim (bin/glass-cc). */
function setup(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = scratch("glass-build-");
  cpSync(project, dir, { recursive: true });
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  symlinkSync(join(repoRoot, "packages/driver/bin/glass-cc"), join(bin, "glass-cc"));
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LC_ALL: "C" } };
}

const built = (out: string) => [...out.matchAll(/-c (\w+)\.c/g)].map((m) => m[1]).sort();

describe("make CC=glass-cc", () => {
  it.skipIf(!hostHas("make"))("builds, and touching a header rebuilds exactly the objects that include it", () => {
    const { dir, env } = setup();
    const first = run("make", ["CC=glass-cc"], { cwd: dir, env });
    expect(first.status, first.stderr).toBe(0);
    expect(built(first.stdout)).toEqual(["fib", "greet", "main"]);
    if (nativeX86) expect(run("make", ["check", "CC=glass-cc"], { cwd: dir, env }).status).toBe(0);
    expect(run("make", ["CC=glass-cc"], { cwd: dir, env }).stdout).toMatch(/is up to date/);
    run("touch", ["fib.h"], { cwd: dir });
    expect(built(run("make", ["CC=glass-cc"], { cwd: dir, env }).stdout)).toEqual(["fib", "main"]);
    // A time clearly after the objects' own, so the test does not depend on the clock's resolution.
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(dir, "greet.h"), later, later);
    expect(built(run("make", ["CC=glass-cc"], { cwd: dir, env }).stdout)).toEqual(["greet", "main"]);
  });
});

describe("CMake with CC=glass-cc", () => {
  it.skipIf(!hostHas("cmake") || !hostHas("make"))("configures, builds a static library and an executable, and ctest passes", () => {
    const { dir, env } = setup();
    const cfg = run("cmake", ["-S", ".", "-B", "build"], { cwd: dir, env: { ...env, CC: "glass-cc" } });
    expect(cfg.status, cfg.stdout + cfg.stderr).toBe(0);
    // CMake's try-compile of its ABI probe succeeds; it then skips (or runs) the working check.
    expect(cfg.stdout).toMatch(/Detecting C compiler ABI info - done/);
    expect(cfg.stdout).toMatch(/Check for working C compiler: .*glass-cc - (works|skipped)/);
    const b = run("cmake", ["--build", "build"], { cwd: dir, env });
    expect(b.status, b.stdout + b.stderr).toBe(0);
    expect(b.stdout).toMatch(/Built target fibs/);
    expect(b.stdout).toMatch(/Built target app/);
    if (!nativeX86) return;
    const t = run("ctest", ["--test-dir", "build"], { cwd: dir, env });
    expect(t.status, t.stdout).toBe(0);
    expect(t.stdout).toMatch(/100% tests passed/);
  });
});

// x86-64 natively; AArch64 cross-compiled with glass-aarch64.cmake, whose ctest runs under qemu.
describe.each([
  { target: "x86_64", file: "glass.cmake", runs: nativeX86 },
  { target: "aarch64", file: "glass-aarch64.cmake", runs: hostHas("qemu-aarch64") },
])("CMake with Glass's toolchain file for $target (packages/driver/cmake/$file)", ({ target, file, runs }) => {
  it.skipIf(!hostHas("cmake") || !hostHas("make") || !runs)("identifies the compiler as Glass and builds a static library, a shared library and an executable", () => {
    const { dir, env } = setup();
    const src = join(dir, "dso");
    mkdirSync(src);
    writeFileSync(
      join(src, "CMakeLists.txt"),
      "cmake_minimum_required(VERSION 3.16)\nproject(dso C)\nadd_library(fibs STATIC fib.c)\nadd_library(twice SHARED twice.c)\n" +
        "add_executable(app main.c)\ntarget_link_libraries(app fibs twice)\nenable_testing()\nadd_test(NAME app COMMAND app)\n",
    );
    writeFileSync(join(src, "fib.c"), "int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n");
    writeFileSync(join(src, "twice.c"), "int twice(int x) { return 2 * x; }\n");
    writeFileSync(join(src, "main.c"), '#include <stdio.h>\nint fib(int);\nint twice(int);\nint main(void) { printf("%d\\n", twice(fib(10))); return twice(fib(10)) != 110; }\n');
    const toolchain = join(repoRoot, "packages/driver/cmake", file);
    const cfg = run("cmake", [`-DCMAKE_TOOLCHAIN_FILE=${toolchain}`, "-S", src, "-B", join(src, "build")], { cwd: dir, env: { ...env, CC: "glass-cc" } });
    expect(cfg.status, cfg.stdout + cfg.stderr).toBe(0);
    expect(cfg.stdout).toMatch(/The C compiler identification is Glass\n/);
    const b = run("cmake", ["--build", join(src, "build")], { cwd: dir, env });
    expect(b.status, b.stdout + b.stderr).toBe(0);
    expect(b.stdout).toMatch(/Linking C shared library libtwice\.so/);
    const machine = run(target === "x86_64" ? "readelf" : "aarch64-linux-gnu-readelf", ["-h", join(src, "build", "app")]).stdout;
    expect(machine).toMatch(target === "x86_64" ? /Machine:\s+Advanced Micro Devices X86-64/ : /Machine:\s+AArch64/);
    const t = run("ctest", ["--test-dir", join(src, "build"), "--output-on-failure"], { cwd: dir, env });
    expect(t.stdout, t.stdout + t.stderr).toMatch(/100% tests passed/);
  });
});

describe("ccache glass-cc", () => {
  it.skipIf(!hostHas("ccache"))("caches: the second compile is a hit and gives the same object", () => {
    const { dir, env } = setup();
    const cenv = { ...env, CCACHE_DIR: join(dir, ".ccache"), CCACHE_NOHASHDIR: "1" };
    const cc = (out: string) => run("ccache", ["glass-cc", "-c", "fib.c", "-o", out], { cwd: dir, env: cenv });
    expect(cc("a.o").status).toBe(0);
    expect(cc("b.o").status).toBe(0);
    const stats = run("ccache", ["--print-stats"], { cwd: dir, env: cenv }).stdout;
    expect(stats).toMatch(/(direct_cache_hit|preprocessed_cache_hit)\t1/);
    expect(run("cmp", ["a.o", "b.o"], { cwd: dir }).status).toBe(0);
  });
});
