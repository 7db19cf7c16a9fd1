import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../../src/commands/report.js';
import type { Io } from '../../../src/commands/types.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function io(env: Record<string, string> = { SOURCE_DATE_EPOCH: '1764547200' }): Io & { logs: string[] } {
  const logs: string[] = [];
  return { cwd: process.cwd(), env, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), log: (l) => logs.push(l), logs };
}

async function tmp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-report-'));
  dirs.push(dir);
  return dir;
}

const P = ['--policy', 'policies/webwaka-sharing.policy.yaml'];

describe('report command: usage errors (exit 2, one line)', () => {
  it.each([
    [['--regime', 'gdpr'], 'report: --policy is required'],
    [[...P], 'report: --regime is required'],
    [[...P, '--regime', 'eu'], 'report: --regime must be gdpr, ccpa, nigeria or all, not "eu"'],
    [[...P, '--regime', 'gdpr', '--format', 'pdf'], 'report: --format must be html, markdown or json, not "pdf"'],
    [[...P, '--regime', 'all', '--format', 'html'], 'report: --regime all with --format html needs --output DIR (one file per regime)'],
    [[...P, '--regime', 'gdpr', 'extra'], 'report: Unexpected argument'],
    [['--policy', 'policies/nope.yaml', '--regime', 'gdpr'], 'policy policies/nope.yaml cannot be read: no such file'],
    [[...P, '--regime', 'gdpr', '--evidence', 'fixtures/evidence/none.json'], 'evidence fixtures/evidence/none.json cannot be read: no such file'],
  ])('%j → %s', async (args, message) => {
    await expect(reportCommand.run(args, io())).rejects.toThrow(message);
  });
});

describe('report command: output', () => {
  it('prints one report to standard output, exit 0', async () => {
    const result = await reportCommand.run([...P, '--regime', 'nigeria', '--format', 'markdown', '--evidence', 'fixtures/evidence/leaky.evidence.json'], io());
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[2]).toContain('**NDPA 2023 / GAID 2025**');
    expect(result.stdout).toContain('generated 2025-12-01T00:00:00.000Z');
  });

  it('prints a JSON array for --regime all without --output', async () => {
    const result = await reportCommand.run([...P, '--regime', 'all', '--format', 'json'], io());
    expect((JSON.parse(result.stdout) as { regime: string }[]).map((r) => r.regime)).toEqual(['gdpr', 'ccpa', 'nigeria']);
  });

  it.each([
    ['out', 'out'],
    ['out/ignored.html', 'out'],
  ])('--regime all --output %s writes <dir>/<policy-id>.<regime>.html into %s', async (output, dir) => {
    const root = await tmp();
    const run = io();
    const result = await reportCommand.run([...P, '--regime', 'all', '--format', 'html', '--output', join(root, output)], run);
    expect(result).toEqual({ stdout: '', exitCode: 0 });
    expect((await readdir(join(root, dir))).sort()).toEqual(['webwaka-sharing.ccpa.html', 'webwaka-sharing.gdpr.html', 'webwaka-sharing.nigeria.html']);
    expect(run.logs.length).toBe(3);
    expect(await readFile(join(root, dir, 'webwaka-sharing.nigeria.html'), 'utf8')).toContain('<p class="heading">NDPA 2023 / GAID 2025</p>');
  });

  it('--regime all uses the regimes the policy names', async () => {
    const root = await tmp();
    await reportCommand.run(['--policy', 'policies/sahasrahbot.policy.yaml', '--regime', 'all', '--format', 'markdown', '--output', root], io());
    expect(await readdir(root)).toEqual(['sahasrahbot.gdpr.md']);
  });

  it('writes a single regime to exactly --output', async () => {
    const root = await tmp();
    const file = join(root, 'nested', 'r.json');
    await reportCommand.run([...P, '--regime', 'ccpa', '--format', 'json', '--output', file], io());
    expect((JSON.parse(await readFile(file, 'utf8')) as { heading: string }).heading).toBe('CCPA / CPRA (+ 11 CCR § 7000 ff.)');
  });
});
