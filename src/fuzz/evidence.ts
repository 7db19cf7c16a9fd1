import { maskValue } from '../findings/mask.js';

const MAX_EVIDENCE = 400;

/**
 * A record's shape with every string masked (first and last character and length), numbers and
 * booleans kept: enough to see how small a shrunk counterexample is, never a personal value.
 */
export function maskedShape(value: unknown): string {
  const text = JSON.stringify(mask(value, 0)) ?? 'undefined';
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;
}

function mask(value: unknown, depth: number): unknown {
  if (depth > 8) return '…';
  if (typeof value === 'string') return maskValue(value);
  if (Array.isArray(value)) return value.slice(0, 5).map((v) => mask(v, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).slice(0, 60).map(([k, v]) => [k, mask(v, depth + 1)]));
  }
  return value;
}

/** Number of keys in a record, nested objects included (how big a shrunk payload is). */
export function fieldCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return (Array.isArray(value) ? 0 : children.length) + children.reduce((n: number, v) => n + fieldCount(v), 0);
}
