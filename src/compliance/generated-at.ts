import { ToolError } from '../errors.js';
import type { Evidence } from '../evidence/types.js';

/**
 * The report time: SOURCE_DATE_EPOCH (seconds) when set, else the evidence's run.endedAt, else
 * now. A malformed SOURCE_DATE_EPOCH is a usage error, not a silent fallback.
 */
export function generatedAtFor(env: Readonly<Record<string, string | undefined>>, evidence: Evidence | null, now: () => Date = () => new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new ToolError('usage', 'report: SOURCE_DATE_EPOCH must be whole seconds since 1970');
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return evidence?.run.endedAt ?? now().toISOString();
}
