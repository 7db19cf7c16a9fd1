import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src/envelope/decode.js';
import { resolvePointer } from '../../../src/envelope/pointer.js';
import { isToolError } from '../../../src/errors.js';
import { leavesOf, writtenAs } from './_leaves.js';

const keyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'user.id', 'a/b', '~1', '', 'k'),
  fc.string({ maxLength: 6 }),
);

const { any: anyValueArb, kv: kvArb } = fc.letrec<{ any: unknown; kv: unknown }>((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.record({ stringValue: fc.string({ maxLength: 8 }) }),
    fc.record({ boolValue: fc.boolean() }),
    fc.record({ intValue: fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String)) }),
    fc.record({ doubleValue: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('NaN', '1.5', 'Infinity')) }),
    fc.record({ bytesValue: fc.base64String({ maxLength: 8 }) }),
    fc.constant({}),
    fc.record({ arrayValue: fc.record({ values: fc.array(tie('any'), { maxLength: 3 }) }) }),
    fc.record({ kvlistValue: fc.record({ values: fc.array(tie('kv'), { maxLength: 3 }) }) }),
    fc.record({ fooValue: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ stringValue: fc.string({ maxLength: 4 }), boolValue: fc.jsonValue({ maxDepth: 2 }) }),
  ),
  kv: fc.record({ key: keyArb, value: tie('any') }, { requiredKeys: ['key'] }),
}));

const attrs = fc.array(kvArb, { maxLength: 4 });
const str = fc.string({ maxLength: 6 });
const opt = { requiredKeys: [] as [] };
const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 2 });
const resource = fc.record({ attributes: attrs }, opt);
const scope = fc.record({ name: str, attributes: attrs }, opt);
const logRecord = fc.record({ attributes: attrs, body: anyValueArb, severityText: str, eventName: str }, opt);
const spanEvent = fc.record({ name: str, attributes: attrs }, opt);
const span = fc.record(
  { name: str, attributes: attrs, events: list(spanEvent), links: list(fc.record({ attributes: attrs })), status: fc.record({ message: str }, opt) },
  opt,
);
const point = fc.record({ attributes: attrs, exemplars: list(fc.record({ filteredAttributes: attrs }, opt)) }, opt);
const metric = fc.record(
  { name: str, description: str, gauge: fc.record({ dataPoints: list(point) }), summary: fc.record({ dataPoints: list(point) }, opt) },
  opt,
);

const otlpArb = fc.record({
  resourceLogs: list(fc.record({ resource, scopeLogs: list(fc.record({ scope, logRecords: list(logRecord) }, opt)) }, opt)),
  resourceSpans: list(fc.record({ resource, scopeSpans: list(fc.record({ scope, spans: list(span) }, opt)) }, opt)),
  resourceMetrics: list(fc.record({ resource, scopeMetrics: list(fc.record({ scope, metrics: list(metric) }, opt)) }, opt)),
});

/** Records an OTLP payload must yield: log records, spans, span events and data points. */
function expectedCount(payload: unknown): number {
  const items = (node: unknown, key: string): unknown[] => ((node as Record<string, unknown[] | undefined>)[key] ?? []);
  const scopes = (signal: string, scopeKey: string) => items(payload, signal).flatMap((r) => items(r, scopeKey));
  const logs = scopes('resourceLogs', 'scopeLogs').flatMap((s) => items(s, 'logRecords')).length;
  const spans = scopes('resourceSpans', 'scopeSpans').flatMap((s) => items(s, 'spans'));
  const events = spans.flatMap((s) => items(s, 'events')).length;
  const metrics = scopes('resourceMetrics', 'scopeMetrics').flatMap((s) => items(s, 'metrics'));
  const points = metrics.flatMap((m) => ['gauge', 'summary'].flatMap((k) => items(items(m, k), 'dataPoints'))).length;
  return logs + spans.length + events + points;
}

function throwsOnlyInputInvalid(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    return isToolError(error) && error.code === 'input-invalid' && !error.message.includes('\n');
  }
}

