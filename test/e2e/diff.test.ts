import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const F = 'fixtures/diff';

describe('telemetry-gate diff', () => {
  it.each<[string, string, number, string]>([
    ['adds an email field', 'add-email', 1, 'GDPR'],
    ['lengthens retention from 30 to 365 days', 'retention-365', 1, 'Art. 5(1)(e)'],
    ['only removes a field', 'remove-field', 0, '🔻 reduces'],
  ])('%s: exit %i with a PR comment naming what changed', async (_, head, code, text) => {
    const run = await runCli(['diff', `${F}/base.policy.yaml`, `${F}/${head}.policy.yaml`]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.stdout).toContain(text);
  });

  it('writes JSON whose findings name the provisions', async () => {
    const run = await runCli(['diff', '--format', 'json', `${F}/base.policy.yaml`, `${F}/add-email.policy.yaml`]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { command: string; findings: { code: string; regulations: { cite: string }[] }[] };
    expect(report.command).toBe('diff');
    expect(report.findings.map((f) => f.code)).toEqual(['collection-field-added']);
    expect(report.findings[0]?.regulations.map((r) => r.cite)).toContain('Art. 5(1)(c)');
  });

  it('exits 2 with one line on a broken policy', async () => {
    const run = await runCli(['diff', `${F}/base.policy.yaml`, `${F}/broken.policy.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
