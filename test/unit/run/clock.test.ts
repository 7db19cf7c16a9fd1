import { describe, expect, it } from 'vitest';
import { runClock } from '../../../src/run/clock.js';

describe('runClock', () => {
  it.each([
    ['SOURCE_DATE_EPOCH set', { SOURCE_DATE_EPOCH: '1700000000' }, '2023-11-14T22:13:20.000Z'],
    ['SOURCE_DATE_EPOCH with spaces', { SOURCE_DATE_EPOCH: ' 0 ' }, '1970-01-01T00:00:00.000Z'],
    ['SOURCE_DATE_EPOCH not a number: the real time', { SOURCE_DATE_EPOCH: 'yesterday' }, '2001-09-09T01:46:40.000Z'],
    ['unset: the real time', {}, '2001-09-09T01:46:40.000Z'],
  ])('%s', (_, env, expected) => {
    expect(runClock(env, () => 1_000_000_000_000).stamp()).toBe(expected);
  });
});
