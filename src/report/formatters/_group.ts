import type { Severity } from '../../findings/codes.js';
import { compareFindings, severityRank, type Finding } from '../../findings/finding.js';
import type { Report } from '../report.js';

/** The findings of one input, in stable order. */
export interface InputGroup {
  readonly input: string;
  readonly findings: readonly Finding[];
}

/** True when the finding is at or above the report's `--fail-on` severity. */
export function isFailing(finding: Finding, failOn: Severity): boolean {
  return severityRank(finding.severity) <= severityRank(failOn);
}

/** All findings in stable order (input, line, pointer, code, entity). */
export function sortedFindings(report: Report): Finding[] {
  return [...report.findings].sort(compareFindings);
}

/**
 * Findings grouped by input: the report's inputs first, in their order (also those without
 * findings), then any other input a finding names, in sorted order.
 */
export function groupByInput(report: Report): InputGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const input of report.inputs) if (!groups.has(input)) groups.set(input, []);
  for (const finding of sortedFindings(report)) {
    const list = groups.get(finding.input) ?? [];
    groups.set(finding.input, list);
    list.push(finding);
  }
  return [...groups].map(([input, findings]) => ({ input, findings }));
}

/** The pointer as shown to people: `(root)` for the whole payload. */
export function showPointer(pointer: string): string {
  return pointer === '' ? '(root)' : pointer;
}

/** `[EMAIL a***@e***.com]`, `[EMAIL]`, `[a***(9)]` or '' — entity and masked evidence of a finding. */
export function entityEvidence(finding: Finding): string {
  const parts = [finding.entity, finding.evidence].filter((p): p is string => p !== undefined && p !== '');
  return parts.length === 0 ? '' : `[${parts.join(' ')}]`;
}
