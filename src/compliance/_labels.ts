import type { Citation, Verdict } from './types.js';

/** How each verdict reads in a report. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  pass: 'pass',
  fail: 'fail',
  'declared-not-tested': 'declared, not tested',
  'not-declared': 'not declared',
};

/** Verdicts in display order. */
export const VERDICT_ORDER: readonly Verdict[] = ['pass', 'fail', 'declared-not-tested', 'not-declared'];

/** A citation with its confidence mark: `Art. 5(1)(c) [T]`. */
export function citeText(c: Citation): string {
  return `${c.cite} [${c.confidence}]`;
}

/** Column title of the NDPR legacy cross-reference (Nigeria reports only). */
export const LEGACY_COLUMN = 'Legacy cross-reference (NDPR 2019, pre-19 Sep 2025 audits only)';
