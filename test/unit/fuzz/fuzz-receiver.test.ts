import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePolicy, type CompiledPolicy } from '../../../src/compile/compile.js';
import { isToolError } from '../../../src/errors.js';
import type { Finding } from '../../../src/findings/finding.js';
import { fuzzReceiver } from '../../../src/fuzz/fuzz-receiver.js';
import { loadPolicy, parsePolicy } from '../../../src/policy/load.js';
import { startGateServer } from '../../../src/serve/index.js';
import { startReceiver, type TestReceiver } from '../../helpers/receivers.js';

const DEMO_TEXT = readFileSync('fixtures/e2e/demo.policy.yaml', 'utf8');
const demo = compilePolicy(parsePolicy(DEMO_TEXT, 'demo.policy.yaml'));
const demoReject = compilePolicy(parsePolicy(DEMO_TEXT.replace('whenFalse: discard', 'whenFalse: reject'), 'demo-reject.policy.yaml'));

let open: TestReceiver | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function fuzz(compiled: CompiledPolicy, kind: Parameters<typeof startReceiver>[1], extra: { inspect?: boolean; timeoutMs?: number } = {}) {
  open = await startReceiver(compiled, kind);
  return fuzzReceiver({
    compiled,
    url: open.url,
    runs: 5,
    seed: 20_240_601,
    timeoutMs: extra.timeoutMs ?? 3000,
    ...(extra.inspect ? { inspectUrl: open.inspectUrl } : {}),
  });
}

const byCase = (findings: readonly Finding[]) => Object.fromEntries(findings.map((f) => [f.path?.split(':')[0] ?? 'stored', f.code]));

