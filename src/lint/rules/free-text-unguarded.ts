import type { FieldRule } from '../../policy/types.js';
import type { LintRule } from '../types.js';

/** The constraints that keep a string from being free text. */
const GUARDS = ['enum', 'const', 'pattern', 'format', 'maxLength', 'pseudonym', 'granularity'] as const;

/** free-text-unguarded (pitfall 19): an allowed string field with no constraint on its content. */
export const freeTextUnguarded: LintRule = {
  name: 'free-text-unguarded',
  code: 'free-text-unguarded',
  description: 'A field (or array items) of `type: string` with no enum, const, pattern, format, maxLength, pseudonym or granularity.',
  check: ({ fields }) =>
    fields
      .filter(({ rule }) => allowsString(rule) && GUARDS.every((guard) => rule[guard] === undefined))
      .map(({ path, policyPointer, item }) => {
        const field = path.join('.');
        const what = item ? `The items of field "${field}" are` : `Field "${field}" is`;
        return {
          pointer: policyPointer,
          field,
          message:
            `${what} free-form strings, and free text routinely carries names, paths, hostnames and tokens ` +
            '(pitfall 19): constrain it with an enum, a pattern, a format or a maxLength.',
        };
      }),
};

function allowsString(rule: FieldRule): boolean {
  return rule.type === 'string' || (Array.isArray(rule.type) && rule.type.includes('string'));
}
