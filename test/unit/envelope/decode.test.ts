import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePayload, detectFormat } from '../../../src/envelope/decode.js';
import { resolvePointer } from '../../../src/envelope/pointer.js';
import { isToolError } from '../../../src/errors.js';
import { leavesOf, writtenAs } from './_leaves.js';

const FIXTURES = new URL('../../../fixtures/envelopes/', import.meta.url);

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as unknown;
}

const ALL = [
  'plain.json',
  'plain-array.json',
  'posthog-batch.json',
  'posthog-capture.json',
  'segment-batch.json',
  'segment-track.json',
  'otlp-logs.json',
  'otlp-traces.json',
  'otlp-metrics.json',
];

describe('decodePayload on the fixtures', () => {
  it.each([
    ['plain.json', 'json', ['event'], ['']],
    ['plain-array.json', 'json', ['event', 'event', 'event'], ['/0', '/1', '/2']],
    ['posthog-batch.json', 'posthog', ['posthog-event', 'posthog-event', 'posthog-event'], ['/batch/0', '/batch/1', '/batch/2']],
    ['posthog-capture.json', 'posthog', ['posthog-event'], ['']],
    ['segment-batch.json', 'segment', ['segment-event', 'segment-event', 'segment-event'], ['/batch/0', '/batch/1', '/batch/2']],
    ['segment-track.json', 'segment', ['segment-event'], ['']],
    ['otlp-logs.json', 'otlp', ['otlp-log', 'otlp-log', 'otlp-log'], [0, 1, 2].map((i) => `/resourceLogs/0/scopeLogs/0/logRecords/${i}`)],
    [
      'otlp-traces.json',
      'otlp',
      ['otlp-span', 'otlp-span-event', 'otlp-span-event', 'otlp-span'],
      [
        '/resourceSpans/0/scopeSpans/0/spans/0',
        '/resourceSpans/0/scopeSpans/0/spans/0/events/0',
        '/resourceSpans/0/scopeSpans/0/spans/0/events/1',
        '/resourceSpans/0/scopeSpans/0/spans/1',
      ],
    ],
    [
      'otlp-metrics.json',
      'otlp',
      Array(6).fill('otlp-datapoint'),
      [
        '/metrics/0/sum/dataPoints/0',
        '/metrics/0/sum/dataPoints/1',
        '/metrics/1/gauge/dataPoints/0',
        '/metrics/2/histogram/dataPoints/0',
        '/metrics/3/exponentialHistogram/dataPoints/0',
        '/metrics/4/summary/dataPoints/0',
      ].map((p) => `/resourceMetrics/0/scopeMetrics/0${p}`),
    ],
  ])('%s: detected as %s, records %j at %j', (name, format, kinds, itemPointers) => {
    const payload = fixture(name);
    expect(detectFormat(payload)).toBe(format);
    const records = decodePayload(payload, 'auto');
    expect(records.map((r) => r.kind)).toEqual(kinds);
    expect(records.map((r) => r.index)).toEqual(kinds.map((_, i) => i));
    expect(records.map((r) => r.pointerOf(''))).toEqual(itemPointers);
    expect(decodePayload(payload, 'ndjson')).toHaveLength(kinds.length);
    expect(decodePayload(payload, format as 'json')).toHaveLength(kinds.length);
  });

  it.each(ALL)('%s: every leaf of every record resolves in the payload to the value it came from', (name) => {
    const payload = fixture(name);
    for (const record of decodePayload(payload, 'auto')) {
      for (const [logical, leaf] of leavesOf(record.value)) {
        const pointer = record.pointerOf(logical);
        expect(writtenAs(leaf, resolvePointer(payload, pointer)), `${name}#${record.index} ${logical} → ${pointer}`).toBe(true);
      }
      for (const extra of record.extras) {
        expect(writtenAs(extra.value, resolvePointer(payload, extra.pointer)), `${name}#${record.index} extra ${extra.pointer}`).toBe(true);
      }
    }
  });

  it('plain, PostHog and Segment records are the payload objects themselves', () => {
    const batch = fixture('posthog-batch.json') as { batch: unknown[] };
    const records = decodePayload(batch, 'auto');
    expect(records[1]?.value).toBe(batch.batch[1]);
    expect(records[1]?.value.event).toBe('$identify');
    expect(records[1]?.pointerOf('/properties/$set/plan')).toBe('/batch/1/properties/$set/plan');
    expect(records[1]?.extras).toEqual([]);
  });
});

const LOGS = '/resourceLogs/0/scopeLogs/0/logRecords';
const RES = '/resourceLogs/0/resource/attributes';

