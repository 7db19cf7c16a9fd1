import * as crypto from 'node:crypto';
import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';

/**
 * Unsalted md5/sha1/sha256 of an email (DESIGN rule 3): recognised by key (`email_hash`,
 * `email_md5`, `hashed_email`…), by a Gravatar URL, or by hashing every email seen in the same
 * scanned value and comparing. Salted HMACs, content digests and git SHAs stay quiet.
 */

const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i;
const GRAVATAR = /gravatar\.com\/avatar\/([0-9a-f]{64}|[0-9a-f]{32})(?![0-9a-f])/gi;
const HEX_RUN = /(?<![0-9a-fA-F])(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32}|[0-9A-F]{64}|[0-9A-F]{40}|[0-9A-F]{32})(?![0-9a-fA-F])/g;

/** A hex digest under an email-hash key. */
export function hashByKey(value: string, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.EMAIL_HASH) === 0) return;
  const v = value.trim().replace(/^(?:md5|sha1|sha256|sha-1|sha-256)[:$]/i, '');
  if (HEX_HASH.test(v)) emit('UNSALTED_HASH_OF_EMAIL', v, 0.9);
}

/** Gravatar avatar URLs: their path is the md5/sha256 of an email. */
export function findGravatars(text: string, emit: Emit): void {
  if (text.indexOf('gravatar') < 0) return;
  GRAVATAR.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = GRAVATAR.exec(text);
    if (!m) return;
    emit('UNSALTED_HASH_OF_EMAIL', m[1] as string, 0.95);
  }
}

/** Hex runs of digest length (32, 40, 64) in text, lowercased, for comparison with hashed emails. */
export function hexCandidates(text: string, into: (hex: string) => void): void {
  HEX_RUN.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = HEX_RUN.exec(text);
    if (!m) return;
    into(m[0].toLowerCase());
  }
}

const ALGORITHMS: Readonly<Record<number, string>> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** One-shot `crypto.hash` where Node has it (20.12+), else a Hash object. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const hexDigest = (alg: string, text: string): string => (oneShot !== undefined ? oneShot(alg, text, 'hex') : crypto.createHash(alg).update(text).digest('hex'));

/** Digests of an email as written and trimmed-lowercased, for the algorithms whose hex lengths are wanted. */
export function emailDigests(email: string, lengths: ReadonlySet<number> = new Set([32, 40, 64])): string[] {
  const forms = new Set([email, email.trim().toLowerCase()]);
  const out: string[] = [];
  for (const len of lengths) {
    const alg = ALGORITHMS[len];
    if (alg !== undefined) for (const f of forms) out.push(hexDigest(alg, f));
  }
  return out;
}