describe('decodePayload properties', () => {
  it('OTLP: one record per item, and every leaf and extra points at where it was written', () => {
    fc.assert(
      fc.property(otlpArb, (payload) => {
        const records = decodePayload(payload, 'auto');
        expect(records).toHaveLength(expectedCount(payload));
        for (const record of records) {
          expect(Object.getPrototypeOf(record.value)).toBe(Object.prototype);
          expect(typeof resolvePointer(payload, record.pointerOf(''))).toBe('object');
          for (const [logical, leaf] of leavesOf(record.value)) {
            expect(writtenAs(leaf, resolvePointer(payload, record.pointerOf(logical))), logical).toBe(true);
          }
          for (const extra of record.extras) {
            expect(writtenAs(extra.value, resolvePointer(payload, extra.pointer)), extra.pointer).toBe(true);
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('plain JSON: the record is the object itself and every leaf pointer resolves to the same value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 3 })), (payload) => {
        const records = decodePayload(payload, 'json');
        expect(records).toHaveLength(Array.isArray(payload) ? payload.length : 1);
        for (const record of records) {
          expect(resolvePointer(payload, record.pointerOf(''))).toBe(record.value);
          for (const [logical, leaf] of leavesOf(record.value)) {
            expect(resolvePointer(payload, record.pointerOf(logical))).toBe(leaf);
          }
        }
      }),
    );
  });

  it('never throws anything but a one-line ToolError input-invalid, in every format', () => {
    const formats = ['auto', 'ndjson', 'json', 'posthog', 'segment', 'otlp'] as const;
    const junk = fc.jsonValue({ maxDepth: 3 });
    const maybe = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: arb }, { weight: 1, arbitrary: junk });
    const hostileAttrs = maybe(list(maybe(fc.record({ key: maybe(keyArb), value: maybe(anyValueArb) }, opt))));
    const owner = (extra: Record<string, fc.Arbitrary<unknown>>) => maybe(fc.record({ attributes: hostileAttrs, ...extra }, opt));
    const nearlyOtlp = fc.record(
      {
        resourceLogs: maybe(list(owner({ resource: owner({}), scopeLogs: maybe(list(owner({ scope: owner({}), logRecords: maybe(list(owner({ body: maybe(anyValueArb) }))) }))) }))),
        resourceSpans: maybe(list(owner({ scopeSpans: maybe(list(owner({ spans: maybe(list(owner({ events: maybe(list(owner({}))), links: maybe(list(owner({}))), status: junk }))) }))) }))),
        resourceMetrics: maybe(list(owner({ scopeMetrics: maybe(list(owner({ metrics: maybe(list(owner({ sum: owner({ dataPoints: maybe(list(owner({}))) }) }))) }))) }))),
      },
      opt,
    );
    const payloadArb = fc.oneof(junk, nearlyOtlp, fc.record({ batch: junk, api_key: fc.string() }), fc.record({ batch: junk, sentAt: fc.string() }));
    fc.assert(
      fc.property(payloadArb, fc.constantFrom(...formats), (payload, format) => {
        expect(throwsOnlyInputInvalid(() => decodePayload(payload, format))).toBe(true);
      }),
    );
  });

  it('attribute keys __proto__, constructor and prototype become own data properties; nothing is polluted', () => {
    const polluting = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const value = fc.oneof(
      fc.constant({ kvlistValue: { values: [{ key: 'polluted', value: { stringValue: 'yes' } }] } }),
      fc.constant({ stringValue: 'polluted' }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(polluting, { minLength: 1 }), value, (keys, any) => {
        const attributes = keys.map((key) => ({ key, value: any }));
        const payload = JSON.parse(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes, body: { kvlistValue: { values: attributes } } }] }] }] })) as unknown;
        const [record] = decodePayload(payload, 'otlp');
        for (const key of keys) {
          expect(Object.getOwnPropertyDescriptor(record?.value, key)).toMatchObject({ enumerable: true, writable: true });
        }
        expect(Object.getPrototypeOf(record?.value)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
    );
  });
});

