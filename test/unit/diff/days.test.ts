import { describe, expect, it } from 'vitest';
import { parseDays } from '../../../src/diff/index.js';

describe('parseDays', () => {
  it.each<[unknown, number | undefined]>([
    [30, 30], [0, 0], ['30d', 30], ['30 days', 30], ['1 day', 1], ['12 months', 360], ['1y', 365], ['2 years', 730],
    ['2w', 14], ['36h', 1.5], ['90', 90], [' 7 D ', 7], ['1e9y', undefined], [1e12, 365_250], ['10000y', 365_250],
    [-1, undefined], [Number.NaN, undefined], ['forever', undefined], ['30 fortnights', undefined], [null, undefined],
    [{ days: 3 }, undefined], ['9'.repeat(50), undefined],
  ])('%j → %j', (value, days) => {
    expect(parseDays(value)).toBe(days);
  });
});
