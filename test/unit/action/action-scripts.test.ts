// Runs the bash bodies of action.yml's steps as the runner would (env in, $GITHUB_OUTPUT and
// $GITHUB_STEP_SUMMARY out): `run` with the built CLI on a one-payload config, `diff` and the
// verdict with a fake CLI that exits as told.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly run?: string;
}
const steps = (parse(readFileSync('action.yml', 'utf8')) as { runs: { steps: Step[] } }).runs.steps;
const script = (match: (s: Step) => boolean): string => steps.find(match)?.run ?? '';
const tmp = mkdtempSync(join(tmpdir(), 'tg-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CLI = resolve('dist/cli.js');
const FAKE_CLI = join(tmp, 'fake-cli.mjs');
writeFileSync(
  FAKE_CLI,
  `import { writeFileSync } from 'node:fs';
const out = process.argv.find((a) => a.startsWith('--output='));
if (out) writeFileSync(out.slice(9), '| Change |\\n|---|\\n| adds field email |\\n');
process.exit(Number(process.env.FAKE_CODE ?? 0));
`,
);

let counter = 0;
/** Run one step body in `cwd` with `env`; returns its exit status, outputs and what it added to the summary. */
function runStep(body: string, env: Record<string, string>, cwd = tmp): { status: number | null; outputs: Record<string, string>; summary: string; stdout: string } {
  counter += 1;
  const output = join(tmp, `output-${counter}`);
  const summary = join(tmp, `summary-${counter}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const result = spawnSync('bash', ['-c', body], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_ACTION_PATH: resolve('.'), ...env },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { status: result.status, outputs, summary: readFileSync(summary, 'utf8'), stdout: result.stdout };
}

function config(name: string, payload: string): string {
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(file, `version: 1\npolicies:\n  - policy: ${resolve('policies/sahasrahbot.policy.yaml')}\n    lint: false\n    payloads: ['${resolve(payload)}']\n`);
  return file;
}

describe('action.yml step scripts', () => {
  it('install: skips npm when dist/cli.js is present and outputs the CLI path', () => {
    const step = runStep(script((s) => s.id === 'install'), {});
    expect(step.status).toBe(0);
    expect(step.outputs).toEqual({ cli: CLI });
  });

  it.each([
    ['clean', 'fixtures/events/sahasrahbot/valid/preset-invoke.json', '0'],
    ['leaky', 'fixtures/events/sahasrahbot/invalid/user-agent.json', '1'],
  ])('run: a %s payload (%s) gives exit-code %s, report paths and the summary, without failing the step', (name, payload, code) => {
    const reports = `reports-${name}`;
    const step = runStep(script((s) => s.id === 'run'), { TG_CLI: CLI, TG_CONFIG: config(name, payload), TG_FAIL_ON: 'error', TG_REPORTS: reports });
    expect(step.status).toBe(0);
    expect(step.outputs).toEqual({
      'exit-code': code,
      summary: join(tmp, reports, 'summary.md'),
      sarif: join(tmp, reports, 'results.sarif'),
      'sarif-written': 'true',
    });
    expect(step.summary).toBe(readFileSync(join(tmp, reports, 'summary.md'), 'utf8'));
  });

  it('run: a missing config gives exit-code 2 and says so in the summary', () => {
    const step = runStep(script((s) => s.id === 'run'), { TG_CLI: CLI, TG_CONFIG: 'no-such.yaml', TG_FAIL_ON: 'error', TG_REPORTS: 'reports-missing' });
    expect(step.outputs['exit-code']).toBe('2');
    expect(step.outputs['sarif-written']).toBe('false');
    expect(step.summary).toBe('telemetry-gate run wrote no summary (exit code 2).\n');
  });

  it.each([
    ['0', 'false'],
    ['1', 'true'],
    ['2', 'false'],
  ])('diff: exit %s means collection-expanded=%s', (code, expanded) => {
    const step = runStep(script((s) => s.id === 'diff'), { TG_CLI: FAKE_CLI, TG_DIFF_BASE: 'origin/main', TG_REPORTS: `reports-diff-${code}`, FAKE_CODE: code });
    expect(step.status).toBe(0);
    expect(step.outputs).toEqual({ 'exit-code': code, 'collection-expanded': expanded, diff: join(tmp, `reports-diff-${code}`, 'diff.md') });
    expect(step.summary).toContain('## Policy changes against `origin/main`');
    expect(step.summary).toContain('adds field email');
  });

  it('diff: a hostile ref stays data (no command substitution, no backticks in the heading)', () => {
    const step = runStep(script((s) => s.id === 'diff'), { TG_CLI: FAKE_CLI, TG_DIFF_BASE: '$(touch pwned)`id`', TG_REPORTS: 'reports-hostile', FAKE_CODE: '0' });
    expect(step.status).toBe(0);
    expect(spawnSync('test', ['-e', join(tmp, 'pwned')]).status).toBe(1);
    expect(step.summary).toContain('## Policy changes against `$(touch pwned)id`');
  });

  it.each([
    ['run clean, no diff', 0, { TG_RUN_CODE: '0', TG_DIFF_CODE: '', TG_EXPANDED: '', TG_FAIL_ON_EXPANSION: 'false' }],
    ['run found violations', 1, { TG_RUN_CODE: '1', TG_DIFF_CODE: '0', TG_EXPANDED: 'false', TG_FAIL_ON_EXPANSION: 'false' }],
    ['run could not run', 2, { TG_RUN_CODE: '2', TG_DIFF_CODE: '', TG_EXPANDED: '', TG_FAIL_ON_EXPANSION: 'false' }],
    ['run step never reported', 2, { TG_RUN_CODE: '', TG_DIFF_CODE: '', TG_EXPANDED: '', TG_FAIL_ON_EXPANSION: 'false' }],
    ['diff could not run', 2, { TG_RUN_CODE: '0', TG_DIFF_CODE: '2', TG_EXPANDED: 'false', TG_FAIL_ON_EXPANSION: 'false' }],
    ['collection expands, review by label', 0, { TG_RUN_CODE: '0', TG_DIFF_CODE: '1', TG_EXPANDED: 'true', TG_FAIL_ON_EXPANSION: 'false' }],
    ['collection expands, fail-on-expansion', 1, { TG_RUN_CODE: '0', TG_DIFF_CODE: '1', TG_EXPANDED: 'true', TG_FAIL_ON_EXPANSION: 'true' }],
  ] as const)('verdict: %s exits %i', (_label, status, env) => {
    const step = runStep(script((s) => s.name === 'Verdict'), env);
    expect(step.status).toBe(status);
  });
});
