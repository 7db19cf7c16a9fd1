import { createHash } from 'node:crypto';
import { faker } from '@faker-js/faker/locale/en';
import fc from 'fast-check';
import { base62, crc32 } from '../../detect/checksums.js';
import type { Entity } from '../../findings/entities.js';

/** Realistic values from faker, seeded from fast-check's random source (deterministic for a seed). */
function seeded<T>(make: () => T): fc.Arbitrary<T> {
  return fc.noBias(fc.integer()).map((seed) => {
    faker.seed(seed);
    return make();
  });
}

const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.nat({ max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const chars = (alphabet: string, n: number): fc.Arbitrary<string> =>
  fc.array(fc.nat({ max: alphabet.length - 1 }), { minLength: n, maxLength: n }).map((ix) => ix.map((i) => alphabet[i]).join(''));

/** Luhn check digit for a string of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** IBAN check digits for a country code and BBAN (ISO 13616 mod 97). */
export function ibanCheck(country: string, bban: string): string {
  const moved = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of moved) rem = (rem * 10 + Number(ch)) % 97;
  return String(98 - rem).padStart(2, '0');
}

const b64url = (text: string | Buffer): string => Buffer.from(text).toString('base64url');

const STREET_TYPES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard'];

/** A surname of four letters or more (short ones such as "Von" read as name particles). */
function longLastName(): string {
  for (let i = 0; i < 20; i++) {
    const name = faker.person.lastName();
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return name;
  }
  return 'Harrington';
}

const email = seeded(() => faker.internet.email().toLowerCase());
const firstName = seeded(() => faker.person.firstName().toLowerCase().replace(/[^a-z]/g, '') || 'jane');

/** Plain generators of each entity, in the forms a detector recognises without a key hint. */
export const PII_VALUES: Readonly<Partial<Record<Entity, fc.Arbitrary<string>>>> = {
  EMAIL: email,
  PHONE: fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 200, max: 999 }), digits(4)).map(([a, e, l]) => `+1 (${a}) ${e}-${l}`),
  IP_ADDRESS: fc.tuple(fc.constantFrom(23, 45, 81, 93, 151, 185, 203), fc.nat({ max: 255 }), fc.nat({ max: 255 }), fc.integer({ min: 1, max: 254 })).map((o) => o.join('.')),
  CREDIT_CARD: digits(14).map((d) => `4${d}`).map((b) => `${b}${luhnDigit(b)}`).map((c) => c.replace(/(\d{4})(?=\d)/g, '$1 ')),
  IBAN: digits(18).map((bban) => `DE${ibanCheck('DE', bban)}${bban}`),
  US_SSN: fc.tuple(fc.integer({ min: 101, max: 665 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([a, g, s]) => `${a}-${g}-${s}`),
  PERSON_NAME: seeded(() => `${faker.person.firstName()} ${longLastName()}`),
  STREET_ADDRESS: seeded(() => `${faker.location.buildingNumber()} ${longLastName()} ${faker.helpers.arrayElement(STREET_TYPES)}`),
  GEO_COORDINATES: fc.noBias(fc.tuple(fc.integer({ min: 1_00000, max: 80_00000 }), fc.integer({ min: 1_00000, max: 179_00000 }), fc.boolean(), fc.boolean())).map(
    ([a, o, s, w]) => `${s ? '-' : ''}${(a / 1e5).toFixed(5)}, ${w ? '-' : ''}${(o / 1e5).toFixed(5)}`,
  ),
  JWT: fc.tuple(fc.integer({ min: 1000, max: 999_999 }), chars(ALNUM, 43)).map(([sub, sig]) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${sub}","iat":1700000000}`)}.${sig}`),
  API_KEY: fc.oneof(
    chars(ALNUM, 30).map((e) => `ghp_${e}${base62(crc32(e))}`),
    chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((k) => `AKIA${k}`),
    chars(ALNUM, 24).map((k) => `sk_live_${k}`),
  ),
  PASSWORD: fc.tuple(firstName, chars(ALNUM, 12)).map(([u, p]) => `postgres://${u}:${p}@db.example.com:5432/app`),
  MAC_ADDRESS: fc.array(fc.integer({ min: 1, max: 254 }), { minLength: 6, maxLength: 6 }).map((o) => o.map((b, i) => (i === 0 ? b & 0xfe || 2 : b).toString(16).padStart(2, '0')).join(':')),
  USER_AGENT: seeded(() => faker.internet.userAgent()).filter((ua) => ua.startsWith('Mozilla/5.0 (')),
  UUID_USER_ID: fc.uuid({ version: 4 }).map((u) => `https://app.example.com/users/${u}/settings`),
  DATE_OF_BIRTH: fc.tuple(fc.integer({ min: 1950, max: 2004 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `date of birth: ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  UNSALTED_HASH_OF_EMAIL: email.map((e) => `https://www.gravatar.com/avatar/${createHash('md5').update(e).digest('hex')}`),
  URL_WITH_PII_QUERY: email.map((e) => `https://example.com/reset?email=${encodeURIComponent(e)}`),
  FILE_PATH_WITH_USERNAME: fc.tuple(firstName, fc.constantFrom('/Users/%/Documents/report.pdf', '/home/%/projects/app/main.py', 'C:\\Users\\%\\AppData\\Local\\app.log')).map(([n, t]) => t.replace('%', n)),
};
