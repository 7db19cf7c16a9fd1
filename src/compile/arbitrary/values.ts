import fc from 'fast-check';
import { normalizeName } from '../names.js';
import type { FieldMap, FieldRule, UnknownFields } from '../../policy/types.js';
import { innerUnknown, memoized, onPathTo, samePath, typesOf, type ArbContext } from './context.js';
import { integerValue, numberValue } from './numbers.js';
import { pseudonymValue } from './pseudonym.js';
import { feasibleFilter, fitsString, isQuiet, keyOfPath, preferQuiet, safeText, safeWord, stringRegexes } from './strings.js';
import { conformingTime } from './time.js';
import { formatValue } from './formats.js';

/** A record or nested object: plain JSON. */
export type JsonRecord = Record<string, unknown>;

/** Conforming objects for a field map: required fields always, optional ones sometimes. */
export function objectValue(ctx: ArbContext, fields: FieldMap, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<JsonRecord> {
  return memoized(ctx, `object\u0000${unknown}\u0000${path.join('\u0000')}`, () => buildObject(ctx, fields, path, unknown));
}

function buildObject(ctx: ArbContext, fields: FieldMap, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<JsonRecord> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [name, rule] of Object.entries(fields)) {
    const at = [...path, name];
    if (ctx.ownProhibited.has(normalizeName(name)) && rule.required !== true) continue;
    model[name] = fieldValue(ctx, rule, at, innerUnknown(rule, unknown));
    if (rule.required === true || (ctx.flagRequired && onPathTo(ctx.flagPath, at))) required.push(name);
  }
  return fc.record(model, { requiredKeys: required, noNullPrototype: true }) as fc.Arbitrary<JsonRecord>;
}

/** Conforming values of one field rule at a logical path. */
export function fieldValue(ctx: ArbContext, rule: FieldRule, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<unknown> {
  return memoized(ctx, `field\u0000${unknown}\u0000${path.join('\u0000')}`, () => buildField(ctx, rule, path, unknown));
}

function buildField(ctx: ArbContext, rule: FieldRule, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<unknown> {
  const value = nonNullValue(ctx, rule, path, unknown);
  if (rule.nullable !== true || samePath(ctx.flagPath, path)) return value;
  return fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
}

function nonNullValue(ctx: ArbContext, rule: FieldRule, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<unknown> {
  if (samePath(ctx.flagPath, path)) return fc.constant(flagValue(rule, true));
  if (rule.const !== undefined) return fc.constant(rule.const);
  if (rule.enum) return preferQuiet(fc.constantFrom(...rule.enum.filter((v) => v !== null || rule.nullable === true)), keyOfPath(path));
  if (rule.pseudonym) return preferQuiet(feasibleFilter(pseudonymValue(rule.pseudonym), (v) => fitsString(rule, v), where(path)), keyOfPath(path));
  if (rule.granularity) return conformingTime(rule, rule.granularity);
  if (samePath(ctx.samplePath, path)) return numberValue(rule, ctx.sampleRange);
  const types = typesOf(rule).filter((t) => t !== 'null');
  if (types.length === 0) return typesOf(rule).includes('null') ? fc.constant(null) : stringValue(rule, path);
  const options = types.map((type) => typedValue(ctx, rule, type, path, unknown));
  return options.length === 1 ? options[0]! : fc.oneof(...options);
}

function typedValue(ctx: ArbContext, rule: FieldRule, type: string, path: readonly string[], unknown: UnknownFields): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringValue(rule, path);
    case 'integer':
      return integerValue(rule);
    case 'number':
      return numberValue(rule);
    case 'boolean':
      return fc.boolean();
    case 'object':
      return rule.fields ? objectValue(ctx, rule.fields, path, unknown) : fc.constant({});
    case 'array': {
      const item = rule.items ? fieldValue(ctx, rule.items, [...path, '0'], innerUnknown(rule.items, unknown)) : safeWord;
      const minLength = rule.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(rule.maxItems ?? 3, 3));
      return fc.array(item, { minLength, maxLength });
    }
    default:
      return fc.constant(null);
  }
}

/** Strings of a rule: its format or pattern when it has one, else safe free text within its length bounds. */
export function stringValue(rule: FieldRule, path: readonly string[]): fc.Arbitrary<string> {
  const min = rule.minLength ?? 0;
  const max = rule.maxLength ?? 80;
  const key = keyOfPath(path);
  if (rule.format) return feasibleFilter(formatValue(rule.format), (v) => fitsString(rule, v), where(path));
  if (rule.pattern) {
    const [regex] = stringRegexes(rule);
    const matching = fc.stringMatching(regex!, { size: 'small' });
    return feasibleFilter(matching, (v) => fitsString(rule, v) && isQuiet(v, key), where(path));
  }
  return safeText(Math.max(min, max >= 1 ? 1 : 0), max);
}

/** The consent flag's value in the field's own type. */
export function flagValue(rule: FieldRule | undefined, consent: boolean): unknown {
  const types = rule ? typesOf(rule) : ['boolean'];
  if (types.length === 0 || types.includes('boolean')) return consent;
  if (types.includes('string')) return consent ? 'true' : 'false';
  if (types.includes('integer') || types.includes('number')) return consent ? 1 : 0;
  return consent;
}

function where(path: readonly string[]): string {
  return `field "${path.join('.')}"`;
}
