import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileArtefacts } from '../../src/compile/artefacts.js';
import { compilePolicy } from '../../src/compile/compile.js';
import { resolvePointer } from '../../src/envelope/pointer.js';
import { isToolError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { validatePayload } from '../../src/validate/validate.js';

const RUNS = Number(process.env['TG_PROPERTY_RUNS'] ?? 300);
const policies = ['fixtures/e2e/demo.policy.yaml'];
const compiled = await Promise.all(policies.map(async (p) => compilePolicy(await loadPolicy(p))));

/** JSON values with keys that tend to hit the policy (declared, prohibited, hostile). */
const key = fc.oneof(
  fc.constantFrom('event_name', 'surface', 'guild_hash', 'day_bucket', 'userId', 'user.email', '__proto__', 'constructor', 'a/b', 'x~y', ''),
  fc.string({ maxLength: 8 }),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 40 }),
    fc.constantFrom('jane.doe@example.com', '2026-02-12T10:00:00Z', 'sk_live_51H8abcdefghijklmnopqrstu', '4111 1111 1111 1111'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const payload = fc.oneof(json, fc.dictionary(key, json, { maxKeys: 8 }));

describe('pipeline properties', () => {
  it('validation never throws on any JSON value (only ToolError, which is exit 2)', () => {
    fc.assert(
      fc.property(payload, (value) => {
        for (const c of compiled) {
          try {
            validatePayload(c, value, { input: 'prop' });
          } catch (error) {
            if (!isToolError(error)) throw error;
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("every finding's pointer resolves in its payload", () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 8 }), (value) => {
        for (const c of compiled) {
          for (const finding of validatePayload(c, value, { input: 'prop' })) {
            expect(resolvePointer(value, finding.pointer), `${finding.code} ${finding.pointer}`).not.toBeUndefined();
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no finding repeats a raw detected value', () => {
    const raw = ['jane.doe@example.com', 'sk_live_51H8abcdefghijklmnopqrstu', '4111 1111 1111 1111'];
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 8 }), (value) => {
        const text = JSON.stringify(compiled.flatMap((c) => validatePayload(c, value, { input: 'prop' })));
        for (const r of raw) expect(text).not.toContain(r);
      }),
      { numRuns: RUNS },
    );
  });

  it('compiling twice is byte-identical', async () => {
    for (const p of policies) {
      const loaded = await loadPolicy(p);
      expect(await compileArtefacts(loaded)).toEqual(await compileArtefacts(await loadPolicy(p)));
    }
  });
});
