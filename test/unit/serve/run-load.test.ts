import { describe, expect, it } from 'vitest';
import { latencies, renderLoad } from '../../../src/serve/run-load.js';

describe('latencies', () => {
  it.each([
    [[], { mean: 0, p50: 0, p90: 0, p99: 0, max: 0 }],
    [[0.5], { mean: 0.5, p50: 0.5, p90: 0.5, p99: 0.5, max: 0.5 }],
    [[4, 1, 3, 2], { mean: 2.5, p50: 2, p90: 4, p99: 4, max: 4 }],
    [Array.from({ length: 100 }, (_, i) => (100 - i) / 1000), { mean: 0.051, p50: 0.05, p90: 0.09, p99: 0.099, max: 0.1 }],
    [[0.12345, 0.12355], { mean: 0.124, p50: 0.123, p90: 0.124, p99: 0.124, max: 0.124 }],
  ])('%j → %j', (times, expected) => {
    expect(latencies(times)).toEqual(expected);
  });
});

describe('renderLoad', () => {
  it('prints req/s, the latency percentiles, errors and statuses', () => {
    const text = renderLoad('bench', {
      url: 'http://127.0.0.1:1/x', connections: 2, durationS: 1.01, requests: 10, rps: 9.6, errors: 1, timeouts: 0, non2xx: 2, statuses: { '202': 8, '422': 2 },
      latencyMs: { mean: 1, p50: 0.5, p90: 0.9, p99: 1.25, max: 3 },
    });
    expect(text).toBe(
      'bench: http://127.0.0.1:1/x, 2 connections, 1.01 s\n  requests   10 (10 req/s)\n  latency    p50 0.5 ms, p90 0.9 ms, p99 1.25 ms, max 3 ms\n  errors     1 (timeouts 0), non-2xx 2; statuses 202×8 422×2\n',
    );
  });
});
