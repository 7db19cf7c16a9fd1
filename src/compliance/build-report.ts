import type { Evidence } from '../evidence/types.js';
import { FINDING_CODES, type FindingCode } from '../findings/codes.js';
import { CONTROLS, type Confidence, type ControlId, type Regime } from '../findings/regulations.js';
import type { LoadedPolicy } from '../policy/types.js';
import { TOOL } from '../report/report.js';
import { CONFIDENCE_LEGEND } from '../report/_provisions.js';
import { REGIME_INFO, REVIEW_BANNER } from './_regime-info.js';
import { applicabilityFacts, necessityFacts } from './assessment-facts.js';
import { controlVerdicts } from './control-verdicts.js';
import { stepsFor, summarizeEvidence } from './evidence-summary.js';
import { clip, dataInventory, prohibitedFacts } from './inventory.js';
import { policyLint } from './policy-lint.js';
import { describeProcessing, lawfulBasisFacts } from './processing-facts.js';
import { regimesOf } from './regimes-of.js';
import { assessRisks } from './risks.js';
import { sectionsFor } from './sections.js';
import type { ComplianceReport, Verdict } from './types.js';

/**
 * Build the DPIA / risk-assessment evidence model of one policy for one regime, from the policy's
 * processing metadata and (when given) what a run observed. Pure and deterministic: the time is
 * `generatedAt`, else the evidence's `run.endedAt`, else now.
 */
export function buildComplianceReport(input: {
  loaded: LoadedPolicy;
  regime: Regime;
  evidence: Evidence | null;
  generatedAt?: string;
}): ComplianceReport {
  const { loaded, regime, evidence } = input;
  const policy = loaded.policy;
  const info = REGIME_INFO[regime];
  const named = Array.isArray(policy.regulations) && policy.regulations.includes(regime);
  const inventory = dataInventory(policy);
  const steps = stepsFor(evidence, policy.policy);
  const controls = controlVerdicts(policy, regime, steps);
  const lint = policyLint(loaded);

  const verdicts: Record<Verdict, number> = { pass: 0, fail: 0, 'declared-not-tested': 0, 'not-declared': 0 };
  for (const c of controls) verdicts[c.verdict] += 1;

  const byCode = new Map<FindingCode, number>();
  for (const f of steps.flatMap((s) => s.findings)) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);

  const counts: Record<Confidence, number> = { T: 0, S: 0, M: 0 };
  for (const c of controls) for (const p of [...c.provisions, ...c.legacy]) counts[p.confidence] += 1;

  const title = `${info.instrument}: ${policy.title ?? policy.policy}`;
  return {
    format: 'telemetry-gate-compliance/1',
    tool: TOOL,
    regime,
    heading: info.heading,
    title: clip(title, 300),
    generatedAt: input.generatedAt ?? evidence?.run.endedAt ?? new Date().toISOString(),
    banner: REVIEW_BANNER,
    policy: {
      id: policy.policy,
      ...(policy.title !== undefined ? { title: clip(policy.title, 300) } : {}),
      ...(policy.version !== undefined ? { version: clip(policy.version, 100) } : {}),
      file: loaded.file,
      sha256: loaded.sha256,
      regimes: regimesOf(policy),
      namesRegime: named,
    },
    sections: sectionsFor(regime),
    applicability: applicabilityFacts(loaded, regime, named, inventory),
    description: describeProcessing(policy),
    inventory: { fields: inventory, prohibited: prohibitedFacts(policy) },
    lawfulBasis: lawfulBasisFacts(policy, regime),
    necessity: necessityFacts(policy, inventory, regime),
    controls,
    verdicts,
    findingsByCode: FINDING_CODES.filter((code) => byCode.has(code)).map((code) => ({ code, count: byCode.get(code) ?? 0 })),
    risks: assessRisks(policy, controls),
    weaknesses: lint.weaknesses,
    overclaims: lint.overclaims,
    exceeds: (Object.keys(CONTROLS) as ControlId[]).flatMap((id) => {
      const note = CONTROLS[id].exceeds?.[regime];
      return note === undefined ? [] : [{ control: id, title: CONTROLS[id].title, note }];
    }),
    confidence: { legend: CONFIDENCE_LEGEND, counts, notes: info.confidenceNotes },
    evidence: summarizeEvidence(evidence, policy.policy, loaded.sha256),
    notExpressed: (Array.isArray(policy.notExpressed) ? policy.notExpressed : []).slice(0, 200).map((n) => clip(String(n), 1000)),
  };
}
