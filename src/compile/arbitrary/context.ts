import type { FieldMap, FieldRule, Policy, UnknownFields } from '../../policy/types.js';
import { normalizeName } from '../names.js';
import { PERSONAL_SEMCONV_ATTRIBUTES } from '../semconv.js';

/** A path to an object in a record: field names, and `ITEM` for "one element of this array". */
export type Step = string | typeof ITEM;

/** The step into one element of an array field. */
export const ITEM: unique symbol = Symbol('item');

/** What the generators need to know about a policy beyond one field rule. */
export interface ArbContext {
  readonly policy: Policy;
  /** Path of the consent flag field, when the policy declares one the records must carry. */
  readonly flagPath: readonly string[] | undefined;
  /** True when a missing flag is a finding (`payloadFlag.required` is not false). */
  readonly flagRequired: boolean;
  /** Path of the field that carries the sample rate, when the policy checks one. */
  readonly samplePath: readonly string[] | undefined;
  /** Allowed sample-rate range (`sampling.min` .. `sampling.max`, defaults 0 .. 1). */
  readonly sampleRange: { readonly min: number; readonly max: number };
  /** Prohibited names as written: the policy's own list, then (unless disabled) the semconv list. */
  readonly prohibitedNames: readonly string[];
  /** Normalised prohibited names (policy list plus semconv list). */
  readonly prohibited: ReadonlySet<string>;
  /** Normalised names of the policy's own list (they apply even to declared fields). */
  readonly ownProhibited: ReadonlySet<string>;
  /** Arbitraries already built, by logical path: building one may sample (pattern feasibility), so each is built once. */
  readonly memo: Map<string, unknown>;
}

/** Build `make()` once per key within a context. */
export function memoized<T>(ctx: ArbContext, key: string, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = make();
  ctx.memo.set(key, value);
  return value;
}

/** Build the generator context of a policy (pure). */
export function arbContext(policy: Policy): ArbContext {
  const own = policy.prohibited?.fields ?? [];
  const semconv = policy.prohibited?.semconv === false ? [] : PERSONAL_SEMCONV_ATTRIBUTES;
  const flag = policy.consent?.payloadFlag;
  const flagPath = flag ? fieldPath(policy.fields, flag.field) : undefined;
  return {
    policy,
    flagPath,
    flagRequired: flag !== undefined && flag.required !== false,
    samplePath: samplePathOf(policy),
    sampleRange: { min: policy.sampling?.min ?? 0, max: policy.sampling?.max ?? 1 },
    prohibitedNames: [...own, ...semconv],
    prohibited: new Set([...own, ...semconv].map(normalizeName)),
    ownProhibited: new Set(own.map(normalizeName)),
    memo: new Map(),
  };
}

/** The declared path of a field named like the checks look it up: an own key first, then a dotted path. */
export function fieldPath(fields: FieldMap, name: string): string[] | undefined {
  if (Object.hasOwn(fields, name)) return [name];
  const path = name.split('.');
  let map: FieldMap | undefined = fields;
  for (const segment of path) {
    if (!map || !Object.hasOwn(map, segment)) return undefined;
    map = map[segment]?.fields;
  }
  return path;
}

function samplePathOf(policy: Policy): string[] | undefined {
  const sampling = policy.sampling;
  if (!sampling || (sampling.min === undefined && sampling.max === undefined)) return undefined;
  if (sampling.field !== undefined) return fieldPath(policy.fields, sampling.field);
  const marked = Object.entries(policy.fields).find(([, rule]) => rule.sampleRate === true);
  if (marked) return [marked[0]];
  return Object.hasOwn(policy.fields, 'sample_rate') ? ['sample_rate'] : undefined;
}

/** True when two logical paths are equal. */
export function samePath(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((s, i) => s === b[i]);
}

/** True when `path` equals `target` or is one of its ancestors (removing or breaking it loses `target`). */
export function onPathTo(target: readonly string[] | undefined, path: readonly string[]): boolean {
  return target !== undefined && path.length <= target.length && path.every((s, i) => s === target[i]);
}

/** The `unknownFields` mode inside an object with this rule, given the mode around it. */
export function innerUnknown(rule: FieldRule | undefined, around: UnknownFields): UnknownFields {
  return rule?.unknownFields ?? around;
}

/** The declared JSON types of a rule (as in to-schema: fields imply object, items imply array). */
export function typesOf(rule: FieldRule): string[] {
  const types = rule.type === undefined ? [] : Array.isArray(rule.type) ? [...rule.type] : [rule.type];
  if (types.length === 0 && rule.fields) return ['object'];
  if (types.length === 0 && rule.items) return ['array'];
  return types;
}
