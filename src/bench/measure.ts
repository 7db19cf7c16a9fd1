/**
 * Timing helpers for throughput figures. Competing workloads are measured in the same run,
 * interleaved round by round, and each keeps its best round, so that a noisy neighbour on a
 * shared CI machine slows both sides rather than one.
 */

/** A workload: processes its input once and returns how many items it handled. */
export type Workload = () => number;

/** Best seconds per pass of each workload over `rounds` interleaved rounds (after one warm-up pass each). */
export function interleaved(workloads: Readonly<Record<string, Workload>>, rounds: number): Record<string, number> {
  const best: Record<string, number> = {};
  const names = Object.keys(workloads);
  for (const name of names) (workloads[name] as Workload)();
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const start = process.hrtime.bigint();
      (workloads[name] as Workload)();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      best[name] = Math.min(best[name] ?? Infinity, seconds);
    }
  }
  return best;
}

/** Seconds per pass of one workload: best of `rounds`, stopping early after `budgetS` seconds. */
export function timeBest(workload: Workload, rounds: number, budgetS = 60): number {
  let best = Infinity;
  const deadline = Date.now() + budgetS * 1000;
  for (let r = 0; r < rounds && (r === 0 || Date.now() < deadline); r++) {
    const start = process.hrtime.bigint();
    workload();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

/** Split NDJSON text into its non-empty lines. */
export function ndjsonLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) out.push(text.slice(start, end));
    start = end + 1;
  }
  return out;
}
