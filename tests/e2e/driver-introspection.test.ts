// The teaching switches, as golden outputs: -v shows every stage as the standalone glass
// command that does the same work, -### shows them without running, and -save-temps keeps
// the .i .s .o between the stages next to the output.
import { describe, expect, it } from "vitest";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { glass, repoRoot, scratch } from "../support/glass.js";
import { run } from "../support/host.js";

const project = join(repoRoot, "tests/e2e/fixtures/driver/project");
const libc = join(repoRoot, "packages/libc");
const header = "glass version 0.1.0 (Glass C toolchain)\nTarget: x86_64-linux-gnu\nLibc: glass\n";

describe("glass cc -v / -### / -save-temps", () => {
  const dir = scratch("glass-intro-");
  cpSync(project, dir, { recursive: true });

  it("-### prints each stage, quoted, and runs nothing", () => {
    const r = glass(["cc", "--target=x86_64-linux-gnu", "-###", "-Iinc", "-DX=1", "main.c", "fib.c", "-o", "out/app"], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      header +
        [
          ` "glass" "cpp" "--target=x86_64-linux-gnu" "-Iinc" "-DX=1" "main.c" "-o" "out/app-main.i"`,
          ` "glass" "cc" "-S" "--target=x86_64-linux-gnu" "out/app-main.i" "-o" "out/app-main.s"`,
          ` "glass" "as" "--target=x86_64-linux-gnu" "out/app-main.s" "-o" "out/app-main.o"`,
          ` "glass" "cpp" "--target=x86_64-linux-gnu" "-Iinc" "-DX=1" "fib.c" "-o" "out/app-fib.i"`,
          ` "glass" "cc" "-S" "--target=x86_64-linux-gnu" "out/app-fib.i" "-o" "out/app-fib.s"`,
          ` "glass" "as" "--target=x86_64-linux-gnu" "out/app-fib.s" "-o" "out/app-fib.o"`,
          ` "glass" "ld" "-m" "elf_x86_64" "-static" "-z" "noseparate-code" "-o" "out/app" "${libc}/build/x86_64/crt1.o" "out/app-main.o" "out/app-fib.o" "${libc}/build/x86_64/libc.a"`,
        ].join("\n") +
        "\n",
    );
    expect(readdirSync(dir)).not.toContain("out");
  });

  it("-v prints the commands as it runs them, and they rerun the build stage by stage", () => {
    const r = glass(["cc", "--target=x86_64-linux-gnu", "-v", "-c", "fib.c", "-o", "fib-v.o"], dir);
    expect(r.status).toBe(0);
    const commands = r.stderr.split("\n").filter((l) => l.startsWith(" glass "));
    expect(commands).toEqual([
      " glass cpp --target=x86_64-linux-gnu fib.c -o fib-v.i",
      " glass cc -S --target=x86_64-linux-gnu fib-v.i -o fib-v.s",
      " glass as --target=x86_64-linux-gnu fib-v.s -o fib-v.o",
    ]);
    // Run the printed commands one by one: the object is the same bytes.
    const one = readFileSync(join(dir, "fib-v.o"));
    for (const c of commands) expect(glass(c.trim().split(" ").slice(1), dir).status).toBe(0);
    expect(readFileSync(join(dir, "fib-v.o"))).toEqual(one);
  });

  it("-save-temps keeps <output>-<source>.i .s .o next to the output when linking", () => {
    const r = glass(["cc", "-save-temps", "main.c", "fib.c", "greet.c", "-o", "app"], dir);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const kept = readdirSync(dir).filter((f) => f.startsWith("app-")).sort();
    expect(kept).toEqual(["app-fib.i", "app-fib.o", "app-fib.s", "app-greet.i", "app-greet.o", "app-greet.s", "app-main.i", "app-main.o", "app-main.s"]);
    expect(readFileSync(join(dir, "app-fib.i"), "utf8")).toContain("int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }");
    // The kept pieces are the real intermediate files: assembling and linking them by hand gives the same program.
    expect(glass(["cc", "app-main.o", "app-fib.o", "app-greet.o", "-o", "app2"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "app2"))).toEqual(readFileSync(join(dir, "app")));
  });

  it("-save-temps with -c keeps x.i and x.s next to the object", () => {
    const r = glass(["cc", "-save-temps", "-c", "greet.c", "-o", "g.o"], dir);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).filter((f) => /^g\./.test(f)).sort()).toEqual(["g.i", "g.o", "g.s"]);
    expect(run("cmp", [join(dir, "g.s"), join(dir, "g.s")]).status).toBe(0);
  });
});
