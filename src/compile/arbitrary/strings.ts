import fc from 'fast-check';
import { detectString } from '../../detect/index.js';
import { ToolError } from '../../errors.js';
import type { FieldRule } from '../../policy/types.js';
import { FORMAT_PATTERNS } from '../formats.js';

/** Lower-case filler words: no names, places, digits or anything a PII detector could take for personal data. */
export const SAFE_WORDS: readonly string[] = [
  'lorem', 'ipsum', 'dolor', 'amet', 'render', 'cache', 'widget', 'frame', 'buffer', 'queue', 'retry', 'panel',
  'layout', 'export', 'import', 'toolbar', 'canvas', 'shader', 'vertex', 'module', 'plugin', 'socket', 'worker',
  'thread', 'parser', 'token', 'lexer', 'syntax', 'window', 'scroll', 'button', 'slider', 'tab', 'menu',
];

/** A safe filler word. */
export const safeWord: fc.Arbitrary<string> = fc.constantFrom(...SAFE_WORDS);

/** Free text of safe words, its length within [min, max] characters. */
export function safeText(min = 0, max = 80): fc.Arbitrary<string> {
  const hi = Math.max(min, Math.min(max, 80));
  return fc.array(safeWord, { minLength: 1, maxLength: 8 }).map((words) => fitLength(words.join(' '), min, hi));
}

/** Pad with filler or cut so that the length lies within [min, max]. */
export function fitLength(text: string, min: number, max: number): string {
  let out = text;
  while (out.length < min) out = out.length === 0 ? 'lorem' : `${out} lorem`;
  if (out.length > max) out = out.slice(0, max);
  return out.length < min ? out.padEnd(min, 'x') : out;
}

/** The regular expressions a string field's value must match (its pattern and its format). */
export function stringRegexes(rule: FieldRule): RegExp[] {
  const sources = [rule.pattern, rule.format ? FORMAT_PATTERNS[rule.format] : undefined].filter((s): s is string => s !== undefined);
  return sources.map((source) => new RegExp(source, 'u'));
}

/** True when `value` satisfies a string rule's pattern, format and length bounds. */
export function fitsString(rule: FieldRule, value: string): boolean {
  const length = Array.from(value).length;
  if (rule.minLength !== undefined && length < rule.minLength) return false;
  if (rule.maxLength !== undefined && length > rule.maxLength) return false;
  return stringRegexes(rule).every((re) => re.test(value));
}

/**
 * `arb` restricted to values `accept`s. The filter is checked once on a fixed sample so that a
 * constraint no generated value can meet fails at build time instead of looping forever.
 */
export function feasibleFilter<T>(arb: fc.Arbitrary<T>, accept: (value: T) => boolean, what: string): fc.Arbitrary<T> {
  const sample = fc.sample(arb, { numRuns: 64, seed: 42 });
  const passed = sample.filter(accept).length;
  if (passed === 0) throw new ToolError('compile-failed', `arbitrary: cannot generate a value for ${what} (no candidate satisfies its constraints)`);
  return arb.filter(accept);
}

/** True when a rule constrains a string's shape (enum, const, pattern or format). */
export function isShaped(rule: FieldRule): boolean {
  return rule.enum !== undefined || rule.const !== undefined || rule.pattern !== undefined || rule.format !== undefined;
}

/** `arb` restricted by `accept`, or undefined when no value of a fixed sample passes (the mutation does not apply). */
export function tryFilter<T>(arb: fc.Arbitrary<T>, accept: (value: T) => boolean): fc.Arbitrary<T> | undefined {
  const sample = fc.sample(arb, { numRuns: 64, seed: 42 });
  const passed = sample.filter(accept).length;
  return passed === 0 ? undefined : arb.filter(accept);
}

/** The key a value at this logical path sits under (array indices skipped). */
export function keyOfPath(path: readonly string[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (!/^\d+$/.test(path[i]!)) return path[i];
  return undefined;
}

/** True when no detector sees personal data or a secret in `value` under `key`. */
export function isQuiet(value: string, key: string | undefined): boolean {
  return detectString(value, key).length === 0;
}

/**
 * Values a detector stays quiet about, when some are: a policy's own enum or pseudonym form may hold
 * values a detector misreads (a country that reads as a name); conforming records avoid them.
 */
export function preferQuiet<T>(arb: fc.Arbitrary<T>, key: string | undefined): fc.Arbitrary<T> {
  return tryFilter(arb, (v) => typeof v !== 'string' || isQuiet(v, key)) ?? arb;
}