describe('OTLP values, pointers and extras', () => {
  const logs = decodePayload(fixture('otlp-logs.json'), 'otlp');
  const traces = decodePayload(fixture('otlp-traces.json'), 'otlp');
  const metrics = decodePayload(fixture('otlp-metrics.json'), 'otlp');

  it.each([
    [0, '/service.name', 'wiretuner-collector', `${RES}/0/value/stringValue`],
    [0, '/ingest.pipeline', 'perf-samples', '/resourceLogs/0/scopeLogs/0/scope/attributes/0/value/stringValue'],
    [0, '/thread.id', 42, `${LOGS}/0/attributes/1/value/intValue`],
    [0, '/batch.size', 128, `${LOGS}/0/attributes/2/value/intValue`],
    [0, '/bytes.total', '9223372036854775807', `${LOGS}/0/attributes/3/value/intValue`],
    [0, '/route~1name', '/v1/samples', `${LOGS}/0/attributes/4/value/stringValue`],
    [0, '/sample.platforms', ['macos', 'linux'], `${LOGS}/0/attributes/5/value`],
    [0, '/sample.platforms/1', 'linux', `${LOGS}/0/attributes/5/value/arrayValue/values/1/stringValue`],
    [0, '/deployment.environment', 'staging', `${RES}/2/value/stringValue`],
    [1, '/deployment.environment', 'canary', `${LOGS}/1/attributes/0/value/stringValue`],
    [1, '/app.region', 'NG', `${LOGS}/1/attributes/2/value/stringValue`],
    [2, '/config/sampling/rate', 0.05, `${LOGS}/2/attributes/0/value/kvlistValue/values/1/value/kvlistValue/values/0/value/doubleValue`],
    [2, '/config/retention.days', 30, `${LOGS}/2/attributes/0/value/kvlistValue/values/0/value/intValue`],
    [2, '/config', { 'retention.days': 30, sampling: { rate: 0.05 }, 'otlp.enabled': true }, `${LOGS}/2/attributes/0/value`],
    [2, '/build.digest', 'q83vEjRWeJA=', `${LOGS}/2/attributes/1/value/bytesValue`],
    [2, '/config.optional', null, `${LOGS}/2/attributes/2/value`],
    [2, '/config/missing/deeper', undefined, `${LOGS}/2/attributes/0/value`],
    [2, '/absent', undefined, `${LOGS}/2`],
  ])('log %i: %s = %j at %s', (index, logical, expected, pointer) => {
    const record = logs[index];
    expect(leafAt(record?.value, logical)).toEqual(expected);
    expect(record?.pointerOf(logical)).toBe(pointer);
  });

  it.each([
    [0, [['body', 'sample batch accepted', `${LOGS}/0/body/stringValue`], ['severity.text', 'INFO', `${LOGS}/0/severityText`]]],
    [
      1,
      [
        ['message', 'sample rejected', `${LOGS}/1/body/kvlistValue/values/0/value/stringValue`],
        ['field', 'fps', `${LOGS}/1/body/kvlistValue/values/1/value/kvlistValue/values/0/value/stringValue`],
        ['attempt', 3, `${LOGS}/1/body/kvlistValue/values/1/value/kvlistValue/values/1/value/intValue`],
        ['severity.text', 'WARN', `${LOGS}/1/severityText`],
        ['deployment.environment', 'staging', `${RES}/2/value/stringValue`],
        ['app.region', 'eu-west', `${LOGS}/1/attributes/1/value/stringValue`],
      ],
    ],
    [2, [['severity.text', 'INFO', `${LOGS}/2/severityText`], ['event.name', 'collector.startup', `${LOGS}/2/eventName`]]],
  ])('log %i extras (body leaves, severity, values hidden by duplicate keys)', (index, extras) => {
    expect(logs[index]?.extras.map((e) => [e.key, e.value, e.pointer])).toEqual(extras);
  });

  it('span events merge resource → scope → span → event attributes, later wins', () => {
    expect(traces[2]?.value).toMatchObject({ 'service.name': 'automagik-cli', 'exception.type': 'TimeoutError', 'workflow.steps': 3 });
    expect(traces[2]?.pointerOf('/workflow.steps')).toBe('/resourceSpans/0/scopeSpans/0/spans/0/events/1/attributes/1/value/intValue');
    expect(traces[2]?.pointerOf('/feature.flags/1')).toBe('/resourceSpans/0/scopeSpans/0/spans/0/attributes/2/value/arrayValue/values/1/boolValue');
    expect(traces[2]?.extras.map((e) => [e.key, e.value])).toEqual([['event.name', 'exception'], ['workflow.steps', 7]]);
    expect(traces[0]?.extras.map((e) => [e.key, e.value])).toEqual([
      ['span.name', 'workflow.run'],
      ['status.message', 'step 4 timed out'],
      ['link.reason', 'retry-of'],
    ]);
    expect(traces[3]?.extras.map((e) => e.key)).toEqual(['span.name']);
  });

  it('metric data points carry the metric name and description, and exemplar attributes, as extras', () => {
    expect(metrics.map((r) => r.value.region ?? r.value['http.route'] ?? r.value.direction ?? r.value['gc.kind'] ?? null)).toEqual([
      'NG', 'KE', null, '/v1/aggregates', 'in', 'minor',
    ]);
    expect(metrics[3]?.extras.map((e) => [e.key, e.value])).toEqual([
      ['metric.name', 'request.duration'],
      ['metric.description', 'Request duration'],
      ['tenant.bucket', 'b-07'],
    ]);
    expect(metrics[2]?.extras.map((e) => e.pointer)).toEqual(['/resourceMetrics/0/scopeMetrics/0/metrics/1/name']);
  });
});

