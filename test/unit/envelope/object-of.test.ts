import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectOf } from '../../../src/envelope/_shape.js';

describe('objectOf (OTLP attribute objects)', () => {
  const keysOf = (n: number, prefix = 'k.'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('gives the keys and values in order, small or large, and undefined when a key repeats', () => {
    for (const n of [0, 3, 12, 13, 40, 129]) {
      const keys = keysOf(n);
      const values = keys.map((_, i) => i);
      const out = objectOf(keys, values);
      expect(Object.keys(out ?? {})).toEqual(keys);
      expect(Object.values(out ?? {})).toEqual(values);
      if (n > 0) expect(objectOf([...keys, keys[0] as string], [...values, -1])).toBeUndefined();
    }
  });

  it('tells a key list from its prefixes and extensions once each has a compiled builder', () => {
    const base = keysOf(14, 'p.');
    const lists = [base, base.slice(0, 13), [...base, 'p.extra'], [...base.slice(0, 13), 'p.other'], base];
    for (const keys of lists) {
      const out = objectOf(keys, keys.map((k) => `v:${k}`));
      expect(Object.keys(out ?? {})).toEqual(keys);
      expect(Object.values(out ?? {})).toEqual(keys.map((k) => `v:${k}`));
    }
  });

  it('keeps any key a data property, never code and never the prototype', () => {
    const hostile = ['__proto__', 'constructor', '"}; globalThis.pwned = 1; ({"', '\u2028', '\ud800', 'a\u0000b', '`${x}`', 'x'.repeat(300)];
    const keys = [...keysOf(14), ...hostile];
    const out = objectOf(keys, keys.map((k) => k.length)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(keys);
    for (const k of hostile) expect(Object.getOwnPropertyDescriptor(out, k)?.value).toBe(k.length);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(({} as { [k: string]: unknown })['k.0']).toBeUndefined();
  });

  it('agrees with building key by key for any key list (a compiled builder is reused across values)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 40 }), fc.integer(), (keys, seed) => {
        const values = keys.map((_, i) => i + seed);
        const expected: Record<string, unknown> = {};
        let repeated = false;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i] as string;
          if (Object.hasOwn(expected, k)) repeated = true;
          Object.defineProperty(expected, k, { value: values[i], writable: true, enumerable: true, configurable: true });
        }
        const out = objectOf(keys, values);
        if (repeated) return out === undefined;
        return out !== undefined && Object.getPrototypeOf(out) === Object.prototype && JSON.stringify(Object.entries(out)) === JSON.stringify(Object.entries(expected));
      }),
      { numRuns: 500 },
    );
  });
});
