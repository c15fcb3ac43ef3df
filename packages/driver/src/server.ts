// The compile server: one warm glass process per user and installation that runs the
// commands bin/glass hands it, so a `glass cc hello.c` costs a few milliseconds of compiling
// instead of starting node and loading the toolchain each time (Node's start-up alone is most
// of gcc's whole run; see docs/driver.md). bin/glass starts it from the start-up snapshot
// (`glass --serve DIR`, detached) the first time it finds none, and runs that first command
// itself. It exits after GLASS_SERVER_IDLE seconds (default 300) without a request, or as
// soon as the snapshot it was started from is rebuilt.
//
// DIR (mode 0700, owned by the user) holds:
//   lock/   made with mkdir, so only one server owns DIR
//   queue   a FIFO; a client writes one line "PID REQ" to it
//   pid     the server's pid, written once the queue is ready (clients look for it)
//   REQ     a FIFO the client made and holds open; the server writes the exit status to it
//   REQ.args  the client's working directory, then its arguments, each ended by a NUL byte
//           (the server removes both once it has answered)
//   served  how many requests it has run (to see that it works: `cat DIR/served`)
// Requests run one at a time, in the client's working directory, with the client's own
// standard streams (opened through /proc/PID/fd, so output goes where the client's would;
// the client holds copies of its fds 0, 1, 2 on fds 5, 6, 7 for this).
// When the server cannot serve a request it answers "fallback" and the client runs the
// command itself: a stream that is a regular file (reopened, it would not share the client's
// file offset: `{ glass cc -E a.c; echo; } > out` would overwrite), a stream /proc cannot
// reopen (a socket), standard input from a terminal for a `-` input, `glass load` (it runs a
// simulated program), a rebuilt snapshot.

import { closeSync, constants, createReadStream, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { setStdin } from "./node-io.js";
import { startClock } from "./cc/time-report.js";
import { keepHeaderTapes } from "./cc/stages.js";

type Run = (argv: string[]) => Promise<number>;

/** Serves DIR until idle; `blob` is the snapshot file the server was started from. */
export async function serve(dir: string, blob: string, run: Run): Promise<number> {
  if (!claim(dir)) return 0;
  keepHeaderTapes();
  const queue = join(dir, "queue");
  const built = statSync(blob).mtimeMs;
  const idleMs = 1000 * (Number(process.env.GLASS_SERVER_IDLE) || 300);
  let timer: NodeJS.Timeout | undefined;
  // Only between requests. A client that finds no server, or whose line was still in the
  // queue, runs the command itself. (exit, not a return: a read of the FIFO is pending.)
  const quit = (): never => {
    for (const f of ["pid", "queue", "served"]) rmSync(join(dir, f), { force: true });
    rmSync(join(dir, "lock"), { recursive: true, force: true });
    process.exit(0);
  };
  const idle = () => {
    clearTimeout(timer);
    timer = setTimeout(quit, idleMs);
  };
  idle();
  // O_RDWR: the server is always a writer of its own queue too, so the stream never ends when
  // the last client closes it. Lines are "PID REQ".
  let pending = "";
  let served = 0;
  for await (const chunk of createReadStream("", { fd: openSync(queue, "r+"), encoding: "utf8" })) {
    clearTimeout(timer);
    pending += chunk;
    for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
      const [pid, req] = pending.slice(0, nl).split(" ");
      pending = pending.slice(nl + 1);
      if (!pid || !req || !/^\d+$/.test(pid) || !req.startsWith(`${dir}/`)) continue;
      const stale = statSync(blob, { throwIfNoEntry: false })?.mtimeMs !== built;
      const status = stale ? "fallback" : await runRequest(pid, req, run);
      if (status !== "fallback") writeFileSync(join(dir, "served"), `${++served}\n`);
      answer(req, status);
      if (stale) quit();
    }
    idle();
  }
  return 0;
}

