/** Internal: turn a converted value into scan extras, one per primitive leaf, each with its payload pointer. */
import type { ScanExtra } from './types.js';
import { escapePointerSegment } from './pointer.js';
import { MAX_ANY_VALUE_DEPTH } from './otlp-pointer.js';

/**
 * Extras for every non-null primitive leaf of `value`, keyed by the nearest object key (`key` at the top),
 * with pointers from `pointerOf` (given the leaf's pointer within `value`). A node deeper than `cutDepth`
 * becomes one extra holding the whole sub-value; `cutDepth` is chosen so that such a node is an AnyValue kept
 * as written (the default when `value` is a converted AnyValue, one more when it is an object of attributes),
 * so paths inside it carry over to the payload.
 */
export function leafExtras(key: string, value: unknown, pointerOf: (logical: string) => string, cutDepth = MAX_ANY_VALUE_DEPTH): ScanExtra[] {
  const out: ScanExtra[] = [];
  walk(value, '', key, 0);
  return out;

  function walk(node: unknown, logical: string, nearestKey: string, depth: number): void {
    if (node === null || node === undefined) return;
    if (typeof node !== 'object' || depth > cutDepth) {
      out.push({ key: nearestKey, value: node, pointer: pointerOf(logical) });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${logical}/${i}`, nearestKey, depth + 1));
    } else {
      for (const [childKey, child] of Object.entries(node)) {
        walk(child, `${logical}/${escapePointerSegment(childKey)}`, childKey, depth + 1);
      }
    }
  }
}
