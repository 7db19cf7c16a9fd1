import { normalizeName } from '../../compile/names.js';
import type { LintHit, LintRule } from '../types.js';

/** policy-conflict: a field (names normalised, any depth) both allowed and prohibited. */
export const policyConflict: LintRule = {
  name: 'policy-conflict',
  code: 'policy-conflict',
  description: 'A field in `fields` (at any depth, names normalised) is also listed in `prohibited.fields`.',
  check: ({ policy, fields }) => {
    const prohibited = new Map<string, number>();
    (policy.prohibited?.fields ?? []).forEach((name, i) => {
      const key = normalizeName(name);
      if (key !== '' && !prohibited.has(key)) prohibited.set(key, i);
    });
    if (prohibited.size === 0) return [];
    const hits: LintHit[] = [];
    for (const field of fields) {
      if (field.item) continue;
      const dotted = field.path.join('.');
      const index = prohibited.get(normalizeName(field.name)) ?? prohibited.get(normalizeName(dotted));
      if (index === undefined) continue;
      hits.push({
        pointer: field.policyPointer,
        field: dotted,
        message:
          `Field "${dotted}" is allowed in \`fields\` but prohibited by \`prohibited.fields[${index}]\` ` +
          '(names compare normalised, at any depth): remove it from one of the two lists.',
      });
    }
    return hits;
  },
};
