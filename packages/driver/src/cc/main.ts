// `glass cc`: the gcc-compatible driver. Each input enters the pipeline at the stage its
// language calls for and leaves it at the stage the flags ask for:
//
//   .c ─cpp─▶ .i ─cc─▶ .s ─as─▶ .o ─┐
//   .S ─cpp────────────▶ .s         ├─ld─▶ a.out   (with the libc's start files and library)
//   .o .a .so -lname -Wl,… ─────────┘
//
// The driver itself is this short list: read the command line, answer a question if it is
// one, plan a job per source, run the jobs (several at once on worker threads), write what
// they made in input order, and link. Outputs are written only by stages that succeeded.

import { warning, type Diagnostic } from "@glass/diagnostics";
import { printDiagnostics, writeStdout } from "../report.js";
import { fileExists, readInput, readStdin, writeOutput } from "../node-io.js";
import { triple } from "../target.js";
import { version } from "../version.js";
import { parseCcArgs, type CcOptions } from "./options.js";
import { isKnownLinkerInput, languageOf } from "./inputs.js";
import { planJob, type Job } from "./jobs.js";
import { formatCommand, jobCommands } from "./commands.js";
import { runJobs } from "./pool.js";
import { planLink, runLink, type LinkWord } from "./link.js";
import { answer } from "./info.js";
import { GlassError, error } from "@glass/diagnostics";
import { textDecoder } from "../text.js";
import { addTimes, formatTimes, sinceStart, timed, type Times } from "./time-report.js";

export async function main(argv: string[]): Promise<number> {
  const startUp = sinceStart();
  const o = parseCcArgs(argv);
  printDiagnostics(o.notes, "glass");
  if (o.query) {
    writeStdout(answer(o));
    return 0;
  }
  if (o.verbose) process.stderr.write(`glass version ${version} (Glass C toolchain)\nTarget: ${triple(o.machine)}\nLibc: ${o.libc}\n`);
  if (o.items.length === 0) return 0;

  // Plan: a job per source, and the linker's inputs in command-line order.
  const { jobs, words, notes } = plan(o);
  printDiagnostics(notes, "glass");
  const show = (cmd: string[]) => o.verbose && process.stderr.write(formatCommand(cmd, o.dryRun) + "\n");
  const linkWords = (): LinkWord[] =>
    words.map((w) => (typeof w === "number" ? { object: { name: `${jobs[w]!.temp}.o`, data: objects[w]! } } : w));
  const objects: Uint8Array[] = [];
  if (o.dryRun) {
    for (const job of jobs) jobCommands(job, o).forEach(show);
    if (o.stop === "link") show(["glass", "ld", ...planLink(linkWords(), o).argv]);
    return 0;
  }

  // Run the jobs, then report and write their results in input order.
  const results = await runJobs(jobs, o);
  let ok = true;
  const times: Times | undefined = o.timeReport ? { "start-up": startUp } : undefined;
  results.forEach((r, i) => {
    if (times && r.times) addTimes(times, r.times);
    jobCommands(jobs[i]!, o).forEach(show);
    if (r.stderr) process.stderr.write(r.stderr);
    writeStdout(r.stdout);
    for (const f of r.outputs) writeOutput(f.path, f.data);
    if (r.object) objects[i] = r.object;
    ok &&= r.ok;
  });
  if (!ok) return 1;

  if (o.stop === "link") {
    const link = planLink(linkWords(), o);
    show(["glass", "ld", ...link.argv]);
    timed(times, "ld", () => runLink(link, o));
  }
  if (times) process.stderr.write(formatTimes(times));
  return 0;
}

/** Jobs for the sources; for the linker, raw words or the index of the job whose object goes there. */
function plan(o: CcOptions): { jobs: Job[]; words: (number | { args: string[] })[]; notes: Diagnostic[] } {
  const jobs: Job[] = [];
  const words: (number | { args: string[] })[] = [];
  const notes: Diagnostic[] = [];
  const linking = o.stop === "link";
  const sources = o.items.filter((i) => i.kind === "file" && languageOf(i.path, i.language)).length;
  for (const item of o.items) {
    if (item.kind === "library") words.push({ args: [`-l${item.name}`] });
    else if (item.kind === "linker-arg") words.push({ args: item.args });
    else {
      const language = languageOf(item.path, item.language);
      if (language) {
        const job = planJob(item.path, language, o, sources);
        if (item.path === "-") job.stdin = readStdin();
        words.push(jobs.push(job) - 1);
      } else if (!linking) notes.push(warning(`${item.path}: linker input file unused because linking not done`));
      else if (!fileExists(item.path)) throw new GlassError([error(`${item.path}: No such file or directory`)]);
      else if (!isKnownLinkerInput(item.path) && !looksLinkable(item.path))
        throw new GlassError([error(`${item.path}: file format not recognized (not C, assembly, an object, an archive or a shared object; use -x to say what it is)`)]);
      else words.push({ args: [item.path] });
    }
  }
  return { jobs, words, notes };
}

/** An input with an extension Glass does not know is still a linker input if it is ELF or an archive. */
function looksLinkable(path: string): boolean {
  const head = textDecoder.decode(readInput(path).subarray(0, 8));
  return head.startsWith("\x7fELF") || head === "!<arch>\n";
}
