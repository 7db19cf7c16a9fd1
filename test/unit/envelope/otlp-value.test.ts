import { describe, expect, it } from 'vitest';
import type { ScanExtra } from '../../../src/envelope/types.js';
import { convertAnyValue, convertLayers, MAX_ANY_VALUE_DEPTH } from '../../../src/envelope/otlp-value.js';
import { anyValuePointer, layersPointer } from '../../../src/envelope/otlp-pointer.js';
import { decodePayload } from '../../../src/envelope/decode.js';
import { resolvePointer } from '../../../src/envelope/pointer.js';
import { leavesOf, writtenAs } from './_leaves.js';

function convert(any: unknown): { value: unknown; pointer: string } {
  return { value: convertAnyValue(any, () => '/v', 0, []), pointer: anyValuePointer(any, '/v', [], 0, 0) };
}

describe('convertAnyValue', () => {
  it.each([
    ['stringValue', { stringValue: 'a' }, 'a', '/v/stringValue'],
    ['boolValue', { boolValue: false }, false, '/v/boolValue'],
    ['intValue as number', { intValue: 7 }, 7, '/v/intValue'],
    ['intValue as string', { intValue: '-12' }, -12, '/v/intValue'],
    ['intValue at MAX_SAFE_INTEGER', { intValue: '9007199254740991' }, 9007199254740991, '/v/intValue'],
    ['intValue beyond MAX_SAFE_INTEGER stays a string', { intValue: '9007199254740993' }, '9007199254740993', '/v/intValue'],
    ['intValue int64 min stays a string', { intValue: '-9223372036854775808' }, '-9223372036854775808', '/v/intValue'],
    ['intValue that is not an integer stays as written', { intValue: '12abc' }, '12abc', '/v/intValue'],
    ['doubleValue', { doubleValue: 0.5 }, 0.5, '/v/doubleValue'],
    ['doubleValue as string', { doubleValue: '2.5' }, 2.5, '/v/doubleValue'],
    ['doubleValue NaN stays a string', { doubleValue: 'NaN' }, 'NaN', '/v/doubleValue'],
    ['bytesValue stays base64', { bytesValue: 'AQID' }, 'AQID', '/v/bytesValue'],
    ['arrayValue', { arrayValue: { values: [{ intValue: 1 }, { stringValue: 'x' }] } }, [1, 'x'], '/v'],
    ['arrayValue without values', { arrayValue: {} }, [], '/v'],
    ['kvlistValue', { kvlistValue: { values: [{ key: 'a.b', value: { boolValue: true } }] } }, { 'a.b': true }, '/v'],
    ['empty AnyValue', {}, null, '/v'],
    ['null field counts as absent', { stringValue: null, intValue: 3 }, 3, '/v/intValue'],
    ['unknown field set to null counts as absent', { fooValue: null }, null, '/v'],
    ['unknown field is kept as written', { fooValue: 'x' }, { fooValue: 'x' }, '/v'],
    ['two fields are kept as written', { stringValue: 'a', kvlistValue: { values: [] } }, { stringValue: 'a', kvlistValue: { values: [] } }, '/v'],
    ['a bare string is kept as written', 'raw', 'raw', '/v'],
    ['a bare array is kept as written', [1], [1], '/v'],
  ])('%s', (_name, any, expected, pointer) => {
    expect(convert(any)).toEqual({ value: expected, pointer });
  });

  it(`keeps AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} as written, and its pointers still resolve`, () => {
    let any: unknown = { stringValue: 'leaf' };
    for (let i = 0; i < 2000; i += 1) any = { kvlistValue: { values: [{ key: 'k', value: any }] } };
    const payload = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes: [{ key: 'deep', value: any }] }] }] }] };
    const [record] = decodePayload(payload, 'auto');
    let node: unknown = record?.value.deep;
    let depth = 0;
    while (typeof node === 'object' && node !== null && Object.hasOwn(node, 'k')) {
      node = (node as { k: unknown }).k;
      depth += 1;
    }
    expect(depth).toBe(MAX_ANY_VALUE_DEPTH + 1);
    expect(node).toHaveProperty('kvlistValue');
    const logical = `/deep${'/k'.repeat(depth)}/kvlistValue/values/0/key`;
    expect(resolvePointer(payload, record?.pointerOf(logical) ?? '')).toBe('k');
  });

  it('a duplicate key holding a very deep value becomes bounded extras, not a crash', () => {
    let any: unknown = { stringValue: 'leaf' };
    for (let i = 0; i < 5000; i += 1) any = { arrayValue: { values: [any] } };
    const extras: ScanExtra[] = [];
    const value = convertLayers([{ list: [{ key: 'a', value: any }, { key: 'a', value: { intValue: 1 } }], at: '/attrs' }], 0, extras);
    expect(value).toEqual({ a: 1 });
    expect(extras).toHaveLength(1);
    expect(extras[0]?.key).toBe('a');
    expect(extras[0]?.pointer.startsWith('/attrs/0/value/arrayValue/values/0/')).toBe(true);
  });
});

