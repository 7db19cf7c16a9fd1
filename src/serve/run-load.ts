import autocannon from 'autocannon';

/** One load run: autocannon cycling through a pool of bodies. */
export interface LoadOptions {
  /** Full URL of the ingest endpoint (its path is used for every request). */
  readonly url: string;
  /** Request bodies (JSON text), sent in turn by each connection. */
  readonly bodies: readonly string[];
  readonly connections?: number;
  readonly durationS?: number;
  /** Per-request timeout (default 10 s). */
  readonly timeoutS?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Where a progress bar goes (a TTY); none when absent. */
  readonly progress?: NodeJS.WritableStream;
}

/** What a load run measured. Latencies in milliseconds, to the microsecond (every response is timed). */
export interface LoadResult {
  readonly url: string;
  readonly connections: number;
  readonly durationS: number;
  readonly requests: number;
  /** Mean requests per second over the run. */
  readonly rps: number;
  readonly latencyMs: { readonly mean: number; readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statuses: Readonly<Record<string, number>>;
}

/** Responses timed per run at most (autocannon's own histogram only has 1 ms resolution). */
const MAX_TIMED = 5_000_000;

/** Mean, p50, p90, p99 and max of response times in ms, rounded to the microsecond (zeros when none). */
export function latencies(times: readonly number[]): LoadResult['latencyMs'] {
  if (times.length === 0) return { mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(times).sort();
  const at = (q: number): number => round3(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { mean: round3(mean), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round3(sorted[sorted.length - 1]!) };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Run autocannon against `url` with the body pool; resolves with the measured figures. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  const connections = options.connections ?? 10;
  const durationS = options.durationS ?? 5;
  const headers = { 'content-type': 'application/json', ...options.headers };
  const path = `${url.pathname}${url.search}`;
  const requests = options.bodies.map((body) => ({ method: 'POST', path, headers, body }));
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: url.origin, connections, duration: durationS, timeout: options.timeoutS ?? 10, requests },
      (error, result) => {
        if (error) return reject(error);
        const statuses: Record<string, number> = {};
        for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
        resolve({
          url: options.url,
          connections,
          durationS: result.duration,
          requests: result.requests.total ?? 0,
          rps: result.requests.average,
          latencyMs: latencies(times),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statuses,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (times.length < MAX_TIMED) times.push(ms);
    });
    if (options.progress) autocannon.track(instance, { outputStream: options.progress, renderProgressBar: true, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** A one-paragraph text summary of a load result. */
export function renderLoad(label: string, r: LoadResult): string {
  const statuses = Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ') || 'none';
  return [
    `${label}: ${r.url}, ${r.connections} connections, ${r.durationS} s`,
    `  requests   ${r.requests} (${r.rps.toFixed(0)} req/s)`,
    `  latency    p50 ${r.latencyMs.p50} ms, p90 ${r.latencyMs.p90} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`,
    `  errors     ${r.errors} (timeouts ${r.timeouts}), non-2xx ${r.non2xx}; statuses ${statuses}`,
    '',
  ].join('\n');
}
