import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../../src/compile/compile.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { startGateServer } from '../../../src/serve/gate-server.js';
import type { GateServer } from '../../../src/serve/types.js';
import { postJson, send } from './_http.js';

const CLEAN = { event_name: 'discord.generator.invoke', surface: 'discord', telemetryOptIn: true };
const tmp = mkdtempSync(join(tmpdir(), 'tg-serve-'));
let compiled: CompiledPolicy;
let bare: GateServer;

beforeAll(async () => {
  compiled = compilePolicy(await loadPolicy('fixtures/e2e/demo.policy.yaml'));
  bare = await startGateServer({ mode: 'capture' });
});
afterAll(async () => {
  await bare.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => bare.reset());

describe('capture mode: accepts everything and records each exchange', () => {
  it('redacts credentials in headers and query, keeps the rest and the decoded body', async () => {
    const body = JSON.stringify({ api_key: 'phc_public', batch: [CLEAN] });
    const reply = await send(`${bare.url}/batch/?api_key=phc_x&token=t0k&ver=1.2.3`, {
      headers: {
        'content-type': 'application/json', 'content-encoding': 'gzip', authorization: 'Bearer s3cr3t-value',
        cookie: 'sid=abc', 'x-api-key': 'k3y', 'x-posthog-token': 'tk', 'user-agent': 'posthog-node/5.0.0',
      },
      body: gzipSync(body),
    });
    expect(reply.status).toBe(200);
    const [exchange] = bare.exchanges();
    expect(exchange).toMatchObject({
      method: 'POST', path: '/batch/', status: 200, contentType: 'application/json', contentEncoding: 'gzip',
      query: { api_key: '[redacted]', token: '[redacted]', ver: '1.2.3' },
      headers: { authorization: '[redacted]', cookie: '[redacted]', 'x-api-key': '[redacted]', 'x-posthog-token': '[redacted]', 'user-agent': 'posthog-node/5.0.0' },
    });
    expect(exchange?.body.toString('utf8')).toBe(body);
    expect(exchange?.bodyBytes).toBe(gzipSync(body).length);
    expect(JSON.stringify(bare.exchanges())).not.toMatch(/s3cr3t|k3y|sid=abc|t0k/);
    expect(bare.records()).toMatchObject([{ path: '/batch/', payload: { batch: [CLEAN] } }]);
  });

  it.each<[string, Record<string, string>, string | Buffer, number, string | undefined]>([
    ['malformed JSON', { 'content-type': 'application/json' }, '{"a":', 200, 'malformed'],
    ['OTLP protobuf bytes, kept raw', { 'content-type': 'application/x-protobuf' }, Buffer.from([0x0a, 0x02, 0x08, 0x01]), 200, undefined],
    ['an unknown type', { 'content-type': 'image/png' }, 'PNG', 200, 'unsupported'],
    ['a corrupt gzip body', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'nope', 200, 'bad-encoding'],
  ])('%s → 200, recorded', async (_name, headers, body, status, problem) => {
    const reply = await send(`${bare.url}/v1/traces`, { headers, body });
    expect(reply.status).toBe(status);
    const [exchange] = bare.exchanges();
    expect(exchange?.problem).toBe(problem);
    expect(bare.records()).toEqual([]);
  });

  it('answers an OTLP protobuf export with an empty protobuf message and keeps its bytes', async () => {
    const bytes = Buffer.from([0x0a, 0x02, 0x08, 0x01]);
    const reply = await send(`${bare.url}/v1/logs`, { headers: { 'content-type': 'application/x-protobuf' }, body: bytes });
    expect([reply.status, reply.headers['content-type'], reply.text]).toEqual([200, 'application/x-protobuf', '']);
    expect(bare.exchanges()[0]?.body).toEqual(bytes);
    const listed = JSON.parse((await send(`${bare.url}/_gate/exchanges`, { method: 'GET' })).text) as { body: string }[];
    expect(listed[0]?.body).toBe(bytes.toString('base64'));
  });

  it('still refuses a body over its size limit (413), recording the attempt', async () => {
    const small = await startGateServer({ mode: 'capture', maxBodyBytes: 10 });
    try {
      expect((await postJson(`${small.url}/x`, JSON.stringify(CLEAN))).status).toBe(413);
      expect(small.exchanges()).toMatchObject([{ status: 413, problem: 'too-large' }]);
    } finally {
      await small.close();
    }
  });

  it('with a policy: validates what it captures, stores the findings, never rejects', async () => {
    const gate = await startGateServer({ compiled, mode: 'capture' });
    try {
      const reply = await postJson(`${gate.url}/batch/`, JSON.stringify({ ...CLEAN, user_id: 'u-1' }));
      expect(reply.status).toBe(200);
      expect(gate.findings().map((f) => f.code)).toContain('prohibited-field');
      expect(gate.records()).toHaveLength(1);
    } finally {
      await gate.close();
    }
  });
});

describe('the NDJSON store', () => {
  it('appends one line per accepted payload and truncates on reset', async () => {
    const file = join(tmp, 'nested', 'store.ndjson');
    const gate = await startGateServer({ compiled, mode: 'enforce', store: { kind: 'ndjson', path: file } });
    await postJson(`${gate.url}/a`, JSON.stringify(CLEAN));
    await postJson(`${gate.url}/b`, JSON.stringify({ ...CLEAN, telemetryOptIn: false }));
    await postJson(`${gate.url}/c`, JSON.stringify(CLEAN));
    await gate.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number; path: string });
    expect(lines.map((l) => `${l.seq} ${l.path}`)).toEqual(['1 /a', '2 /c']);

    const again = await startGateServer({ compiled, mode: 'enforce', store: { kind: 'ndjson', path: file } });
    await again.reset();
    await again.close();
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('refuses a store path it cannot create, as a tool error', async () => {
    await expect(startGateServer({ compiled, mode: 'enforce', store: { kind: 'ndjson', path: '/proc/nope/store.ndjson' } })).rejects.toThrow(/serve: cannot open the store file/);
  });
});
