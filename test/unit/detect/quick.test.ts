import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_DIGITS, CLEAN, CLEAN_DIGEST, quickVerdict, UNKNOWN } from '../../../src/detect/_quick.js';
import { base64Kind, base64Text, isReadableText } from '../../../src/detect/decode.js';
import { detect } from '../../../src/detect/index.js';

const C_DIGIT = 1;
const C_LOWER = 2;
const C_UPPER = 4;
const C_HEXLETTER = 8;
const C_WORDCHAR = 16; // _ . - $
const C_OTHER = 32;

function classes(text: string): number {
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) m |= C_DIGIT;
    else if (c >= 97 && c <= 122) m |= c <= 102 ? C_LOWER | C_HEXLETTER : C_LOWER;
    else if (c >= 65 && c <= 90) m |= c <= 70 ? C_UPPER | C_HEXLETTER : C_UPPER;
    else if (c === 95 || c === 46 || c === 45 || c === 36) m |= C_WORDCHAR;
    else return m | C_OTHER;
  }
  return m;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const HEX_ID = /^(?:[0-9a-f]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const UPPER_HEX = /^[0-9A-F]{32,128}$/;
const LETTER_TOKEN_JOIN = /[_-]/;

/**
 * The regular-expression definition of `inert` that quickVerdict's one pass replaces: true when no pattern detector
 * can match the whole string (key-aware checks have already run):
 * identifiers and bare words, lowercase hex ids and UUIDs, ISO dates and timestamps, numbers too
 * short to be a card, and dotted versions that are not four-part.
 */
function inert(text: string): boolean {
  const n = text.length;
  if (n > 128) return false;
  const m = classes(text);
  if ((m & C_OTHER) !== 0) return n >= 10 && text.charCodeAt(4) === 45 && ISO.test(text);
  // Letters and _ . - $ only: inert, but for a long mixed-case run joined by `_` or `-`, which may be a
  // token of letters only (`hf_…`, or a base62 token that drew no digit).
  if ((m & C_DIGIT) === 0) return !(n >= 20 && (m & C_LOWER) !== 0 && (m & C_UPPER) !== 0 && LETTER_TOKEN_JOIN.test(text));
  if ((m & (C_LOWER | C_UPPER)) === 0) {
    // digits with . - _ $: short numbers, long nanosecond timestamps, versions; not 4-part quads or dashed numbers
    if (text.includes('-')) return n >= 10 && text.charCodeAt(4) === 45 && ISO.test(text);
    const dots = text.split('.').length - 1;
    return dots === 0 ? n <= 11 || n > 19 : dots !== 3 && n - dots < 10; // dotted phones have 10+ digits
  }
  if ((m & C_UPPER) === 0) return (m & C_HEXLETTER) !== 0 && HEX_ID.test(text); // hex ids, UUIDs
  return UPPER_HEX.test(text);
}

const HEX_DIGEST = /^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/;

/** True when the whole string is an md5/sha1/sha256-length hex digest. */
function isHexDigest(text: string): boolean {
  return (text.length === 32 || text.length === 40 || text.length === 64) && HEX_DIGEST.test(text);
}

/** The regular-expression definition of base64Kind that the one-pass version replaces. */
function base64KindByRegex(text: string): 'base64' | 'base64url' | undefined {
  const n = text.length;
  if (n < 12 || n % 4 === 1 || !/[A-Z]/.test(text) || /^[0-9a-fA-F]+$/.test(text)) return undefined;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return 'base64';
  return /^[A-Za-z0-9_-]+={0,2}$/.test(text) ? 'base64url' : undefined;
}

/** The decoding definition of base64Text, without the allocation-free pre-check. */
function base64TextByBuffer(text: string): string | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 4 || !isUtf8(bytes)) return undefined;
  const decoded = bytes.toString('utf8');
  return isReadableText(decoded) ? decoded : undefined;
}

const ALPHABET = 'aAfFgZ09._-$+/=: @%T'.split('');
/** Strings shaped like telemetry values: ids, words, numbers, hex, dates, base64. */
const shaped = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 2, maxLength: 70 }),
  fc.stringMatching(/^[0-9a-f]{32}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
  fc.stringMatching(/^[0-9A-Fa-f]{30,66}$|^\d{2,22}(?:\.\d{1,3}){0,3}$/),
  fc.uint8Array({ minLength: 3, maxLength: 40 }).map((b) => Buffer.from(b).toString('base64')),
);

describe('quickVerdict: one pass over common clean shapes', () => {
  it.each([
    ['api-gateway', CLEAN],
    ['production', CLEAN],
    ['20.11.0', CLEAN],
    ['1748732071', CLEAN],
    ['2025-05-31T01:36:16.875Z', CLEAN],
    ['391088ab-f85c-4471-a0fd-b62248ba4fb8', CLEAN],
    ['7eabb2a1c9d723ad21f1cf11f88befa8', CLEAN_DIGEST],
    ['DBCE31E0CEC8EACE8FD41202F17C0B62', CLEAN_DIGEST],
    ['4111111111111111', CARD_DIGITS],
    ['RATE_LIMITED', UNKNOWN],
    ['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', UNKNOWN], // a token of letters only
    ['checkout-started', CLEAN],
    ['10.0.91.194', UNKNOWN],
    ['jane@example.com', UNKNOWN],
    ['Order Completed', UNKNOWN],
    ['x'.repeat(129), UNKNOWN],
  ])('%s → %i', (text, verdict) => {
    expect(quickVerdict(text)).toBe(verdict);
  });

  it('says clean exactly when the string is inert and not base64 (and digest exactly for digests)', () => {
    fc.assert(
      fc.property(shaped, (s) => {
        const t = s.trim();
        const v = quickVerdict(s);
        if (v === CLEAN || v === CLEAN_DIGEST) {
          expect(t).toBe(s);
          expect(inert(s) && base64Kind(s) === undefined).toBe(true);
          expect(isHexDigest(s)).toBe(v === CLEAN_DIGEST);
        } else if (t === s && s.length >= 2) {
          expect(inert(s) && base64Kind(s) === undefined).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('base64: one-pass alphabet test and allocation-free pre-check', () => {
  it('base64Kind agrees with its regular-expression definition', () => {
    fc.assert(fc.property(shaped, (s) => {
      expect(base64Kind(s)).toBe(base64KindByRegex(s));
    }), { numRuns: 3000 });
  });

  it('base64Text agrees with decoding every candidate in full', () => {
    const text = fc.oneof(
      fc.string({ minLength: 3, maxLength: 30 }).map((t) => Buffer.from(t).toString('base64')),
      fc.uint8Array({ minLength: 3, maxLength: 30 }).map((b) => Buffer.from(b).toString('base64url')),
    );
    fc.assert(fc.property(text, (s) => {
      expect(base64Text(s)).toBe(base64TextByBuffer(s));
    }), { numRuns: 3000 });
  });
});

describe('detect: the clean-value cache', () => {
  it('never lets a cached clean value hide the same text under a telling key', () => {
    expect(detect([{ ref: '123456789' }, { ssn: '123456789' }]).map((d) => d.entity)).toEqual(['US_SSN']);
    expect(detect([{ note: 'hunter2-secret-pw' }, { password: 'hunter2-secret-pw' }]).map((d) => d.pointer)).toEqual(['/1/password']);
  });
});
