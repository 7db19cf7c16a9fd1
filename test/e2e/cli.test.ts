import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const POLICY = 'fixtures/e2e/demo.policy.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'tg-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function codesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { code: string; pointer: string }[] }).findings.map((f) => `${f.code} ${f.pointer}`).sort();
}

describe('telemetry-gate validate', () => {
  it('exits 0 on a clean event', async () => {
    const run = await runCli(['validate', '--policy', POLICY, 'fixtures/e2e/clean.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('exits 1 with every violation, each with a pointer into the payload', async () => {
    const run = await runCli(['validate', '--policy', POLICY, '--format', 'json', 'fixtures/e2e/violations.json']);
    expect(run.code).toBe(1);
    expect(codesOf(run.stdout)).toEqual([
      'invalid-value /duration_ms',
      'not-pseudonymised /guild_hash',
      'opted-out-payload /telemetryOptIn',
      'sample-rate-out-of-range /sample_rate',
      'too-precise-timestamp /day_bucket',
      'unknown-field /extra',
    ]);
  });

  it('gives each NDJSON finding its 1-based line', async () => {
    const run = await runCli(['validate', '--policy', POLICY, '--format', 'json', 'fixtures/e2e/mixed.ndjson']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { records: number; findings: { code: string; line: number; pointer: string }[] };
    expect(report.records).toBe(3);
    expect(report.findings.map((f) => `${f.line} ${f.code} ${f.pointer}`)).toEqual(['2 prohibited-field /userId', '3 invalid-value /surface']);
  });

  it('reads stdin when the input is -', async () => {
    const run = await runCli(['validate', '--policy', POLICY, '-'], { stdin: readFileSync('fixtures/e2e/clean.json') });
    expect(run.code).toBe(0);
  });

  it('--fail-on decides the exit code, not the findings alone', async () => {
    const warnPolicy = join(tmp, 'warn.policy.yaml');
    writeFileSync(warnPolicy, readFileSync(POLICY, 'utf8').replace('unknownFields: reject', 'unknownFields: warn'));
    const event = join(tmp, 'extra.json');
    writeFileSync(event, JSON.stringify({ event_name: 'a.b', surface: 'api', telemetryOptIn: true, extra: 1 }));
    expect((await runCli(['validate', '--policy', warnPolicy, event])).code).toBe(0);
    expect((await runCli(['validate', '--policy', warnPolicy, '--fail-on', 'warning', event])).code).toBe(1);
  });

  it('writes the report to --output and prints nothing', async () => {
    const out = join(tmp, 'out', 'report.json');
    const run = await runCli(['validate', '--policy', POLICY, '--format', 'json', '--output', out, 'fixtures/e2e/violations.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.findings).toBe(6);
  });
});

describe('tool errors exit 2 with one line', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^telemetry-gate: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['a missing --policy', ['validate', 'fixtures/e2e/clean.json']],
    ['no input', ['validate', '--policy', POLICY]],
    ['an unknown flag', ['validate', '--policy', POLICY, '--nope', 'x.json']],
    ['a bad --format', ['validate', '--policy', POLICY, '--format', 'pdf', 'fixtures/e2e/clean.json']],
    ['a missing input file', ['validate', '--policy', POLICY, 'fixtures/e2e/nope.json']],
    ['a missing policy file', ['validate', '--policy', 'nope.yaml', 'fixtures/e2e/clean.json']],
  ])('%s', async (_name, args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    if (args.length > 0) oneLine(run.stderr);
  });

  it('a policy with a typo names its line', async () => {
    const run = await runCli(['validate', '--policy', 'fixtures/policies/invalid/typo-key.yaml', 'fixtures/e2e/clean.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fixtures/policies/invalid/typo-key.yaml:4:1 /retension unknown key "retension"');
  });

  it('malformed JSON never echoes the input', async () => {
    const run = await runCli(['validate', '--policy', POLICY, '-'], { stdin: '{"email": "jane.doe@example.com", oops}' });
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).not.toContain('jane');
  });
});

describe('hostile payloads: exit 2 or findings, never a crash or hang', () => {
  it.each([
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), [2]],
    ['100k-deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, [2]],
    ['100k-deep objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, [2]],
    ['a 50 MB string', `{"event_name":"a.b","surface":"api","telemetryOptIn":true,"error_message":"${'x'.repeat(50 * 1024 * 1024)}"}`, [1]],
    ['huge numbers', '{"event_name":"a.b","surface":"api","telemetryOptIn":true,"duration_ms":1e400,"sample_rate":-1e400}', [1]],
    ['a top-level scalar', '42', [2]],
    ['an empty input', '', [2]],
  ])('%s', async (_name, stdin, codes) => {
    const run = await runCli(['validate', '--policy', POLICY, '-'], { stdin, timeoutMs: 60_000 });
    expect(codes).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (run.code === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);

  it('__proto__ and constructor keys are findings, not prototype pollution', async () => {
    const stdin = '{"event_name":"a.b","surface":"api","telemetryOptIn":true,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}';
    const run = await runCli(['validate', '--policy', POLICY, '--format', 'json', '-'], { stdin });
    expect(run.code).toBe(1);
    expect(codesOf(run.stdout)).toEqual(['unknown-field /__proto__', 'unknown-field /constructor']);
  });
});

describe('telemetry-gate compile', () => {
  it('writes schema, types and a standalone validator', async () => {
    const out = join(tmp, 'compiled');
    const run = await runCli(['compile', '--policy', POLICY, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('demo.schema.json');
    expect(readFileSync(join(out, 'demo.d.ts'), 'utf8')).toContain('export interface DemoEvent');
    expect(readFileSync(join(out, 'demo.validate.mjs'), 'utf8')).toContain('export const validate');
  });
});
