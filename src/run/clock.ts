/** A run's clock: wall time from SOURCE_DATE_EPOCH when it is set (reproducible reports), else now. */
export interface RunClock {
  /** ISO 8601 timestamp for evidence (`startedAt`, `endedAt`). */
  stamp(): string;
}

/** The clock for a run: fixed at SOURCE_DATE_EPOCH (seconds) when that is a valid integer, the real time otherwise. */
export function runClock(env: Readonly<Record<string, string | undefined>>, now: () => number = Date.now): RunClock {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim())) {
    const fixed = new Date(Number(epoch.trim()) * 1000).toISOString();
    return { stamp: () => fixed };
  }
  return { stamp: () => new Date(now()).toISOString() };
}
