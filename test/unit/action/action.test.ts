import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly if?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}
interface Action {
  readonly inputs: Readonly<Record<string, { readonly default?: string; readonly description?: string }>>;
  readonly outputs: Readonly<Record<string, { readonly value?: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}
interface Job {
  readonly needs?: string | readonly string[];
  readonly permissions?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: unknown;
  readonly permissions?: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, Job>>;
}

const load = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;
const action = load<Action>('action.yml');
const example = load<Workflow>('examples/workflows/privacy-gate.yml');
const ci = load<Workflow>('.github/workflows/ci.yml');
const docs = readFileSync('docs/github-action.md', 'utf8');
const FILES: readonly (readonly [string, readonly Step[]])[] = [
  ['action.yml', action.runs.steps],
  ['examples/workflows/privacy-gate.yml', Object.values(example.jobs).flatMap((j) => j.steps)],
  ['.github/workflows/ci.yml', Object.values(ci.jobs).flatMap((j) => j.steps)],
];
const remoteUses = FILES.flatMap(([file, steps]) => steps.filter((s) => s.uses !== undefined && !s.uses.startsWith('./')).map((s) => [file, s.uses!] as const));
const runBodies = FILES.flatMap(([file, steps]) => steps.filter((s) => s.run !== undefined).map((s) => [file, s.name ?? s.run!.slice(0, 30), s.run!] as const));

describe('action.yml', () => {
  it('is a composite action whose every run step uses bash', () => {
    expect(action.runs.using).toBe('composite');
    const runs = action.runs.steps.filter((s) => s.run !== undefined);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.map((s) => s.shell)).toEqual(runs.map(() => 'bash'));
  });

  it.each([
    ['config', 'telemetry-gate.config.yaml'],
    ['fail-on', 'error'],
    ['upload-sarif', 'true'],
    ['diff-base', ''],
    ['fail-on-expansion', 'false'],
    ['working-directory', '.'],
  ])('has input %s defaulting to %j', (name, value) => {
    expect(action.inputs[name]?.default).toBe(value);
  });

  it('exposes exit-code, summary, sarif and collection-expanded', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['exit-code', 'summary', 'sarif', 'collection-expanded']));
  });

  it('installs and builds in the action path only when dist/cli.js is missing', () => {
    const install = action.runs.steps[0]?.run ?? '';
    expect(install).toContain('cd "$GITHUB_ACTION_PATH"');
    expect(install).toMatch(/if \[ ! -f dist\/cli\.js \]; then\s+npm ci[^\n]*\n\s+npm run build/);
  });

  it('runs `run` with the config and fail-on, summarises, and uploads SARIF with upload-sarif', () => {
    const script = action.runs.steps.find((s) => s.id === 'run')?.run ?? '';
    expect(script).toContain('run --config="$TG_CONFIG" --fail-on="$TG_FAIL_ON"');
    expect(script).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(action.runs.steps.find((s) => s.id === 'diff')?.run).toContain('diff --git="$TG_DIFF_BASE"');
  });

  it.each(Object.keys(action.inputs))('documents input %s in docs/github-action.md', (name) => {
    expect(docs).toContain(`| \`${name}\` |`);
  });

  it.each(Object.keys(action.outputs))('documents output %s in docs/github-action.md', (name) => {
    expect(docs).toContain(`| \`${name}\` |`);
  });
});

describe('workflows and action: supply chain and script injection', () => {
  it('finds the third-party actions it checks', () => {
    expect(remoteUses.length).toBeGreaterThanOrEqual(5);
  });

  it.each(remoteUses)('%s pins %s by a full commit SHA', (_file, uses) => {
    expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it.each(runBodies)('%s step %j interpolates no expression into its script', (_file, _name, body) => {
    expect(body).not.toContain('${{ inputs.');
    expect(body).not.toMatch(/\$\{\{/);
  });

  it.each(runBodies)('%s step %j is valid bash (bash -n)', (_file, _name, body) => {
    const check = spawnSync('bash', ['-n'], { input: body, encoding: 'utf8', timeout: 5_000 });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('examples/workflows/privacy-gate.yml', () => {
  const job = Object.values(example.jobs)[0]!;
  const gate = job.steps.find((s) => s.id === 'gate');

  it('gates pull requests, re-running when labels change', () => {
    expect(example.on).toEqual({ pull_request: { types: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled'] } });
  });

  it('checks out full history, sets up node and diffs against the base branch', () => {
    expect(job.steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(job.steps[0]?.with).toEqual({ 'fetch-depth': 0 });
    expect(job.steps[1]?.uses).toMatch(/^actions\/setup-node@/);
    expect(gate?.with?.['diff-base']).toBe('origin/${{ github.base_ref }}');
  });

  it('grants contents: read and security-events: write', () => {
    expect(job.permissions).toMatchObject({ contents: 'read', 'security-events': 'write' });
    expect(example.permissions).toEqual({ contents: 'read' });
  });

  it('requires the privacy-review label when collection expands', () => {
    const label = job.steps.find((s) => s.if?.includes('collection-expanded'));
    expect(label?.if).toBe("always() && steps.gate.outputs.collection-expanded == 'true' && !contains(github.event.pull_request.labels.*.name, 'privacy-review')");
    expect(label?.run).toContain('exit 1');
  });
});

describe('.github/workflows/ci.yml', () => {
  const [name, job] = Object.entries(ci.jobs).find(([, j]) => j.steps.some((s) => s.uses === './')) ?? [];

  it('runs the action (uses: ./) on the shipped example config after the test job', () => {
    expect(name).toBe('privacy-gate');
    expect(job?.needs).toBe('test');
    expect(job?.steps.find((s) => s.uses === './')?.with?.['config']).toBe('telemetry-gate.config.yaml');
    expect(job?.permissions).toMatchObject({ contents: 'read', 'security-events': 'write' });
  });

  it('keeps the workflow-wide token read-only', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
  });
});
