// One job per source file: which stage it starts at, and the names of everything made from
// it. The names follow gcc 12 ("-dumpbase" in the gcc manual):
//
//   glass cc -c x.c            → x.o          (-save-temps: x.i x.s, -MD: x.d)
//   glass cc -c x.c -o d/y.o   → d/y.o        (-save-temps: d/y.i d/y.s, -MD: d/y.d)
//   glass cc -S x.c            → x.s
//   glass cc -E x.c            → stdout
//   glass cc x.c -o d/prog     → d/prog       (-save-temps: d/prog-x.i d/prog-x.s d/prog-x.o)
//   glass cc x.c               → a.out        (-save-temps: a-x.i a-x.s a-x.o)
//
// Jobs are plain data, so a worker thread can run one as well as the main thread.

import type { CcOptions } from "./options.js";
import { stem, withoutExtension, type SourceLanguage } from "./inputs.js";

export interface Job {
  path: string;
  language: SourceLanguage;
  /** The text of standard input, for the input `-`. */
  stdin?: string;
  /** The base of the intermediate files' names: `<temp>.i`, `<temp>.s`, `<temp>.o`. */
  temp: string;
  /** Where the last stage's output goes ("-" is standard output); absent when linking. */
  output?: string;
  /** Where the make rule goes (-M, -MD), and its targets. */
  depFile?: string;
  depTargets: string[];
}

export function planJob(path: string, language: SourceLanguage, o: CcOptions, sources: number): Job {
  const s = stem(path);
  const linking = o.stop === "link";
  const named = o.output !== undefined && o.output !== "-";
  const temp = linking ? `${withoutExtension(o.output ?? "a.out")}-${s}` : named ? withoutExtension(o.output!) : s;
  const output = {
    preprocess: o.output ?? "-",
    syntax: undefined,
    compile: o.output ?? `${s}.s`,
    assemble: o.output ?? `${s}.o`,
    link: undefined,
  }[o.stop];
  const job: Job = { path, language, temp, depTargets: [], ...(output !== undefined ? { output } : {}) };
  const d = o.deps;
  if (d.only || d.sideEffect) {
    job.depTargets = d.targets.length ? d.targets : [o.stop === "assemble" && named ? o.output! : `${s}.o`];
    if (d.only) job.depFile = d.file ?? o.output ?? "-";
    else job.depFile = d.file ?? `${linking && sources === 1 ? withoutExtension(o.output ?? "a.out") : temp}.d`;
  }
  return job;
}
