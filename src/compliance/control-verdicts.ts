import type { EvidenceStep } from '../evidence/types.js';
import { CODES } from '../findings/codes.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import { maskValue } from '../findings/mask.js';
import { CONTROLS, type ControlId, type Regime } from '../findings/regulations.js';
import type { Policy } from '../policy/types.js';
import { declaredBy, familyOf } from './declared-controls.js';
import { clip } from './inventory.js';
import type { Citation, ControlVerdict, ReportFinding, Verdict } from './types.js';

/** Most findings a control lists (its `findingCount` has the total). */
export const MAX_FINDINGS_PER_CONTROL = 25;

/**
 * The verdict table: `fail` when any finding of the run maps to the control (CODES[code].controls),
 * else `pass` when a step that did not error lists it in `tested`, else `declared-not-tested` when
 * the policy declares it, else `not-declared`.
 */
export function verdictOf(input: { declared: boolean; tested: boolean; findings: number }): Verdict {
  if (input.findings > 0) return 'fail';
  if (input.tested) return 'pass';
  return input.declared ? 'declared-not-tested' : 'not-declared';
}

/** Every control of the catalogue, in catalogue order, with its provisions for `regime` and its verdict from `steps`. */
export function controlVerdicts(policy: Policy, regime: Regime, steps: readonly EvidenceStep[]): ControlVerdict[] {
  return (Object.keys(CONTROLS) as ControlId[]).map((id) => {
    const control = CONTROLS[id];
    const testedBy = steps.filter((s) => s.status !== 'error' && s.tested.includes(id)).map((s) => s.id);
    const findings = steps
      .flatMap((s) => s.findings.filter((f) => (CODES[f.code]?.controls as readonly ControlId[] | undefined)?.includes(id)).map((f) => [s.id, f] as const))
      .sort(([, a], [, b]) => compareFindings(a, b));
    const how = declaredBy(policy, id);
    const provisions = control.provisions.filter((p) => p.regime === regime);
    const cite = (p: { cite: string; confidence: Citation['confidence'] }): Citation => ({ cite: p.cite, confidence: p.confidence });
    const exceeds = control.exceeds?.[regime];
    return {
      id,
      title: control.title,
      family: familyOf(id),
      declared: how !== null,
      declaredBy: how ?? 'not declared in the policy',
      tested: testedBy.length > 0,
      testedBy,
      verdict: verdictOf({ declared: how !== null, tested: testedBy.length > 0, findings: findings.length }),
      provisions: provisions.filter((p) => !p.legacy).map(cite),
      legacy: provisions.filter((p) => p.legacy === true).map(cite),
      ...(exceeds !== undefined ? { exceeds } : {}),
      findingCount: findings.length,
      findings: findings.slice(0, MAX_FINDINGS_PER_CONTROL).map(([step, f]) => reportFinding(step, f)),
    };
  });
}

/** Masked evidence pattern `x***y(n)`, `***(n)`, `a***@e***.com`: anything else is masked again. */
const MASKED = /\*\*\*/;

/** A finding as the report carries it; evidence that does not look masked is masked again (defence in depth). */
export function reportFinding(step: string, f: Finding): ReportFinding {
  const evidence = typeof f.evidence === 'string' ? (MASKED.test(f.evidence) && f.evidence.length <= 80 ? f.evidence : maskValue(f.evidence)) : undefined;
  return {
    code: f.code,
    severity: f.severity,
    message: clip(String(f.message), 400),
    input: clip(String(f.input), 200),
    ...(typeof f.line === 'number' ? { line: f.line } : {}),
    pointer: clip(String(f.pointer), 200),
    ...(f.entity !== undefined ? { entity: f.entity } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    step: clip(step, 200),
  };
}