describe('convertLayers', () => {
  it('later layers and later duplicate entries win; losers become extras; all leaves resolve', () => {
    const payload = {
      r: [{ key: 'a', value: { stringValue: 'r-a' } }, { key: 'b', value: { stringValue: 'r-b' } }],
      s: [
        { key: 'b', value: { kvlistValue: { values: [{ key: 'x', value: { stringValue: 's-x1' } }, { key: 'x', value: { stringValue: 's-x2' } }] } } },
        { key: 'c' },
        { key: 'a', value: { stringValue: 's-a' } },
      ],
    };
    const extras: ScanExtra[] = [];
    const layers = [{ list: payload.r, at: '/r' }, { list: payload.s, at: '/s' }];
    const value = convertLayers(layers, 0, extras);
    expect(value).toEqual({ b: { x: 's-x2' }, c: null, a: 's-a' });
    expect(extras.map((e) => [e.key, e.value, e.pointer])).toEqual([
      ['a', 'r-a', '/r/0/value/stringValue'],
      ['b', 'r-b', '/r/1/value/stringValue'],
      ['x', 's-x1', '/s/0/value/kvlistValue/values/0/value/stringValue'],
    ]);
    for (const [logical, leaf] of leavesOf(value)) {
      expect(writtenAs(leaf, resolvePointer(payload, layersPointer(layers, logical, '/item'))), logical).toBe(true);
    }
  });
});

describe('layersPointer', () => {
  const payload = {
    r: [{ key: 'a', value: { stringValue: 'r-a' } }, { key: 'o', value: { fooValue: { deep: [1, 2] } } }],
    s: [
      { key: 'a', value: { arrayValue: { values: [{ intValue: '5' }, { kvlistValue: { values: [{ key: 'x/y', value: { boolValue: true } }, { key: 'n' }] } }] } } },
      { key: 'a~b', value: { stringValue: 'tilde' } },
    ],
  };
  const layers = [{ list: payload.r, at: '/r' }, { list: payload.s, at: '/s' }];

  it.each([
    ['', '/item'],
    ['no-slash', '/item'],
    ['/missing', '/item'],
    ['/a', '/s/0/value'],
    ['/a/0', '/s/0/value/arrayValue/values/0/intValue'],
    ['/a/1', '/s/0/value/arrayValue/values/1'],
    ['/a/1/x~1y', '/s/0/value/arrayValue/values/1/kvlistValue/values/0/value/boolValue'],
    ['/a/1/n', '/s/0/value/arrayValue/values/1/kvlistValue/values/1'],
    ['/a/1/missing', '/s/0/value/arrayValue/values/1'],
    ['/a/2', '/s/0/value'],
    ['/a/01', '/s/0/value'],
    ['/a/0/deeper', '/s/0/value/arrayValue/values/0/intValue/deeper'],
    ['/a~0b', '/s/1/value/stringValue'],
    ['/o', '/r/1/value'],
    ['/o/fooValue/deep/1', '/r/1/value/fooValue/deep/1'],
  ])('%j → %j', (logical, pointer) => {
    expect(layersPointer(layers, logical, '/item')).toBe(pointer);
  });

  it('stops descending at the depth cap and carries the rest over as written', () => {
    let any: unknown = { stringValue: 'leaf' };
    for (let i = 0; i < 100; i += 1) any = { arrayValue: { values: [any] } };
    const segments = Array.from({ length: 100_000 }, () => '0');
    const pointer = anyValuePointer(any, '', segments, 0, 0);
    expect(pointer.startsWith(`${'/arrayValue/values/0'.repeat(MAX_ANY_VALUE_DEPTH + 1)}/0/0`)).toBe(true);
  });
});

describe('extras of very deep values', () => {
  it.each([
    ['a span link attribute', (any: unknown) => ({ resourceSpans: [{ scopeSpans: [{ spans: [{ links: [{ attributes: [{ key: 'l', value: any }] }] }] }] }] })],
    ['a log body', (any: unknown) => ({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: any }] }] }] })],
    ['a hidden duplicate', (any: unknown) => ({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes: [{ key: 'd', value: any }, { key: 'd' }] }] }] }] })],
  ])('%s: the extra holding the cut-off sub-value is written as is at its pointer', (_name, wrap) => {
    let any: unknown = { stringValue: 'leaf' };
    for (let i = 0; i < 200; i += 1) any = { kvlistValue: { values: [{ key: 'k', value: any }] } };
    const payload = wrap(any);
    const [record] = decodePayload(payload, 'otlp');
    const extras = record?.extras.filter((e) => typeof e.value === 'object') ?? [];
    expect(extras).toHaveLength(1);
    for (const extra of extras) expect(resolvePointer(payload, extra.pointer)).toBe(extra.value);
  });
});
