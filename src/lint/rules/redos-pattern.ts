import { policyPatterns } from '../../policy/regexes.js';
import { analyseRegex, type RedosRisk } from '../redos/analyse.js';
import type { LintHit, LintRule } from '../types.js';

/** Analysis work allowed for all the patterns of one policy (well under a second). */
export const POLICY_REDOS_STEPS = 2_500_000;

/** redos-pattern: a field or prohibited pattern open to catastrophic backtracking. */
export const redosPattern: LintRule = {
  name: 'redos-pattern',
  code: 'redos-pattern',
  description:
    'A `pattern` (fields at any depth, prohibited.patterns) lets a crafted value take exponential or polynomial time ' +
    'in a backtracking engine, or is too complex to check.',
  check: ({ policy }) => {
    const budget = { steps: POLICY_REDOS_STEPS };
    const hits: LintHit[] = [];
    for (const { pointer, source } of policyPatterns(policy)) {
      const risk = analyseRegex(source, budget);
      if (risk) hits.push({ pointer, message: messageFor(risk), ...(risk.kind === 'exponential' ? {} : { severity: 'warning' }) });
    }
    return hits;
  },
};

function messageFor(risk: RedosRisk): string {
  const at = `\`${risk.fragment}\``;
  switch (risk.kind) {
    case 'exponential':
      return (
        `Pattern part ${at} can match the same text in many ways under repetition, so a crafted value makes a ` +
        'backtracking engine take exponential time: rewrite it so each repetition starts with a character the inner ' +
        'part cannot match (e.g. `(\\.[a-z]+)+`), or drop the inner quantifier.'
      );
    case 'polynomial':
      return (
        `Pattern part ${at} has unbounded quantifiers in sequence that can match the same characters, so a crafted ` +
        'value takes quadratic or worse time: make the quantified parts disjoint, bound them (e.g. {1,64}), or set maxLength.'
      );
    case 'unanalysable':
      return `Pattern could not be checked for catastrophic backtracking (${risk.fragment}): simplify it or split it into several patterns.`;
  }
}
