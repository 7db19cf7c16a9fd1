/** Test helpers: enumerate the leaves of a decoded value and compare them with what their pointer resolves to. */
import { isDeepStrictEqual } from 'node:util';
import { escapePointerSegment } from '../../../src/envelope/pointer.js';

/** Every leaf (primitive, null, empty array or object below the root) of `value`, with its logical pointer. */
export function leavesOf(value: unknown, pointer = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[pointer, value]];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value);
  if (entries.length === 0) return pointer === '' ? [] : [[pointer, value]];
  return entries.flatMap(([key, child]) => leavesOf(child, `${pointer}/${escapePointerSegment(key)}`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when `written` (what the pointer resolves to in the payload) is how `leaf` was written:
 * the same value, an int64/double written as a string, `null` written as an AnyValue with no field set or
 * a KeyValue without value, or an empty list written as an AnyValue with no values.
 */
export function writtenAs(leaf: unknown, written: unknown): boolean {
  if (isDeepStrictEqual(leaf, written)) return true;
  if (typeof leaf === 'number' && typeof written === 'string') return Number(written) === leaf;
  if (!isObject(written)) return false;
  if (leaf === null) {
    return Object.values(written).every((v) => v === null) || (Object.hasOwn(written, 'key') && !Object.hasOwn(written, 'value'));
  }
  const list = written.arrayValue ?? written.kvlistValue;
  if (isObject(list) && (Array.isArray(leaf) || isObject(leaf)) && Object.keys(leaf).length === 0) {
    return list.values === undefined || (Array.isArray(list.values) && list.values.length === 0);
  }
  return false;
}
