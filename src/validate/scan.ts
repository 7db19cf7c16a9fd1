import { decodePayload } from '../envelope/index.js';
import { ENTITIES } from '../findings/entities.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import type { NamedPattern } from '../detect/types.js';
import { assertBounded } from './bounds.js';
import { detectInExtras, detectInRecord } from './detect-record.js';
import { toFindings, uniqueFindings, type ValidateOptions } from './validate.js';

const ALL_REGIMES = ['gdpr', 'ccpa', 'nigeria'] as const;

/** Run every detector over a payload's records, with no policy. */
export function scanPayload(
  payload: unknown,
  options: ValidateOptions & { readonly patterns?: readonly NamedPattern[] },
): { records: number; findings: Finding[] } {
  assertBounded(payload, options.input);
  const scope = { entities: ENTITIES, patterns: options.patterns ?? [] };
  const records = decodePayload(payload, options.format ?? 'auto');
  const findings: Finding[] = [];
  for (const record of records) {
    const drafts = detectInRecord(scope, record).map((d) => ({ ...d, pointer: record.pointerOf(d.pointer) }));
    drafts.push(...detectInExtras(scope, record));
    findings.push(...toFindings(drafts, options, ALL_REGIMES));
  }
  return { records: records.length, findings: uniqueFindings(findings).sort(compareFindings) };
}
