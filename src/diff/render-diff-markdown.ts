import { CONFIDENCE_LEGEND, groupProvisions, REGIME_LABELS } from '../report/_provisions.js';
import { mdCode, mdTable, mdText } from '../report/formatters/_markdown.js';
import type { Regime } from '../findings/regulations.js';
import { needsDpiaReview } from './diff-findings.js';
import type { ChangeDirection, PolicyChange } from './types.js';

/** Rows shown at most (a PR comment is limited to 65,536 characters). */
export const MAX_DIFF_ROWS = 100;

/** What the heading names: the two sides compared. */
export interface DiffMarkdownOptions {
  /** Base label, e.g. `main:policies/x.policy.yaml` or a file path. */
  readonly base: string;
  /** Head label. */
  readonly head: string;
}

const ICONS: Readonly<Record<ChangeDirection, string>> = { expands: '🔺', reduces: '🔻', neutral: '➖', review: '🔍' };
const ORDER: Readonly<Record<ChangeDirection, number>> = { expands: 0, review: 1, reduces: 2, neutral: 3 };

function citesFor(change: PolicyChange, regime: Regime): string {
  if (change.direction !== 'expands' && change.direction !== 'review') return '';
  const group = groupProvisions(change.provisions).find((g) => g.regime === regime);
  return group ? group.cites.map(mdText).join(', ') : '';
}

/**
 * A pull-request comment for a policy diff: verdict, DPIA review yes/no, and a table of
 * changes with direction, where (pointer and line), provisions per regime and DPIA review.
 */
export function renderDiffMarkdown(changes: readonly PolicyChange[], options: DiffMarkdownOptions): string {
  const expanding = changes.filter((c) => c.direction === 'expands').length;
  const review = changes.filter((c) => c.direction === 'review').length;
  const dpia = needsDpiaReview(changes);
  const verdict = expanding > 0
    ? `❌ collection expands (${expanding} change${expanding === 1 ? '' : 's'})`
    : changes.length === 0 ? '✅ no change to collection' : '✅ collection does not expand';
  const out = [
    `## telemetry-gate diff: ${verdict}`,
    '',
    `**Base** ${mdCode(options.base)} · **Head** ${mdCode(options.head)} · **DPIA review:** ${dpia ? 'yes' : 'no'}${review > 0 ? ` · **To review:** ${review}` : ''}`,
  ];
  if (changes.length === 0) return `${out.join('\n')}\n`;
  const regimes = (Object.keys(REGIME_LABELS) as Regime[]).filter((r) => changes.some((c) => c.provisions.some((p) => p.regime === r)));
  const sorted = [...changes].sort((a, b) => ORDER[a.direction] - ORDER[b.direction]);
  const rows = sorted.slice(0, MAX_DIFF_ROWS).map((c) => [
    `${ICONS[c.direction]} ${c.direction}`,
    mdText(c.message),
    `${mdCode(c.file)}${c.line !== undefined ? `:${c.line}` : ''}${c.pointer ? ` ${mdCode(c.pointer)}` : ''}`,
    c.code ? mdCode(c.code) : '',
    ...regimes.map((r) => citesFor(c, r)),
    c.dpia ? 'yes' : 'no',
  ]);
  out.push('', ...mdTable(['Direction', 'Change', 'Where', 'Code', ...regimes.map((r) => REGIME_LABELS[r]), 'DPIA review'], rows));
  const more = sorted.length - rows.length;
  if (more > 0) out.push('', `…and ${more} more change${more === 1 ? '' : 's'}: see the JSON report.`);
  out.push('', `_${mdText(CONFIDENCE_LEGEND)}. Generated evidence, not legal advice: requires review by counsel / DPO._`);
  return `${out.join('\n')}\n`;
}
