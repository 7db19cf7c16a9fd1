import fc from 'fast-check';
import type { FieldRule } from '../../policy/types.js';
import { onPathTo, samePath, typesOf, type ArbContext } from './context.js';
import { editAt, type Edit } from './edit.js';
import type { Mutant, MutationClass } from './mutant.js';
import { rawIdentifier } from './pseudonym.js';
import { fieldSlots, type FieldSlot } from './slots.js';
import { fitsString, isQuiet, isShaped, tryFilter } from './strings.js';
import { tooPreciseTime } from './time.js';
import { flagValue } from './values.js';

/** `not-pseudonymised`: a raw identifier (numeric id, slug, raw UUID) where a pseudonym is declared. */
export function pseudonymClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = fieldSlots(ctx.policy).flatMap((f) => {
    const types = typesOf(f.rule);
    if (!f.rule.pseudonym || (types.length > 0 && !types.includes('string'))) return [];
    const raw = tryFilter(rawIdentifier(f.rule.pseudonym), (v) => fitsString(f.rule, v) && isQuiet(v, f.name));
    return raw ? [setField(ctx, f, raw, 'not-pseudonymised', 'raw identifier in pseudonym field')] : [];
  });
  return wrap('not-pseudonymised', arbs);
}

/** `too-precise-timestamp`: a time finer than the field's declared granularity, in the field's own form. */
export function granularityClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = fieldSlots(ctx.policy).flatMap((f) => {
    const finer = f.rule.granularity ? tooPreciseTime(f.rule, f.rule.granularity) : undefined;
    const fitting = finer && tryFilter(finer, (v) => typeof v !== 'string' || fitsString(f.rule, v));
    return fitting ? [setField(ctx, f, fitting, 'too-precise-timestamp', 'time finer than declared')] : [];
  });
  return wrap('too-precise-timestamp', arbs);
}

/** `sample-rate-out-of-range`: a rate outside `sampling` that the field's own bounds still allow. */
export function samplingClass(ctx: ArbContext): MutationClass | undefined {
  const path = ctx.samplePath;
  const f = path ? fieldSlots(ctx.policy).find((s) => samePath(path, s.path)) : undefined;
  if (!f) return undefined;
  const { min, max } = ctx.sampleRange;
  const lo = Math.max(f.rule.minimum ?? -Infinity, f.rule.exclusiveMinimum ?? -Infinity, min - 1);
  const hi = Math.min(f.rule.maximum ?? Infinity, f.rule.exclusiveMaximum ?? Infinity, max + 1);
  const sides: fc.Arbitrary<number>[] = [];
  if (lo < min) sides.push(fc.double({ min: lo, max: min, maxExcluded: true, minExcluded: f.rule.exclusiveMinimum !== undefined, noNaN: true }));
  if (hi > max) sides.push(fc.double({ min: max, max: hi, minExcluded: true, maxExcluded: f.rule.exclusiveMaximum !== undefined, noNaN: true }));
  if (sides.length === 0 || typesOf(f.rule).every((t) => t === 'integer')) return undefined;
  const rate = fc.oneof(...sides).map((x) => x + 0).filter((x) => x < min || x > max);
  return wrap('sample-rate-out-of-range', [setField(ctx, f, rate, 'sample-rate-out-of-range', 'sample rate out of range')]);
}

/** `consent-flag-missing` and `opted-out-payload`: the payload's consent flag removed, or false. */
export function consentClasses(ctx: ArbContext): MutationClass[] {
  const path = ctx.flagPath;
  const f = path ? fieldSlots(ctx.policy).find((s) => samePath(path, s.path)) : undefined;
  if (!f) return [];
  const out: MutationClass[] = [];
  if (ctx.flagRequired) {
    const edit = fc.constant<Edit>({ op: 'delete', key: f.name });
    out.push({ name: 'consent-flag-missing', oracle: 'consent-flag-missing', arbitrary: mutate(ctx, f, edit, 'consent-flag-missing', 'consent flag removed') });
  }
  const edit = fc.constant<Edit>({ op: 'set', key: f.name, value: flagValue(f.rule, false) });
  out.push({ name: 'opted-out-payload', oracle: 'opted-out-payload', arbitrary: mutate(ctx, f, edit, 'opted-out-payload', 'consent flag false') });
  return out;
}

/** `invalid-value`: a wrong type, a value outside the enum, a negative where the minimum is 0, a string too long. */
export function invalidValueClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = fieldSlots(ctx.policy).flatMap((f) => {
    if (isSpecial(ctx, f)) return [];
    const bad = badValues(f.rule);
    return bad ? [setField(ctx, f, bad, 'invalid-value', 'value breaks its rule')] : [];
  });
  return wrap('invalid-value', arbs);
}

function badValues(rule: FieldRule): fc.Arbitrary<unknown> | undefined {
  const types = typesOf(rule);
  const options: fc.Arbitrary<unknown>[] = [];
  const outside = ['not-an-option', 'lorem'].filter((v) => !rule.enum?.includes(v));
  if (rule.enum && rule.enum.every((v) => typeof v === 'string') && outside.length > 0) options.push(fc.constantFrom(...outside));
  if (types.length > 0 && !types.includes('string') && rule.const === undefined) options.push(fc.constantFrom('lorem', 'ipsum'));
  if (types.length > 0 && types.every((t) => t === 'string')) options.push(fc.integer({ min: 1, max: 99 }));
  if (types.includes('integer') && !types.includes('number')) options.push(fc.constantFrom(0.5, 2.25));
  if ((types.includes('integer') || types.includes('number')) && rule.minimum !== undefined && rule.minimum >= 0) {
    options.push(fc.integer({ min: 1, max: 1000 }).map((n) => rule.minimum! - n));
  }
  if (rule.maxLength !== undefined && types.length > 0 && types.every((t) => t === 'string') && !isShaped(rule)) {
    options.push(fc.integer({ min: 1, max: 8 }).map((n) => 'lorem '.repeat(Math.ceil((rule.maxLength! + n) / 6)).slice(0, rule.maxLength! + n)));
  }
  return options.length === 0 ? undefined : fc.oneof(...options);
}

function isSpecial(ctx: ArbContext, f: FieldSlot): boolean {
  return f.rule.pseudonym !== undefined || f.rule.granularity !== undefined || onPathTo(ctx.samplePath, f.path) || onPathTo(ctx.flagPath, f.path);
}


function setField(ctx: ArbContext, f: FieldSlot, value: fc.Arbitrary<unknown>, oracle: Mutant['oracle'], words: string): fc.Arbitrary<Mutant> {
  const edit = value.map((v): Edit => ({ op: 'set', key: f.name, value: v }));
  return mutate(ctx, f, edit, oracle, words);
}

function mutate(ctx: ArbContext, f: FieldSlot, edit: fc.Arbitrary<Edit>, oracle: Mutant['oracle'], words: string): fc.Arbitrary<Mutant> {
  return editAt(ctx, f.slot.steps, edit).map(({ record, pointer }) => ({ record, oracle, pointer, mutation: `${words} at ${pointer}` }));
}

function wrap(name: Mutant['oracle'], arbs: fc.Arbitrary<Mutant>[]): MutationClass | undefined {
  return arbs.length === 0 ? undefined : { name, oracle: name, arbitrary: fc.oneof(...arbs) };
}
