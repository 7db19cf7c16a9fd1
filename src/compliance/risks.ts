import type { ControlId } from '../findings/regulations.js';
import type { Policy } from '../policy/types.js';
import { pseudonymsOf } from './declared-controls.js';
import type { ControlVerdict, Risk } from './types.js';

type Level = 'low' | 'medium' | 'high';

interface RiskSpec {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly severity: Level;
  readonly likelihood: (policy: Policy) => Level;
  readonly controls: readonly ControlId[];
}

const hasIds = (p: Policy): boolean => pseudonymsOf(p.fields, 0).length > 0;

/** The risk register (regulations.md §3: CNIL feared events and rights-based harms), in display order. */
const RISKS: readonly RiskSpec[] = [
  {
    id: 'reidentification', title: 'Re-identification or singling out through identifiers and quasi-identifiers',
    source: 'controller staff, recipients, attackers holding the key or the event-level data', severity: 'high',
    likelihood: (p) => (hasIds(p) ? (p.aggregation?.minCount === undefined ? 'high' : 'medium') : 'low'),
    controls: ['pseudonymisation', 'key-rotation', 'aggregation', 'prohibited-data'],
  },
  {
    id: 'pii-leak', title: 'Personal data or secrets leaking in values (free text, stack traces, URLs, paths)',
    source: 'emitter bugs, error payloads, careless instrumentation', severity: 'high',
    likelihood: (p) => (p.unknownFields === 'allow' ? 'high' : 'medium'),
    controls: ['allow-list', 'prohibited-data', 'receiver-validation'],
  },
  {
    id: 'no-consent', title: 'Collection without valid consent or after withdrawal (tracking, chilling effect)',
    source: 'default-on settings, CI and shared configs enabling for others, ignored opt-outs', severity: 'high',
    likelihood: (p) => (p.consent?.default === 'on' ? 'high' : p.consent?.default === 'off' ? 'low' : 'medium'),
    controls: ['opt-in-default', 'consent-record', 'ci-dev-disable', 'file-opt-out', 'dnt-signal', 'fail-closed'],
  },
  {
    id: 'over-retention', title: 'Data kept longer than needed, or not deleted after opt-out (function creep)',
    source: 'stores, backups, processor copies, derived aggregates', severity: 'medium',
    likelihood: (p) => (p.retention?.detailDays === undefined ? 'high' : p.retention.detailDays > 90 ? 'medium' : 'low'),
    controls: ['retention', 'deletion-after-opt-out', 'aggregation', 'sampling'],
  },
  {
    id: 'illegitimate-access', title: 'Illegitimate access, modification or disappearance of telemetry in transit or at ingest',
    source: 'network attackers, abusive clients, leaked keys or salts', severity: 'medium',
    likelihood: (p) => (p.transport?.tls === 'required' ? 'low' : 'medium'),
    controls: ['tls', 'authentication', 'rate-limit', 'breach'],
  },
  {
    id: 'transfers', title: 'Transfer to processors or countries without a documented basis',
    source: 'hosting and analytics vendors outside the EEA / Nigeria', severity: 'medium',
    likelihood: (p) => ((p.processing?.transfers ?? []).some((t) => !t.mechanism) ? 'high' : (p.processing?.processors?.length ?? 0) > 0 ? 'medium' : 'low'),
    controls: ['transfers'],
  },
  {
    id: 'opacity', title: 'Users cannot see what is sent or exercise their rights',
    source: 'missing notice, no verbose mode, no audit log or dashboard', severity: 'low',
    likelihood: (p) => (p.processing?.notice || p.consent?.notice ? 'low' : 'medium'),
    controls: ['privacy-notice', 'transparency', 'audit-log', 'dashboard'],
  },
];

const RANK: Readonly<Record<Level, number>> = { low: 0, medium: 1, high: 2 };
const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

/**
 * The register with residual risk from this run: `high` when a mitigating control failed; `low`
 * when at least one passed and none is only declared; `unverified` when some are declared but not
 * tested; the inherent level when none is declared or tested.
 */
export function assessRisks(policy: Policy, controls: readonly ControlVerdict[]): Risk[] {
  return RISKS.map((spec) => {
    const likelihood = spec.likelihood(policy);
    const inherent = LEVELS[Math.round((RANK[likelihood] + RANK[spec.severity]) / 2)] ?? 'medium';
    const verdicts = controls.filter((c) => spec.controls.includes(c.id));
    const failed = verdicts.filter((c) => c.verdict === 'fail');
    const passed = verdicts.filter((c) => c.verdict === 'pass');
    const untested = verdicts.filter((c) => c.verdict === 'declared-not-tested');
    const [residual, rationale]: [Risk['residual'], string] =
      failed.length > 0
        ? ['high', `Findings against ${ids(failed)} in this run.`]
        : passed.length > 0 && untested.length === 0
          ? ['low', `Tested without findings: ${ids(passed)}.`]
          : untested.length > 0
            ? ['unverified', `Declared but not tested in this run: ${ids(untested)}${passed.length > 0 ? `; tested without findings: ${ids(passed)}` : ''}.`]
            : [inherent, 'No mitigating control is declared or tested: the inherent risk remains.'];
    return { id: spec.id, title: spec.title, source: spec.source, likelihood, severity: spec.severity, inherent, controls: spec.controls, residual, rationale };
  });
}

function ids(controls: readonly ControlVerdict[]): string {
  return controls.map((c) => c.id).join(', ');
}
