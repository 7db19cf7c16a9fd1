/** Internal: shape checks on parsed JSON that fail with a one-line ToolError naming what was received. */
import { ToolError } from '../errors.js';
import { describeValue } from '../findings/mask.js';

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only, never one inherited from a prototype. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Define `key` as an own data property, also for `__proto__`, without touching any prototype. */
export function defineOwn(object: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

/** Objects of more keys than this are built from a parsed skeleton (see objectOf). */
const SKELETON_FROM = 12;

/**
 * An object with these keys and values, in this order; undefined when a key repeats. V8 turns an
 * object built up key by key through computed names into a slow dictionary past about 16 keys (every
 * later read and walk pays for it), so a larger one is parsed from a skeleton of its keys — JSON.parse
 * makes fast objects — and its values are then written over existing own properties (`__proto__`
 * included: an own data property, never the prototype).
 */
export function objectOf(keys: readonly string[], values: readonly unknown[]): JsonObject | undefined {
  let out: JsonObject;
  if (keys.length > SKELETON_FROM) {
    let text = '{';
    for (let i = 0; i < keys.length; i++) text += `${i === 0 ? '' : ','}${JSON.stringify(keys[i])}:0`;
    out = JSON.parse(`${text}}`) as JsonObject;
    for (let i = 0; i < keys.length; i++) out[keys[i] as string] = values[i];
  } else {
    out = {};
    for (let i = 0; i < keys.length; i++) defineOwn(out, keys[i] as string, values[i]);
  }
  return Object.keys(out).length === keys.length ? out : undefined;
}

/** The `input-invalid` error of a decoder, e.g. `OTLP: /resourceLogs is a string …`. */
export function invalid(stage: string, reason: string): ToolError {
  return new ToolError('input-invalid', `${stage}: ${reason}`);
}

/** `value` as an object, or an input-invalid error naming the pointer and what was there. */
export function expectObject(value: unknown, at: string, stage: string): JsonObject {
  if (isObject(value)) return value;
  throw invalid(stage, `${at || 'the payload'} is ${describeValue(value)}, expected an object`);
}

/** The array at `object[key]`: empty when absent or null (proto3 JSON omits empty lists), else an error. */
export function listAt(object: JsonObject | undefined, key: string, at: string, stage: string): readonly unknown[] {
  const value = object === undefined ? undefined : own(object, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  throw invalid(stage, `${at}/${key} is ${describeValue(value)}, expected an array`);
}

/** The object at `object[key]`, undefined when absent or null, else an error. */
export function optionalObjectAt(object: JsonObject, key: string, at: string, stage: string): JsonObject | undefined {
  const value = own(object, key);
  if (value === undefined || value === null) return undefined;
  return expectObject(value, `${at}/${key}`, stage);
}
