import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceStep } from '../../../src/evidence/types.js';
import { makeFinding } from '../../../src/findings/make.js';
import { summarize } from '../../../src/findings/summary.js';
import { renderSummary, TOP_FINDINGS } from '../../../src/run/render-summary.js';

const leak = makeFinding({ code: 'pii-value', message: 'Value of "error_type" holds personal data (EMAIL).', input: 'p/leaky.ndjson', line: 2, pointer: '/error_type', entity: 'EMAIL', evidence: 'j***@e***.org' });
const overclaim = makeFinding({ code: 'overclaim', message: 'title says "anonymous" | but it is not.', input: 'policies/s.policy.yaml', pointer: '/title' });

const step = (over: Partial<EvidenceStep> & Pick<EvidenceStep, 'id' | 'kind'>): EvidenceStep => ({
  policy: 's', command: 'telemetry-gate x', status: 'pass', records: 1, tested: [], summary: summarize(over.findings ?? []), findings: [], durationMs: 1234, ...over,
});

function evidence(steps: EvidenceStep[], exitCode: 0 | 1 | 2): Evidence {
  const gating = steps.filter((s) => !s.advisory).flatMap((s) => s.findings).filter((f) => f.severity === 'error');
  return {
    format: 'telemetry-gate-evidence/1',
    tool: { name: 'telemetry-gate', version: '0.1.0' },
    run: { startedAt: '2024-01-01T00:00:00.000Z', endedAt: '2024-01-01T00:00:00.000Z', node: 'v20.0.0', platform: 'linux-x64', config: { file: 'c.yaml', sha256: 'ab' }, failOn: 'error', seeds: [1], commands: steps.map((s) => s.command) },
    policies: [{ id: 's', file: 'policies/s.policy.yaml', sha256: 'cd', regimes: ['gdpr'] }],
    steps,
    outcome: { summary: summarize(gating), exitCode },
  };
}

const LINKS = { sarif: 'results.sarif', junit: 'junit.xml', evidence: 'evidence.json', compliance: [{ policy: 's', regime: 'gdpr' as const, html: 's.gdpr.html', markdown: 's.gdpr.md' }] };

describe('renderSummary', () => {
  const failing = evidence([
    step({ id: 'lint:s', kind: 'lint', advisory: true, tested: ['records-dpia'], findings: [overclaim], command: 'telemetry-gate lint policies/s.policy.yaml' }),
    step({ id: 'validate:s:p/*.ndjson', kind: 'validate', status: 'fail', records: 2, tested: ['allow-list', 'prohibited-data'], findings: [leak], command: "telemetry-gate validate --policy policies/s.policy.yaml 'p/a|b.ndjson'" }),
  ], 1);
  const text = renderSummary(failing, LINKS);

  it.each([
    ['the verdict line', '# telemetry-gate run: ❌ failed (1 finding at or above error)'],
    ['the policy row with its reports', '| `s` | gdpr | 2 | 1 / 1 / 0 | ❌ fail | gdpr: [html](s.gdpr.html) · [md](s.gdpr.md) |'],
    ['an advisory step row', '| 1 | `lint:s` | ✅ pass (advisory) | 1 | 0 / 1 / 0 | records-dpia | 1.2 s | `telemetry-gate lint policies/s.policy.yaml` |'],
    ['a failing step with its exact command, pipes escaped', "| 2 | `validate:s:p/*.ndjson` | ❌ fail | 2 | 1 / 0 / 0 | allow-list, prohibited-data | 1.2 s | `telemetry-gate validate --policy policies/s.policy.yaml 'p/a\\|b.ndjson'` |"],
    ['the top finding with masked evidence, gating first', '| error | `pii-value` | `validate:s:p/*.ndjson` | `p/leaky.ndjson:2 /error_type` | Value of "error\\_type" holds personal data (EMAIL). | `j***@e***.org` |'],
    ['an advisory finding after it, escaped', '| warning | `overclaim` | `lint:s` | `policies/s.policy.yaml /title` | title says "anonymous" \\| but it is not. |  |'],
    ['links to the other files', '- [results.sarif](results.sarif): SARIF 2.1.0, every finding'],
    ['links to the per-regime reports', '- `s` GDPR: [s.gdpr.html](s.gdpr.html), [s.gdpr.md](s.gdpr.md)'],
  ])('has %s', (_, line) => {
    expect(text.split('\n')).toContain(line);
  });

  it('puts gating findings before advisory ones', () => {
    expect(text.indexOf('`pii-value`')).toBeLessThan(text.indexOf('`overclaim`'));
  });

  it('passes, lists "No findings" and tells a step that could not run', () => {
    const passed = renderSummary(evidence([step({ id: 'lint:s', kind: 'lint' })], 0), { ...LINKS, compliance: [] });
    expect(passed.split('\n')).toEqual(expect.arrayContaining(['# telemetry-gate run: ✅ passed', 'No findings.']));
    const broken = renderSummary(evidence([step({ id: 'fuzz-receiver:s:ref', kind: 'fuzz-receiver', status: 'error', error: 'run: receiver s/ref: node x did not print its URL within 10 ms' })], 2), LINKS);
    expect(broken.split('\n')).toEqual(expect.arrayContaining([
      '# telemetry-gate run: ⛔ could not complete (1 step(s) could not run)',
      '- `fuzz-receiver:s:ref`: run: receiver s/ref: node x did not print its URL within 10 ms',
    ]));
  });

  it(`lists at most ${TOP_FINDINGS} findings and counts the rest`, () => {
    const many = Array.from({ length: TOP_FINDINGS + 3 }, (_, i) => ({ ...leak, line: i + 1 }));
    const text = renderSummary(evidence([step({ id: 'v', kind: 'validate', status: 'fail', findings: many })], 1), LINKS);
    expect(text.split('\n').filter((l) => l.startsWith('| error | `pii-value`'))).toHaveLength(TOP_FINDINGS);
    expect(text).toContain('3 more in evidence.json and results.sarif.');
  });
});
