/**
 * OTLP/JSON AnyValue and KeyValue lists → plain JS, recording for every node where it was written.
 * Containers (`attributes`, `kvlistValue.values`, `arrayValue.values`, KeyValue entries) must be well formed;
 * an AnyValue with an unknown field, several fields, or nesting past {@link MAX_ANY_VALUE_DEPTH} is kept
 * as written (opaque), so nothing in it escapes the detectors.
 */
import { describeValue } from '../findings/mask.js';
import type { ScanExtra } from './types.js';
import { joinPointer } from './pointer.js';
import { defineOwn, expectObject, invalid, isObject, own, type JsonObject } from './_shape.js';
import { leafExtras } from './_leaf-extras.js';

/** AnyValue nesting deeper than this is kept as written instead of converted. */
export const MAX_ANY_VALUE_DEPTH = 64;

const STAGE = 'OTLP';
const FIELDS = ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'bytesValue', 'arrayValue', 'kvlistValue'] as const;

/** Where a logical node was written; `verbatim` when the node is the payload's own JSON, so sub-paths carry over. */
export interface Target {
  readonly pointer: string;
  readonly verbatim: boolean;
}

/** What a conversion records: logical pointer → payload target, and values hidden by a later duplicate key. */
export interface Sink {
  readonly map: Map<string, Target>;
  readonly extras: ScanExtra[];
}

/** One attribute list of a record, with the pointer of the list as written. */
export interface AttributeLayer {
  readonly list: readonly unknown[];
  readonly at: string;
}

/** A fresh, empty sink. */
export function newSink(): Sink {
  return { map: new Map(), extras: [] };
}

/** Convert the AnyValue written at `at` into plain JS, mapping `logical` (and every node below it) to the payload. */
export function convertAnyValue(any: unknown, at: string, logical: string, depth: number, sink: Sink): unknown {
  const present = isObject(any) ? FIELDS.filter((field) => own(any, field) !== undefined && own(any, field) !== null) : [];
  if (!isObject(any) || depth > MAX_ANY_VALUE_DEPTH || present.length > 1 || (present.length === 0 && Object.keys(any).length > 0)) {
    sink.map.set(logical, { pointer: at, verbatim: true });
    return any === undefined ? null : any;
  }
  const field = present[0];
  if (field === undefined) {
    sink.map.set(logical, { pointer: at, verbatim: false });
    return null;
  }
  const inner = any[field];
  const innerAt = `${at}/${field}`;
  if (field === 'arrayValue' || field === 'kvlistValue') {
    sink.map.set(logical, { pointer: at, verbatim: false });
    const values = own(expectObject(inner, innerAt, STAGE), 'values') ?? [];
    if (!Array.isArray(values)) throw invalid(STAGE, `${innerAt}/values is ${describeValue(values)}, expected an array`);
    if (field === 'kvlistValue') return convertLayers([{ list: values, at: `${innerAt}/values` }], logical, depth + 1, sink);
    return values.map((item, i) => convertAnyValue(item, `${innerAt}/values/${i}`, `${logical}/${i}`, depth + 1, sink));
  }
  sink.map.set(logical, { pointer: innerAt, verbatim: true });
  if (field === 'intValue') return convertInt(inner);
  if (field === 'doubleValue') return convertDouble(inner);
  return inner;
}

/**
 * Merge KeyValue lists into one object, later lists and later entries winning; an entry that loses to a later
 * duplicate key is still converted and added to `sink.extras`, leaf by leaf, so detectors scan it.
 */
export function convertLayers(layers: readonly AttributeLayer[], logical: string, depth: number, sink: Sink): JsonObject {
  const winner = new Map<string, string>();
  for (const { list, at } of layers) {
    list.forEach((entry, i) => winner.set(keyOf(entry, `${at}/${i}`), `${at}/${i}`));
  }
  const out: JsonObject = {};
  for (const { list, at } of layers) {
    list.forEach((entry, i) => {
      const entryAt = `${at}/${i}`;
      const kv = entry as JsonObject;
      const key = kv.key as string;
      if (winner.get(key) === entryAt) {
        defineOwn(out, key, convertEntry(kv, entryAt, joinPointer(logical, key), depth, sink));
      } else {
        const scratch = newSink();
        const value = convertEntry(kv, entryAt, '', depth, scratch);
        sink.extras.push(...scratch.extras, ...leafExtras(key, value, scratch.map, entryAt));
      }
    });
  }
  return out;
}

function keyOf(entry: unknown, at: string): string {
  const key = own(expectObject(entry, at, STAGE), 'key');
  if (typeof key !== 'string') throw invalid(STAGE, `${at}/key is ${describeValue(key)}, expected a string`);
  return key;
}

function convertEntry(kv: JsonObject, at: string, logical: string, depth: number, sink: Sink): unknown {
  if (own(kv, 'value') === undefined) {
    sink.map.set(logical, { pointer: at, verbatim: false });
    return null;
  }
  return convertAnyValue(kv.value, `${at}/value`, logical, depth, sink);
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
