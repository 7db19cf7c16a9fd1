import { describeValue } from '../../findings/mask.js';
import type { Pseudonym } from '../../policy/types.js';
import { pathOf } from '../walk.js';
import type { Check, Draft } from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALPHABETS = { hex: '0-9a-fA-F', base64: 'A-Za-z0-9+/', base64url: 'A-Za-z0-9_-' } as const;
const DIGEST_LENGTHS = { hex: 64, base64: 43, base64url: 43 } as const;

const shapes = new WeakMap<Pseudonym, { regex: RegExp; words: string }>();

/** What a pseudonym of this declaration looks like, as a regex and in words (cached per declaration). */
export function pseudonymShape(p: Pseudonym): { regex: RegExp; words: string } {
  let shape = shapes.get(p);
  if (!shape) {
    shape = buildShape(p);
    shapes.set(p, shape);
  }
  return shape;
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
    const { regex, words } = pseudonymShape(p);
    const ok = typeof node.value === 'string' && regex.test(node.value) && !looksLikeRawId(node.value, p);
    if (ok) continue;
    out.push({
      code: 'not-pseudonymised',
      pointer: node.pointer,
      field: node.key,
      message: `Field "${pathOf(node).join('.')}" must be ${words}, received ${describeValue(node.value)}.`,
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
