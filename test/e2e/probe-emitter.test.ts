import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';

const POLICY = 'policies/automagik.policy.yaml';
const ENDPOINT = ['--env', 'OTEL_EXPORTER_OTLP_ENDPOINT={url}'];

interface JsonReport {
  findings: { code: string; input: string; message: string }[];
  tables?: { title: string; columns: string[]; rows: (string | number)[][] }[];
}

/** The built CLI's `probe` command. */
function probe(args: readonly string[], timeoutMs = 30_000): Promise<CliRun> {
  return runCli(['probe', ...args], { timeoutMs });
}

function codesOf(run: CliRun): string[] {
  return [...new Set((JSON.parse(run.stdout) as JsonReport).findings.map((f) => f.code))].sort();
}

let dir: string;
const scenarioFile = async (name: string, yaml: string): Promise<string> => {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, yaml);
  return file;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tg-probe-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('probe emitter: the Automagik example', () => {
  it('passes the correct emitter over the whole policy-derived matrix (exit 0, matrix in JSON)', async () => {
    const run = await probe(['emitter', '--policy', POLICY, ...ENDPOINT, '--format', 'json', '--', 'node', 'examples/emitters/automagik-emitter.mjs']);
    expect(run.stderr).not.toMatch(/telemetry-gate:/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings).toEqual([]);
    const matrix = report.tables?.find((t) => t.title === 'Consent matrix');
    expect(matrix?.columns).toEqual(['scenario', 'variables', 'expected', 'requests', 'bytes', 'files written to HOME', 'exit', 'verdict']);
    expect(matrix?.rows.length).toBe(20);
    const enabled = matrix?.rows.find((r) => r[0] === 'enable AUTOMAGIK_TELEMETRY_ENABLED=true');
    expect(enabled?.slice(2, 4)).toEqual(['send', 1]);
    expect(matrix?.rows.filter((r) => r[3] !== 0).length).toBe(1);
  });

  it('passes the correct emitter under DO_NOT_TRACK (a user scenario file)', async () => {
    const file = await scenarioFile('dnt-ok', "- name: dnt\n  env: { AUTOMAGIK_TELEMETRY_ENABLED: 'true', DO_NOT_TRACK: '1' }\n  expect: silent\n");
    const run = await probe(['emitter', '--policy', POLICY, ...ENDPOINT, '--scenarios', file, '--', 'node', 'examples/emitters/automagik-emitter.mjs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Consent matrix/);
  });

  it('flags an explicit enable that overrides CI over the derived matrix', async () => {
    const run = await probe(['emitter', '--policy', POLICY, ...ENDPOINT, '--format', 'json', '--', 'node', 'examples/emitters/bugs/enable-overrides-ci.mjs']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    // The emitter believes it is on: it sends and writes its id file.
    expect(codesOf(run)).toEqual(['egress-without-consent', 'state-written-without-consent']);
    expect(report.findings.filter((f) => f.code === 'egress-without-consent').map((f) => f.input)).toEqual([
      'CI CI=true + enable', 'CI GITHUB_ACTIONS=true + enable', 'CI TRAVIS=true + enable',
      'CI JENKINS=true + enable', 'CI GITLAB_CI=true + enable', 'CI CIRCLECI=true + enable',
      // As in the real SDK, the enable switch returns early: it also beats the dev environment and the opt-out file.
      'dev ENVIRONMENT=development + enable', 'dev ENVIRONMENT=dev + enable', 'dev ENVIRONMENT=test + enable',
      'dev ENVIRONMENT=testing + enable', 'opt-out file ~/.automagik-no-telemetry + enable',
    ]);
    expect(report.findings[0]?.message).toBe('1 request(s) made although consent is absent or withdrawn; first: POST /v1/traces');
  });

  const ENABLE = "AUTOMAGIK_TELEMETRY_ENABLED: 'true'";
  it.each([
    ['opt-out-file-ignored', `- name: opt-out file\n  env: { ${ENABLE} }\n  files: { '~/.automagik-no-telemetry': '' }\n  expect: silent\n`, ['egress-without-consent', 'state-written-without-consent']],
    ['dnt-ignored', `- name: dnt\n  env: { ${ENABLE}, DO_NOT_TRACK: '1' }\n  expect: silent\n`, ['egress-without-consent', 'state-written-without-consent']],
    ['id-file-while-disabled', `- name: nothing set\n  env: {}\n  expect: silent\n`, ['state-written-without-consent']],
    ['email-in-attribute', `- name: enabled\n  env: { ${ENABLE} }\n  expect: send\n`, ['canary-leak', 'pii-value', 'prohibited-field']],
    ['canary-in-url', `- name: enabled\n  env: { ${ENABLE} }\n  expect: send\n`, ['canary-leak', 'pii-value']],
  ])('flags the planted bug %s with its code (exit 1)', async (bug, yaml, codes) => {
    const file = await scenarioFile(bug, yaml);
    const run = await probe(['emitter', '--policy', POLICY, ...ENDPOINT, '--scenarios', file, '--format', 'json', '--', 'node', `examples/emitters/bugs/${bug}.mjs`]);
    expect(run.code).toBe(1);
    expect(codesOf(run)).toEqual(codes);
    // The canary email (…@example.org) appears only masked (e***@e***.org).
    expect(run.stdout).not.toMatch(/@example\.org/);
  });
});

describe('probe emitter: hostile emitters', () => {
  const ONE = "- name: enabled\n  env: { AUTOMAGIK_TELEMETRY_ENABLED: 'true', PIDFILE: PIDS }\n  expect: send\n";

  it.each([
    ['hang', 0, 'timeout', 'consent-not-honoured'],
    ['stdout-flood', 0, '0', 'consent-not-honoured'],
    ['big-body', 1, undefined, 'invalid-value'],
    ['malformed-body', 1, undefined, 'invalid-value'],
  ])('%s: ends with exit %s and verdict %s/%s, within bounds', async (name, code, exit, verdict) => {
    const file = await scenarioFile(name, ONE.replace('PIDS', join(dir, 'unused.txt')));
    const started = Date.now();
    const run = await probe(['emitter', '--policy', POLICY, ...ENDPOINT, '--timeout', '1', '--scenarios', file, '--format', 'json', '--', 'node', `test/helpers/emitters/${name}.mjs`]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(code);
    const row = (JSON.parse(run.stdout) as JsonReport).tables?.[0]?.rows[0];
    if (exit !== undefined) expect(row?.[6]).toBe(exit);
    expect(row?.[7]).toBe(verdict);
  });

  it('ends children that outlive the emitter (the whole process group)', async () => {
    const pids = join(dir, 'pids.txt');
    const file = await scenarioFile('fork', ONE.replace('PIDS', pids));
    const run = await probe(['emitter', '--policy', POLICY, '--timeout', '2', '--scenarios', file, '--', 'node', 'test/helpers/emitters/fork-children.mjs']);
    expect(run.code).toBe(0);
    const listed = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
    expect(listed.length).toBe(3);
    await new Promise((r) => setTimeout(r, 200));
    // Ended processes may linger as zombies until their new parent reaps them: those count as ended.
    const alive = listed.filter((pid) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  });

  it('exits 2 when the command cannot be started, and when "--" is missing', async () => {
    const missing = await probe(['emitter', '--policy', POLICY, '--', 'tg-no-such-command-xyz']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot run tg-no-such-command-xyz: ENOENT/);
    const noCommand = await probe(['emitter', '--policy', POLICY]);
    expect(noCommand.code).toBe(2);
  });
});
