import type { Hit } from './_hit.js';
import type { NamedPattern } from './types.js';

/**
 * A policy's own named patterns (`prohibited.patterns`). They are user-supplied regular
 * expressions, so each runs on at most the first 8 KiB of a string and reports once per string;
 * a pattern that does not compile is ignored here (the policy linter reports it).
 */

/** A named pattern compiled once. */
export interface CompiledPattern {
  readonly name: string;
  readonly re: RegExp;
  readonly entity: NamedPattern['entity'];
}

const MAX_INPUT = 8 * 1024;
const cache = new WeakMap<readonly NamedPattern[], CompiledPattern[]>();

function compile(source: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try the next flag set
    }
  }
  return undefined;
}

/** Compile a policy's patterns (cached per array). */
export function compilePatterns(patterns: readonly NamedPattern[]): CompiledPattern[] {
  let out = cache.get(patterns);
  if (out === undefined) {
    out = [];
    for (const p of patterns) {
      const re = compile(p.pattern);
      if (re !== undefined) out.push({ name: p.name, re, entity: p.entity });
    }
    cache.set(patterns, out);
  }
  return out;
}

/** Hits of the custom patterns in one string. Without an entity a pattern reports as API_KEY (kind `custom`). */
export function customHits(text: string, patterns: readonly CompiledPattern[]): Hit[] {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const out: Hit[] = [];
  for (const p of patterns) {
    const m = p.re.exec(input);
    if (m && m[0].length > 0) out.push({ entity: p.entity ?? 'API_KEY', raw: m[0], confidence: 0.9, layers: [], rule: p.name });
  }
  return out;
}
