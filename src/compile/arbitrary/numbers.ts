import fc from 'fast-check';
import type { FieldRule } from '../../policy/types.js';

/** Inclusive integer bounds of a rule; open sides get a realistic default span. */
export function integerBounds(rule: FieldRule): { min: number; max: number } {
  const lower = maxOf(ceilOr(rule.minimum), rule.exclusiveMinimum === undefined ? undefined : Math.floor(rule.exclusiveMinimum) + 1);
  const upper = minOf(floorOr(rule.maximum), rule.exclusiveMaximum === undefined ? undefined : Math.ceil(rule.exclusiveMaximum) - 1);
  const min = lower ?? (upper !== undefined ? Math.min(0, upper - 100_000) : 0);
  const max = upper ?? min + 100_000;
  return { min, max: Math.max(min, max) };
}

/** Integers within a rule's bounds. */
export function integerValue(rule: FieldRule): fc.Arbitrary<number> {
  const { min, max } = integerBounds(rule);
  return fc.integer({ min, max });
}

/** Numbers within a rule's bounds (and within `extra`), rounded to four decimals when that stays in bounds. */
export function numberValue(rule: FieldRule, extra?: { min: number; max: number }): fc.Arbitrary<number> {
  const min = maxOf(rule.minimum, rule.exclusiveMinimum, extra?.min) ?? 0;
  const max = minOf(rule.maximum, rule.exclusiveMaximum, extra?.max) ?? min + 10_000;
  const minExcluded = rule.exclusiveMinimum !== undefined && rule.exclusiveMinimum >= min;
  const maxExcluded = rule.exclusiveMaximum !== undefined && rule.exclusiveMaximum <= max;
  const inBounds = (x: number): boolean => (minExcluded ? x > min : x >= min) && (maxExcluded ? x < max : x <= max);
  return fc
    .double({ min, max: Math.max(min, max), minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true })
    .map((x) => {
      const rounded = Math.round(x * 10_000) / 10_000 + 0;
      return inBounds(rounded) ? rounded : x + 0;
    });
}

function maxOf(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length === 0 ? undefined : Math.max(...defined);
}

function minOf(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length === 0 ? undefined : Math.min(...defined);
}

function ceilOr(v: number | undefined): number | undefined {
  return v === undefined ? undefined : Math.ceil(v);
}

function floorOr(v: number | undefined): number | undefined {
  return v === undefined ? undefined : Math.floor(v);
}
