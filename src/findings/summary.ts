import type { FindingCode, Severity } from './codes.js';
import { severityRank, type Finding } from './finding.js';

/** Counts of findings by severity and by code. */
export interface Summary {
  readonly findings: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly byCode: Partial<Record<FindingCode, number>>;
}

/** Count findings by severity and code. */
export function summarize(findings: readonly Finding[]): Summary {
  const counts = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const finding of findings) {
    counts[finding.severity] += 1;
    byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
  }
  return { findings: findings.length, ...counts, byCode };
}

/** Exit code as a pure function of the findings: 1 when any is at or above `failOn`, else 0. */
export function exitCode(findings: readonly Finding[], failOn: Severity): 0 | 1 {
  const limit = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) <= limit) ? 1 : 0;
}
