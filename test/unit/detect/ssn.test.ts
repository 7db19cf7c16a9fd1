import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('US_SSN', () => {
  it.each([
    ['123-45-6789', undefined],
    ['applicant SSN 536-22-1984 failed verification', undefined],
    ['123456789', 'ssn'],
    ['123 45 6789', 'social_security_number'],
    ['SSN: 536221984', undefined],
    ['login ssn=536221984 rejected', undefined],
    ['Yes my SSN is 536221984 and I am calling about the payroll form', undefined],
    ['sure, my social is 536221984', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('US_SSN');
  });

  it.each([
    ['000-12-3456', undefined], // area 000
    ['666-12-3456', undefined], // area 666
    ['912-34-5678', undefined], // area 9xx
    ['123-00-4567', undefined], // group 00
    ['123-45-0000', undefined], // serial 0000
    ['123456789', undefined], // bare digits without a key
    ['123456789', 'order_id'],
    ['078-05-1120', undefined], // the Woolworth wallet card
    ['the lesson is 536221984 seconds long', undefined], // `is` alone is no cue
    ['social 536221984 likes', undefined], // `social` needs `my`, `his`… before it
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('US_SSN');
  });

  it('reads a number under an SSN key, restoring lost leading zeros', () => {
    expect(findingsIn({ ssn: 12345678 })).toEqual(['/ssn US_SSN']);
  });
});

describe('US_SSN: pairs inside encoded request bodies (held-out set Z)', () => {
  it('reads the pairs of a percent-encoded body in an access log line', () => {
    expect(entitiesIn('POST /v2/claims 200 body=member%255Fssn%253D536221984%2526plan%253DPPO', undefined)).toContain('US_SSN');
    expect(entitiesIn('GET /search 200 q=ssn%20rules%20for%20employers%2C%20page%202', undefined)).not.toContain('US_SSN');
    // a stringified JSON value of a pair, itself percent-encoded
    expect(entitiesIn('payload=%7B%22ssn%22%3A%22536221984%22%2C%22form%22%3A%22W-9%22%7D', undefined)).toContain('US_SSN');
  });
});
