// `-ftime-report`: where a `glass cc` run spends its time, as gcc's -ftime-report shows its
// phases. Each stage is timed with the monotonic clock where it runs (on a worker too: the
// times travel back in the job's result); "start-up" is the time from the process's start
// (performance's time origin) until `glass cc` began: node itself and the snapshot; under the
// compile server (server.ts), from the moment it took the command.

export type Phase = "start-up" | "cpp" | "cc" | "as" | "ld";

export type Times = Partial<Record<Phase, number>>;

/** When the command began, on performance's clock: 0 (the process's start) unless the compile server says. */
let origin = 0;

export function startClock(): void {
  origin = performance.now();
}

/** Milliseconds since the command began. */
export const sinceStart = (): number => performance.now() - origin;

/** Runs `f`, adding its wall-clock milliseconds to `times[phase]` when times are being kept. */
export function timed<T>(times: Times | undefined, phase: Phase, f: () => T): T {
  if (!times) return f();
  const t0 = performance.now();
  try {
    return f();
  } finally {
    times[phase] = (times[phase] ?? 0) + performance.now() - t0;
  }
}

/** Adds `more` into `total`. */
export function addTimes(total: Times, more: Times): void {
  for (const [phase, ms] of Object.entries(more) as [Phase, number][]) total[phase] = (total[phase] ?? 0) + ms;
}

/** The report, in milliseconds of wall-clock time; stage times are summed over the sources. */
export function formatTimes(times: Times): string {
  const total = sinceStart();
  const rows = (["start-up", "cpp", "cc", "as", "ld"] as const).filter((p) => times[p] !== undefined).map((p) => [p, times[p]!] as const);
  const line = (name: string, ms: number) => ` ${name.padEnd(10)}: ${ms.toFixed(1).padStart(7)} ms (${((100 * ms) / total).toFixed(0).padStart(3)}%)\n`;
  return "Time variable (wall clock)\n" + rows.map(([p, ms]) => line(p, ms)).join("") + line("other", total - rows.reduce((s, [, ms]) => s + ms, 0)) + line("TOTAL", total);
}
