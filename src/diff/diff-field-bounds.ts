import type { FieldRule } from '../policy/types.js';
import { fieldChange, type RulePair } from './_field-emit.js';

type BoundKey = 'minimum' | 'exclusiveMinimum' | 'maximum' | 'exclusiveMaximum' | 'maxLength' | 'maxItems';

/** Lower bounds widen when lowered or removed; upper bounds and size limits widen when raised or removed. */
const BOUNDS: ReadonlyArray<readonly [BoundKey, 'lower' | 'upper']> = [
  ['minimum', 'lower'], ['exclusiveMinimum', 'lower'], ['maximum', 'upper'], ['exclusiveMaximum', 'upper'],
  ['maxLength', 'upper'], ['maxItems', 'upper'],
];

/** Compare numeric bounds and size limits of a field rule. */
export function diffBounds(pair: RulePair): void {
  for (const [key, side] of BOUNDS) diffBound(pair, key, side);
}

function diffBound(pair: RulePair, key: BoundKey, side: 'lower' | 'upper'): void {
  const before: FieldRule[BoundKey] = pair.base[key];
  const after: FieldRule[BoundKey] = pair.head[key];
  if (before === after) return;
  if (after === undefined) {
    fieldChange(pair, key, 'expands', `${key} ${before} removed`, { controls: ['receiver-validation'] });
    return;
  }
  if (before === undefined) {
    fieldChange(pair, key, 'reduces', `${key} ${after} added`);
    return;
  }
  const wider = side === 'upper' ? after > before : after < before;
  fieldChange(pair, key, wider ? 'expands' : 'reduces', `${key} ${before} → ${after}`, wider ? { controls: ['receiver-validation'] } : {});
}
