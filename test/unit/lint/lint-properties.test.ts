import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/compile/names.js';
import { lintPolicy } from '../../../src/lint/index.js';
import { loadYaml, policyYaml } from './_policy.js';

/**
 * A field name no check objects to, at any depth: not one of the clean policy's prohibited fields
 * (`user_id`, `ip`, compared normalised) and not shaped like a raw id or a hash.
 */
const unguarded = (n: string): boolean => !['userid', 'ip'].includes(normalizeName(n)) && !/(?:^|_)(?:id|uuid|uid|hash)$/.test(n);
const names = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/).filter(unguarded);

/** Field declarations that no check objects to: bounded numbers, enums, short strings, nested objects of them. */
const guardedRule: fc.Arbitrary<string> = fc.letrec<{ rule: string; object: string }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('{ type: integer, minimum: 0 }'),
    fc.constant('{ type: number, minimum: 0, maximum: 1 }'),
    fc.constant('{ enum: [a, b, c] }'),
    fc.constant('{ type: boolean }'),
    fc.integer({ min: 1, max: 200 }).map((n) => `{ type: string, maxLength: ${n} }`),
    fc.constantFrom("'^[a-z]+(\\.[a-z_]+)+$'", "'^\\d{1,3}(\\.\\d{1,3}){3}$'", "'^[A-Z]{2}$'").map((p) => `{ type: string, pattern: ${p} }`),
    fc.constant('{ type: array, items: { type: string, format: uri } }'),
    tie('object'),
  ),
  object: fc
    .dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/).filter(unguarded), tie('rule'), { minKeys: 1, maxKeys: 3 })
    .map((fields) => `{ type: object, fields: { ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join(', ')} } }`),
})).rule;


describe('lintPolicy properties', () => {
  it('finds nothing in a clean policy whatever guarded fields it declares', () => {
    fc.assert(
      fc.property(fc.dictionary(names, guardedRule, { minKeys: 1, maxKeys: 6 }), (fields) => {
        const yaml = ['fields:', ...Object.entries(fields).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
        expect(lintPolicy(loadYaml(policyYaml({ fields: yaml })))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic and every message is one sentence naming what to do', () => {
    const text = policyYaml({
      title: 'title: Anonymous telemetry, NDPR compliant',
      consent: 'consent: { default: on }',
      retention: 'retention: { detailDays: 30, optOutDeletionDays: 30 }',
      fields: "fields:\n  note: { type: string }\n  h: { type: string, pseudonym: { method: sha256 } }\n  w: { type: string, pattern: '(\\w+\\s?)*' }",
      processing: 'processing: { lawfulBasis: consent, identifiability: anonymous, transfers: [{ to: US }] }',
    });
    const first = lintPolicy(loadYaml(text));
    expect(lintPolicy(loadYaml(text))).toEqual(first);
    expect(new Set(first.map((f) => f.rule)).size).toBeGreaterThanOrEqual(9);
    for (const f of first) {
      expect(f.message).toMatch(/^[A-Z`a-z].*[^.]\.$/s);
      expect(f.message).toMatch(/: /);
      if (f.code === 'overclaim') expect(f.message).toMatch(/pitfall \d+/);
    }
  });
});
