// Running the translation units: on the main thread alone (-j1, or one source), or on the
// main thread plus worker threads that take jobs from the same queue.
//
// A worker costs a fresh V8 isolate: it loads the stages and builds the C parser before it
// says it is ready, while the main thread (whose parser is already warm) starts on the
// queue. So a small build (or any build under -j1) finishes on the main thread before any worker is ready, and a
// large one spreads over every core. Results come back in input order whoever ran them,
// and translate() is a pure function of its job, so the output is byte-for-byte the same.

import type { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { CcOptions } from "./options.js";
import type { Job } from "./jobs.js";
import { translate, type UnitResult } from "./translate.js";

/** Messages from a worker: ready for a job, or the result of one. */
export type WorkerReply = { ready: true } | { index: number; result: UnitResult } | { index: number; internal: string };

/** What the main thread sends a worker. */
export interface WorkerRequest {
  index: number;
  job: Job;
  options: CcOptions;
}

/** Without -jN, workers start only for this many sources: fewer finish before a worker is ready. */
const workerThreshold = 8;

const workerUrl = new URL("./glass-worker.js", import.meta.url);

export async function runJobs(jobs: Job[], o: CcOptions): Promise<UnitResult[]> {
  const results: UnitResult[] = new Array(jobs.length);
  const threads = Math.min(o.jobs ?? (jobs.length >= workerThreshold ? availableParallelism() : 1), jobs.length) - 1;
  let next = 0;
  let pending = 0;
  let failure: Error | undefined;
  let settle: () => void = () => {};
  const drained = new Promise<void>((resolve) => (settle = resolve));
  const workers: Worker[] = [];
  // Loaded only when needed (and so kept out of the start-up snapshot).
  const { Worker } = threads > 0 ? process.getBuiltinModule("node:worker_threads") : { Worker: undefined };

  const feed = (w: Worker) => {
    if (next >= jobs.length) return;
    const index = next++;
    pending++;
    w.postMessage({ index, job: jobs[index]!, options: o } satisfies WorkerRequest);
  };
  for (let t = 0; t < threads; t++) {
    const w = new Worker!(workerUrl, { workerData: o.machine });
    w.on("message", (m: WorkerReply) => {
      if ("index" in m) {
        pending--;
        if ("result" in m) results[m.index] = m.result;
        else failure ??= new Error(m.internal);
        if (pending === 0 && next >= jobs.length) settle();
      }
      feed(w);
    });
    w.on("error", (e) => {
      failure ??= e;
      settle();
    });
    workers.push(w);
  }

  // The main thread takes jobs too, yielding between them so workers' messages get in.
  while (next < jobs.length && !failure) {
    const index = next++;
    results[index] = translate(jobs[index]!, o);
    await new Promise((r) => setImmediate(r));
  }
  if (pending > 0 && !failure) await drained;
  await Promise.all(workers.map((w) => w.terminate()));
  if (failure) throw failure;
  return results;
}
