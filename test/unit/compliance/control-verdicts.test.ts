import { describe, expect, it } from 'vitest';
import { buildComplianceReport, verdictOf, type Verdict } from '../../../src/compliance/index.js';
import type { ControlId } from '../../../src/findings/regulations.js';
import { leakyEvidence, seedPolicy } from './_fixtures.js';

describe('verdictOf', () => {
  it.each([
    { declared: true, tested: true, findings: 0, verdict: 'pass' },
    { declared: false, tested: true, findings: 0, verdict: 'pass' },
    { declared: true, tested: true, findings: 2, verdict: 'fail' },
    { declared: true, tested: false, findings: 1, verdict: 'fail' },
    { declared: false, tested: false, findings: 1, verdict: 'fail' },
    { declared: true, tested: false, findings: 0, verdict: 'declared-not-tested' },
    { declared: false, tested: false, findings: 0, verdict: 'not-declared' },
  ] as const)('declared=$declared tested=$tested findings=$findings → $verdict', ({ verdict, ...input }) => {
    expect(verdictOf(input)).toBe(verdict);
  });
});

describe('control verdicts from the leaky run (webwaka-sharing)', async () => {
  const loaded = await seedPolicy('webwaka-sharing');
  const report = buildComplianceReport({ loaded, regime: 'gdpr', evidence: leakyEvidence() });
  const byId = new Map(report.controls.map((c) => [c.id, c]));

  it.each<[ControlId, Verdict]>([
    ['allow-list', 'fail'], // prohibited-field maps to allow-list
    ['prohibited-data', 'fail'],
    ['pseudonymisation', 'pass'],
    ['aggregation', 'pass'],
    ['sampling', 'pass'],
    ['receiver-validation', 'pass'],
    ['rate-limit', 'pass'],
    ['breach', 'fail'], // secret-value maps to breach, though the policy does not declare it
    ['key-rotation', 'declared-not-tested'],
    ['retention', 'declared-not-tested'],
    ['opt-in-default', 'declared-not-tested'], // only the errored probe step listed it
    ['tls', 'declared-not-tested'],
    ['consent-record', 'not-declared'],
    ['dashboard', 'not-declared'],
  ])('%s → %s', (id, verdict) => {
    expect(byId.get(id)?.verdict).toBe(verdict);
  });

  it('counts every verdict once and lists the findings masked, sorted, with their step', () => {
    expect(report.verdicts).toEqual({ pass: 5, fail: 3, 'declared-not-tested': 10, 'not-declared': 7 });
    expect(byId.get('prohibited-data')?.findings.map((f) => [f.code, f.pointer, f.evidence])).toEqual([
      ['pii-value', '/logs/note', 'j***@e***.org'],
      ['prohibited-field', '/ip_address', '2***7(12)'],
      ['secret-value', '/metrics/debug', 'g***6(40)'],
    ]);
    expect(byId.get('prohibited-data')?.findings[0]?.step).toBe('validate:webwaka-sharing:examples/payloads/webwaka-leaky.ndjson');
    expect(report.findingsByCode).toEqual([
      { code: 'prohibited-field', count: 1 },
      { code: 'pii-value', count: 1 },
      { code: 'secret-value', count: 1 },
    ]);
  });

  it('ignores the steps of other policies', () => {
    expect(report.evidence.steps.map((s) => s.kind)).toEqual(['validate', 'fuzz-receiver', 'probe-emitter']);
    expect(report.controls.flatMap((c) => c.findings).some((f) => f.code === 'unknown-field')).toBe(false);
  });
});

describe('without evidence', async () => {
  const loaded = await seedPolicy('webwaka-sharing');
  const report = buildComplianceReport({ loaded, regime: 'nigeria', evidence: null, generatedAt: '2025-01-01T00:00:00.000Z' });

  it('has no pass and no fail: declared controls are "declared, not tested" and the report says so', () => {
    expect(report.verdicts.pass).toBe(0);
    expect(report.verdicts.fail).toBe(0);
    expect(report.controls.every((c) => c.verdict === (c.declared ? 'declared-not-tested' : 'not-declared'))).toBe(true);
    expect(report.evidence.supplied).toBe(false);
    expect(report.evidence.note).toBe('No run evidence was supplied (--evidence): every control the policy declares is "declared, not tested".');
  });
});

describe('evidence summary', async () => {
  const loaded = await seedPolicy('webwaka-sharing');

  it.each([
    ['the same policy file', (sha: string) => sha, '3 steps of the run checked policy webwaka-sharing.', true],
    ['another version of the file', () => '0'.repeat(64), '3 steps of the run checked policy webwaka-sharing; WARNING: the run used a different version of the policy file (sha256 differs).', false],
  ] as const)('notes a run that used %s', (_name, sha, note, matches) => {
    const evidence = leakyEvidence();
    const tampered = { ...evidence, policies: evidence.policies.map((p) => (p.id === 'webwaka-sharing' ? { ...p, sha256: sha(loaded.sha256) } : p)) };
    const report = buildComplianceReport({ loaded, regime: 'gdpr', evidence: tampered });
    expect(report.evidence.note).toBe(note);
    expect(report.evidence.run?.policyMatches).toBe(matches);
    expect(report.generatedAt).toBe('2025-11-20T10:00:05.000Z');
  });

  it('says so when the run has no step for the policy', async () => {
    const report = buildComplianceReport({ loaded: await seedPolicy('automagik'), regime: 'gdpr', evidence: leakyEvidence() });
    expect(report.evidence.note).toBe('The run evidence has no step for policy automagik: every control it declares is "declared, not tested".');
    expect(report.verdicts.pass + report.verdicts.fail).toBe(0);
  });
});
