import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoderFor, mediaTypeOf, type BodyDecoding } from '../../../src/serve/body-decoders.js';

function decode(contentType: string | undefined, body: string, query?: string): BodyDecoding | 'no decoder' {
  const decoder = decoderFor(mediaTypeOf(contentType));
  return decoder ? decoder(Buffer.from(body), { query: query === undefined ? undefined : new URLSearchParams(query) }) : 'no decoder';
}

const b64 = (text: string, url = false): string => Buffer.from(text).toString(url ? 'base64url' : 'base64');

describe('body decoders by media type', () => {
  it.each<[string | undefined, string, string | undefined, BodyDecoding | 'no decoder']>([
    ['application/json', '{"a":1}', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: '{"a":1}' }] }],
    ['Application/JSON; charset=utf-8', '\uFEFF[1]', undefined, { kind: 'payloads', payloads: [{ value: [1], text: '[1]' }] }],
    ['application/vnd.segment+json', '{"a":1}', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: '{"a":1}' }] }],
    [undefined, '{"a":1}', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: '{"a":1}' }] }],
    ['application/json', '{"a":', undefined, { kind: 'malformed' }],
    ['text/plain', ' {"a":1}', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: ' {"a":1}' }] }],
    ['text/plain', 'hello', undefined, { kind: 'unsupported' }],
    ['application/x-ndjson', '{"a":1}\n\n{"b":2}\n', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, line: 1, text: '{"a":1}' }, { value: { b: 2 }, line: 3, text: '{"b":2}' }] }],
    ['application/x-ndjson', '{"a":1}\n{"b"', undefined, { kind: 'malformed' }],
    ['application/x-www-form-urlencoded', `data=${encodeURIComponent(b64('{"a":1}'))}&compression=base64`, undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: '{"a":1}' }] }],
    ['application/x-www-form-urlencoded', `data=${b64('{"a":"??>"}', true)}`, undefined, { kind: 'payloads', payloads: [{ value: { a: '??>' }, text: '{"a":"??>"}' }] }],
    ['application/x-www-form-urlencoded', `data=${encodeURIComponent('[{"a":1}]')}`, undefined, { kind: 'payloads', payloads: [{ value: [{ a: 1 }], text: '[{"a":1}]' }] }],
    ['application/x-www-form-urlencoded', '{"a":1}', undefined, { kind: 'payloads', payloads: [{ value: { a: 1 }, text: '{"a":1}' }] }],
    ['application/x-www-form-urlencoded', 'data=N4Ig', 'compression=lz64', { kind: 'unsupported' }],
    ['application/x-www-form-urlencoded', 'other=1', undefined, { kind: 'malformed' }],
    ['application/x-www-form-urlencoded', 'data=%%%', undefined, { kind: 'malformed' }],
    ['application/x-protobuf', '\n\u0000', undefined, { kind: 'raw' }],
    ['text/html', '<p>', undefined, 'no decoder'],
    ['multipart/form-data; boundary=x', '--x', undefined, 'no decoder'],
  ])('%s %j → %j', (type, body, query, expected) => {
    expect(decode(type, body, query)).toEqual(expected);
  });

  it('never throws, whatever the bytes and type', () => {
    const types = fc.constantFrom('application/json', 'text/plain', 'application/x-ndjson', 'application/x-www-form-urlencoded', 'application/x-protobuf', '');
    fc.assert(
      fc.property(types, fc.uint8Array({ maxLength: 200 }), (type, bytes) => {
        const decoder = decoderFor(type)!;
        const result = decoder(Buffer.from(bytes), { query: undefined });
        expect(['payloads', 'raw', 'malformed', 'unsupported']).toContain(result.kind);
      }),
      { numRuns: 500 },
    );
  });
});
