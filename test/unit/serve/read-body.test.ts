import { describe, expect, it } from 'vitest';
import { contentCodings } from '../../../src/serve/read-body.js';

describe('contentCodings', () => {
  it.each<[string | undefined, string[], string[] | undefined]>([
    [undefined, [], []],
    ['identity', [], []],
    ['gzip', [], ['gzip']],
    ['GZIP', ['gzip'], ['gzip']],
    [undefined, ['gzip'], ['gzip']],
    ['deflate, br', [], ['deflate', 'br']],
    ['x-gzip', [], ['x-gzip']],
    ['zstd', [], undefined],
    ['gzip, gzip, gzip, gzip', [], undefined],
  ])('%s with %j → %j', (header, extra, expected) => {
    expect(contentCodings(header, extra)).toEqual(expected);
  });
});
