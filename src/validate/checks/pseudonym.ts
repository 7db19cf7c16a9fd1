import { describeValue } from '../../findings/mask.js';
import type { Pseudonym } from '../../policy/types.js';
import { pathOf } from '../walk.js';
import type { Check, Draft } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALPHABETS = { hex: '0-9a-fA-F', base64: 'A-Za-z0-9+/', base64url: 'A-Za-z0-9_-' } as const;
const DIGEST_LENGTHS = { hex: 64, base64: 43, base64url: 43 } as const;

/**
 * What a pseudonym of a declaration looks like: as a regex, in words, and as `test`, a matcher that answers exactly
 * what the regex answers without running it (the receiver asks it for every pseudonymous field of every record).
 */
export interface PseudonymShape {
  readonly regex: RegExp;
  readonly words: string;
  readonly test: (value: string) => boolean;
}

const shapes = new WeakMap<Pseudonym, PseudonymShape>();

/** The shape of a pseudonym of this declaration (cached per declaration). */
export function pseudonymShape(p: Pseudonym): PseudonymShape {
  let shape = shapes.get(p);
  if (!shape) {
    shape = { ...buildShape(p), test: buildTest(p) };
    shapes.set(p, shape);
  }
  return shape;
}

/** Character tables (ASCII) of the alphabets. */
function table(ranges: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (new RegExp(`[${ranges}]`).test(String.fromCharCode(c))) t[c] = 1;
  return t;
}
const HEX = table(ALPHABETS.hex);
const HEX_OR_DASH = table('0-9a-fA-F-');
const TABLES = { hex: HEX, base64: table(ALPHABETS.base64), base64url: table(ALPHABETS.base64url) } as const;

/** True when every character of `text` in [from, to) is in the table. */
function within(text: string, from: number, to: number, t: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || t[c] === 0) return false;
  }
  return true;
}

/** 8-4-4-4-12 hex digits from `at` to the end of `text`. */
function uuidAt(text: string, at: number): boolean {
  if (text.length - at !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(at + i);
    if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : c >= 128 || HEX[c] === 0) return false;
  }
  return true;
}

function buildTest(p: Pseudonym): (value: string) => boolean {
  const prefix = p.prefix ?? '';
  const at = prefix.length;
  if (p.method === 'uuid') return (v) => v.startsWith(prefix) && uuidAt(v, at);
  if (p.method === 'random-id') {
    const url = TABLES.base64url;
    return (v) => {
      const n = v.length - at;
      return v.startsWith(prefix) && ((n === 36 && within(v, at, v.length, HEX_OR_DASH)) || (n >= 16 && n <= 128 && within(v, at, v.length, url)));
    };
  }
  const encoding = p.encoding ?? 'hex';
  const t = TABLES[encoding];
  const length = p.length ?? DIGEST_LENGTHS[encoding];
  const padding = encoding === 'base64' && p.length === undefined;
  return (v) => {
    if (!v.startsWith(prefix)) return false;
    const n = v.length - at;
    if (n === length) return within(v, at, v.length, t);
    return padding && n === length + 1 && v.charCodeAt(v.length - 1) === 61 && within(v, at, v.length - 1, t);
  };
}

function buildShape(p: Pseudonym): { regex: RegExp; words: string } {
  const prefix = p.prefix ? escapeRegex(p.prefix) : '';
  if (p.method === 'uuid' || p.method === 'random-id') {
    return p.method === 'uuid'
      ? { regex: new RegExp(`^${prefix}[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`), words: 'a random UUID' }
      : { regex: new RegExp(`^${prefix}(?:[0-9a-fA-F-]{36}|[A-Za-z0-9_-]{16,128})$`), words: 'a random id of at least 16 characters' };
  }
  const encoding = p.encoding ?? 'hex';
  const alphabet = ALPHABETS[encoding];
  const length = p.length ?? DIGEST_LENGTHS[encoding];
  const padding = encoding === 'base64' && p.length === undefined ? '={0,1}' : '';
  return {
    regex: new RegExp(`^${prefix}[${alphabet}]{${length}}${padding}$`),
    words: `a ${length}-character ${encoding} ${p.method.toUpperCase()} digest`,
  };
}

/** not-pseudonymised: a `pseudonym` field whose value is not of the declared form. */
export const checkPseudonym: Check = (_compiled, _record, nodes) => {
  const out: Draft[] = [];
  for (const node of nodes) {
    const p = node.rule?.pseudonym;
    if (!p || node.value === null || node.value === undefined) continue;
    const shape = pseudonymShape(p);
    const ok = typeof node.value === 'string' && shape.test(node.value) && !looksLikeRawId(node.value, p);
    if (ok) continue;
    out.push({
      code: 'not-pseudonymised',
      pointer: node.pointer,
      field: node.key,
      message: `Field "${pathOf(node).join('.')}" must be ${shape.words}, received ${describeValue(node.value)}.`,
    });
  }
  return out;
};

/**
 * A hex digest made only of decimal digits is far more likely a raw numeric id (e.g. a Discord snowflake).
 * Called only for a value that matched the declaration's shape: a uuid shape without a prefix is a UUID already.
 */
function looksLikeRawId(value: string, p: Pseudonym): boolean {
  if (p.method === 'uuid') return p.prefix ? !UUID.test(value) : false;
  return allDigits(value, p.prefix?.length ?? 0);
}

/** True when `text` from `from` on is one or more ASCII digits (`/^\d+$/` on the rest, without slicing it). */
function allDigits(text: string, from: number): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
