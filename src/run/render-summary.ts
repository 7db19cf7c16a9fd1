import type { Evidence, EvidenceStep } from '../evidence/types.js';
import { severityRank, type Finding } from '../findings/finding.js';
import type { Regime } from '../findings/regulations.js';
import type { Summary } from '../findings/summary.js';
import { mdCode, mdTable, mdText } from '../report/formatters/_markdown.js';

/** A per-regime report written next to the summary. */
export interface ComplianceFile {
  readonly policy: string;
  readonly regime: Regime;
  readonly html: string;
  readonly markdown: string;
}

/** The other files of the reports directory the summary links to (names relative to it). */
export interface SummaryLinks {
  readonly sarif: string;
  readonly junit: string;
  readonly evidence: string;
  readonly compliance: readonly ComplianceFile[];
}

/** Most findings listed under "Top findings". */
export const TOP_FINDINGS = 10;

const STATUS = { pass: '✅ pass', fail: '❌ fail', error: '⛔ error' } as const;

/** `summary.md`: verdict, per-policy and per-step tables, top findings (masked), links; fit for a PR comment and $GITHUB_STEP_SUMMARY. */
export function renderSummary(evidence: Evidence, links: SummaryLinks): string {
  const { steps, outcome, run } = evidence;
  const out = [`# telemetry-gate run: ${verdict(evidence)}`, ''];
  out.push(
    `${mdText(`${steps.length} steps over ${evidence.policies.length} policies, fail-on ${run.failOn}; ${count(outcome.summary)} at or above it in gating steps. ` +
      `telemetry-gate ${evidence.tool.version}, Node ${run.node}, ${run.startedAt} to ${run.endedAt}.`)}`,
    '',
    '## Policies',
    '',
    ...mdTable(
      ['policy', 'regimes', 'steps', 'findings (error / warning / info)', 'verdict', 'compliance reports'],
      evidence.policies.map((p) => {
        const own = steps.filter((s) => s.policy === p.id);
        const files = links.compliance.filter((c) => c.policy === p.id).map((c) => `${c.regime}: [html](${c.html}) · [md](${c.markdown})`);
        return [mdCode(p.id), p.regimes.join(', '), String(own.length), counts(own.map((s) => s.summary)), policyVerdict(own), files.join('<br>') || 'none'];
      }),
      [2],
    ),
    '',
    '## Steps',
    '',
    ...mdTable(
      ['#', 'step', 'status', 'records', 'findings (e / w / i)', 'tested controls', 'time', 'command'],
      steps.map((s, i) => [String(i + 1), mdCode(s.id), stepStatus(s), String(s.records), counts([s.summary]), s.tested.join(', ') || '—', seconds(s.durationMs), mdCode(s.command)]),
      [0, 3, 6],
    ),
    '',
  );
  const errors = steps.filter((s) => s.status === 'error');
  if (errors.length > 0) {
    out.push('## Steps that could not run', '');
    for (const s of errors) out.push(`- ${mdCode(s.id)}: ${mdText(s.error ?? 'unknown reason')}`);
    out.push('');
  }
  const top = topFindings(steps);
  out.push('## Top findings', '');
  if (top.length === 0) out.push('No findings.', '');
  else {
    out.push(...mdTable(
      ['severity', 'code', 'step', 'where', 'message', 'evidence (masked)'],
      top.map(({ step, finding: f }) => [f.severity, mdCode(f.code), mdCode(step.id), mdCode(where(f)), mdText(f.message), f.evidence ? mdCode(f.evidence) : '']),
    ), '');
    const total = steps.reduce((n, s) => n + s.findings.length, 0);
    if (total > top.length) out.push(mdText(`${total - top.length} more in ${links.evidence} and ${links.sarif}.`), '');
  }
  out.push('## Files', '', `- [${links.sarif}](${links.sarif}): SARIF 2.1.0, every finding`, `- [${links.junit}](${links.junit}): JUnit, one suite per step`,
    `- [${links.evidence}](${links.evidence}): evidence (input of \`telemetry-gate report\`)`);
  for (const c of links.compliance) out.push(`- ${mdCode(c.policy)} ${c.regime.toUpperCase()}: [${c.html}](${c.html}), [${c.markdown}](${c.markdown})`);
  out.push('', '_Findings show masked evidence only; no raw personal value or secret is repeated. Reports are evidence for counsel to review, not legal advice._', '');
  return out.join('\n');
}

function verdict(evidence: Evidence): string {
  const { exitCode, summary } = evidence.outcome;
  if (exitCode === 2) return `⛔ could not complete (${evidence.steps.filter((s) => s.status === 'error').length} step(s) could not run)`;
  return exitCode === 1 ? `❌ failed (${count(summary)} at or above ${evidence.run.failOn})` : '✅ passed';
}

function stepStatus(step: EvidenceStep): string {
  return step.advisory ? `${STATUS[step.status]} (advisory)` : STATUS[step.status];
}

function policyVerdict(steps: readonly EvidenceStep[]): string {
  const gating = steps.filter((s) => !s.advisory);
  return gating.some((s) => s.status === 'error') ? STATUS.error : gating.some((s) => s.status === 'fail') ? STATUS.fail : STATUS.pass;
}

/** Findings of gating steps first, then by severity; stable within. */
function topFindings(steps: readonly EvidenceStep[]): { step: EvidenceStep; finding: Finding }[] {
  const all = steps.flatMap((step) => step.findings.map((finding) => ({ step, finding })));
  const rank = (x: { step: EvidenceStep; finding: Finding }): number => (x.step.advisory ? 3 : 0) + severityRank(x.finding.severity);
  return all.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i).slice(0, TOP_FINDINGS).map(({ x }) => x);
}

function where(f: Finding): string {
  return `${f.input}${f.line !== undefined ? `:${f.line}` : ''}${f.pointer ? ` ${f.pointer}` : ''}`;
}

function counts(summaries: readonly Summary[]): string {
  const sum = (k: 'error' | 'warning' | 'info'): number => summaries.reduce((n, s) => n + s[k], 0);
  return `${sum('error')} / ${sum('warning')} / ${sum('info')}`;
}

function count(summary: Summary): string {
  return summary.findings === 1 ? '1 finding' : `${summary.findings} findings`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
