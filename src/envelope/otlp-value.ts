/**
 * OTLP/JSON AnyValue and KeyValue lists → plain JS. Containers (`attributes`, `kvlistValue.values`,
 * `arrayValue.values`, KeyValue entries) must be well formed; an AnyValue with an unknown field, several
 * fields, or nesting past {@link MAX_ANY_VALUE_DEPTH} is kept as written (opaque), so nothing in it escapes
 * the detectors. Pointers are not recorded here: {@link layersPointer} finds them on demand.
 */
import { describeValue } from '../findings/mask.js';
import type { ScanExtra } from './types.js';
import { anyValuePointer, entryPointer, fieldOf, OPAQUE, type AttributeLayer } from './otlp-pointer.js';
import { leafExtras } from './_leaf-extras.js';
import { defineOwn, expectObject, invalid, isObject, objectOf, own, type JsonObject } from './_shape.js';

export { MAX_ANY_VALUE_DEPTH, type AttributeLayer } from './otlp-pointer.js';

const STAGE = 'OTLP';

/**
 * Convert an AnyValue into plain JS. `at()` gives its payload pointer (only asked for an error or a hidden
 * duplicate); values hidden by a later duplicate key inside a kvlist are appended to `extras`, leaf by leaf.
 */
export function convertAnyValue(any: unknown, at: () => string, depth: number, extras: ScanExtra[]): unknown {
  if (!isObject(any)) return any === undefined ? null : any;
  const field = fieldOf(any, depth);
  if (field === OPAQUE) return any;
  if (field === undefined) return null;
  const inner = any[field];
  if (field === 'arrayValue' || field === 'kvlistValue') {
    const innerAt = `${at()}/${field}`;
    const values = own(expectObject(inner, innerAt, STAGE), 'values') ?? [];
    if (!Array.isArray(values)) throw invalid(STAGE, `${innerAt}/values is ${describeValue(values)}, expected an array`);
    if (field === 'kvlistValue') return convertLayers([{ list: values, at: `${innerAt}/values` }], depth + 1, extras);
    return values.map((item, i) => convertAnyValue(item, () => `${innerAt}/values/${i}`, depth + 1, extras));
  }
  if (field === 'intValue') return convertInt(inner);
  if (field === 'doubleValue') return convertDouble(inner);
  return inner;
}

/**
 * Merge KeyValue lists into one object, later lists and later entries winning; an entry that loses to a later
 * duplicate key is still converted and appended to `extras`, leaf by leaf, so detectors scan it.
 */
export function convertLayers(layers: readonly AttributeLayer[], depth: number, extras: ScanExtra[]): JsonObject {
  return uniqueKeys(layers, depth, extras) ?? mergeLayers(layers, depth, extras);
}

/**
 * The common case, no key twice: one pass converting each entry, no bookkeeping of winners, the object
 * made at the end (objectOf keeps a large one fast). Undefined (with `extras` as it was) when a key repeats
 * or an entry is bad, so that mergeLayers handles it and reports the same first error as always.
 */
function uniqueKeys(layers: readonly AttributeLayer[], depth: number, extras: ScanExtra[]): JsonObject | undefined {
  const mark = extras.length;
  const keys: string[] = [];
  const values: unknown[] = [];
  try {
    for (const { list, at } of layers) {
      for (let i = 0; i < list.length; i += 1) {
        const kv = list[i];
        const key = isObject(kv) ? own(kv, 'key') : undefined;
        if (typeof key !== 'string') {
          extras.length = mark;
          return undefined;
        }
        keys.push(key);
        values.push(convertEntry(kv as JsonObject, () => `${at}/${i}/value`, depth, extras));
      }
    }
  } catch {
    extras.length = mark;
    return undefined;
  }
  const out = objectOf(keys, values);
  if (out === undefined) extras.length = mark;
  return out;
}

/** Later lists and later entries win; losers are converted and their leaves appended to `extras`. */
function mergeLayers(layers: readonly AttributeLayer[], depth: number, extras: ScanExtra[]): JsonObject {
  const winner = new Map<string, number>();
  let position = 0;
  for (const { list, at } of layers) {
    for (let i = 0; i < list.length; i += 1) winner.set(keyOf(list[i], at, i), position++);
  }
  const out: JsonObject = {};
  position = 0;
  for (const { list, at } of layers) {
    for (let i = 0; i < list.length; i += 1) {
      const kv = list[i] as JsonObject;
      const key = kv.key as string;
      const value = convertEntry(kv, () => `${at}/${i}/value`, depth, extras);
      if (winner.get(key) === position++) {
        defineOwn(out, key, value);
      } else {
        const entryAt = `${at}/${i}`;
        extras.push(...leafExtras(key, value, (logical) => entryPointer(kv, entryAt, segmentsOf(logical), 0)));
      }
    }
  }
  return out;
}

/** Extras for every leaf of a stand-alone AnyValue (a log body) written at `at`. */
export function anyValueLeafExtras(any: unknown, at: string, key: string): ScanExtra[] {
  const extras: ScanExtra[] = [];
  const value = convertAnyValue(any, () => at, 0, extras);
  return [...extras, ...leafExtras(key, value, (logical) => anyValuePointer(any, at, segmentsOf(logical), 0, 0))];
}

function segmentsOf(logical: string): readonly string[] {
  return logical === '' ? [] : logical.slice(1).split('/');
}

function keyOf(entry: unknown, at: string, i: number): string {
  const key = own(expectObject(entry, `${at}/${i}`, STAGE), 'key');
  if (typeof key !== 'string') throw invalid(STAGE, `${at}/${i}/key is ${describeValue(key)}, expected a string`);
  return key;
}

function convertEntry(kv: JsonObject, at: () => string, depth: number, extras: ScanExtra[]): unknown {
  return own(kv, 'value') === undefined ? null : convertAnyValue(kv.value, at, depth, extras);
}

/** intValue is an int64: a JSON string or number; beyond Number.MAX_SAFE_INTEGER it stays a string. */
function convertInt(value: unknown): unknown {
  if (typeof value !== 'string' || !/^-?[0-9]{1,400}$/.test(value)) return value;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value;
}

/** doubleValue is a JSON number, or a string such as "1.5" or "NaN" (kept as a string when not finite). */
function convertDouble(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}
