import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceStep } from '../../../src/evidence/types.js';
import { makeFinding } from '../../../src/findings/make.js';
import { summarize } from '../../../src/findings/summary.js';
import { renderJunit } from '../../../src/run/render-junit.js';

const pii = (line: number) => makeFinding({ code: 'pii-value', message: 'Value of "x" holds personal data (EMAIL).', input: 'p.ndjson', line, pointer: '/x', evidence: 'j***@e***.org' });
const warn = makeFinding({ code: 'overclaim', message: 'over-claim <&>', input: 'policy.yaml', pointer: '/title' });
const step = (over: Partial<EvidenceStep> & Pick<EvidenceStep, 'id' | 'kind'>): EvidenceStep => ({
  policy: 's', command: 'c', status: 'pass', records: 1, tested: [], summary: summarize(over.findings ?? []), findings: [], durationMs: 1500, ...over,
});
const evidence = (steps: EvidenceStep[]): Evidence => ({
  format: 'telemetry-gate-evidence/1', tool: { name: 'telemetry-gate', version: '0.1.0' },
  run: { startedAt: 'a', endedAt: 'b', node: 'v20', platform: 'linux', config: null, failOn: 'error', seeds: [], commands: [] },
  policies: [], steps, outcome: { summary: summarize([]), exitCode: 1 },
});

interface Suite { name: string; tests: string; failures: string; errors: string; testcase: { name: string; failure?: unknown[]; error?: unknown; 'system-out'?: string }[] }
const parse = (xml: string): { tests: string; failures: string; errors: string; testsuite: Suite[] } =>
  (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase', 'failure'].includes(n) }).parse(xml) as { testsuites: never }).testsuites;

describe('renderJunit', () => {
  const xml = renderJunit(evidence([
    step({ id: 'lint:s', kind: 'lint', advisory: true, status: 'fail', findings: [makeFinding({ code: 'consent-default-on', message: 'on', input: 'policy.yaml', pointer: '' }), warn] }),
    step({ id: 'validate:s:p', kind: 'validate', status: 'fail', findings: [pii(2), pii(2), pii(5), warn] }),
    step({ id: 'test:s', kind: 'test', status: 'fail' }),
    step({ id: 'fuzz-receiver:s:r', kind: 'fuzz-receiver', status: 'error', error: 'run: receiver s/r: x exited before serving (exit code 3)' }),
    step({ id: 'bench-receiver:s:r', kind: 'bench-receiver' }),
  ]));
  const root = parse(xml);

  it.each([
    ['lint:s', { tests: '1', failures: '0', errors: '0' }],
    ['validate:s:p', { tests: '3', failures: '2', errors: '0' }],
    ['test:s', { tests: '1', failures: '1', errors: '0' }],
    ['fuzz-receiver:s:r', { tests: '1', failures: '0', errors: '1' }],
    ['bench-receiver:s:r', { tests: '1', failures: '0', errors: '0' }],
  ])('suite %s has %o', (name, counts) => {
    const suite = root.testsuite.find((s) => s.name === name);
    expect({ tests: suite?.tests, failures: suite?.failures, errors: suite?.errors }).toEqual(counts);
  });

  it('adds up the totals, one suite per step in order', () => {
    expect(root.testsuite.map((s) => s.name)).toEqual(['lint:s', 'validate:s:p', 'test:s', 'fuzz-receiver:s:r', 'bench-receiver:s:r']);
    expect([root.tests, root.failures, root.errors]).toEqual(['7', '3', '1']);
  });

  it('puts advisory and below-fail-on findings in system-out, and groups by input line', () => {
    const validate = root.testsuite.find((s) => s.name === 'validate:s:p');
    expect(validate?.testcase.map((c) => [c.name, c.failure?.length ?? 0])).toEqual([['p.ndjson:2', 2], ['p.ndjson:5', 1], ['policy.yaml', 0]]);
    expect(validate?.testcase[2]?.['system-out']).toBe('warning overclaim /title: over-claim <&>');
    expect(xml).toContain('over-claim &lt;&amp;&gt;');
  });
});
