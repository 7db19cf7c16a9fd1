import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../../src/policy/load.js';
import type { LoadedPolicy } from '../../../src/policy/types.js';

/** The base policy of the diff fixtures, as text. */
export const BASE_TEXT = readFileSync(new URL('../../../fixtures/diff/base.policy.yaml', import.meta.url), 'utf8');

/** Load policy text through the real loader (schema-checked, real line positions). */
export function load(text: string, file = 'head.policy.yaml'): LoadedPolicy {
  return parsePolicy(text, file);
}

/** The base text with each `[from, to]` replacement applied (each `from` must occur). */
export function edit(...replacements: readonly (readonly [string, string])[]): string {
  let text = BASE_TEXT;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in the base policy`);
    text = text.replace(from, () => to);
  }
  return text;
}
