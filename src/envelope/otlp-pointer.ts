/**
 * Pointers of OTLP records, found on demand: a pointer into a record's value (`/user.id`, `/config/nested/0`)
 * → the pointer where that value is written in the payload, following the same rules as the conversion
 * (later layers and later duplicate keys win; scalars point at their `stringValue`/`intValue`… leaf;
 * arrays and kvlists at their AnyValue; opaque values carry the rest of the path over as written).
 */
import { unescapePointerSegment } from './pointer.js';
import { isObject, own, type JsonObject } from './_shape.js';

/** AnyValue nesting deeper than this is kept as written instead of converted. */
export const MAX_ANY_VALUE_DEPTH = 64;

/** One attribute list of a record, with the pointer of the list as written. */
export interface AttributeLayer {
  readonly list: readonly unknown[];
  readonly at: string;
}

/** Marks an AnyValue kept as written: unknown field, several fields, or too deep. */
export const OPAQUE: unique symbol = Symbol('opaque');

const FIELDS: ReadonlySet<string> = new Set(['stringValue', 'boolValue', 'intValue', 'doubleValue', 'bytesValue', 'arrayValue', 'kvlistValue']);
const ARRAY_INDEX = /^(0|[1-9][0-9]{0,8})$/;

/** The one AnyValue field set (null counts as unset); undefined when none; OPAQUE for unknown or several fields. */
export function fieldOf(any: JsonObject, depth: number): string | undefined | typeof OPAQUE {
  if (depth > MAX_ANY_VALUE_DEPTH) return OPAQUE;
  let found: string | undefined;
  for (const key in any) {
    if (!Object.hasOwn(any, key)) continue;
    const value = any[key];
    if (value === null || value === undefined) continue;
    if (!FIELDS.has(key) || found !== undefined) return OPAQUE;
    found = key;
  }
  return found;
}

/** The payload pointer of `logical` in a record merging `layers`; `itemAt` for `''` and for what is not there. */
export function layersPointer(layers: readonly AttributeLayer[], logical: string, itemAt: string): string {
  if (!logical.startsWith('/')) return itemAt;
  const segments = logical.slice(1).split('/');
  const key = unescapePointerSegment(segments[0] ?? '');
  for (let l = layers.length - 1; l >= 0; l -= 1) {
    const { list, at } = layers[l] as AttributeLayer;
    const i = lastIndexOfKey(list, key);
    if (i >= 0) return entryPointer(list[i] as JsonObject, `${at}/${i}`, segments, 1);
  }
  return itemAt;
}

/** The payload pointer of `segments` (escaped, from index `from`) below the KeyValue written at `at`. */
export function entryPointer(kv: JsonObject, at: string, segments: readonly string[], from: number): string {
  return own(kv, 'value') === undefined ? at : anyValuePointer(kv.value, `${at}/value`, segments, from, 0);
}

/** The payload pointer of `segments` (escaped, from index `from`) below the AnyValue written at `at`. */
export function anyValuePointer(any: unknown, at: string, segments: readonly string[], from: number, depth: number): string {
  let node = any;
  let pointer = at;
  for (let i = from, d = depth; ; i += 1, d += 1) {
    const field = isObject(node) ? fieldOf(node, d) : OPAQUE;
    if (field === OPAQUE) return pointer + rest(segments, i);
    if (field === undefined || !isObject(node)) return pointer;
    if (field !== 'arrayValue' && field !== 'kvlistValue') return `${pointer}/${field}${rest(segments, i)}`;
    const segment = segments[i];
    const container = node[field];
    const values = isObject(container) ? own(container, 'values') : undefined;
    if (segment === undefined || !Array.isArray(values)) return pointer;
    const key = unescapePointerSegment(segment);
    if (field === 'arrayValue') {
      if (!ARRAY_INDEX.test(key) || Number(key) >= values.length) return pointer;
      node = values[Number(key)];
      pointer = `${pointer}/arrayValue/values/${key}`;
    } else {
      const j = lastIndexOfKey(values, key);
      if (j < 0) return pointer;
      const kv = values[j] as JsonObject;
      pointer = `${pointer}/kvlistValue/values/${j}`;
      if (own(kv, 'value') === undefined) return pointer;
      node = kv.value;
      pointer = `${pointer}/value`;
    }
  }
}

function lastIndexOfKey(list: readonly unknown[], key: string): number {
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const entry = list[i];
    if (isObject(entry) && own(entry, 'key') === key) return i;
  }
  return -1;
}

function rest(segments: readonly string[], from: number): string {
  let out = '';
  for (let i = from; i < segments.length; i += 1) out += `/${segments[i]}`;
  return out;
}
