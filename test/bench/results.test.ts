import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interleaved, ndjsonLines } from '../../src/bench/measure.js';
import { perRequestCost } from '../../src/bench/per-request.js';
import { recordResult, versus, writeResults } from '../../src/bench/results.js';
import { parseWorkload, redactWorkload, scanWorkload, stringValues } from '../../src/bench/scan-bench.js';
import { detect } from '../../src/detect/index.js';

describe('bench results file', () => {
  it('merges figures by id and keeps other benches\u2019 figures and fields', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-bench-'));
    await writeFile(join(dir, 'results.json'), JSON.stringify({ machine: { cpus: 1, node: 'v0', cpuModel: 'X' }, results: [{ id: 'receiver-rps', unit: 'req/s', value: 10, details: { n: 1 } }, { id: 'scan-mb-per-s', unit: 'MB/s', value: 1 }] }));
    const file = await writeResults(dir, [versus('scan-mb-per-s', 'MB/s', 50, { id: 'json-parse-mb-per-s', value: 100 }, '>= 0.25')], { name: 'corpus', markdown: '## Corpus\n\ntable' });
    const json = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as typeof file;
    expect(json.results.map((r) => [r.id, r.value, r.ratio])).toEqual([['receiver-rps', 10, undefined], ['scan-mb-per-s', 50, 0.5]]);
    expect(json.machine.cpuModel).toBe('X');
    expect(typeof json.machine.cpus).toBe('number');
    const md = await readFile(join(dir, 'results.md'), 'utf8');
    expect(md).toContain('| scan-mb-per-s | 50 MB/s | json-parse-mb-per-s = 100 | 0.5 | >= 0.25 |');
    expect(md).toContain('## Corpus');
  });

  it('recordResult replaces by id and appends new ids', () => {
    const base = { machine: { cpus: 2, node: 'v20' }, results: [{ id: 'a', unit: 'x', value: 1 }] };
    expect(recordResult(recordResult(base, { id: 'a', unit: 'x', value: 2 }), { id: 'b', unit: 'y', value: 3 }).results).toEqual([{ id: 'a', unit: 'x', value: 2 }, { id: 'b', unit: 'y', value: 3 }]);
  });
});

describe('bench workloads', () => {
  const ndjson = '{"email":"jane@example.com"}\n\n{"a":[1,"x",{"b":"y"}]}\n';

  it('reads NDJSON lines, parses, detects and collects string values', () => {
    expect(ndjsonLines(ndjson)).toEqual(['{"email":"jane@example.com"}', '{"a":[1,"x",{"b":"y"}]}']);
    expect(parseWorkload(ndjson)()).toBe(2);
    expect(scanWorkload(ndjson, detect)()).toBe(2);
    expect(stringValues({ a: [1, 'x', { b: 'y' }], c: 'z' }).sort()).toEqual(['x', 'y', 'z']);
    const seen: string[] = [];
    expect(redactWorkload(ndjsonLines(ndjson), (t) => (seen.push(t), t))()).toBe(2);
    expect(seen.sort()).toEqual(['jane@example.com', 'x', 'y']);
  });

  it('times interleaved workloads, keeping each one\u2019s best round', () => {
    const best = interleaved({ a: () => 1, b: () => 1 }, 3);
    expect(Object.keys(best)).toEqual(['a', 'b']);
    expect(best.a).toBeGreaterThanOrEqual(0);
  });

  it('costs a request hot and cold, calling the work on every body of every pass, the sweep untimed', () => {
    const calls = new Map<string, number>();
    const cost = perRequestCost(['a', 'b'], (body) => calls.set(body, (calls.get(body) ?? 0) + 1), { passes: 3, sweepBytes: 4096 });
    expect(Number.isFinite(cost.hotUs) && cost.hotUs >= 0).toBe(true);
    expect(Number.isFinite(cost.coldUs) && cost.coldUs >= 0).toBe(true);
    // warm-up (whole passes) + 3 hot + 3 cold passes: every body equally often, at least 6 times
    expect(calls.get('a')).toBe(calls.get('b'));
    expect(calls.get('a')).toBeGreaterThanOrEqual(6);
  });
});
