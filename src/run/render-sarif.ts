import type { Evidence } from '../evidence/types.js';
import { formatSarif } from '../report/formatters/sarif.js';
import { buildReport } from '../report/report.js';

/** `results.sarif`: one SARIF log for the whole run, from one combined report of every step's findings (advisory ones included). */
export function renderRunSarif(evidence: Evidence): string {
  const report = buildReport({
    command: 'run',
    policy: null,
    inputs: [...new Set(evidence.steps.map((s) => s.id))],
    records: evidence.steps.reduce((n, s) => n + s.records, 0),
    failOn: evidence.run.failOn,
    findings: evidence.steps.flatMap((s) => s.findings),
  });
  return formatSarif(report, { color: false });
}