describe('decodePayload rejects what does not fit its format', () => {
  it.each([
    [42, 'json', 'JSON: expected an event object or an array of event objects, received an integer'],
    ['jane@example.com', 'auto', 'JSON: expected an event object or an array of event objects, received a string of 16 characters'],
    [[{ a: 1 }, 'jane@example.com'], 'json', 'JSON: /1 is a string of 16 characters, expected an object'],
    [null, 'auto', 'JSON: expected an event object or an array of event objects, received null'],
    [{ fps: 1 }, 'otlp', 'OTLP: expected an object with resourceLogs, resourceSpans or resourceMetrics, received an object'],
    [{ resourceLogs: 'x' }, 'otlp', 'OTLP: /resourceLogs is a string of 1 characters, expected an array'],
    [{ resourceLogs: [{ scopeLogs: [{ logRecords: [7] }] }] }, 'otlp', 'OTLP: /resourceLogs/0/scopeLogs/0/logRecords/0 is an integer, expected an object'],
    [{ resourceSpans: [{ resource: [] }] }, 'otlp', 'OTLP: /resourceSpans/0/resource is an array of 0, expected an object'],
    [
      { resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes: [{ key: 5, value: {} }] }] }] }] },
      'auto',
      'OTLP: /resourceLogs/0/scopeLogs/0/logRecords/0/attributes/0/key is an integer, expected a string',
    ],
    [
      { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { kvlistValue: { values: 'jane' } } }] }] }] },
      'otlp',
      'OTLP: /resourceLogs/0/scopeLogs/0/logRecords/0/body/kvlistValue/values is a string of 4 characters, expected an array',
    ],
    [{ batch: 5 }, 'posthog', 'PostHog: /batch is an integer, expected an array of events'],
    [{ api_key: 'k', batch: [1] }, 'auto', 'PostHog: /batch/0 is an integer, expected an object'],
    [{ distinct: 'x' }, 'posthog', 'PostHog: expected a /batch body, an event object or an array of events, received an object'],
    [{ foo: 1 }, 'segment', 'Segment: expected a /v1/batch body, a call object or an array of calls, received an object'],
    [{ batch: {} }, 'segment', 'Segment: /batch is an object, expected an array of calls'],
  ])('%j as %s → %s', (payload, format, message) => {
    const error = catchError(() => decodePayload(payload, format as 'auto'));
    expect(isToolError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'input-invalid', message });
    expect((error as Error).message).not.toContain('jane');
    expect((error as Error).message).not.toContain('\n');
  });

  it('rejects an unknown format as a usage error', () => {
    expect(catchError(() => decodePayload({}, 'xml' as 'json'))).toMatchObject({ code: 'usage' });
  });

  it.each([
    [[], 'json', 0],
    [{ api_key: 'k', batch: [] }, 'auto', 0],
    [{ resourceLogs: [] }, 'auto', 0],
    [{ resourceLogs: null, resourceSpans: [{ scopeSpans: [{ spans: [{ name: 's' }] }] }] }, 'auto', 1],
    [[{ event: 'e', distinct_id: 'd' }], 'posthog', 1],
    [{ type: 'track', event: 'e' }, 'segment', 1],
    [[{ type: 'track' }, { type: 'page' }], 'segment', 2],
  ])('%j as %s → %i records', (payload, format, count) => {
    expect(decodePayload(payload, format as 'auto')).toHaveLength(count);
  });
});

function leafAt(value: unknown, logical: string): unknown {
  let node = value;
  for (const segment of logical.slice(1).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    node = typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
