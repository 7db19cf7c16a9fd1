import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conformingRecord, mutationClasses, violatingRecord } from '../../../src/compile/to-arbitrary.js';
import { truncate, tooPreciseTime, writeTime } from '../../../src/compile/arbitrary/time.js';
import { pseudonymValue, rawIdentifier } from '../../../src/compile/arbitrary/pseudonym.js';
import { disguise } from '../../../src/compile/arbitrary/disguise.js';
import { ibanCheck, luhnDigit } from '../../../src/compile/arbitrary/pii-values.js';
import { isToolError } from '../../../src/errors.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Pseudonym } from '../../../src/policy/types.js';
import { pseudonymShape } from '../../../src/validate/checks/pseudonym.js';
import { ibanValid, luhnValid } from '../../../src/detect/checksums.js';

const DEMO = parsePolicy(
  `
policy: demo
fields:
  event_name: { type: string, pattern: '^[a-z]+(\\.[a-z_]+)+$', required: true }
  surface: { enum: [discord, racetime, api], required: true }
  guild_hash: { type: string, pseudonym: { method: hmac-sha256 } }
  day_bucket: { type: string, granularity: day }
  duration_ms: { type: integer, minimum: 0 }
  sample_rate: { type: number, minimum: 0, maximum: 1 }
  error_message: { type: string, maxLength: 2000 }
  telemetryOptIn: { type: boolean }
prohibited: { fields: [user_id], entities: all }
consent: { payloadFlag: { field: telemetryOptIn, whenFalse: discard } }
sampling: { min: 0.01, max: 1 }
`,
  'demo',
).policy;

describe('conformingRecord', () => {
  it('is pinned for a fixed seed (no-regression of generated events)', () => {
    expect(fc.sample(conformingRecord(DEMO), { numRuns: 1, seed: 1 })[0]).toMatchInlineSnapshot(`
      {
        "day_bucket": "2030-12-24T00:00:00Z",
        "error_message": "syntax shader button queue retry",
        "event_name": "egynlgknpon.dba.__x__m.___spkl__s.____t.g___km_h._l.d_ca._.e._h_p_b___.e_",
        "guild_hash": "e3db0921521322ffb012107ed3dc1c1185f4080d93177ed4b220e1861370ffdc",
        "sample_rate": 0.01,
        "surface": "racetime",
        "telemetryOptIn": true,
      }
    `);
  });

  it('always carries the required fields and the consent flag (true)', () => {
    fc.assert(
      fc.property(conformingRecord(DEMO), (r) => {
        expect(Object.keys(r)).toEqual(expect.arrayContaining(['event_name', 'surface', 'telemetryOptIn']));
        expect(r['telemetryOptIn']).toBe(true);
        if (r['sample_rate'] !== undefined) expect(r['sample_rate']).toBeGreaterThanOrEqual(0.01);
      }),
      { numRuns: 100 },
    );
  });

  it('throws a compile-failed ToolError when no value can satisfy a field', () => {
    const policy = parsePolicy(`policy: p\nfields:\n  code: { type: string, pattern: '^[0-9]{4}$', minLength: 6 }\n`, 'p').policy;
    try {
      conformingRecord(policy);
      expect.unreachable();
    } catch (error) {
      expect(isToolError(error) && error.code).toBe('compile-failed');
    }
  });
});

describe('mutationClasses', () => {
  it('lists every class that applies, each named after its oracle', () => {
    expect(mutationClasses(DEMO).map((c) => [c.name, c.oracle])).toEqual([
      ['unknown-field', 'unknown-field'],
      ['prohibited-field', 'prohibited-field'],
      ['pii-value', 'pii-value'],
      ['secret-value', 'secret-value'],
      ['unsalted-hash', 'unsalted-hash'],
      ['not-pseudonymised', 'not-pseudonymised'],
      ['too-precise-timestamp', 'too-precise-timestamp'],
      ['sample-rate-out-of-range', 'sample-rate-out-of-range'],
      ['consent-flag-missing', 'consent-flag-missing'],
      ['opted-out-payload', 'opted-out-payload'],
      ['invalid-value', 'invalid-value'],
      ['missing-field', 'missing-field'],
    ]);
  });

  it('drops classes that cannot apply (no free text, no flag, unknown fields allowed)', () => {
    const policy = parsePolicy(`policy: p\nunknownFields: allow\nfields:\n  n: { type: integer, required: true }\nprohibited: { semconv: false, fields: [ip] }\n`, 'p').policy;
    expect(mutationClasses(policy).map((c) => c.name)).toEqual(['prohibited-field', 'invalid-value', 'missing-field']);
  });

  it('shrinks a mutant to the required fields plus the mutation', () => {
    const unknown = mutationClasses(DEMO).find((c) => c.name === 'unknown-field')!;
    const details = fc.check(fc.property(unknown.arbitrary, () => false), { seed: 3 });
    const shrunk = (details.counterexample?.[0] as { record: Record<string, unknown> }).record;
    expect(Object.keys(shrunk).sort()).toEqual(['event_name', 'surface', 'telemetryOptIn', (details.counterexample?.[0] as { pointer: string }).pointer.slice(1)].sort());
  });

  it('violatingRecord refuses a policy that admits no violation', () => {
    const policy = parsePolicy(`policy: p\nunknownFields: allow\nfields:\n  n: { type: [string, number, boolean] }\nprohibited: { semconv: false }\n`, 'p').policy;
    expect(() => violatingRecord(policy)).toThrow(/admits no violation/);
  });
});

