import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCapturedBody } from '../../../src/probe/decode-body.js';
import { decodeOtlpProtobuf, otlpType, type OtlpSignal } from '../../../src/probe/otlp-protobuf.js';
import { decodeOtlpProtobufBody } from '../../../src/probe/otlp-protobuf.js';

const EVENT = { event: 'run', properties: { email: 'x@example.org' } };
const TEXT = JSON.stringify(EVENT);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const cap = (body: Buffer | string, contentType?: string, contentEncoding?: string, query?: Record<string, string>, path = '/e/') =>
  decodeCapturedBody({ body: Buffer.isBuffer(body) ? body : Buffer.from(body), contentType, contentEncoding, query, path });

describe('decodeCapturedBody', () => {
  it.each<[string, Buffer | string, string | undefined, string | undefined, Record<string, string> | undefined, string, unknown[]]>([
    ['plain JSON', TEXT, 'application/json', undefined, undefined, 'json', [EVENT]],
    ['gzip JSON', gzipSync(TEXT), 'application/json', 'gzip', undefined, 'json', [EVENT]],
    ['gzip with no header (magic bytes)', gzipSync(TEXT), 'application/json', undefined, undefined, 'json', [EVENT]],
    ['PostHog gzip-js from the query', gzipSync(TEXT), 'text/plain', 'gzip-js', { compression: 'gzip-js' }, 'json', [EVENT]],
    ['deflate (zlib)', deflateSync(TEXT), 'application/json', 'deflate', undefined, 'json', [EVENT]],
    ['deflate (raw)', deflateRawSync(TEXT), 'application/json', 'deflate', undefined, 'json', [EVENT]],
    ['br', brotliCompressSync(TEXT), 'application/json', 'br', undefined, 'json', [EVENT]],
    ['gzip already undone by the server', TEXT, 'application/json', 'gzip', undefined, 'json', [EVENT]],
    ['NDJSON', `${TEXT}\n${TEXT}\n`, 'application/x-ndjson', undefined, undefined, 'ndjson', [EVENT, EVENT]],
    ['form data=<base64> (posthog-js)', `data=${encodeURIComponent(b64(TEXT))}&compression=base64`, 'application/x-www-form-urlencoded', undefined, undefined, 'form', [EVENT]],
    ['form data=<JSON>', `data=${encodeURIComponent(TEXT)}`, 'application/x-www-form-urlencoded', undefined, undefined, 'form', [EVENT]],
    ['query data=<base64> with no body', '', undefined, undefined, { data: b64(TEXT) }, 'base64', [EVENT]],
    ['query data=<url-safe base64>', '', undefined, undefined, { data: b64(TEXT).replace(/\+/g, '-').replace(/\//g, '_') }, 'base64', [EVENT]],
    ['plain text', 'hello there', 'text/plain', undefined, undefined, 'text', []],
    ['binary junk', Buffer.from([0, 1, 2, 3, 0xff, 0xfe]), 'application/octet-stream', undefined, undefined, 'binary', []],
  ])('%s', (_name, body, type, encoding, query, form, payloads) => {
    const decoded = cap(body, type, encoding, query);
    expect(decoded.form).toBe(form);
    expect(decoded.payloads).toEqual(payloads);
  });

  it('bounds decompression: a gzip bomb stops at the limit with a problem', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024));
    const decoded = decodeCapturedBody({ body: bomb, contentType: 'application/json', contentEncoding: 'gzip', path: '/x' }, 1024 * 1024);
    expect(decoded.problem).toBe('too-large');
    expect(decoded.payloads).toEqual([]);
  });

  it('never throws, whatever the bytes, type and coding', () => {
    const types = fc.constantFrom(undefined, 'application/json', 'application/x-protobuf', 'application/x-www-form-urlencoded', 'application/x-ndjson');
    const codings = fc.constantFrom(undefined, 'gzip', 'deflate', 'br', 'gzip, br');
    const paths = fc.constantFrom('/v1/traces', '/v1/logs', '/v1/metrics', '/batch/');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), types, codings, paths, (bytes, type, coding, path) => {
        const d = decodeCapturedBody({ body: Buffer.from(bytes), contentType: type, contentEncoding: coding, path });
        expect(Array.isArray(d.payloads)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

/** OTLP/JSON → protobufjs object (hex ids → bytes, base64 bytesValue → bytes). */
function fromJson(json: unknown): unknown {
  return JSON.parse(JSON.stringify(json), (k, v: unknown) => (['traceId', 'spanId', 'parentSpanId'].includes(k) && typeof v === 'string' ? Buffer.from(v, 'hex') : v));
}
const attr = (key: string, value: unknown) => ({ key, value });
const RESOURCE = { attributes: [attr('service.name', { stringValue: 'cli' })] };
const KNOWN: Record<OtlpSignal, unknown> = {
  traces: { resourceSpans: [{ resource: RESOURCE, scopeSpans: [{ scope: { name: 'tg', version: '1' }, spans: [{
    traceId: '0102030405060708090a0b0c0d0e0f10', spanId: 'a1a2a3a4a5a6a7a8', parentSpanId: 'b1b2b3b4b5b6b7b8', name: 'op', kind: 2,
    startTimeUnixNano: '1700000000000000001', endTimeUnixNano: '1700000000000000999',
    attributes: [attr('user.email', { stringValue: 'x@example.org' }), attr('n', { intValue: '-5' }), attr('ok', { boolValue: true }),
      attr('list', { arrayValue: { values: [{ doubleValue: 1.5 }, { kvlistValue: { values: [attr('k', { stringValue: 'v' })] } }] } })],
    status: { code: 2, message: 'bad' } }] }] }] },
  logs: { resourceLogs: [{ resource: RESOURCE, scopeLogs: [{ scope: { name: 'tg' }, logRecords: [{
    timeUnixNano: '1700000000000000000', observedTimeUnixNano: '1700000000000000001', severityNumber: 9, severityText: 'INFO',
    body: { stringValue: 'hello' }, attributes: [attr('user.email', { stringValue: 'x@example.org' })], traceId: '0102030405060708090a0b0c0d0e0f10', spanId: 'a1a2a3a4a5a6a7a8' }] }] }] },
  metrics: { resourceMetrics: [{ resource: RESOURCE, scopeMetrics: [{ scope: { name: 'tg' }, metrics: [{
    name: 'runs', unit: '1', sum: { dataPoints: [{ attributes: [attr('cmd', { stringValue: 'build' })], timeUnixNano: '1700000000000000000', asInt: '3' }], aggregationTemporality: 2, isMonotonic: true } }] }] }] },
};

describe('OTLP protobuf', () => {
  it.each<OtlpSignal>(['traces', 'logs', 'metrics'])('round-trips a known %s request to its OTLP/JSON form', (signal) => {
    const type = otlpType(signal);
    const bytes = Buffer.from(type.encode(type.fromObject(fromJson(KNOWN[signal]) as Record<string, unknown>)).finish());
    expect(decodeOtlpProtobuf(bytes, signal)).toEqual(KNOWN[signal]);
    expect(decodeOtlpProtobuf(bytes)).toEqual(KNOWN[signal]);
    const path = `/v1/${signal}`;
    expect(decodeCapturedBody({ body: bytes, contentType: 'application/x-protobuf', contentEncoding: undefined, path })).toMatchObject({ form: 'otlp-protobuf', payloads: [KNOWN[signal]] });
    expect(decodeCapturedBody({ body: gzipSync(bytes), contentType: 'application/x-protobuf', contentEncoding: 'gzip', path }).payloads).toEqual([KNOWN[signal]]);
    expect(decodeOtlpProtobufBody(bytes, { query: undefined })).toEqual({ kind: 'payloads', payloads: [{ value: KNOWN[signal] }] });
  });

  it('survives hostile nesting (100 000 nested AnyValue arrays) without throwing', () => {
    const varint = (n: number): number[] => { const out: number[] = []; while (n > 127) { out.push((n & 127) | 128); n >>>= 7; } out.push(n); return out; };
    const headers: number[][] = [];
    let len = 2; // innermost AnyValue {bool_value: true}: 0x10 0x01
    for (let i = 0; i < 100_000; i++) {
      const tag = i % 2 === 0 ? 0x0a : 0x2a; // ArrayValue.values, AnyValue.array_value
      const h = [tag, ...varint(len)];
      headers.push(h);
      len += h.length;
    }
    const inner = Buffer.concat([...headers.reverse().map((h) => Buffer.from(h)), Buffer.from([0x10, 0x01])]);
    // Wrap as a log body: request.resource_logs → scope_logs → log_records → body.
    const wrap = (tag: number, b: Buffer): Buffer => Buffer.concat([Buffer.from([tag, ...varint(b.length)]), b]);
    const bytes = wrap(0x0a, wrap(0x12, wrap(0x12, wrap(0x2a, inner))));
    expect(decodeOtlpProtobuf(bytes, 'logs')).toBeUndefined();
    expect(() => decodeCapturedBody({ body: bytes, contentType: 'application/x-protobuf', contentEncoding: undefined, path: '/v1/logs' })).not.toThrow();
  });

  it.each<[string, Buffer]>([
    ['junk bytes', Buffer.from([0xff, 0xff, 0xff, 0x01])],
    ['an empty resource list entry', Buffer.from([0x0a, 0x00])],
  ])('keeps %s raw in the gate decoder', (_name, bytes) => {
    expect(decodeOtlpProtobufBody(bytes, { query: undefined })).toEqual({ kind: 'raw' });
  });
});
