import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertBounded, MAX_PAYLOAD_DEPTH } from '../../../src/validate/bounds.js';

/** `levels` containers nested in each other (objects and arrays alternating), a scalar inside. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('assertBounded', () => {
  it.each([
    [0, true],
    [1, true],
    [MAX_PAYLOAD_DEPTH, true],
    [MAX_PAYLOAD_DEPTH + 1, false],
    [100_000, false],
  ])('%i nested containers → within bounds: %s', (levels, ok) => {
    const run = (): void => assertBounded(nested(levels), 'in');
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(/in: payload nests deeper than 200 levels/);
  });

  it('finds the deep branch among wide siblings, and ignores inherited properties', () => {
    const wide = { a: Array.from({ length: 1000 }, (_, i) => ({ i })), b: nested(MAX_PAYLOAD_DEPTH) };
    expect(() => assertBounded(wide, 'x')).toThrow(/deeper than/);
    const child = Object.create({ deep: nested(MAX_PAYLOAD_DEPTH + 5) }) as Record<string, unknown>;
    child['own'] = 1;
    expect(() => assertBounded({ child }, 'x')).not.toThrow();
  });

  it('accepts every JSON value of modest depth', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 20 }), (value) => {
      expect(() => assertBounded(value, 'x')).not.toThrow();
    }), { numRuns: 200 });
  });
});
