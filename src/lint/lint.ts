import { compareFindings, type Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make.js';
import type { LoadedPolicy } from '../policy/types.js';
import { lintContext } from './_context.js';
import { LINT_RULES } from './rules/index.js';
import type { LintRule } from './types.js';

/**
 * Check a loaded policy for contradictions, weak settings and over-claims. Pure: the same policy
 * gives the same findings, sorted with compareFindings; each carries the rule name, the RFC 6901
 * pointer into the policy and its line there.
 */
export function lintPolicy(loaded: LoadedPolicy, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  const context = lintContext(loaded.policy);
  const regimes = loaded.policy.regulations;
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(context)) {
      findings.push(
        makeFinding(
          {
            code: rule.code,
            message: hit.message,
            input: loaded.file,
            line: loaded.locate(hit.pointer).line,
            pointer: hit.pointer,
            rule: rule.name,
            ...(hit.field !== undefined ? { field: hit.field } : {}),
            ...(hit.severity !== undefined ? { severity: hit.severity } : {}),
          },
          regimes,
        ),
      );
    }
  }
  return findings.sort((a, b) => compareFindings(a, b) || cmp(a.rule ?? '', b.rule ?? ''));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
