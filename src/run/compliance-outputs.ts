import { buildComplianceReport, regimesOf, renderComplianceReport } from '../compliance/index.js';
import type { RunResult } from './execute-run.js';
import type { ComplianceOutput } from './write-reports.js';

/** One html and one markdown report per regime each policy names (`<policy-id>.<regime>.html|md`), dated at the run's end. */
export function complianceOutputs(result: RunResult): ComplianceOutput[] {
  const out: ComplianceOutput[] = [];
  for (const loaded of result.policies) {
    const id = loaded.policy.policy;
    for (const regime of regimesOf(loaded.policy)) {
      const report = buildComplianceReport({ loaded, regime, evidence: result.evidence, generatedAt: result.evidence.run.endedAt });
      out.push({
        file: { policy: id, regime, html: `${id}.${regime}.html`, markdown: `${id}.${regime}.md` },
        html: renderComplianceReport(report, 'html'),
        markdown: renderComplianceReport(report, 'markdown'),
      });
    }
  }
  return out;
}
