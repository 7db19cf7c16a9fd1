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

/** Objects of more keys than this are built from a compiled literal of their key list (see objectOf). */
const LITERAL_FROM = 12;
/** Most key lists with a compiled builder, and most keys in one (beyond, objects are built key by key). */
const MAX_BUILDERS = 512;
const MAX_BUILDER_KEYS = 128;

/** A node of the key-list trie: the lists that go on with each next key, and the builder of the list that ends here. */
interface ListNode {
  readonly next: Map<string, ListNode>;
  build: ((values: readonly unknown[]) => JsonObject) | undefined;
}

const lists: ListNode = { next: new Map(), build: undefined };
let builderCount = 0;

/**
 * The builder of a key list, found key by key in a trie: no id is joined from the keys, so a lookup costs one
 * map read per key (keys of parsed JSON are interned, their hashes kept) and allocates nothing.
 */
function builderOf(keys: readonly string[]): ((values: readonly unknown[]) => JsonObject) | undefined {
  let node: ListNode | undefined = lists;
  for (let i = 0; i < keys.length && node !== undefined; i++) node = node.next.get(keys[i] as string);
  return node?.build;
}

/** Compile and keep the builder of a key list of distinct keys (none `__proto__`, which a literal would take for the prototype). */
function addBuilder(keys: readonly string[]): ((values: readonly unknown[]) => JsonObject) | undefined {
  if (builderCount >= MAX_BUILDERS || keys.some((k) => k === '__proto__' || k.length > 256)) return undefined;
  let node = lists;
  for (const key of keys) {
    let child = node.next.get(key);
    if (child === undefined) {
      child = { next: new Map(), build: undefined };
      node.next.set(key, child);
    }
    node = child;
  }
  node.build = new Function('v', `return {${keys.map((k, i) => `${JSON.stringify(k)}: v[${i}]`).join(', ')}};`) as (values: readonly unknown[]) => JsonObject;
  builderCount++;
  return node.build;
}

/**
 * An object with these keys and values, in this order; undefined when a key repeats. Built key by key
 * (with a check per key), an object turns into a slow dictionary in V8 past about 16 keys, and every
 * later read and walk pays for it; so a larger one comes from an object literal of its key list,
 * compiled once per list (telemetry repeats its attribute sets). Each key is written into the literal
 * by JSON.stringify, a valid string literal whatever the key holds; `__proto__` is built key by key.
 */
export function objectOf(keys: readonly string[], values: readonly unknown[]): JsonObject | undefined {
  let distinct = false;
  if (keys.length > LITERAL_FROM && keys.length <= MAX_BUILDER_KEYS) {
    let build = builderOf(keys);
    if (build === undefined) {
      if (new Set(keys).size !== keys.length) return undefined;
      distinct = true;
      build = addBuilder(keys);
    }
    if (build !== undefined) return build(values);
  }
  const out: JsonObject = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!distinct && Object.hasOwn(out, key)) return undefined;
    defineOwn(out, key, values[i]);
  }
  return out;
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
