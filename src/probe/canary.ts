/**
 * Canaries: fresh fake personal values per probe run, handed to the emitter (variables, a JSON file, stdin),
 * so that any of them found in what it sends — raw, encoded or hashed — proves a leak.
 */
import type { Entity } from '../findings/entities.js';
import { base62, crc32, luhnValid } from '../detect/checksums.js';

export { findCanaries, canaryFindings, MAX_SCANNED_CHARS, type CanaryHit, type CanaryForm } from './find-canaries.js';

/** The canary kinds, in report order. */
export const CANARY_NAMES = ['email', 'phone', 'name', 'ip', 'card', 'token', 'home_path'] as const;

/** One canary kind. */
export type CanaryName = (typeof CANARY_NAMES)[number];

/** One fake value, its entity and the variable that carries it (`TG_CANARY_EMAIL` …). */
export interface Canary {
  readonly name: CanaryName;
  readonly entity: Entity;
  readonly value: string;
  readonly variable: string;
}

/** A run's canaries and the three ways they are handed to the emitter. */
export interface Canaries {
  readonly seed: number;
  readonly list: readonly Canary[];
  /** `TG_CANARY_EMAIL` … → value. */
  env(): Record<string, string>;
  /** The content of the file named by `TG_CANARIES`: `{"email": …, …}`. */
  json(): string;
  /** Text for the emitter's stdin: one `name: value` line each. */
  stdin(): string;
}

const ENTITY: Readonly<Record<CanaryName, Entity>> = {
  email: 'EMAIL', phone: 'PHONE', name: 'PERSON_NAME', ip: 'IP_ADDRESS', card: 'CREDIT_CARD', token: 'API_KEY', home_path: 'FILE_PATH_WITH_USERNAME',
};
const FIRST = ['Amara', 'Bastian', 'Chidi', 'Delphine', 'Emeka', 'Freya', 'Ingrid', 'Kwame', 'Leonie', 'Ngozi', 'Oskar', 'Tamsin'];
const SYLLABLES = ['qua', 'ril', 'mon', 'dex', 'vor', 'tal', 'bek', 'sun', 'ozo', 'lin', 'far', 'gri'];
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Deterministic PRNG (mulberry32): the same seed gives the same canaries. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fresh fake PII for one run: email, phone, name, IP (TEST-NET), Luhn-valid card, GitHub token with valid CRC32, home path. */
export function makeCanaries(seed: number): Canaries {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chars = (n: number, alphabet: string): string => Array.from({ length: n }, () => pick(alphabet.split(''))).join('');
  const first = pick(FIRST);
  const last = [pick(SYLLABLES), pick(SYLLABLES), pick(SYLLABLES)].join('');
  const surname = last[0]!.toUpperCase() + last.slice(1);
  const user = `${first.toLowerCase()}${chars(4, '0123456789')}`;
  const entropy = chars(30, ALNUM);
  const values: Record<CanaryName, string> = {
    email: `${first.toLowerCase()}.${last}${chars(5, '0123456789abcdefghijklmnopqrstuvwxyz')}@example.org`,
    phone: `+1555${chars(7, '0123456789')}`,
    name: `${first} ${surname}`,
    ip: `203.0.113.${1 + Math.floor(rnd() * 254)}`,
    card: luhnCard(`4${chars(14, '0123456789')}`),
    token: `ghp_${entropy}${base62(crc32(entropy))}`,
    home_path: `/home/${user}/projects/${last}/notes.txt`,
  };
  const list = CANARY_NAMES.map((name) => ({ name, entity: ENTITY[name], value: values[name], variable: `TG_CANARY_${name.toUpperCase()}` }));
  return {
    seed,
    list,
    env: () => Object.fromEntries(list.map((c) => [c.variable, c.value])),
    json: () => JSON.stringify(Object.fromEntries(list.map((c) => [c.name, c.value])), null, 2),
    stdin: () => list.map((c) => `${c.name}: ${c.value}\n`).join(''),
  };
}

/** Complete 15 digits with the Luhn check digit. */
function luhnCard(fifteen: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${fifteen}${d}`)) return `${fifteen}${d}`;
  return `${fifteen}0`;
}
