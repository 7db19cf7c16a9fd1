import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { githubTokenValid, luhnValid } from '../../../src/detect/checksums.js';
import { canaryFindings, findCanaries, makeCanaries, type CanaryForm } from '../../../src/probe/canary.js';

const C = makeCanaries(42);
const value = (name: string): string => C.list.find((c) => c.name === name)!.value;
const EMAIL = value('email');
const NAME = value('name');
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const hex = (algo: string, s: string): string => createHash(algo).update(s).digest('hex');
const forms = (text: string, name = 'email'): CanaryForm[] => findCanaries(text, C).filter((h) => h.canary.name === name).map((h) => h.form);

describe('makeCanaries', () => {
  it('is deterministic per seed and fresh across seeds', () => {
    expect(makeCanaries(42).json()).toBe(C.json());
    expect(makeCanaries(43).list.map((c) => c.value)).not.toEqual(C.list.map((c) => c.value));
  });

  it('makes values of the right shape (Luhn card, CRC32 GitHub token, TEST-NET IP, home path)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const v = Object.fromEntries(makeCanaries(seed).list.map((c) => [c.name, c.value]));
        expect(luhnValid(v.card!)).toBe(true);
        expect(githubTokenValid(v.token!)).toBe(true);
        expect(v.email).toMatch(/^[a-z]+\.[a-z0-9]+@example\.org$/);
        expect(v.ip).toMatch(/^203\.0\.113\.\d{1,3}$/);
        expect(v.home_path).toMatch(/^\/home\/[a-z]+\d{4}\/projects\//);
      }),
      { numRuns: 200 },
    );
  });

  it('hands the values over as variables, a JSON file and stdin lines', () => {
    expect(Object.keys(C.env())).toEqual(['TG_CANARY_EMAIL', 'TG_CANARY_PHONE', 'TG_CANARY_NAME', 'TG_CANARY_IP', 'TG_CANARY_CARD', 'TG_CANARY_TOKEN', 'TG_CANARY_HOME_PATH']);
    expect(C.env().TG_CANARY_EMAIL).toBe(EMAIL);
    expect((JSON.parse(C.json()) as Record<string, string>).email).toBe(EMAIL);
    expect(C.stdin()).toContain(`email: ${EMAIL}\n`);
  });
});

describe('findCanaries', () => {
  it.each<[string, string, CanaryForm[]]>([
    ['raw in JSON', JSON.stringify({ properties: { contact: EMAIL } }), ['raw']],
    ['upper-cased by the emitter', `{"e":"${EMAIL.toUpperCase()}"}`, ['lowercase']],
    ['percent-encoded in a URL', `{"url":"https://x.test/?u=${encodeURIComponent(EMAIL)}"}`, ['percent']],
    ['base64', `{"b":"${b64(EMAIL)}"}`, ['base64']],
    ['url-safe base64 without padding', `{"b":"${b64(`>>${EMAIL}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"}`, ['base64']],
    ['base64 inside a base64 blob', `data=${b64(JSON.stringify({ props: { who: EMAIL } }))}`, ['base64']],
    ['md5', `{"h":"${hex('md5', EMAIL)}"}`, ['md5']],
    ['sha1', `{"h":"${hex('sha1', EMAIL)}"}`, ['sha1']],
    ['sha256 upper-case hex', `{"h":"${hex('sha256', EMAIL).toUpperCase()}"}`, ['sha256']],
    ['unrelated text', '{"event":"build","properties":{"os":"linux","email":"someone@example.com","h":"d41d8cd98f00b204e9800998ecf8427e"}}', []],
  ])('email %s → %j', (_name, text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('finds a name sent form-encoded (+ for space)', () => {
    expect(forms(`q=${new URLSearchParams({ n: NAME }).toString()}`, 'name')).toEqual(['percent']);
  });

  it('never reports a canary in text made without it (hard negative)', () => {
    const values = C.list.map((c) => c.value.toLowerCase());
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        fc.pre(!values.some((v) => text.toLowerCase().includes(v)));
        expect(findCanaries(text, C)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('canaryFindings', () => {
  it('reports canary-leak with entity, form and masked evidence, never the raw value', () => {
    const findings = canaryFindings(findCanaries(`{"b":"${b64(EMAIL)}","e":"${EMAIL}"}`, C), { input: '/batch/', pointer: '/batch/0' });
    expect(findings.map((f) => [f.code, f.entity, f.disguise, f.pointer, f.severity])).toEqual([
      ['canary-leak', 'EMAIL', ['raw'], '/batch/0', 'error'],
      ['canary-leak', 'EMAIL', ['base64'], '/batch/0', 'error'],
    ]);
    expect(JSON.stringify(findings)).not.toContain(EMAIL);
    expect(findings[0]?.evidence).toMatch(/^\w\*\*\*@e\*\*\*\.org$/);
  });
});
