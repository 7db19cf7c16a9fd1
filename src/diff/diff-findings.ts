import { CODES } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import type { PolicyChange } from './types.js';

/**
 * Findings for the changes that expand collection (at their code's severity) or need review
 * (`policy-changed`, info). Each points into the head policy with its YAML line; `field` is the
 * change's subject and `rule` is `dpia-review` when the DPIA must be revisited (else the direction).
 */
export function diffFindings(changes: readonly PolicyChange[], headFile: string): Finding[] {
  const findings: Finding[] = [];
  for (const change of changes) {
    if (change.code === undefined) continue;
    findings.push({
      code: change.code,
      severity: CODES[change.code].severity,
      message: change.message,
      input: headFile,
      ...(change.line !== undefined ? { line: change.line } : {}),
      pointer: change.pointer,
      field: change.subject,
      rule: change.dpia ? 'dpia-review' : change.direction,
      regulations: change.provisions,
    });
  }
  return findings;
}

/** Whether any change needs the DPIA revisited. */
export function needsDpiaReview(changes: readonly PolicyChange[]): boolean {
  return changes.some((c) => c.dpia);
}

/** Whether any change expands collection. */
export function expandsCollection(changes: readonly PolicyChange[]): boolean {
  return changes.some((c) => c.direction === 'expands');
}
