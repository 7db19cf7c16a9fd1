import { describe, expect, it } from 'vitest';
import { useColor } from '../../../src/report/color.js';

describe('useColor', () => {
  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['NO_COLOR empty is ignored (no-color.org)', { NO_COLOR: '' }, true, true],
    ['NO_COLOR beats FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['FORCE_COLOR into a pipe', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false],
    ['TERM=dumb', { TERM: 'dumb' }, true, false],
  ])('%s', (_, env, isTTY, expected) => {
    expect(useColor({ env, isTTY })).toBe(expected);
  });
});