describe('fuzzReceiver against receivers that get one thing wrong', () => {
  it('finds nothing wrong with a correct receiver', async () => {
    const result = await fuzz(demo, 'correct', { inspect: true });
    expect(result.findings).toEqual([]);
    expect(result.cases).toBeGreaterThan(50);
    expect(result.seed).toBe(20_240_601);
  });

  it('accept-everything: every violation class and every protocol abuse is receiver-accepted-violation', async () => {
    const result = await fuzz(demo, 'accept-everything');
    expect(byCase(result.findings)).toEqual({
      'unknown-field': 'receiver-accepted-violation',
      'prohibited-field': 'receiver-accepted-violation',
      'pii-value': 'receiver-accepted-violation',
      'secret-value': 'receiver-accepted-violation',
      'unsalted-hash': 'receiver-accepted-violation',
      'not-pseudonymised': 'receiver-accepted-violation',
      'too-precise-timestamp': 'receiver-accepted-violation',
      'sample-rate-out-of-range': 'receiver-accepted-violation',
      'consent-flag-missing': 'receiver-accepted-violation',
      'invalid-value': 'receiver-accepted-violation',
      'missing-field': 'receiver-accepted-violation',
      'malformed-json': 'receiver-accepted-violation',
      'not-a-record': 'receiver-accepted-violation',
      'empty-body': 'receiver-accepted-violation',
      'wrong-content-type': 'receiver-accepted-violation',
      oversize: 'receiver-accepted-violation',
      'deep-nesting': 'receiver-accepted-violation',
      'gzip-bomb': 'receiver-accepted-violation',
    });
  });

  it('accept-everything + unknown field: the counterexample is shrunk to the required fields plus the unknown one', async () => {
    const result = await fuzz(demo, 'accept-everything');
    const finding = result.findings.find((f) => f.path?.startsWith('unknown-field:'))!;
    const keys = Object.keys(JSON.parse(finding.evidence!) as object).sort();
    expect(keys).toEqual(['event_name', 'surface', 'telemetryOptIn', finding.field!].sort());
    expect(finding.message).toMatch(/^Receiver answered 202 to a payload with unknown field at \/\w+ \(shrunk to 4 fields\); the policy expects a rejection \(4xx\)\.$/);
    expect(finding.replay).toBe(`telemetry-gate fuzz receiver --policy demo.policy.yaml --url ${open!.url} --seed 20240601 --path ${finding.path}`);
  });

  it('accept-opted-out: caught as an accepted violation when the policy says reject', async () => {
    const result = await fuzz(demoReject, 'accept-opted-out');
    expect(result.findings.map((f) => [f.code, f.path?.split(':')[0]])).toEqual([['receiver-accepted-violation', 'opted-out-payload']]);
  });

  it('accept-opted-out: caught through --inspect when the policy says discard', async () => {
    const result = await fuzz(demo, 'accept-opted-out', { inspect: true });
    expect(result.findings.map((f) => [f.code, f.message])).toEqual([
      ['receiver-stored-violation', 'Receiver stored 5 items that break the policy (opted-out-payload), the first at index 5.'],
    ]);
  });

  it('crash-on-malformed: a 500 on malformed JSON is receiver-error', async () => {
    const result = await fuzz(demo, 'crash-on-malformed');
    expect(byCase(result.findings)).toEqual({ 'malformed-json': 'receiver-error', 'empty-body': 'receiver-error' });
    expect(result.findings[0]!.message).toBe('Receiver answered 500 to a malformed JSON body; the policy expects a 4xx answer.');
  });

  it('hang: the timeout fires, the run stops once the receiver is down, sockets are closed', async () => {
    const started = performance.now();
    const result = await fuzz(demo, 'hang', { timeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(new Set(result.findings.map((f) => f.code))).toEqual(new Set(['receiver-error']));
    expect(result.findings[0]!.message).toMatch(/^Receiver gave no complete answer within 200 ms to /);
    expect(result.notes[0]).toMatch(/^the receiver stopped answering \(3 timeouts or resets in a row\); \d+ case\(s\) were not run$/);
  });

  it('echo-400: repeating payload values in an error answer is receiver-error, and our message quotes none', async () => {
    const result = await fuzz(demo, 'echo-400');
    expect(new Set(result.findings.map((f) => f.code))).toEqual(new Set(['receiver-error']));
    const pii = result.findings.find((f) => f.path?.startsWith('pii-value:'))!;
    expect(pii.message).toMatch(/^Receiver repeated values of the payload in its 422 answer to a payload with [A-Z_]+ \(.+\) at \/error_message \(shrunk to 4 fields\)/);
    expect(pii.evidence).toMatch(/"error_message":".\*\*\*.\(\d+\)"/);
  });
});

describe('replay', () => {
  it('--path replays the shrunk counterexample of a finding', async () => {
    open = await startReceiver(demo, 'accept-everything');
    const first = await fuzzReceiver({ compiled: demo, url: open.url, runs: 5, seed: 99 });
    const finding = first.findings.find((f) => f.path?.startsWith('prohibited-field:'))!;
    const again = await fuzzReceiver({ compiled: demo, url: open.url, seed: 99, path: finding.path! });
    expect(again.findings.map((f) => [f.code, f.path, f.evidence, f.message])).toEqual([[finding.code, finding.path, finding.evidence, finding.message]]);
    expect(again.cases).toBe(1);
  });
});

describe('refusals', () => {
  it('refuses a non-loopback URL without --allow-remote (nothing is sent)', async () => {
    await expect(fuzzReceiver({ compiled: demo, url: 'http://192.0.2.10:8080/' })).rejects.toThrow(/not a loopback address; pass --allow-remote/);
  });

  it('an unreachable receiver is a ToolError url-unreachable', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await fuzzReceiver({ compiled: demo, url: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(isToolError(error) && error.code).toBe('url-unreachable');
  });
});

describe('fuzz receiver against serve --mode enforce', () => {
  const seeds = readdirSync('policies').filter((f) => f.endsWith('.policy.yaml'));
  it.each(seeds)('%s: no findings', async (file) => {
    const compiled = compilePolicy(await loadPolicy(`policies/${file}`));
    const gate = await startGateServer({ compiled, mode: 'enforce' });
    try {
      const result = await fuzzReceiver({ compiled, url: gate.url, runs: 5, seed: 1, inspectUrl: `${gate.url}/_gate/records` });
      expect(result.findings.map((f) => `${f.code} ${f.path ?? ''} ${f.message}`)).toEqual([]);
      expect(result.notes).toEqual([]);
    } finally {
      await gate.close();
    }
  });
});
