import { afterEach, describe, expect, it } from 'vitest';
import { fuzzCommand, parseHeaders } from '../../../src/commands/fuzz.js';
import type { Io } from '../../../src/commands/types.js';
import { compilePolicy } from '../../../src/compile/compile.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { startReceiver, type TestReceiver } from '../../helpers/receivers.js';

const POLICY = 'fixtures/e2e/demo.policy.yaml';
const logs: string[] = [];
const io: Io = { cwd: process.cwd(), env: {}, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), log: (l) => logs.push(l) };

let receiver: TestReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  logs.length = 0;
});

describe('fuzz receiver command', () => {
  it('reports findings with seed, path and replay; exit code 1', async () => {
    receiver = await startReceiver(compilePolicy(await loadPolicy(POLICY)), 'crash-on-malformed');
    const result = await fuzzCommand.run(['receiver', '--policy', POLICY, '--url', receiver.url, '--runs', '3', '--seed', '7', '--format', 'json', '--header', 'Authorization: Bearer x'], io);
    const report = JSON.parse(result.stdout) as { command: string; seed: number; replay: string; findings: { code: string; path: string; replay: string }[] };
    expect(result.exitCode).toBe(1);
    expect([report.command, report.seed, report.replay]).toEqual(['fuzz receiver', 7, `telemetry-gate fuzz receiver --policy ${POLICY} --url ${receiver.url} --seed 7`]);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ['receiver-error', 'malformed-json:0:0'],
      ['receiver-error', 'empty-body:0'],
    ]);
    expect(report.findings[0]!.replay).toBe(`${report.replay} --path malformed-json:0:0`);
  });

  it('exits 0 against a correct receiver and names --insecure in its output', async () => {
    receiver = await startReceiver(compilePolicy(await loadPolicy(POLICY)), 'correct');
    const result = await fuzzCommand.run(['receiver', '--policy', POLICY, '--url', receiver.url, '--runs', '2', '--insecure'], io);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--insecure');
    expect(logs).toContain('telemetry-gate: warning: --insecure: TLS certificates of the receiver are NOT verified');
  });

  it.each([
    [['--policy', POLICY, '--url', 'http://127.0.0.1:1'], /fuzz: usage: telemetry-gate fuzz receiver/],
    [['receiver', '--url', 'http://127.0.0.1:1'], /--policy is required/],
    [['receiver', '--policy', POLICY, '--url', 'http://127.0.0.1:1', '--runs', '0'], /--runs must be an integer from 1 to 10000/],
    [['receiver', '--policy', POLICY, '--url', 'http://127.0.0.1:1', '--timeout', 'soon'], /--timeout must be an integer/],
    [['receiver', '--policy', POLICY, '--url', 'http://127.0.0.1:1', '--header', 'nocolon'], /--header must look like "Name: value"/],
    [['receiver', '--policy', POLICY, '--url', 'https://example.com/'], /not a loopback address; pass --allow-remote/],
  ])('%j is a usage error', async (args, message) => {
    await expect(fuzzCommand.run(args, io)).rejects.toThrow(message);
  });

  it('parses headers', () => {
    expect(parseHeaders(['Authorization: Bearer a:b', 'X-Api-Key:k'])).toEqual({ authorization: 'Bearer a:b', 'x-api-key': 'k' });
  });
});
