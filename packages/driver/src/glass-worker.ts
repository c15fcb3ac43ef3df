// A worker thread of `glass cc` (see cc/pool.ts): it warms the stages up, says it is ready,
// then translates the jobs it is sent, one at a time, and sends back each result.

import { parentPort, workerData } from "node:worker_threads";
import type { Machine } from "@glass/elf";
import { translate } from "./cc/translate.js";
import type { WorkerReply, WorkerRequest } from "./cc/pool.js";
import { warmUp } from "./warm.js";

const port = parentPort!;
const reply = (m: WorkerReply) => port.postMessage(m);

warmUp([workerData as Machine]);
port.on("message", ({ index, job, options }: WorkerRequest) => {
  try {
    reply({ index, result: translate(job, options) });
  } catch (e) {
    reply({ index, internal: (e as Error)?.stack ?? String(e) });
  }
});
reply({ ready: true });