describe('time', () => {
  const at = Date.UTC(2024, 2, 6, 13, 47, 21, 512); // a Wednesday
  it.each([
    ['second', '2024-03-06T13:47:21Z'],
    ['minute', '2024-03-06T13:47:00Z'],
    ['hour', '2024-03-06T13:00:00Z'],
    ['day', '2024-03-06T00:00:00Z'],
    ['week', '2024-03-04T00:00:00Z'],
    ['month', '2024-03-01T00:00:00Z'],
    ['year', '2024-01-01T00:00:00Z'],
  ] as const)('truncate to the %s', (unit, expected) => {
    expect(writeTime(truncate(at, unit), 'date-time')).toBe(expected);
  });

  it.each([
    ['date', '2024-03-06'],
    ['month', '2024-03'],
    ['year', '2024'],
    ['week', '2024-W10'],
    ['epoch-ms', at],
  ] as const)('writes the %s form', (form, expected) => {
    expect(writeTime(at, form)).toBe(expected);
  });

  it.each([
    [{ type: 'string' as const, format: 'date' as const }, 'day', false],
    [{ type: 'string' as const, format: 'date' as const }, 'month', true],
    [{ type: 'string' as const, format: 'date-time' as const }, 'day', true],
    [{ type: 'integer' as const }, 'minute', true],
  ] as const)('a finer time exists for %j at the %s: %s', (rule, unit, exists) => {
    expect(tooPreciseTime(rule, unit) !== undefined).toBe(exists);
  });
});

describe('pseudonyms', () => {
  it.each<[Pseudonym]>([
    [{ method: 'hmac-sha256' }],
    [{ method: 'sha256', encoding: 'base64' }],
    [{ method: 'salted-sha256', encoding: 'base64url', length: 22, prefix: 'u_' }],
    [{ method: 'uuid' }],
    [{ method: 'random-id', prefix: 'i-' }],
  ])('values of %j have the declared shape; raw identifiers do not', (p) => {
    const { regex } = pseudonymShape(p);
    for (const v of fc.sample(pseudonymValue(p), { numRuns: 50, seed: 1 })) expect(v).toMatch(regex);
    for (const v of fc.sample(rawIdentifier(p), { numRuns: 50, seed: 1 })) expect(regex.test(v) && !/^\d+$/.test(v.slice(p.prefix?.length ?? 0))).toBe(false);
  });
});

describe('plain PII generators', () => {
  it.each(['4539578763621', '400000000000000'])('luhnDigit completes %s into a Luhn-valid number', (body) => {
    expect(luhnValid(body + luhnDigit(body))).toBe(true);
  });

  it.each([['DE', '370400440532013000'], ['GB', 'NWBK60161331926819']])('ibanCheck(%s) gives a valid IBAN', (country, bban) => {
    expect(ibanValid(`${country}${ibanCheck(country, bban)}${bban}`)).toBe(true);
  });

  it.each([
    ['plain', 'a@b.co'],
    ['sentence', 'lorem a@b.co ipsum'],
    ['percent', 'a%40b.co'],
    ['percent-twice', 'a%2540b.co'],
    ['base64', 'YUBiLmNv'],
    ['base64url', 'YUBiLmNv'],
    ['url-query', 'https://example.com/search?q=a%40b.co'],
    ['json', '{"note":"a@b.co"}'],
  ] as const)('disguise %s', (how, expected) => {
    expect(disguise('a@b.co', how)).toBe(expected);
  });
});
