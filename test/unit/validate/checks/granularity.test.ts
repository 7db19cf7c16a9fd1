import { describe, expect, it } from 'vitest';
import { finestUnit, withinGranularity } from '../../../../src/validate/checks/granularity.js';
import type { Granularity } from '../../../../src/policy/types.js';

describe('granularity', () => {
  it.each([
    ['2026-02-12', 'day', true],
    ['2026-02-12T00:00:00Z', 'day', true],
    ['2026-02-12T13:00:00Z', 'day', false],
    ['2026-02-12T13:00:00Z', 'hour', true],
    ['2026-02-12T13:45:00Z', 'hour', false],
    ['2026-02-12T13:45:12Z', 'minute', false],
    ['2026-02-12T13:45:12.000Z', 'second', true],
    ['2026-02-12T13:45:12.5Z', 'second', false],
    ['2026-02', 'month', true],
    ['2026-02-01', 'month', true],
    ['2026-02-12', 'month', false],
    ['2026', 'year', true],
    ['2026-W07', 'week', true],
    ['2026-02-09', 'week', true],
    ['2026-02-12', 'week', false],
    [1770854400000, 'day', true],
    [1770854400, 'day', true],
    [1770854400123, 'day', false],
    [1770897600000, 'hour', true],
    [1770897600000, 'day', false],
  ] as [string | number, Granularity, boolean][])('%s within %s: %s', (value, declared, ok) => {
    const found = finestUnit(value);
    expect(found).toBeDefined();
    expect(withinGranularity(found!, declared)).toBe(ok);
  });

  it.each([['discord'], [''], [true], [null], ['12/02/2026'], ['x'.repeat(100)]])('%s is not a time', (value) => {
    expect(finestUnit(value)).toBeUndefined();
  });
});
