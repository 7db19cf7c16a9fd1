/**
 * What one request's work costs when measured in this process, to explain the receiver figures:
 * the same bodies handled back to back (caches hot), and with the CPU caches swept between
 * bodies (cold), as they are in a server where the HTTP stack, the kernel and the load generator
 * run between two requests. The sweep itself is not timed.
 */

/** Microseconds per body: the median over passes of the mean per body, hot and cold. */
export interface PerRequestCost {
  readonly hotUs: number;
  readonly coldUs: number;
}

/** Options: passes over the bodies per mode, and the bytes swept between bodies in the cold mode. */
export interface PerRequestOptions {
  readonly passes?: number;
  readonly sweepBytes?: number;
}

/** Write one byte per cache line of `buffer` (evicts what the work before left in the caches). */
function sweep(buffer: Uint8Array): void {
  for (let i = 0; i < buffer.length; i += 64) buffer[i] = (buffer[i] as number) + 1;
}

/** Cost of `work` per body, hot and cold, after a warm-up (the JIT optimises as it does in a running server). */
export function perRequestCost(bodies: readonly string[], work: (body: string) => unknown, options: PerRequestOptions = {}): PerRequestCost {
  const passes = options.passes ?? 15;
  const warmUntil = Date.now() + 1000;
  for (let calls = 0; calls < 20_000 && Date.now() < warmUntil; ) for (const body of bodies) (work(body), calls++);
  const buffer = new Uint8Array(options.sweepBytes ?? 8 * 1024 * 1024);
  const pass = (cold: boolean): number => {
    let ns = 0n;
    for (const body of bodies) {
      if (cold) sweep(buffer);
      const start = process.hrtime.bigint();
      work(body);
      ns += process.hrtime.bigint() - start;
    }
    return Number(ns) / 1000 / bodies.length;
  };
  const median = (cold: boolean): number => {
    const times = Array.from({ length: passes }, () => pass(cold)).sort((a, b) => a - b);
    return times[times.length >> 1] as number;
  };
  return { hotUs: median(false), coldUs: median(true) };
}
