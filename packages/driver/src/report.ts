// Turning a run's outcome into what the user sees: rendered diagnostics on stderr and gcc's
// exit statuses (0 success, 1 any error). An exception that is not a GlassError is a bug in
// Glass: it is reported as an internal error, with the stack only under --debug.

import { GlassError, render, type Diagnostic } from "@glass/diagnostics";

let stdoutGuarded = false;

/**
 * Writes to standard output. The stream is made on the first write (a `glass cc` that writes
 * only files never pays for it), and a reader that goes away early (`glass nm x | head`) ends
 * the tool quietly, as SIGPIPE ends GNU's tools, instead of an unhandled EPIPE error.
 */
export function writeStdout(data: string | Uint8Array): void {
  if (data.length === 0) return;
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.stdout.write(data);
}

export function printDiagnostics(diags: Diagnostic[], tool: string): void {
  for (const d of diags) process.stderr.write(render(d, tool) + "\n");
}

/** Runs a tool body and converts what it throws into messages and an exit status. */
export async function guard(tool: string, body: () => Promise<number> | number, debug = false): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof GlassError) {
      printDiagnostics(e.diagnostics, tool);
      return 1;
    }
    process.stderr.write(`${tool}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(e.stack + "\n");
    else process.stderr.write(`${tool}: note: please report this bug (rerun with --debug for a stack trace)\n`);
    return 1;
  }
}
