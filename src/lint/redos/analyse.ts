import { findAmbiguity } from './ambiguity.js';
import { TooComplexError, buildAutomaton, type Budget } from './glushkov.js';
import { RegexSyntaxError, parseRegex } from './parse.js';

/** Patterns longer than this are not analysed (and reported as unanalysable). */
export const MAX_PATTERN_LENGTH = 4096;
/** Work allowed for one pattern (tens of milliseconds; real patterns need a few thousand steps). */
export const MAX_STEPS_PER_PATTERN = 250_000;

export type { Budget };

/** What the ReDoS analysis found wrong with a pattern. */
export interface RedosRisk {
  /**
   * exponential: some input makes a backtracking engine take time exponential in its length;
   * polynomial: quadratic or worse; unanalysable: too long or complex to tell.
   */
  readonly kind: 'exponential' | 'polynomial' | 'unanalysable';
  /** The part of the source responsible (at most 60 characters), or why it was not analysed. */
  readonly fragment: string;
}

/**
 * Static ReDoS check of a regular expression source as a backtracking engine runs it.
 * Returns undefined for a safe pattern and for one that does not compile (the loader reports that).
 * The implicit `.*?` before an unanchored pattern is not modelled (its cost is linear per start).
 * `shared` is a work allowance spent across calls (a policy's patterns share one), so hostile
 * input ends as `unanalysable` instead of hanging.
 */
export function analyseRegex(source: string, shared: Budget = { steps: MAX_STEPS_PER_PATTERN }): RedosRisk | undefined {
  if (source.length > MAX_PATTERN_LENGTH) {
    return { kind: 'unanalysable', fragment: `longer than ${MAX_PATTERN_LENGTH} characters` };
  }
  if (!compiles(source)) return undefined;
  if (shared.steps <= 0) return { kind: 'unanalysable', fragment: "the policy's analysis allowance is spent" };
  const budget = { steps: Math.min(MAX_STEPS_PER_PATTERN, shared.steps) };
  const allowed = budget.steps;
  try {
    const found = findAmbiguity(buildAutomaton(parseRegex(source), budget), budget);
    if (!found) return undefined;
    const [start, end] = found.span;
    return { kind: found.kind, fragment: clip(source.slice(start, end) || source) };
  } catch (error) {
    if (error instanceof TooComplexError) return { kind: 'unanalysable', fragment: 'too complex to analyse' };
    if (error instanceof RegexSyntaxError && /too deep/.test(error.message)) {
      return { kind: 'unanalysable', fragment: 'groups nested too deeply' };
    }
    return undefined;
  } finally {
    shared.steps -= allowed - Math.max(0, budget.steps);
  }
}

function compiles(source: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(source, flags);
      return true;
    } catch {
      // try the next flag set
    }
  }
  return false;
}

function clip(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}
