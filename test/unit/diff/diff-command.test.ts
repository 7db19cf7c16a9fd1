import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { diffCommand } from '../../../src/commands/diff.js';
import type { Io } from '../../../src/commands/types.js';
import { BASE_TEXT, edit } from './_policies.js';

const io = (cwd: string): Io => ({ cwd, env: {}, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), log: () => undefined });
const ROOT = resolve('.');
const F = 'fixtures/diff';
const run = (args: string[], cwd = ROOT) => diffCommand.run(args, io(cwd));

const schema = JSON.parse(readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => Ajv2020)(ajv);
const validate = ajv.compile(schema);

describe('diff BASE HEAD', () => {
  it.each<[string, string, 0 | 1, string]>([
    ['adds an email field', 'add-email', 1, 'New field "email" (personal data: EMAIL-like name)'],
    ['lengthens retention 30 → 365 days', 'retention-365', 1, 'Retention detailDays 30 days → 365 days'],
    ['only removes a field', 'remove-field', 0, 'Field "legacy\\_flag" is removed'],
    ['changes nothing', 'base', 0, 'no change to collection'],
  ])('%s: exit %i, markdown by default', async (_, head, code, text) => {
    const result = await run([`${F}/base.policy.yaml`, `${F}/${head}.policy.yaml`]);
    expect(result.exitCode).toBe(code);
    expect(result.stdout).toContain(text);
  });

  it('names the provisions in every format, and the JSON report matches its schema', async () => {
    const json = await run(['--format', 'json', `${F}/base.policy.yaml`, `${F}/add-email.policy.yaml`]);
    const report = JSON.parse(json.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'collection-field-added', input: `${F}/add-email.policy.yaml`, line: 14, pointer: '/fields/email' });
    expect(report.findings[0].regulations).toContainEqual({ regime: 'gdpr', cite: 'Art. 5(1)(c)', confidence: 'T' });
    const retention = JSON.parse((await run(['--format', 'json', `${F}/base.policy.yaml`, `${F}/retention-365.policy.yaml`])).stdout);
    expect(retention.findings[0].regulations).toContainEqual({ regime: 'gdpr', cite: 'Art. 5(1)(e)', confidence: 'T' });
    for (const format of ['sarif', 'junit', 'text', 'github']) {
      const out = await run(['--format', format, `${F}/base.policy.yaml`, `${F}/add-email.policy.yaml`]);
      expect(out.exitCode).toBe(1);
      expect(out.stdout).toContain('collection-field-added');
    }
  });

  it.each<[string, string[], string]>([
    ['a broken policy', [`${F}/base.policy.yaml`, `${F}/broken.policy.yaml`], 'diff: policy fixtures/diff/broken.policy.yaml is invalid (1 problem): fixtures/diff/broken.policy.yaml:14:1 /unknownFields must be one of: reject, warn, allow'],
    ['a missing policy', [`${F}/base.policy.yaml`, `${F}/nope.policy.yaml`], 'nope.policy.yaml'],
    ['one policy only', [`${F}/base.policy.yaml`], 'diff: give BASE_POLICY HEAD_POLICY, or --git REF [POLICY...]'],
  ])('fails with one line (exit 2) on %s', async (_, args, message) => {
    const error = await run(args).then(() => undefined, (e: unknown) => e as { name: string; message: string; details: string[] });
    expect(error?.name).toBe('ToolError');
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain('\n');
    expect(error?.details).toEqual([]);
  });
});

describe('diff --git REF', () => {
  const repo = mkdtempSync(join(tmpdir(), 'tg-diff-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.test', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  const policy = join(repo, 'policies', 'x.policy.yaml');
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  beforeEach(() => {
    rmSync(join(repo, 'policies'), { recursive: true, force: true });
    mkdirSync(join(repo, 'policies'));
    writeFileSync(policy, BASE_TEXT);
  });
  git('init', '-q');
  mkdirSync(join(repo, 'policies'));
  writeFileSync(policy, BASE_TEXT);
  git('add', '.');
  git('commit', '-q', '-m', 'base policy');

  it('exits 1 when the working tree adds an email field, and names it', async () => {
    writeFileSync(policy, edit(['  legacy_flag: { type: boolean }\n', '  legacy_flag: { type: boolean }\n  email: { type: string }\n']));
    const result = await run(['--git', 'HEAD'], repo);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('**Base** `HEAD` · **Head** `working tree` · **DPIA review:** yes');
    expect(result.stdout).toContain('`policies/x.policy.yaml`:14 `/fields/email`');
  });

  it('exits 0 when nothing changed or a field is only removed (named policy)', async () => {
    expect((await run(['--git', 'HEAD'], repo)).exitCode).toBe(0);
    writeFileSync(policy, edit(['  legacy_flag: { type: boolean }\n', '']));
    const result = await run(['--git', 'HEAD', 'policies/x.policy.yaml'], repo);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('🔻 reduces');
  });

  it('treats a policy new in the working tree as all-new collection and a deleted one as a reduction', async () => {
    writeFileSync(join(repo, 'policies', 'y.policy.yaml'), 'policy: y\nfields:\n  ip_address: { type: string }\n');
    const added = JSON.parse((await run(['--git', 'HEAD', '--format', 'json'], repo)).stdout);
    expect(added.findings.map((f: { code: string; input: string; pointer: string }) => `${f.code} ${f.input} ${f.pointer}`)).toEqual(['collection-field-added policies/y.policy.yaml /fields/ip_address']);
    unlinkSync(join(repo, 'policies', 'y.policy.yaml'));
    unlinkSync(policy);
    const deleted = await run(['--git', 'HEAD'], repo);
    expect(deleted.exitCode).toBe(0);
    expect(deleted.stdout).toContain('Policy "diff-example" is deleted');
  });

  it.each([['no-such-ref'], ['--upload-pack=x'], ['HEAD~5']])('fails with exit 2 on a bad ref %s', async (ref) => {
    await expect(run([`--git=${ref}`], repo)).rejects.toMatchObject({ name: 'ToolError', code: 'usage' });
  });
});
