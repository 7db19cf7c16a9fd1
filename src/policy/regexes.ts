import { joinPointer } from '../_pointer.js';
import type { FieldMap, Policy } from './types.js';

/** A pattern in the policy, with its pointer. */
export interface PolicyPattern {
  readonly pointer: string;
  readonly source: string;
}

/** Every regular expression a policy declares: field patterns at any depth and prohibited patterns. */
export function policyPatterns(policy: Policy): PolicyPattern[] {
  const out: PolicyPattern[] = [];
  const visit = (fields: FieldMap | undefined, base: string, depth: number): void => {
    if (typeof fields !== 'object' || fields === null || depth > 32) return;
    for (const [name, rule] of Object.entries(fields)) {
      let pointer = joinPointer(base, name);
      let current: typeof rule | undefined = rule;
      for (let itemDepth = 0; typeof current === 'object' && current !== null && itemDepth < 8; itemDepth++) {
        if (typeof current.pattern === 'string') out.push({ pointer: `${pointer}/pattern`, source: current.pattern });
        visit(current.fields, `${pointer}/fields`, depth + 1);
        current = current.items;
        pointer = `${pointer}/items`;
      }
    }
  };
  visit(policy.fields, '/fields', 0);
  const prohibited = policy.prohibited?.patterns;
  if (Array.isArray(prohibited)) {
    prohibited.forEach((p, i) => {
      if (typeof p?.pattern === 'string') out.push({ pointer: `/prohibited/patterns/${i}/pattern`, source: p.pattern });
    });
  }
  return out;
}

/** Patterns that do not compile as Unicode regular expressions (the form the validator uses). */
export function policyRegexProblems(policy: Policy): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  for (const { pointer, source } of policyPatterns(policy)) {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
      problems.push({ pointer, message: `pattern does not compile: ${reason}` });
    }
  }
  return problems;
}
