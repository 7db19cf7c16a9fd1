import fc from 'fast-check';
import type { Pseudonym } from '../../policy/types.js';

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DIGEST_LENGTHS = { hex: 64, base64: 43, base64url: 43 } as const;

/** A string of `length` characters from `alphabet`, drawn from bytes so it shrinks toward the first character. */
function fromAlphabet(alphabet: string, length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.nat({ max: alphabet.length - 1 }), { minLength: length, maxLength: length })
    .map((idx) => idx.map((i) => alphabet[i]).join(''));
}

/** A digest-shaped string that is not all decimal digits (all digits reads as a raw numeric id). */
function digest(alphabet: string, length: number): fc.Arbitrary<string> {
  return fromAlphabet(alphabet, length).map((s) => (/^\d*$/.test(s) ? `f${s.slice(1)}` : s));
}

/** Values of a declared pseudonym: keyed or plain digests in their encoding and length, or random ids. */
export function pseudonymValue(p: Pseudonym): fc.Arbitrary<string> {
  const prefix = p.prefix ?? '';
  if (p.method === 'uuid' || p.method === 'random-id') return fc.uuid({ version: 4 }).map((u) => `${prefix}${u}`);
  const encoding = p.encoding ?? 'hex';
  const length = p.length ?? DIGEST_LENGTHS[encoding];
  const alphabet = encoding === 'hex' ? HEX : encoding === 'base64' ? `${B64}+/` : `${B64}-_`;
  return digest(alphabet, length).map((s) => `${prefix}${s}`);
}

/** Raw identifiers of the kind a pseudonym replaces: numeric ids, slugs, and UUIDs where a digest is declared. */
export function rawIdentifier(p: Pseudonym): fc.Arbitrary<string> {
  const numeric = fc.integer({ min: 1000, max: 99_999_999 }).map(String);
  const slug = fc.tuple(fc.constantFrom('acme', 'guild', 'doc', 'tenant', 'org'), fc.integer({ min: 1, max: 9999 })).map(([w, n]) => `${w}-${n}`);
  if (p.method === 'uuid' || p.method === 'random-id') return fc.oneof(numeric, slug);
  return fc.oneof(numeric, slug, fc.uuid({ version: 4 }));
}
