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
  const out: Hit[] = [];
  runCustom(text, patterns, (hit) => out.push(hit));
  return out;
}

/**
 * Strings found clean by a pattern set (none of its patterns matches): telemetry repeats itself,
 * and a user pattern such as `[a-z0-9-]{1,63}\.awsapps\.com` costs a pass per start position.
 * A direct-mapped table of strings up to 128 characters; a slot holds the pattern set's id and the
 * string itself, so a hash collision never skips a match (both are compared first).
 */
const CLEAN_SLOTS = 1 << 15;
const CLEAN_MAX = 128;
/** Per slot: the hash, then the pattern set id (side by side, one memory read for both). */
const cleanKey = new Int32Array(CLEAN_SLOTS * 2);
const cleanText: Array<string | undefined> = new Array<string | undefined>(CLEAN_SLOTS).fill(undefined);
const setIds = new WeakMap<readonly CompiledPattern[], number>();
/** Ids are never reused; past 2^31 sets, new sets get 0 (not cached). */
let lastId = 0;

/** Forget the strings seen clean (benchmarks start each round cold). */
export function clearCustomCache(): void {
  cleanKey.fill(0);
  cleanText.fill(undefined);
}

/** FNV-1a of a string (the same hash the quick pass computes). */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** A compiled pattern set's id for clean-result caches: unique per set, 0 when caching is off. */
export function patternSetId(patterns: readonly CompiledPattern[]): number {
  let id = setIds.get(patterns);
  if (id === undefined) {
    id = lastId < 0x7fffffff ? ++lastId : 0;
    setIds.set(patterns, id);
  }
  return id;
}

/** File the custom-pattern hits of `text` with `sink`, in customHits order; true when there was none. */
export function runCustom(text: string, patterns: readonly CompiledPattern[], sink: (hit: Hit) => void): boolean {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  let clean = true;
  for (const p of patterns) {
    const m = p.re.exec(input);
    if (m && m[0].length > 0) {
      clean = false;
      sink({ entity: p.entity ?? 'API_KEY', raw: m[0], confidence: 0.9, layers: [], rule: p.name });
    }
  }
  return clean;
}

/**
 * runCustom, skipping strings this pattern set (id `setId`) already found clean. `hash` is the
 * string's FNV-1a hash when the caller has it, else 0.
 */
export function scanCustom(text: string, patterns: readonly CompiledPattern[], setId: number, hash: number, sink: (hit: Hit) => void): void {
  if (text.length > CLEAN_MAX || setId === 0) {
    runCustom(text, patterns, sink);
    return;
  }
  const h = hash === 0 ? fnv(text) : hash;
  const slot = (h ^ Math.imul(setId, 0x9e3779b1)) & (CLEAN_SLOTS - 1);
  if (cleanKey[2 * slot] === h && cleanKey[2 * slot + 1] === setId && cleanText[slot] === text) return;
  if (runCustom(text, patterns, sink)) {
    cleanKey[2 * slot] = h;
    cleanKey[2 * slot + 1] = setId;
    cleanText[slot] = text;
  }
}
