import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { NamedPattern } from '../detect/types.js';
import { ENTITIES, type Entity } from '../findings/entities.js';
import type { Regime } from '../findings/regulations.js';
import type { FieldMap, FieldRule, LoadedPolicy, Policy, UnknownFields } from '../policy/types.js';
import { normalizeName } from './names.js';
import { PERSONAL_SEMCONV_NAMES } from './semconv.js';
import { toSchema, type JsonSchema } from './to-schema.js';
import { toValidator } from './to-validator.js';

/** A policy compiled for validation: its record schema, ajv validator and lookup tables. */
export interface CompiledPolicy {
  readonly loaded: LoadedPolicy;
  readonly policy: Policy;
  readonly schema: JsonSchema;
  readonly validator: ValidateFunction;
  /** Normalised prohibited names (policy list plus, unless disabled, personal semconv attributes). */
  readonly prohibited: ReadonlySet<string>;
  /** Names from the policy's own list (the rest come from the semconv list). */
  readonly ownProhibited: ReadonlySet<string>;
  /** Entities the detectors report (empty: none). */
  readonly entities: readonly Entity[];
  readonly patterns: readonly NamedPattern[];
  readonly regimes: readonly Regime[];
}

/** Compile a loaded policy (pure: the same policy always gives the same schema). */
export function compilePolicy(loaded: LoadedPolicy): CompiledPolicy {
  const { policy } = loaded;
  const schema = toSchema(policy);
  const ownProhibited = new Set((policy.prohibited?.fields ?? []).map(normalizeName));
  const prohibited = new Set(ownProhibited);
  if (policy.prohibited?.semconv !== false) for (const name of PERSONAL_SEMCONV_NAMES) prohibited.add(name);
  const entitySetting = policy.prohibited?.entities ?? 'all';
  return {
    loaded,
    policy,
    schema,
    validator: toValidator(schema),
    prohibited,
    ownProhibited,
    entities: entitySetting === 'all' ? ENTITIES : entitySetting === 'none' ? [] : entitySetting,
    patterns: (policy.prohibited?.patterns ?? []).map((p) => (p.entity ? { name: p.name, pattern: p.pattern, entity: p.entity } : { name: p.name, pattern: p.pattern })),
    regimes: policy.regulations ?? ['gdpr', 'ccpa', 'nigeria'],
  };
}

/** The rule governing a logical path (array indices step into `items`), or undefined if undeclared. */
export function ruleAt(fields: FieldMap | undefined, path: readonly string[]): FieldRule | undefined {
  let map = fields;
  let rule: FieldRule | undefined;
  for (const segment of path) {
    if (rule?.items && /^\d+$/.test(segment)) {
      rule = rule.items;
      map = rule.fields;
      continue;
    }
    if (!map || !Object.hasOwn(map, segment)) return undefined;
    rule = map[segment];
    map = rule?.fields;
  }
  return rule;
}

/** The `unknownFields` mode that applies inside the object at `path`. */
export function unknownModeAt(policy: Policy, path: readonly string[]): UnknownFields {
  let mode: UnknownFields = policy.unknownFields ?? 'reject';
  let map: FieldMap | undefined = policy.fields;
  let rule: FieldRule | undefined;
  for (const segment of path) {
    if (rule?.items && /^\d+$/.test(segment)) {
      rule = rule.items;
    } else {
      if (!map || !Object.hasOwn(map, segment)) return mode;
      rule = map[segment];
    }
    mode = rule?.unknownFields ?? mode;
    map = rule?.fields;
  }
  return mode;
}
