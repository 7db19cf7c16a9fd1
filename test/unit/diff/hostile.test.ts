import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/diff/index.js';
import { parsePolicy } from '../../../src/policy/load.js';

const load = (policy: unknown) => parsePolicy(JSON.stringify(policy), 'p.policy.yaml');
const fields = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, { type: 'boolean' }]));

function nested(depth: number, leaf: string): Record<string, unknown> {
  let rule: Record<string, unknown> = { type: 'object', fields: { [leaf]: { type: 'string' } } };
  for (let i = 0; i < depth; i++) rule = { type: 'object', fields: { [`l${i}`]: rule } };
  return { l: rule };
}

describe('diffPolicies on hostile policies', () => {
  it('treats a respelled field as a rename, not new collection', () => {
    const changes = diffPolicies(load({ policy: 'p', fields: fields(['userId']) }), load({ policy: 'p', fields: fields(['user_id']) }));
    expect(changes.map((c) => `${c.direction} ${c.message}`)).toEqual(['neutral Field "userId" is renamed "user_id" (same normalised name).']);
  });

  it('stays fast and bounded with 5,000 fields removed and 5,000 added', () => {
    const count = 5_000;
    const base = load({ policy: 'p', fields: fields(Array.from({ length: count }, (_, i) => `a${i}`)) });
    const head = load({ policy: 'p', fields: fields(Array.from({ length: count }, (_, i) => `b${i}`)) });
    const started = performance.now();
    const changes = diffPolicies(base, head);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(changes).toHaveLength(2000);
    expect(changes[0]?.code).toBe('collection-field-added');
  });

  it('compares nested fields to a bounded depth without overflowing the stack', () => {
    const shallow = diffPolicies(load({ policy: 'p', fields: nested(3, 'a') }), load({ policy: 'p', fields: nested(3, 'b') }));
    expect(shallow.map((c) => `${c.direction} ${c.subject}`)).toEqual(['expands l.l2.l1.l0.b', 'reduces l.l2.l1.l0.a']);
    expect(() => diffPolicies(load({ policy: 'p', fields: nested(200, 'a') }), load({ policy: 'p', fields: nested(200, 'b') }))).not.toThrow();
  });
});