/** Takes DIR for this process, or returns false when a live server already has it. */
function claim(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  if (st.uid !== process.getuid?.() || (st.mode & 0o077) !== 0) return false;
  const lock = join(dir, "lock");
  try {
    mkdirSync(lock);
  } catch {
    if (alive(dir)) return false;
    rmSync(lock, { recursive: true, force: true });
    try {
      mkdirSync(lock);
    } catch {
      return false; // another server took it first
    }
  }
  const queue = join(dir, "queue");
  rmSync(queue, { force: true });
  // (node:child_process is loaded here, not imported: it has no place in the start-up snapshot.)
  process.getBuiltinModule("node:child_process").execFileSync("mkfifo", ["-m", "600", `${queue}.new`]);
  renameSync(`${queue}.new`, queue);
  writeFileSync(join(dir, "pid.new"), `${process.pid}\n`);
  renameSync(join(dir, "pid.new"), join(dir, "pid"));
  return true;
}

/**
 * Whether DIR's recorded server is still running: its pid is a live process (not a zombie,
 * which `kill -0` would count) whose command line is a server of DIR (not a reused pid).
 */
function alive(dir: string): boolean {
  try {
    const pid = readFileSync(join(dir, "pid"), "utf8").trim();
    const state = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "")[0];
    return state !== "Z" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`\0--serve\0${dir}\0`);
  } catch {
    return false;
  }
}

/** Runs one request with the client's directory, arguments and streams; its exit status, or "fallback". */
async function runRequest(pid: string, req: string, run: Run): Promise<number | "fallback"> {
  const fds: number[] = [];
  let argv: string[];
  try {
    let cwd: string;
    [cwd = "", ...argv] = readFileSync(`${req}.args`, "utf8").split("\0").slice(0, -1);
    if (argv[0] === "load") return "fallback";
    for (const n of [0, 1, 2]) {
      // The client's copies of its fds 0, 1, 2 (bin/glass says why it keeps copies). Neither
      // O_TRUNC nor O_CREAT: a regular file is only looked at, never changed.
      fds.push(openSync(`/proc/${pid}/fd/${n + 5}`, n === 0 ? constants.O_RDONLY : constants.O_WRONLY));
      if (fstatSync(fds[n]!).isFile()) throw new Error("a regular file");
    }
    // Typing a program into `glass cc -x c -`: a client stopped by ^C must not leave the
    // server reading the terminal. (node:tty is loaded here: it has no place in the snapshot.)
    if (argv.includes("-") && process.getBuiltinModule("node:tty").isatty(fds[0]!)) throw new Error("standard input is a terminal");
    process.chdir(cwd);
  } catch {
    for (const fd of fds) closeSync(fd);
    return "fallback";
  }
  startClock();
  const [stdin, stdout, stderr] = fds as [number, number, number];
  const saved = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = writer(stdout);
  process.stderr.write = writer(stderr);
  setStdin(stdin);
  try {
    return await run(argv);
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    setStdin(0);
    for (const fd of fds) closeSync(fd);
  }
}

/** A stream `write` that goes straight to a file descriptor; a reader that went away (EPIPE) just gets nothing more. */
function writer(fd: number): typeof process.stdout.write {
  let closed = false;
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    try {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      for (let written = 0; !closed && written < bytes.length; ) written += writeSync(fd, bytes, written);
    } catch {
      closed = true;
    }
    const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
}

/** Writes the status line the client is waiting for (non-blocking: a client that was killed no longer reads it). */
function answer(req: string, status: number | "fallback"): void {
  try {
    const fd = openSync(req, constants.O_WRONLY | constants.O_NONBLOCK);
    writeSync(fd, `${status}\n`);
    closeSync(fd);
  } catch {
    /* the client is gone */
  }
  // The client holds the FIFO open and reads the status from it: the names can go now.
  for (const f of [req, `${req}.args`])
    try {
      unlinkSync(f);
    } catch {
      /* already removed */
    }
}
