// The compile server behind bin/glass (packages/driver/src/server.ts): the first command
// starts it, later ones are run by it, in the caller's directory with the caller's streams
// and exit status, and the results are the bytes a fresh process makes. Streams that are
// regular files, and a server that died, make the command run in a process of its own.
// Commands go through bash with pipes: the server reopens a client's streams through /proc,
// which works for pipes and terminals (node's child-process sockets would make them fall back).
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, scratch } from "../support/glass.js";
import { hostHas, run } from "../support/host.js";

const launcher = join(repoRoot, "packages/driver/bin/glass");
const snapshot = existsSync(join(repoRoot, "packages/driver/dist/glass.blob"));
const usable = snapshot && process.platform === "linux" && hostHas("bash") && hostHas("setsid") && hostHas("mkfifo");
if (!usable) console.warn("skipping the compile server tests: they need Linux, bash, setsid and mkfifo (util-linux, coreutils) and a built snapshot (npm run build)");

describe.skipIf(!usable)("the compile server", () => {
  const dir = scratch("glass-server-test-");
  const serverDir = join(dir, "server");
  const env = { ...process.env, GLASS_SERVER: "1", GLASS_SERVER_DIR: serverDir, GLASS_SERVER_IDLE: "30" };
  /** Runs a bash command line in `dir` with $G the launcher; its standard streams are pipes. */
  const sh = (script: string, input = "") =>
    run("bash", ["-c", `set -o pipefail; G=${JSON.stringify(launcher)}; cat | { ${script}; } 2> >(cat >&2) | cat`], { cwd: dir, env, input });
  const served = () => Number(readFileSync(join(serverDir, "served"), "utf8").trim());
  const waitForServer = () => {
    for (let i = 0; i < 100 && !existsSync(join(serverDir, "pid")); i++) run("sleep", ["0.1"]);
    expect(existsSync(join(serverDir, "pid"))).toBe(true);
  };
  writeFileSync(join(dir, "hello.c"), '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n');
  writeFileSync(join(dir, "bad.c"), "int main(void) { return x; }\n");
  writeFileSync(join(dir, "use-v.c"), '#include "v.h"\nint v = V(7);\n');
  writeFileSync(join(dir, "v.h"), "#define V(x) ((x) * 1)\n");

  it("starts on the first command and runs the next ones, with the bytes a fresh process makes", () => {
    expect(sh('"$G" cc hello.c -o first').status).toBe(0);
    waitForServer();
    expect(sh('"$G" cc hello.c -o second').status).toBe(0);
    expect(served()).toBe(1);
    expect(readFileSync(join(dir, "second"))).toEqual(readFileSync(join(dir, "first")));
    expect(run(join(dir, "second"), []).stdout).toBe("hi\n");
  });

  it("gives the client its output, its diagnostics and its exit status, and reads its standard input", () => {
    waitForServer();
    const before = served();
    const e = sh('"$G" cc -E -P hello.c');
    expect(e.status).toBe(0);
    expect(e.stdout).toBe(run("bash", ["-c", `GLASS_SERVER=0 "${launcher}" cc -E -P hello.c`], { cwd: dir }).stdout);
    const bad = sh('"$G" cc bad.c -o bad');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("bad.c:1:25: error: 'x' undeclared");
    expect(existsSync(join(dir, "bad"))).toBe(false);
    expect(sh('"$G" cc -x c - -o three', "int main(void) { return 3; }\n").status).toBe(0);
    expect(run(join(dir, "three"), []).status).toBe(3);
    expect(served()).toBe(before + 3);
  });

  it("keeps headers from one command to the next, but reads a header again once it changed", () => {
    waitForServer();
    const before = served();
    for (const target of ["x86_64-linux-gnu", "aarch64-linux-gnu"]) {
      // Same size each time: only the file's times and contents tell the versions apart.
      for (const op of ["+", "-", "*"]) {
        writeFileSync(join(dir, "v.h"), `#define V(x) ((x) ${op} 1)\n`);
        for (let i = 0; i < 2; i++) {
          const e = sh(`"$G" cc --target=${target} -E -P use-v.c`);
          expect(e.status).toBe(0);
          expect(e.stdout).toContain(`int v = ((7) ${op} 1);`);
        }
      }
    }
    expect(served()).toBe(before + 12);
  });

  it("preprocesses the examples as a fresh process does, served twice, for both targets and both libcs", () => {
    waitForServer();
    const sources = run("find", [join(repoRoot, "examples"), "-name", "*.c"]).stdout.trim().split("\n").sort();
    expect(sources.length).toBeGreaterThan(10);
    for (const target of ["x86_64-linux-gnu", "aarch64-linux-gnu"])
      for (const libc of ["glass", "glibc"]) {
        if (libc === "glibc" && target.startsWith("aarch64") && !existsSync("/usr/aarch64-linux-gnu/include/stdio.h")) {
          console.warn("skipping served -E of the examples with glibc for AArch64: install libc6-dev-arm64-cross");
          continue;
        }
        // Glass libc has no <dlfcn.h>: the dlopen examples are glibc programs.
        const inputs = libc === "glass" ? sources.filter((f) => !readFileSync(f, "utf8").includes("<dlfcn.h>")) : sources;
        // -j1: all in the server's own thread (worker threads keep no headers).
        const args = `cc --target=${target} --libc=${libc} -E -j1 ${inputs.join(" ")}`;
        const fresh = run("bash", ["-c", `GLASS_SERVER=0 "${launcher}" ${args}`], { cwd: dir });
        expect(fresh.status).toBe(0);
        for (let i = 0; i < 2; i++) {
          const served = sh(`"$G" ${args}`);
          expect(served.status).toBe(0);
          expect(served.stdout).toBe(fresh.stdout);
        }
      }
  });

  it("delivers every request's output, however fast they come", () => {
    // The server used to open the client's fd 1 while bash had it pointing at the queue (for
    // the printf that sends the request): about one output in twenty went into the queue.
    sh('"$G" cc -E -P use-v.c');
    waitForServer();
    const before = served();
    const e = sh('for i in $(seq 100); do "$G" cc -E -P use-v.c | wc -l; done | sort | uniq -c');
    expect(e.stdout.trim()).toBe("100 1");
    expect(served()).toBe(before + 100);
  });

  it("leaves a command whose output is a regular file to a process of its own, so the file's offset stays right", () => {
    waitForServer();
    const before = served();
    expect(run("bash", ["-c", `{ echo first; "${launcher}" cc -E -P hello.c; echo last; } > out.txt`], { cwd: dir, env }).status).toBe(0);
    const out = readFileSync(join(dir, "out.txt"), "utf8").trim().split("\n");
    expect([out[0], out.at(-1)]).toEqual(["first", "last"]);
    expect(out).toContain("int main(void) { puts(\"hi\"); return 0; }");
    expect(served()).toBe(before);
  });

  it("runs the command itself when the server was killed, and starts a new one", () => {
    waitForServer();
    const pid = readFileSync(join(serverDir, "pid"), "utf8").trim();
    expect(run("kill", ["-9", pid]).status).toBe(0);
    expect(sh('"$G" cc hello.c -o after-kill').status).toBe(0);
    expect(readFileSync(join(dir, "after-kill"))).toEqual(readFileSync(join(dir, "first")));
    for (let i = 0; i < 100 && readFileSync(join(serverDir, "pid"), { encoding: "utf8", flag: "r" }).trim() === pid; i++) run("sleep", ["0.1"]);
    expect(readFileSync(join(serverDir, "pid"), "utf8").trim()).not.toBe(pid);
    expect(sh('"$G" cc hello.c -o served-again').status).toBe(0);
    expect(served()).toBe(1);
    run("kill", [readFileSync(join(serverDir, "pid"), "utf8").trim()]);
  });
});
