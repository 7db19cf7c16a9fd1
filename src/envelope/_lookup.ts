/** Internal: map a logical pointer to the payload through the nearest recorded ancestor. */
import type { Target } from './otlp-value.js';

/**
 * The payload pointer of `logical`: the target of its nearest recorded ancestor (itself included),
 * extended by the remaining path when that target is verbatim JSON; `fallback` when nothing matches.
 */
export function lookupPointer(map: ReadonlyMap<string, Target>, logical: string, fallback: string): string {
  if (logical !== '' && !logical.startsWith('/')) return fallback;
  let prefix = logical;
  for (;;) {
    const target = map.get(prefix);
    if (target !== undefined) return target.verbatim ? target.pointer + logical.slice(prefix.length) : target.pointer;
    if (prefix === '') return fallback;
    prefix = prefix.slice(0, prefix.lastIndexOf('/'));
  }
}
