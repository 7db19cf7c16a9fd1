import type { FieldMap, FieldRule, Policy } from '../policy/types.js';
import { escapePointerSegment } from '../_pointer.js';
import type { LintContext, LintField, PolicyText } from './types.js';

/** Deepest `fields` nesting followed (the validator bounds records the same way). */
const MAX_FIELD_DEPTH = 32;
/** Longest prose scanned by the text checks. */
const MAX_TEXT = 20_000;

/** Compute the views every check shares. */
export function lintContext(policy: Policy): LintContext {
  return { policy, fields: policyFields(policy), texts: policyTexts(policy) };
}


/** Every field rule at any depth, in document order, each with its pointer into the policy. */
export function policyFields(policy: Policy): LintField[] {
  const out: LintField[] = [];
  const visitMap = (fields: FieldMap | undefined, base: string, path: readonly string[], depth: number): void => {
    if (!isRecord(fields) || depth > MAX_FIELD_DEPTH) return;
    for (const [name, rule] of Object.entries(fields)) {
      visitRule(name, rule, `${base}/${escapePointerSegment(name)}`, [...path, name], depth, false);
    }
  };
  const visitRule = (name: string, rule: FieldRule, pointer: string, path: readonly string[], depth: number, item: boolean): void => {
    if (!isRecord(rule) || depth > MAX_FIELD_DEPTH) return;
    out.push({ name, path, rule, policyPointer: pointer, item });
    visitMap(rule.fields, `${pointer}/fields`, path, depth + 1);
    if (rule.items) visitRule(name, rule.items, `${pointer}/items`, path, depth + 1, true);
  };
  visitMap(policy.fields, '/fields', [], 0);
  return out;
}

/** The policy's own prose: title, description, processing.purpose and each processing.claims entry. */
export function policyTexts(policy: Policy): PolicyText[] {
  const out: PolicyText[] = [];
  const add = (pointer: string, text: unknown): void => {
    if (typeof text === 'string' && text.trim() !== '') out.push({ pointer, text: text.slice(0, MAX_TEXT) });
  };
  add('/title', policy.title);
  add('/description', policy.description);
  add('/processing/purpose', policy.processing?.purpose);
  const claims = policy.processing?.claims;
  if (Array.isArray(claims)) claims.forEach((claim, i) => add(`/processing/claims/${i}`, claim));
  return out;
}

/** The policy's statements plus its notes on what it cannot express (`notExpressed`). */
export function statements({ policy, texts }: LintContext): string[] {
  const notes = Array.isArray(policy.notExpressed) ? policy.notExpressed.filter((n): n is string => typeof n === 'string') : [];
  return [...texts.map((t) => t.text), ...notes.map((n) => n.slice(0, MAX_TEXT))];
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
