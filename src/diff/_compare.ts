import type { DiffContext } from './_context.js';
import { addChange } from './_context.js';
import type { ChangeTopic } from './types.js';
import { joinPointer } from '../_pointer.js';

/** A plain object's own entries, or an empty object for anything else. */
export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The strings of an array (other items are ignored), or an empty list. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Deep equality of policy data (JSON values), with sorted object keys. */
export function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown, depth = 0): string {
  if (depth > 64) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => stable(v, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${stable(record[k], depth + 1)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Items of `after` not in `before` (exact match). */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const seen = new Set(before);
  return after.filter((item) => !seen.has(item));
}

/** A short quoted list for a message: `"a", "b" and 3 more`; each item is cut to 40 characters. */
export function quoteList(items: readonly unknown[], max = 3): string {
  const shown = items.slice(0, max).map((item) => {
    const text = typeof item === 'string' ? item : JSON.stringify(item) ?? String(item);
    return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  });
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** A value for a message (never used for key or secret references): quoted and cut to 40 characters. */
export function show(value: unknown): string {
  if (value === undefined) return 'not declared';
  return quoteList([value], 1);
}

/**
 * Every key of `base` or `head` that no comparison handled and that differs is reported as
 * "changed, review", so no key is ever silently ignored.
 */
export function reportLeftovers(
  ctx: DiffContext,
  base: Record<string, unknown>,
  head: Record<string, unknown>,
  handled: ReadonlySet<string>,
  pointer: string,
  subject: string,
  topic: ChangeTopic,
): void {
  const keys = new Set([...Object.keys(base), ...Object.keys(head)]);
  for (const key of [...keys].sort()) {
    if (handled.has(key) || same(base[key], head[key])) continue;
    const where = subject === '' ? key : `${subject}.${key}`;
    addChange(ctx, {
      topic, direction: 'review', pointer: joinPointer(pointer, key), subject: where,
      message: `\`${where}\` changed in a way the diff cannot classify: review it.`,
    });
  }
}
