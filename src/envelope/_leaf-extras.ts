/** Internal: turn a converted value into scan extras, one per primitive leaf, each with its payload pointer. */
import type { ScanExtra } from './types.js';
import { escapePointerSegment } from './pointer.js';
import { lookupPointer } from './_lookup.js';
import type { Target } from './otlp-value.js';

/** Nesting past this depth is handed over as one extra holding the whole sub-value. */
const MAX_WALK_DEPTH = 64;

/**
 * Extras for every non-null primitive leaf of `value`, keyed by the nearest object key (`key` at the top),
 * with pointers resolved through `map` (logical pointers rooted at `''`), falling back to `fallback`.
 */
export function leafExtras(key: string, value: unknown, map: ReadonlyMap<string, Target>, fallback: string): ScanExtra[] {
  const out: ScanExtra[] = [];
  walk(value, '', key, 0);
  return out;

  function walk(node: unknown, logical: string, nearestKey: string, depth: number): void {
    if (node === null || node === undefined) return;
    if (typeof node !== 'object' || depth > MAX_WALK_DEPTH) {
      out.push({ key: nearestKey, value: node, pointer: lookupPointer(map, logical, fallback) });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${logical}/${i}`, nearestKey, depth + 1));
    } else {
      for (const [childKey, child] of Object.entries(node)) {
        walk(child, `${logical}/${escapePointerSegment(childKey)}`, childKey, depth + 1);
      }
    }
  }
}
