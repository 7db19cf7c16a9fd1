import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../../src/compile/compile.js';
import { loadPolicy, parsePolicy } from '../../../src/policy/load.js';
import { startGateServer } from '../../../src/serve/gate-server.js';
import type { GateServer } from '../../../src/serve/types.js';
import { gzipBomb, postJson, send } from './_http.js';
import { CLEAN, CLEAN_TEXT, EXTRA, OPTED_OUT, SECRET } from './_demo-payloads.js';


let compiled: CompiledPolicy;
let gate: GateServer;

beforeAll(async () => {
  compiled = compilePolicy(await loadPolicy('fixtures/e2e/demo.policy.yaml'));
  gate = await startGateServer({ compiled, mode: 'enforce', maxBodyBytes: 4 << 20 });
});
afterAll(() => gate.close());
beforeEach(() => gate.reset());

const form = (data: string): string => new URLSearchParams({ data }).toString();

describe('startGateServer enforce: answers by table, never 5xx, never echoes the payload', () => {
  it.each<[string, string, Record<string, string>, string | Buffer, number, number]>([
    ['a conforming payload', '/batch/', { 'content-type': 'application/json' }, CLEAN_TEXT, 202, 1],
    ['conforming, +json type', '/v1/ingest', { 'content-type': 'application/vnd.demo+json; charset=utf-8' }, CLEAN_TEXT, 202, 1],
    ['conforming, text/plain JSON (sendBeacon)', '/i/v0/e/', { 'content-type': 'text/plain' }, CLEAN_TEXT, 202, 1],
    ['conforming, gzip', '/batch/', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(CLEAN_TEXT), 202, 1],
    ['conforming, deflate', '/batch/', { 'content-type': 'application/json', 'content-encoding': 'deflate' }, deflateSync(CLEAN_TEXT), 202, 1],
    ['conforming, br', '/batch/', { 'content-type': 'application/json', 'content-encoding': 'br' }, brotliCompressSync(CLEAN_TEXT), 202, 1],
    ['conforming, PostHog gzip-js query', '/e/?compression=gzip-js&ver=1.2.3', { 'content-type': 'text/plain' }, gzipSync(CLEAN_TEXT), 202, 1],
    ['conforming, form data=base64', '/e/', { 'content-type': 'application/x-www-form-urlencoded' }, form(Buffer.from(CLEAN_TEXT).toString('base64')), 202, 1],
    ['conforming, form data=JSON', '/e/', { 'content-type': 'application/x-www-form-urlencoded' }, form(CLEAN_TEXT), 202, 1],
    ['conforming, NDJSON of two', '/ndjson', { 'content-type': 'application/x-ndjson' }, `${CLEAN_TEXT}\n\n${CLEAN_TEXT}\n`, 202, 2],
    ['opted out: discarded', '/batch/', { 'content-type': 'application/json' }, OPTED_OUT, 202, 0],
    ['an extra field carrying an email', '/batch/', { 'content-type': 'application/json' }, EXTRA, 422, 0],
    ['NDJSON with one violating line', '/ndjson', { 'content-type': 'application/x-ndjson' }, `${CLEAN_TEXT}\n${EXTRA}\n`, 422, 0],
    ['malformed JSON', '/batch/', { 'content-type': 'application/json' }, `{"contact": "${SECRET}",`, 400, 0],
    ['malformed NDJSON line', '/ndjson', { 'content-type': 'application/x-ndjson' }, `${CLEAN_TEXT}\n{"contact": "${SECRET}"`, 400, 0],
    ['deep nesting', '/batch/', { 'content-type': 'application/json' }, `${'[{"a":'.repeat(20_000)}1${'}]'.repeat(20_000)}`, 400, 0],
    ['a corrupt gzip body', '/batch/', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, Buffer.from(`not gzip ${SECRET}`), 400, 0],
    ['an unknown content encoding', '/batch/', { 'content-type': 'application/json', 'content-encoding': 'zstd' }, CLEAN_TEXT, 415, 0],
    ['a wrong content type', '/batch/', { 'content-type': 'text/html' }, `<p>${SECRET}</p>`, 415, 0],
    ['text/plain that is not JSON', '/batch/', { 'content-type': 'text/plain' }, `hello ${SECRET}`, 415, 0],
    ['OTLP protobuf (no decoder yet)', '/v1/traces', { 'content-type': 'application/x-protobuf' }, Buffer.from([0x0a, 0x00]), 415, 0],
  ])('%s → %i', async (_name, path, headers, body, status, stored) => {
    const reply = await send(`${gate.url}${path}`, { headers, body });
    expect(reply.status).toBe(status);
    expect(reply.text).not.toContain(SECRET);
    expect(reply.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(gate.records()).toHaveLength(stored);
  });

  it('names the violated codes and pointers of a rejected payload, without its values', async () => {
    const reply = await postJson(`${gate.url}/batch/`, EXTRA);
    expect(JSON.parse(reply.text)).toEqual({
      error: 'policy-violation',
      codes: ['pii-value', 'unknown-field'],
      findings: [
        { code: 'pii-value', pointer: '/contact' },
        { code: 'unknown-field', pointer: '/contact' },
      ],
    });
    expect(gate.findings().map((f) => f.code).sort()).toEqual(['pii-value', 'unknown-field']);
    expect(JSON.stringify(gate.findings())).not.toContain(SECRET);
  });

  it('gives each NDJSON finding its line, and masks a key that is itself personal data', async () => {
    const reply = await send(`${gate.url}/n`, { headers: { 'content-type': 'application/x-ndjson' }, body: `${CLEAN_TEXT}\n{"${SECRET}": 1}\n` });
    expect(reply.status).toBe(422);
    const body = JSON.parse(reply.text) as { findings: { code: string; pointer: string; line?: number }[] };
    expect(body.findings.map((f) => f.line)).toEqual(body.findings.map(() => 2));
    expect(reply.text).not.toContain(SECRET);
  });

  it('stores an accepted payload as written and answers 202 {status: accepted}', async () => {
    const reply = await postJson(`${gate.url}/batch/?api_key=x`, CLEAN_TEXT);
    expect([reply.status, JSON.parse(reply.text)]).toEqual([202, { status: 'accepted', stored: 1 }]);
    expect(gate.records()).toMatchObject([{ seq: 1, path: '/batch/', payload: CLEAN }]);
  });

  it('answers 413 from Content-Length before reading the body', async () => {
    const small = await startGateServer({ compiled, mode: 'enforce', maxBodyBytes: 100 });
    try {
      const reply = await postJson(`${small.url}/batch/`, JSON.stringify({ ...CLEAN, error_message: 'x'.repeat(200) }));
      expect([reply.status, JSON.parse(reply.text)]).toEqual([413, { error: 'payload-too-large' }]);
    } finally {
      await small.close();
    }
  });

  it('answers 413 to a large body still being sent, without resetting the connection (fetch reads the answer)', async () => {
    const small = await startGateServer({ compiled, mode: 'enforce', maxBodyBytes: 1 << 20 });
    try {
      for (const size of [(1 << 20) + 1, 3 << 20]) {
        const response = await fetch(`${small.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(size, 0x20), signal: AbortSignal.timeout(10_000) });
        expect([response.status, await response.json()]).toEqual([413, { error: 'payload-too-large' }]);
      }
    } finally {
      await small.close();
    }
  });

  it('counts a chunked body while streaming: 413 past maxBodyBytes', async () => {
    const small = await startGateServer({ compiled, mode: 'enforce', maxBodyBytes: 1000 });
    try {
      const { stream } = gzipBomb(4); // ~4 KB of bytes as sent, no Content-Length
      const reply = await send(`${small.url}/batch/`, { headers: { 'content-type': 'application/json' }, body: stream });
      expect(reply.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('cuts off a gzip bomb (1 GiB of zeros in ~1 MB) with 413, quickly', async () => {
    const { stream, compressedBytes } = gzipBomb(1024);
    expect(compressedBytes).toBeLessThan(4 << 20);
    const reply = await send(`${gate.url}/batch/`, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: stream });
    expect([reply.status, JSON.parse(reply.text)]).toEqual([413, { error: 'payload-too-large' }]);
    expect(reply.ms).toBeLessThan(5000);
  });

  it.each([
    ['GET', '/batch/', 405],
    ['PUT', '/v1/traces', 405],
    ['DELETE', '/_gate/records', 405],
    ['GET', '/_gate/reset', 405],
    ['GET', '/_gate/nothing', 404],
    ['OPTIONS', '/batch/', 204],
  ])('%s %s → %i', async (method, path, status) => {
    const reply = await send(`${gate.url}${path}`, { method });
    expect(reply.status).toBe(status);
  });
});

describe('startGateServer /_gate/ endpoints', () => {
  it('reports health, records and findings, and resets them', async () => {
    await postJson(`${gate.url}/batch/`, CLEAN_TEXT);
    await postJson(`${gate.url}/batch/`, EXTRA);
    const get = async (path: string): Promise<unknown> => JSON.parse((await send(`${gate.url}${path}`, { method: 'GET' })).text);
    expect(await get('/_gate/health')).toEqual({ status: 'ok', mode: 'enforce', policy: 'demo' });
    expect(await get('/_gate/records')).toMatchObject([{ seq: 1, path: '/batch/', payload: CLEAN }]);
    expect(((await get('/_gate/findings')) as { code: string }[]).map((f) => f.code).sort()).toEqual(['pii-value', 'unknown-field']);
    expect((await send(`${gate.url}/_gate/reset`, { method: 'POST' })).status).toBe(200);
    expect([await get('/_gate/records'), await get('/_gate/findings')]).toEqual([[], []]);
  });
});

describe('startGateServer follows the policy receiver and consent sections', () => {
  const policyText = (extra: string): string =>
    `policy: p\nfields:\n  n: { type: integer, required: true }\n  optIn: { type: boolean }\n${extra}`;

  it.each([
    ['whenFalse reject: opted out → 422', 'consent: { payloadFlag: { field: optIn, whenFalse: reject } }\n', '{"n": 1, "optIn": false}', 422, 'policy-violation'],
    ['whenFalse discard with receiver.discard 204', 'consent: { payloadFlag: { field: optIn } }\nreceiver: { discard: [204] }\n', '{"n": 1, "optIn": false}', 204, ''],
    ['receiver.accept without 202 → its first', 'receiver: { accept: [200, 204] }\n', '{"n": 1}', 200, 'accepted'],
    ['receiver.reject without 422 → its first', 'receiver: { reject: [400] }\n', '{"n": "one"}', 400, 'policy-violation'],
  ])('%s', async (_name, extra, body, status, marker) => {
    const server = await startGateServer({ compiled: compilePolicy(parsePolicy(policyText(extra), 'p.yaml')), mode: 'enforce' });
    try {
      const reply = await postJson(`${server.url}/`, body);
      expect(reply.status).toBe(status);
      expect(reply.text).toContain(marker);
    } finally {
      await server.close();
    }
  });

  it('cuts off a request whose body never finishes (request timeout)', async () => {
    const server = await startGateServer({ compiled, mode: 'enforce', timeouts: { requestMs: 300 } });
    try {
      const { Readable } = await import('node:stream');
      const never = new Readable({ read() {} });
      never.push('{"a":');
      const reply = await send(`${server.url}/batch/`, { headers: { 'content-type': 'application/json' }, body: never, timeoutMs: 5000 });
      expect(reply.status).toBe(408);
      expect(reply.ms).toBeLessThan(3000);
      never.destroy();
    } finally {
      await server.close();
    }
  });
});
