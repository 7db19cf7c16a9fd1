import { exitCode } from '../../findings/summary.js';
import type { Report } from '../report.js';

/** The one-line outcome of a report, ESLint style. */
export interface SummaryLine {
  /** `✖` something at or above fail-on, `⚠` findings below it only, `✔` no findings. */
  readonly symbol: '✖' | '⚠' | '✔';
  /** True when the command exits 1. */
  readonly failing: boolean;
  /** `3 problems (2 errors, 1 warning) in 12 records` or `12 records, no findings`. */
  readonly text: string;
}

const plural = (n: number, word: string, suffix = 's'): string => `${n} ${word}${n === 1 ? '' : suffix}`;

/** Summarise a report in one line: counts by severity and records checked. */
export function summaryLine(report: Report): SummaryLine {
  const { summary } = report;
  const records = plural(report.records, 'record');
  if (summary.findings === 0) return { symbol: '✔', failing: false, text: `${records}, no findings` };
  const counts = [plural(summary.error, 'error'), plural(summary.warning, 'warning')];
  if (summary.info > 0) counts.push(`${summary.info} info`);
  const failing = exitCode(report.findings, report.failOn) === 1;
  return {
    symbol: failing ? '✖' : '⚠',
    failing,
    text: `${plural(summary.findings, 'problem')} (${counts.join(', ')}) in ${records}`,
  };
}
