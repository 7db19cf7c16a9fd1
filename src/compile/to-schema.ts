import type { FieldMap, FieldRule, JsonType, Policy, UnknownFields } from '../policy/types.js';
import { FORMAT_PATTERNS } from './formats.js';

/** A JSON Schema object, as emitted (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Policy → JSON Schema of one record. Pure and deterministic: keys are emitted in a fixed
 * order, so the same policy always gives byte-identical JSON.
 */
export function toSchema(policy: Policy): JsonSchema {
  return {
    $schema: DRAFT,
    $id: `urn:telemetry-gate:policy:${policy.policy}`,
    title: policy.title ?? policy.policy,
    ...(policy.description ? { description: policy.description } : {}),
    ...objectSchema(policy.fields, policy.unknownFields ?? 'reject'),
  };
}

function objectSchema(fields: FieldMap | undefined, unknown: UnknownFields): JsonSchema {
  const entries = Object.entries(fields ?? {});
  const properties: Record<string, JsonSchema> = {};
  for (const [name, rule] of entries) properties[name] = fieldSchema(rule, unknown);
  const required = entries.filter(([, rule]) => rule.required === true).map(([name]) => name);
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: unknown === 'allow',
  };
}

/** One field rule → its JSON Schema. */
export function fieldSchema(rule: FieldRule, inheritedUnknown: UnknownFields): JsonSchema {
  const out: JsonSchema = {};
  if (rule.description ?? rule.purpose) out['description'] = rule.description ?? rule.purpose;
  const types = typesOf(rule);
  if (types.length === 1) out['type'] = types[0];
  else if (types.length > 1) out['type'] = types;
  if (rule.enum) out['enum'] = rule.nullable && !rule.enum.includes(null) ? [...rule.enum, null] : rule.enum;
  if (rule.const !== undefined) out['const'] = rule.const;
  for (const key of BOUNDS) if (rule[key] !== undefined) out[key] = rule[key];

  const patterns = [rule.pattern, rule.format ? FORMAT_PATTERNS[rule.format] : undefined].filter(
    (p): p is string => p !== undefined,
  );
  if (patterns.length === 1) out['pattern'] = patterns[0];
  else if (patterns.length > 1) out['allOf'] = patterns.map((pattern) => ({ pattern }));

  const unknown = rule.unknownFields ?? inheritedUnknown;
  if (rule.fields || isOnly(types, 'object')) Object.assign(out, withoutType(objectSchema(rule.fields, unknown), types));
  if (rule.items) out['items'] = fieldSchema(rule.items, unknown);
  return out;
}

const BOUNDS = [
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems',
] as const;

function typesOf(rule: FieldRule): JsonType[] {
  let types: JsonType[] = rule.type === undefined ? [] : Array.isArray(rule.type) ? [...rule.type] : [rule.type];
  if (types.length === 0 && rule.fields) types = ['object'];
  if (types.length === 0 && rule.items) types = ['array'];
  if (rule.nullable && types.length > 0 && !types.includes('null')) types.push('null');
  return types;
}

function isOnly(types: readonly JsonType[], type: JsonType): boolean {
  return types.length > 0 && types.every((t) => t === type || t === 'null');
}

function withoutType(schema: JsonSchema, types: readonly JsonType[]): JsonSchema {
  const { type: _type, ...rest } = schema;
  return types.length > 0 ? rest : schema;
}
