import { normalizeName } from '../../compile/names.js';
import { pathOf } from '../walk.js';
import type { Check, Draft } from './types.js';

/**
 * prohibited-field: a key whose normalised name is prohibited, at any depth. A field the policy
 * declares is exempt from the built-in semconv list (but not from the policy's own list).
 */
export const checkProhibited: Check = (compiled, _record, nodes) => {
  const out: Draft[] = [];
  const flagged: string[] = [];
  for (const node of nodes) {
    if (node.inArray) continue;
    if (flagged.length > 0 && flagged.some((p) => node.pointer.startsWith(`${p}/`))) continue;
    const name = normalizeName(node.key);
    if (!compiled.prohibited.has(name)) continue;
    if (node.rule && !compiled.ownProhibited.has(name)) continue;
    flagged.push(node.pointer);
    const source = compiled.ownProhibited.has(name) ? 'the policy prohibits it' : 'it is an OpenTelemetry attribute that carries personal data';
    out.push({
      code: 'prohibited-field',
      pointer: node.pointer,
      field: node.key,
      message: `Field "${pathOf(node).join('.')}" must not be sent: ${source}.`,
    });
  }
  return out;
};
