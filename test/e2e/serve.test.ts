import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchReceiverCommand } from '../../src/commands/bench-receiver.js';
import type { Io } from '../../src/commands/types.js';
import { compilePolicy } from '../../src/compile/compile.js';
import { loadPolicy } from '../../src/policy/load.js';
import { startGateServer } from '../../src/serve/gate-server.js';
import { runCli } from '../helpers/run-cli.js';

const CLI = resolve('dist/cli.js');
const POLICY = 'fixtures/e2e/demo.policy.yaml';
const SECRET = 'jane.doe@example.com';
const tmp = mkdtempSync(join(tmpdir(), 'tg-serve-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly mode: string;
  /** Everything the process wrote so far. */
  output(): string;
  /** SIGTERM by PID; resolves with the exit code (SIGKILL after a fixed timeout). */
  stop(): Promise<number | null>;
}

/** Start `telemetry-gate serve ...` and read its URL line (stdout, or stderr while the CLI has no streaming stdout). */
function serve(args: readonly string[]): Promise<Running> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not print its URL in 20 s: ${text.slice(0, 300)}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      const match = /telemetry-gate serve: listening on (http:\/\/127\.0\.0\.1:\d+) \((enforce|capture)\)/.exec(text);
      if (!match) return;
      clearTimeout(timer);
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      resolvePromise({
        child, url: match[1]!, mode: match[2]!, output: () => text,
        stop: async () => {
          process.kill(child.pid!, 'SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
          const code = await exited;
          clearTimeout(kill);
          return code;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before printing its URL: ${text.slice(0, 300)}`));
    });
  });
}

const post = async (url: string, body: string): Promise<[number, string]> => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
  return [response.status, await response.text()];
};

describe('telemetry-gate serve', () => {
  it('enforces the policy on 127.0.0.1, stores to NDJSON, and exits 0 on SIGTERM', async () => {
    const store = join(tmp, 'records.ndjson');
    const running = await serve(['--policy', POLICY, '--port', '0', '--store', store]);
    try {
      expect(running.mode).toBe('enforce');
      expect(await post(`${running.url}/batch/`, readFileSync('fixtures/e2e/clean.json', 'utf8'))).toEqual([202, '{"status":"accepted","stored":1}']);
      const [status, body] = await post(`${running.url}/batch/`, JSON.stringify({ event_name: 'a.b', surface: 'api', telemetryOptIn: true, note: SECRET }));
      expect(status).toBe(422);
      expect(body).not.toContain(SECRET);
      const health = await fetch(`${running.url}/_gate/health`, { signal: AbortSignal.timeout(10_000) });
      expect(await health.json()).toEqual({ status: 'ok', mode: 'enforce', policy: 'demo' });
    } finally {
      expect(await running.stop()).toBe(0);
    }
    expect(running.output()).not.toContain(SECRET);
    expect(readFileSync(store, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('captures without a policy in capture mode', async () => {
    const running = await serve(['--mode', 'capture', '--port', '0']);
    try {
      expect((await post(`${running.url}/v1/logs`, '{not json'))[0]).toBe(200);
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });

  it.each([
    [['--mode', 'enforce'], /--policy is required in enforce mode/],
    [['--mode', 'both', '--policy', POLICY], /--mode must be enforce or capture/],
    [['--policy', POLICY, '--port', '70000'], /--port must be an integer from 0 to 65535/],
  ])('refuses %j with exit 2', async (args, message) => {
    const run = await runCli(['serve', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('bench receiver (the command, in process)', () => {
  const io = (logs: string[]): Io => ({ cwd: process.cwd(), env: {}, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), log: (l) => logs.push(l) });

  it('loads a gate server with conforming payloads: all 2xx, figures printed and written', async () => {
    const gate = await startGateServer({ compiled: compilePolicy(await loadPolicy(POLICY)), mode: 'enforce' });
    const output = join(tmp, 'bench.json');
    try {
      const logs: string[] = [];
      const result = await benchReceiverCommand.run(['--policy', POLICY, '--url', `${gate.url}/batch/`, '--duration', '1', '--connections', '2', '--pool', '8', '--output', output], io(logs));
      expect(result.stdout).toMatch(/requests\s+\d+ \(\d+ req\/s\)\n\s+latency\s+p50 [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms/);
      expect(result.exitCode).toBe(0);
      const written = JSON.parse(readFileSync(output, 'utf8')) as { policy: string; pool: number; result: { requests: number; non2xx: number; errors: number } };
      expect(written).toMatchObject({ policy: 'demo', pool: 8, result: { non2xx: 0, errors: 0 } });
      expect(written.result.requests).toBeGreaterThan(0);
      expect(gate.records().length).toBeGreaterThan(0);
    } finally {
      await gate.close();
    }
  });

  it.each([
    [['--url', 'http://example.com/batch/'], /not a loopback address; pass --allow-remote/],
    [['--url', 'https://127.0.0.1/'], /--url must be http:\/\//],
    [['--url', 'http://127.0.0.1:1/', '--duration', '0'], /--duration must be an integer from 1 to 3600/],
    [['--url', 'http://127.0.0.1:1/'], /did not answer/],
  ])('refuses %j before sending load', async (args, message) => {
    await expect(benchReceiverCommand.run(['--policy', POLICY, ...args], io([]))).rejects.toThrow(message);
  });
});
