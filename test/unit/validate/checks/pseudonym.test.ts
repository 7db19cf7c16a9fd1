import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudonymShape } from '../../../../src/validate/checks/pseudonym.js';
import type { Pseudonym } from '../../../../src/policy/types.js';

const hex64 = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

describe('pseudonymShape', () => {
  it.each([
    [{ method: 'hmac-sha256' }, hex64, true],
    [{ method: 'hmac-sha256' }, hex64.slice(1), false],
    [{ method: 'hmac-sha256' }, 'guild-1234', false],
    [{ method: 'hmac-sha256', length: 16 }, hex64.slice(0, 16), true],
    [{ method: 'salted-sha256', encoding: 'base64' }, `${'A'.repeat(43)}=`, true],
    [{ method: 'salted-sha256', encoding: 'base64url' }, 'A-_'.repeat(14) + 'x', true],
    [{ method: 'hmac-sha256', prefix: 'anon_' }, `anon_${hex64}`, true],
    [{ method: 'hmac-sha256', prefix: 'anon_' }, hex64, false],
    [{ method: 'uuid' }, '0b6f1c9e-3f4a-4c2d-9e8f-1a2b3c4d5e6f', true],
    [{ method: 'uuid' }, '12345', false],
    [{ method: 'random-id' }, 'Zx8aQ2mP0kLw9sT4', true],
    [{ method: 'random-id' }, 'short', false],
  ] as [Pseudonym, string, boolean][])('%j accepts %s: %s', (declaration, value, ok) => {
    expect(pseudonymShape(declaration).regex.test(value)).toBe(ok);
    expect(pseudonymShape(declaration).test(value)).toBe(ok);
  });

  it('answers with its matcher exactly what its regex answers', () => {
    const declaration = fc.record(
      {
        method: fc.constantFrom('hmac-sha256', 'salted-sha256', 'uuid', 'random-id'),
        encoding: fc.constantFrom('hex', 'base64', 'base64url'),
        length: fc.integer({ min: 1, max: 70 }),
        prefix: fc.constantFrom('anon_', 'u.', 'x+'),
      },
      { requiredKeys: ['method'] },
    ) as fc.Arbitrary<Pseudonym>;
    // Values near each declaration's shape: its prefix or another; its alphabet at the declared length and one either
    // side, or a UUID, one character perhaps swapped for one outside the alphabet; a `=` of padding or not.
    const char = fc.constantFrom(...'09afAFgzGZ+/_-=.\n é\u0100'.split(''));
    const other = fc.oneof(fc.array(char, { maxLength: 140 }).map((a) => a.join('')), fc.stringMatching(/^[0-9a-f]{60,68}$/));
    const alphabet = (d: Pseudonym, n: number): string =>
      d.method === 'uuid' || (d.method === 'random-id' && n === 36) ? '09afAF-' : d.method === 'random-id' || d.encoding === 'base64url' ? '09azAZ_-' : d.encoding === 'base64' ? '09azAZ+/' : '09afAF';
    const near = (d: Pseudonym): fc.Arbitrary<string> => {
      const lengths = d.method === 'uuid' ? [36] : d.method === 'random-id' ? [16, 36, 128] : [d.length ?? (d.encoding === undefined || d.encoding === 'hex' ? 64 : 43)];
      const sized = fc
        .constantFrom(...lengths)
        .chain((n) => fc.array(fc.constantFrom(...alphabet(d, n).split('')), { minLength: Math.max(0, n - 1), maxLength: n + 1 }))
        .map((a) => a.join(''));
      const swapped = fc.tuple(fc.oneof(sized, fc.uuid()), fc.option(fc.tuple(fc.nat(), char))).map(([b, swap]) => {
        if (swap === null || b.length === 0) return b;
        const i = swap[0] % b.length;
        return b.slice(0, i) + swap[1] + b.slice(i + 1);
      });
      return fc.tuple(fc.constantFrom('', d.prefix ?? '', 'anon_', 'x+'), fc.oneof({ arbitrary: swapped, weight: 4 }, other), fc.constantFrom('', '=')).map(([p, b, pad]) => p + b + pad);
    };
    const accepted = new Set<string>();
    fc.assert(
      fc.property(declaration.chain((d) => fc.tuple(fc.constant(d), near(d))), ([d, v]) => {
        const shape = pseudonymShape(d);
        expect(shape.test(v)).toBe(shape.regex.test(v));
        if (shape.test(v)) accepted.add(d.method);
      }),
      { numRuns: 3000 },
    );
    // Not only rejections: values of every method's shape were met and accepted.
    expect([...accepted].sort()).toEqual(['hmac-sha256', 'random-id', 'salted-sha256', 'uuid']);
  });
});
