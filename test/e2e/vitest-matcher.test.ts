// Uses the BUILT matcher exactly as a user would: the package's own "exports" (node self-reference).
import 'telemetry-gate/vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const POLICY_IDS = ['automagik', 'common-fate', 'sahasrahbot', 'webwaka-sharing', 'wiretuner'] as const;
const policyOf = (id: string): string => `policies/${id}.policy.yaml`;
const fixture = (id: string, kind: 'valid' | 'invalid', name: string): string => readFileSync(`fixtures/events/${id}/${kind}/${name}`, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'tg-matcher-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The assertion error a failing `run` throws (its message is what a user sees). */
function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the assertion did not fail');
}

const validCases = POLICY_IDS.flatMap((id) => readdirSync(`fixtures/events/${id}/valid`).map((name) => [id, name] as const));
const invalidCases = POLICY_IDS.flatMap((id) => {
  const expected = parse(fixture(id, 'invalid', 'expected.yaml')) as Record<string, string[]>;
  return Object.entries(expected).map(([name, codes]) => [id, name, codes] as const);
});

describe('expect(payload).toComplyWith(policy)', () => {
  it('has a case for every seed policy', () => {
    expect(validCases.length).toBeGreaterThanOrEqual(15);
    expect(invalidCases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(validCases)('%s valid/%s complies (as the file text, NDJSON included)', (id, name) => {
    expect(fixture(id, 'valid', name)).toComplyWith(policyOf(id));
  });

  it.each(invalidCases)('%s invalid/%s does not comply and the message names %j', (id, name, codes) => {
    const text = fixture(id, 'invalid', name);
    expect(JSON.parse(text)).not.toComplyWith(policyOf(id), { failOn: 'info' });
    const message = failureOf(() => expect(JSON.parse(text)).toComplyWith(policyOf(id), { failOn: 'info' }));
    expect(message).toContain(`expected payload to comply with ${policyOf(id)} (fail-on info)`);
    for (const code of codes) expect(message).toContain(code);
  });

  it('lists code, pointer and masked evidence, never the raw canary value', () => {
    const event = { ...(JSON.parse(fixture('sahasrahbot', 'valid', 'preset-invoke.json')) as object), contact: 'jane.canary7731@example.org' };
    const message = failureOf(() => expect(event).toComplyWith(policyOf('sahasrahbot')));
    expect(message).toMatch(/\/contact\s+error\s+unknown-field/);
    expect(message).toContain('pii-value');
    expect(message).toContain('EMAIL');
    expect(message).not.toContain('jane.canary7731');
    expect(message).not.toContain('canary7731@');
    expect(message).toMatch(/✖ \d+ problems? \(\d+ errors?/);
  });

  it('fails .not on a compliant payload, saying nothing reached fail-on', () => {
    const message = failureOf(() => expect(fixture('wiretuner', 'valid', 'viewport-sample.json')).not.toComplyWith(policyOf('wiretuner')));
    expect(message).toContain('expected payload not to comply with policies/wiretuner.policy.yaml (fail-on error), but no finding is at or above error');
  });

  it.each([
    ['a JSON Buffer', (text: string) => Buffer.from(text)],
    ['a gzip Buffer', (text: string) => gzipSync(text)],
    ['a Uint8Array', (text: string) => new TextEncoder().encode(text)],
  ] as const)('reads %s', (_label, encode) => {
    expect(encode(fixture('sahasrahbot', 'valid', 'preset-invoke.json'))).toComplyWith(policyOf('sahasrahbot'));
    expect(encode(fixture('sahasrahbot', 'invalid', 'user-agent.json'))).not.toComplyWith(policyOf('sahasrahbot'));
  });

  it('applies failOn: warnings fail only at warning or below', () => {
    const event = { ...(JSON.parse(fixture('sahasrahbot', 'valid', 'preset-invoke.json')) as object), contact: 'x' };
    expect(event).not.toComplyWith(policyOf('sahasrahbot'), { failOn: 'warning' });
    expect(failureOf(() => expect(event).toComplyWith(policyOf('sahasrahbot'), { failOn: 'warning' }))).toContain('(fail-on warning)');
  });

  it('works as an asymmetric matcher', () => {
    const payload = JSON.parse(fixture('wiretuner', 'valid', 'viewport-sample.json')) as unknown;
    expect({ body: payload }).toEqual({ body: expect.toComplyWith(policyOf('wiretuner')) });
  });
});

describe('toComplyWith when the tool cannot do its job', () => {
  const broken = join(tmp, 'broken.policy.yaml');
  writeFileSync(broken, 'policy: broken\ntitle: 42\nfields: {}\nsurprise: true\n');

  it.each([false, true])('a broken policy fails cleanly, one line per problem (with .not: %s)', (negated) => {
    const message = failureOf(() => (negated ? expect({}).not.toComplyWith(broken) : expect({}).toComplyWith(broken)));
    expect(message).toMatch(/^telemetry-gate could not check the payload: policy .*broken\.policy\.yaml is invalid \(\d+ problems?\)/);
    expect(message).toMatch(/broken\.policy\.yaml:4:1 \/surprise /);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a missing policy', () => expect({}).toComplyWith('policies/no-such.policy.yaml'), 'policy policies/no-such.policy.yaml cannot be read: no such file'],
    ['a payload that is not JSON', () => expect('{"a": jane@example.org').toComplyWith(policyOf('sahasrahbot')), 'payload: not valid JSON'],
    ['a number', () => expect(42).toComplyWith(policyOf('sahasrahbot')), 'received number'],
    ['a bad failOn', () => expect({}).toComplyWith(policyOf('sahasrahbot'), { failOn: 'fatal' as 'error' }), 'failOn must be one of error, warning, info'],
  ] as const)('%s fails with a one-line reason', (_label, run, reason) => {
    const message = failureOf(run);
    expect(message).toContain(reason);
    expect(message).not.toContain('jane@');
  });

  it('reloads a policy whose file changed (cache keyed by path and mtime)', () => {
    const file = join(tmp, 'changing.policy.yaml');
    writeFileSync(file, 'policy: changing\nfields: {}\nsurprise: true\n');
    expect(failureOf(() => expect({}).toComplyWith(file))).toContain('is invalid');
    writeFileSync(file, 'policy: changing\nfields:\n  a: { type: string }\n');
    expect({ a: 'x' }).toComplyWith(file);
  });

  it('ships its type augmentation: the .d.ts imports vitest (without it `declare module` does not augment)', () => {
    const dts = readFileSync('dist/vitest/index.d.ts', 'utf8');
    expect(dts).toMatch(/^import 'vitest';$/m);
    expect(dts).toMatch(/declare module 'vitest' \{\s+interface Assertion<T = any> extends ComplyMatchers<void>/);
    expect(dts).toContain('interface AsymmetricMatchersContaining extends ComplyMatchers');
  });

  it('is typed: a wrong argument type does not compile', () => {
    // @ts-expect-error the policy path is a string
    expect(() => expect({}).toComplyWith(42)).toThrow('first argument must be a policy file path');
  });
});
