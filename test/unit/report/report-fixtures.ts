import type { FindingInit } from '../../../src/findings/make.js';
import { makeFinding } from '../../../src/findings/make.js';
import { summarize } from '../../../src/findings/summary.js';
import type { Report } from '../../../src/report/report.js';

/** Build a report around findings, computing the summary the way commands do. */
export function reportOf(findings: readonly FindingInit[], extra: Partial<Report> = {}): Report {
  const built = findings.map((f) => makeFinding(f, ['gdpr', 'ccpa', 'nigeria']));
  return {
    tool: { name: 'telemetry-gate', version: '0.1.0' },
    command: 'validate',
    policy: { id: 'sahasrahbot', file: 'policies/sahasrahbot.policy.yaml', sha256: 'a'.repeat(64) },
    inputs: ['fixtures/events/a.ndjson'],
    records: 12,
    failOn: 'error',
    summary: summarize(built),
    findings: built,
    ...extra,
  };
}

/** A clean run: no findings. */
export const CLEAN: Report = reportOf([]);

/** Two errors and a warning (`unknownFields: warn`) in one NDJSON input, with masked evidence. */
export const MIXED: Report = reportOf([
  { code: 'pii-value', message: 'Field "note" holds an email address.', input: 'fixtures/events/a.ndjson', line: 3, pointer: '/note', entity: 'EMAIL', evidence: 'j***@e***.com' },
  { code: 'unknown-field', message: 'Field "ip" is not in the allow-list.', input: 'fixtures/events/a.ndjson', line: 3, pointer: '/ip' },
  { code: 'unknown-field', severity: 'warning', message: 'Field "build" is not in the allow-list.', input: 'fixtures/events/a.ndjson', line: 7, pointer: '/build' },
]);
