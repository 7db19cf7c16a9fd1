import type { Evidence, EvidenceStep } from '../evidence/types.js';
import { clip } from './inventory.js';
import type { EvidenceSummary } from './types.js';

/** The steps of a run that concern one policy, in run order. */
export function stepsFor(evidence: Evidence | null, policyId: string): EvidenceStep[] {
  return evidence ? evidence.steps.filter((s) => s.policy === policyId) : [];
}

/** What the run evidence contributed to a report on `policyId` (file `sha256`). */
export function summarizeEvidence(evidence: Evidence | null, policyId: string, sha256: string): EvidenceSummary {
  if (!evidence) {
    return {
      supplied: false,
      note: 'No run evidence was supplied (--evidence): every control the policy declares is "declared, not tested".',
      steps: [],
    };
  }
  const steps = stepsFor(evidence, policyId);
  const listed = evidence.policies.find((p) => p.id === policyId);
  const policyMatches = listed ? listed.sha256 === sha256 : null;
  const note =
    steps.length === 0
      ? `The run evidence has no step for policy ${policyId}: every control it declares is "declared, not tested".`
      : `${steps.length} step${steps.length === 1 ? '' : 's'} of the run checked policy ${policyId}` +
        (policyMatches === false ? '; WARNING: the run used a different version of the policy file (sha256 differs).' : '.');
  const run = evidence.run;
  return {
    supplied: true,
    note,
    run: {
      tool: `${String(evidence.tool.name)} ${String(evidence.tool.version)}`,
      startedAt: clip(run.startedAt, 40),
      endedAt: clip(run.endedAt, 40),
      node: clip(String(run.node ?? ''), 40),
      failOn: String(run.failOn ?? ''),
      config: run.config ? `${clip(String(run.config.file), 200)} (sha256 ${clip(String(run.config.sha256), 64)})` : null,
      seeds: Array.isArray(run.seeds) ? run.seeds.filter((s) => typeof s === 'number').slice(0, 100) : [],
      policyMatches,
    },
    steps: steps.map((s) => ({
      id: clip(s.id, 200),
      kind: clip(s.kind, 40),
      status: clip(s.status, 20),
      command: clip(String(s.command ?? ''), 400),
      records: typeof s.records === 'number' ? s.records : 0,
      findings: s.findings.length,
      tested: [...s.tested],
    })),
  };
}
