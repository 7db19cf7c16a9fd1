import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../../src/detect/checksums.js';
import { detect } from '../../../src/detect/index.js';

/** The evidence is masked: no detection, serialised, repeats the raw value it found. */
const local = fc.stringMatching(/^[a-z][a-z0-9._]{2,14}[a-z0-9]$/);
const email = fc.tuple(local, fc.constantFrom('example.com', 'mail.example.org', 'corp.example.co.uk')).map(([l, d]) => `${l}@${d}`);
const card = fc.stringMatching(/^4\d{14}$/).map((body) => {
  for (let d = 0; d < 10; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  return `${body}0`;
});
const ssn = fc.tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`);
const ip = fc.tuple(fc.integer({ min: 11, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }))
  .filter(([a]) => a !== 127).map((p) => p.join('.'));
const password = fc.stringMatching(/^[A-Za-z0-9!#%&*]{8,20}$/);

describe('canary: masked evidence never contains the raw value', () => {
  it.each([
    ['email', email, 'contact'],
    ['card', card, 'card_number'],
    ['ssn', ssn, 'ssn'],
    ['ip', ip, 'client_ip'],
    ['password', password, 'password'],
  ] as const)('%s', (_name, arb, key) => {
    fc.assert(
      fc.property(arb, (raw) => {
        const found = detect({ [key]: raw, message: `value ${raw} seen`, blob: Buffer.from(raw).toString('base64') });
        const text = JSON.stringify(found);
        return found.length > 0 && !text.includes(raw) && !text.includes(Buffer.from(raw).toString('base64'));
      }),
      { numRuns: 150 },
    );
  });

  it('a canary in every disguise stays out of the output', () => {
    const raw = 'canary.7f3a@example.com';
    const value = { a: raw, b: encodeURIComponent(raw), c: Buffer.from(raw).toString('base64url'), d: `https://x.example/?e=${encodeURIComponent(raw)}`, e: JSON.stringify({ email: raw }) };
    const text = JSON.stringify(detect(value));
    expect(detect(value)).toHaveLength(5);
    expect(text).not.toContain('canary.7f3a');
  });
});
