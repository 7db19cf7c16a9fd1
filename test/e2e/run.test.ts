import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/types.js';
import { checkEvidence } from '../../src/compliance/index.js';
import { CONTROLS } from '../../src/findings/regulations.js';
import { makeCanaries } from '../../src/probe/canary.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

/** `telemetry-gate run ARGS` on the built CLI, with a fixed clock, ended by its PID after a fixed timeout. */
function run(args: readonly string[], timeoutMs = 120_000): Promise<CliRun> {
  return runCli(['run', ...args], { env: { SOURCE_DATE_EPOCH: '1700000000' }, timeoutMs });
}

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv>) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync('fixtures/schemas/sarif-schema-2.1.0.json', 'utf8')));
const REGIME_FILES = [
  'automagik.gdpr', 'automagik.ccpa', 'common-fate.gdpr', 'common-fate.ccpa', 'sahasrahbot.gdpr',
  'webwaka-sharing.gdpr', 'webwaka-sharing.ccpa', 'webwaka-sharing.nigeria', 'wiretuner.gdpr', 'wiretuner.ccpa',
].flatMap((name) => [`${name}.html`, `${name}.md`]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tg-run-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (sub: string, name: string): Promise<string> => readFile(join(dir, sub, name), 'utf8');

describe('run: the shipped config', () => {
  let result: CliRun;
  beforeAll(async () => {
    result = await run(['--reports', join(dir, 'shipped')]);
  }, 150_000);

  it('exits 0 with one ✔ line per step on standard error and writes every file', async () => {
    expect(result.stderr).not.toMatch(/telemetry-gate:|✖ (?!lint:)/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^telemetry-gate run: ✔ no finding at or above error in gating steps; \d+ steps over 5 policies\./);
    const files = (await readdir(join(dir, 'shipped'))).sort();
    expect(files).toEqual(['evidence.json', 'junit.xml', 'results.sarif', 'summary.md', ...REGIME_FILES].sort());
  });

  it('evidence.json follows the contract and covers every seed policy and every step kind', async () => {
    const evidence = checkEvidence(JSON.parse(await read('shipped', 'evidence.json')), 'evidence.json') as Evidence;
    expect(Object.keys(evidence).sort()).toEqual(['format', 'outcome', 'policies', 'run', 'steps', 'tool']);
    expect(evidence.run.startedAt).toBe('2023-11-14T22:13:20.000Z');
    expect(evidence.run.config).toMatchObject({ file: 'telemetry-gate.config.yaml' });
    expect(evidence.run.commands).toEqual(evidence.steps.map((s) => s.command));
    expect(evidence.run.seeds).toEqual(expect.arrayContaining([0, 1, 2, 3, 4]));
    expect(evidence.policies.map((p) => [p.id, p.file, p.regimes])).toEqual([
      ['automagik', 'policies/automagik.policy.yaml', ['gdpr', 'ccpa']],
      ['common-fate', 'policies/common-fate.policy.yaml', ['gdpr', 'ccpa']],
      ['sahasrahbot', 'policies/sahasrahbot.policy.yaml', ['gdpr']],
      ['webwaka-sharing', 'policies/webwaka-sharing.policy.yaml', ['gdpr', 'ccpa', 'nigeria']],
      ['wiretuner', 'policies/wiretuner.policy.yaml', ['gdpr', 'ccpa']],
    ]);
    expect(new Set(evidence.steps.map((s) => s.kind))).toEqual(new Set(['lint', 'test', 'validate', 'fuzz-receiver', 'probe-emitter', 'bench-receiver']));
    for (const step of evidence.steps) {
      expect(step.tested.every((c) => Object.hasOwn(CONTROLS, c))).toBe(true);
      expect(step.status === 'pass' || step.advisory === true).toBe(true);
    }
    // The seed policies' over-claims are in the evidence, as advisory lint findings.
    expect(evidence.steps.filter((s) => s.kind === 'lint').flatMap((s) => s.findings.map((f) => f.code))).toContain('overclaim');
    expect(evidence.outcome).toEqual({ summary: { findings: 0, error: 0, warning: 0, info: 0, byCode: {} }, exitCode: 0 });
    const bench = evidence.steps.find((s) => s.kind === 'bench-receiver');
    expect(bench?.figures?.['rps']).toBeGreaterThan(0);
  });

  it('results.sarif is one log that validates against the SARIF 2.1.0 schema', async () => {
    const log = JSON.parse(await read('shipped', 'results.sarif')) as { runs: { results: unknown[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const evidence = JSON.parse(await read('shipped', 'evidence.json')) as Evidence;
    expect(log.runs[0]?.results).toHaveLength(evidence.steps.reduce((n, s) => n + s.findings.length, 0));
  });

  it('junit.xml parses, has one testsuite per step, and its counts add up', async () => {
    const xml = await read('shipped', 'junit.xml');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property', 'failure'].includes(name) }).parse(xml) as {
      testsuites: { tests: string; failures: string; errors: string; testsuite: { name: string; tests: string; failures: string; testcase: { failure?: unknown[] }[] }[] };
    };
    const evidence = JSON.parse(await read('shipped', 'evidence.json')) as Evidence;
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(evidence.steps.map((s) => s.id));
    for (const suite of suites) expect(Number(suite.tests)).toBe(suite.testcase.length);
    expect(Number(parsed.testsuites.tests)).toBe(suites.reduce((n, s) => n + s.testcase.length, 0));
    expect(Number(parsed.testsuites.failures)).toBe(0);
    expect(Number(parsed.testsuites.errors)).toBe(0);
  });

  it('summary.md has the verdict, the tables, the exact commands and the links', async () => {
    const summary = await read('shipped', 'summary.md');
    expect(summary.split('\n')[0]).toBe('# telemetry-gate run: ✅ passed');
    expect(summary).toContain('| `sahasrahbot` | gdpr |');
    expect(summary).toMatch(/\| `probe-emitter:automagik:automagik-example` \| ✅ pass \|.*`telemetry-gate probe emitter --policy policies\/automagik\.policy\.yaml --env OTEL_EXPORTER_OTLP_ENDPOINT=\{url\} -- node examples\/emitters\/automagik-emitter\.mjs` \|/);
    expect(summary).toContain('[html](webwaka-sharing.nigeria.html)');
    // A receiver started on port 0 is recorded with its start command and `{url}`, so the reports are reproducible.
    expect(summary).toContain('`node dist/cli.js serve --policy policies/wiretuner.policy.yaml --mode enforce --port 0 & telemetry-gate fuzz receiver --policy policies/wiretuner.policy.yaml --url {url} --runs 5 --seed 1` |');
  });

  it('stopped every receiver it started', async () => {
    const ports = [...result.stderr.matchAll(/^ {2}receiver reference \(pid \d+\) serves http:\/\/127\.0\.0\.1:(\d+)$/gm)].map((m) => m[1]);
    expect(ports).toHaveLength(5);
    for (const port of ports) {
      await expect(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    }
  });
});

describe('run: the leaky example', () => {
  const canaries = makeCanaries(7);
  const RAW = ['jane.leaky@example.org', 'glpat-Leaky7Tok3nExample9xYz', ...canaries.list.map((c) => c.value)];
  let first: CliRun;
  beforeAll(async () => {
    first = await run(['--config', 'examples/leaky/telemetry-gate.config.yaml', '--reports', join(dir, 'leaky1')]);
  }, 60_000);

  it('exits 1 and its summary shows why, masked', async () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^✖ validate:sahasrahbot:payloads\/sahasrahbot-leaky\.ndjson .*2 error/m);
    const summary = await read('leaky1', 'summary.md');
    expect(summary.split('\n')[0]).toMatch(/^# telemetry-gate run: ❌ failed \(\d+ findings at or above error\)$/);
    expect(summary).toContain('| error | `pii-value` | `validate:sahasrahbot:payloads/sahasrahbot-leaky.ndjson` | `examples/leaky/payloads/sahasrahbot-leaky.ndjson:2 /error_type` | Value of "error\\_type" holds personal data (EMAIL). | `j***@e***.org` |');
    expect(summary).toMatch(/\| error \| `secret-value` \|.*\| `g\*\*\*z\(28\)` \|/);
    expect(summary).toMatch(/\| error \| `canary-leak` \| `probe-emitter:automagik:email-in-attribute` \|/);
  });

  it('no file under the reports dir repeats a leaked value or a canary', async () => {
    expect(canaries.list.length).toBeGreaterThan(3);
    for (const name of await readdir(join(dir, 'leaky1'))) {
      const text = await read('leaky1', name);
      for (const raw of RAW) expect(text.includes(raw), `${name} holds a raw leaked value`).toBe(false);
    }
  });

  it('with the same SOURCE_DATE_EPOCH the per-regime reports are byte-identical across two runs', async () => {
    const second = await run(['--config', 'examples/leaky/telemetry-gate.config.yaml', '--reports', join(dir, 'leaky2')]);
    expect(second.code).toBe(1);
    const names = (await readdir(join(dir, 'leaky1'))).filter((n) => /\.(gdpr|ccpa|nigeria)\.(html|md)$/.test(n)).sort();
    expect(names).toEqual(['automagik.ccpa.html', 'automagik.ccpa.md', 'automagik.gdpr.html', 'automagik.gdpr.md', 'common-fate.ccpa.html', 'common-fate.ccpa.md', 'common-fate.gdpr.html', 'common-fate.gdpr.md', 'sahasrahbot.gdpr.html', 'sahasrahbot.gdpr.md']);
    for (const name of names) expect(await read('leaky2', name), name).toBe(await read('leaky1', name));
  }, 60_000);
});

describe('run: the tool cannot do its job (exit 2)', () => {
  it('a broken config: every problem with file:line:col, no reports', async () => {
    const config = join(dir, 'broken.yaml');
    await writeFile(config, 'version: 1\npolicies:\n  - policy: p.yaml\n    receivers:\n      - name: r\n    colour: red\n');
    const r = await run(['--config', config, '--reports', join(dir, 'broken')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.yaml:5:9 /policies/0/receivers/0 must have a "url" or a "command"');
    expect(r.stderr).toContain('broken.yaml:6:5 /policies/0/colour unknown key "colour"');
    expect(existsSync(join(dir, 'broken'))).toBe(false);
  });

  it('a receiver command that fails to start: a one-line reason, the reports still written', async () => {
    const config = join(dir, 'dead.yaml');
    await writeFile(config, [
      'version: 1', 'policies:', `  - policy: ${resolve('policies/sahasrahbot.policy.yaml')}`, '    lint: false',
      '    receivers:', '      - name: dead', "        command: [node, -e, 'process.exit(3)']", '',
    ].join('\n'));
    const r = await run(['--config', config, '--reports', join(dir, 'dead')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^telemetry-gate: run: 1 step\(s\) could not run, first fuzz-receiver:sahasrahbot:dead: run: receiver sahasrahbot\/dead: node -e 'process\.exit\(3\)' exited before serving \(exit code 3\) \(reports in .*\/dead\/\)$/m);
    const evidence = JSON.parse(await read('dead', 'evidence.json')) as Evidence;
    expect(evidence.outcome.exitCode).toBe(2);
    expect(evidence.steps.map((s) => [s.id, s.status])).toEqual([['fuzz-receiver:sahasrahbot:dead', 'error']]);
  });
});
