import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src/envelope/decode.js';
import { anyValue, encodeEnvelope, serializeEnvelope } from '../../../src/envelope/encode.js';
import type { EnvelopeFormat } from '../../../src/envelope/types.js';

const RUNS = Number(process.env['TG_PROPERTY_RUNS'] ?? 200);

describe('encodeEnvelope', () => {
  it.each([
    ['json, one record', 'json', [{ a: 1 }], { a: 1 }],
    ['json, two records', 'json', [{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 2 }]],
    ['posthog', 'posthog', [{ event: 'e', distinct_id: 'd' }], { api_key: 'phc_test', batch: [{ event: 'e', distinct_id: 'd' }] }],
    ['segment adds type track', 'segment', [{ event: 'e' }], { batch: [{ type: 'track', event: 'e' }] }],
    ['segment keeps its own type', 'segment', [{ type: 'page', name: 'p' }], { batch: [{ type: 'page', name: 'p' }] }],
  ] as const)('%s', (_name, format, records, expected) => {
    expect(encodeEnvelope(records as unknown as Record<string, unknown>[], format as EnvelopeFormat)).toEqual(expected);
  });

  it('otlp: one log record with typed AnyValue attributes', () => {
    expect(encodeEnvelope([{ 'app.name': 'x', n: 3, r: 0.5, ok: true, none: null, list: [1], obj: { k: 'v' } }], 'otlp')).toEqual({
      resourceLogs: [
        {
          resource: { attributes: [] },
          scopeLogs: [
            {
              scope: { name: 'telemetry-gate' },
              logRecords: [
                {
                  timeUnixNano: '1700000000000000000',
                  severityNumber: 9,
                  severityText: 'INFO',
                  attributes: [
                    { key: 'app.name', value: { stringValue: 'x' } },
                    { key: 'n', value: { intValue: '3' } },
                    { key: 'r', value: { doubleValue: 0.5 } },
                    { key: 'ok', value: { boolValue: true } },
                    { key: 'none', value: {} },
                    { key: 'list', value: { arrayValue: { values: [{ intValue: '1' }] } } },
                    { key: 'obj', value: { kvlistValue: { values: [{ key: 'k', value: { stringValue: 'v' } }] } } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('otlp: resource keys go to the resource, one resource per distinct value', () => {
    const payload = encodeEnvelope([{ 'service.name': 'a', x: 1 }, { 'service.name': 'b', x: 2 }, { 'service.name': 'a', x: 3 }], 'otlp', { resourceKeys: ['service.name'] }) as {
      resourceLogs: { resource: { attributes: unknown[] }; scopeLogs: { logRecords: unknown[] }[] }[];
    };
    expect(payload.resourceLogs.map((r) => [r.resource.attributes, r.scopeLogs[0]!.logRecords.length])).toEqual([
      [[{ key: 'service.name', value: { stringValue: 'a' } }], 2],
      [[{ key: 'service.name', value: { stringValue: 'b' } }], 1],
    ]);
  });

  it.each([
    [9007199254740993, { doubleValue: 9007199254740993 }],
    [-0, { intValue: '0' }],
    ['', { stringValue: '' }],
  ] as const)('anyValue(%s)', (value, expected) => {
    expect(anyValue(value, 0)).toEqual(expected);
  });

  it('ndjson serialises one JSON line a record', () => {
    expect(serializeEnvelope([{ a: 1 }, { b: 'x' }], 'ndjson')).toBe('{"a":1}\n{"b":"x"}\n');
  });
});

const key = fc.oneof(fc.constantFrom('user.id', 'a/b', '~0', 'constructor', 'k', 'service.name'), fc.string({ minLength: 1, maxLength: 6 }));
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
  fc.constant(null),
);
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
})).v;
const record = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

describe('round trip', () => {
  it.each(['json', 'posthog', 'otlp'] as const)('decodePayload(encodeEnvelope(records, %s)) gives the records back', (format) => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (records) => {
        const wire = JSON.parse(JSON.stringify(encodeEnvelope(records, format)));
        expect(decodePayload(wire, format).map((r) => r.value)).toEqual(JSON.parse(JSON.stringify(records)));
      }),
      { numRuns: RUNS },
    );
  });

  it('segment: the records come back with their call type', () => {
    fc.assert(
      fc.property(fc.array(record.map((r) => ({ ...r, type: 'track' })), { minLength: 1, maxLength: 3 }), (records) => {
        expect(decodePayload(encodeEnvelope(records, 'segment'), 'segment').map((r) => r.value)).toEqual(records);
      }),
      { numRuns: RUNS },
    );
  });
});
