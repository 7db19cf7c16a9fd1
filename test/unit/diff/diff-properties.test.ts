import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFindings, diffPolicies } from '../../../src/diff/index.js';
import { parsePolicy } from '../../../src/policy/load.js';

const rule = fc.constantFrom<Record<string, unknown>>(
  { type: 'string', maxLength: 64 },
  { type: 'integer', minimum: 0 },
  { enum: ['a', 'b'] },
  { type: 'boolean', required: true },
  { type: 'string', granularity: 'day' },
  { type: 'string', pseudonym: { method: 'hmac-sha256', key: { env: 'K', heldBy: 'server' }, rotation: 'daily' } },
  { type: 'object', fields: { os: { enum: ['linux', 'mac'] }, n: { type: 'number' } } },
  { type: 'array', items: { type: 'string', format: 'uri' } },
);
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);

const policyArb = fc.record(
  {
    policy: fc.constant('prop'),
    regulations: fc.subarray(['gdpr', 'ccpa', 'nigeria'], { minLength: 1 }),
    fields: fc.dictionary(name, rule, { maxKeys: 6 }),
    prohibited: fc.record({ fields: fc.uniqueArray(fc.constantFrom('user_id', 'ip', 'email')), entities: fc.constantFrom('all', 'none') }),
    consent: fc.record({ default: fc.constantFrom('off', 'on') }),
    retention: fc.record({ detailDays: fc.nat(1000), aggregateDays: fc.nat(1000) }, { requiredKeys: [] }),
    sampling: fc.record({ min: fc.double({ min: 0, max: 0.5, noNaN: true }), max: fc.double({ min: 0.5, max: 1, noNaN: true }) }),
    aggregation: fc.record({ window: fc.constantFrom('hour', 'day'), minCount: fc.integer({ min: 1, max: 20 }) }),
    processing: fc.record({ recipients: fc.uniqueArray(fc.constantFrom('a', 'b', 'c')), lawfulBasis: fc.constantFrom('consent', 'contract') }),
  },
  { requiredKeys: ['policy', 'fields'] },
);

// JSON is YAML: the policies go through the real loader.
const load = (policy: unknown, file = 'p.policy.yaml') => parsePolicy(JSON.stringify(policy, null, 1), file);

describe('diffPolicies properties', () => {
  it('diff(p, p) is always empty', () => {
    fc.assert(fc.property(policyArb, (p) => {
      expect(diffPolicies(load(p), load(p))).toEqual([]);
    }), { numRuns: 80 });
  });

  it('adding one field to p always yields collection-field-added for it, at error level', () => {
    fc.assert(fc.property(policyArb, name, rule, (p, extra, extraRule) => {
      fc.pre(!Object.hasOwn(p.fields, extra));
      const head = load({ ...p, fields: { ...p.fields, [extra]: extraRule } }, 'head.policy.yaml');
      const changes = diffPolicies(load(p), head);
      expect(changes.filter((c) => c.code === 'collection-field-added').map((c) => c.pointer)).toEqual([`/fields/${extra}`]);
      expect(diffFindings(changes, 'head.policy.yaml').map((f) => `${f.code} ${f.severity}`)).toEqual(['collection-field-added error']);
    }), { numRuns: 80 });
  });

  it('swapping base and head never leaves an expanding change unreported in either direction', () => {
    fc.assert(fc.property(policyArb, policyArb, (a, b) => {
      const forward = diffPolicies(load(a), load(b));
      const backward = diffPolicies(load(b), load(a));
      expect(forward.length === 0).toBe(backward.length === 0);
    }), { numRuns: 60 });
  });
});
