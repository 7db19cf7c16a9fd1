import type { LintHit, LintRule } from '../types.js';

const HASHES: ReadonlySet<string> = new Set(['hmac-sha256', 'salted-sha256']);

/**
 * pseudonym-without-key: a plain hash (always), or a keyed/salted hash whose key is not named
 * (a client-held one is left to pseudonymClientKey, which says more).
 */
export const pseudonymUnkeyed: LintRule = {
  name: 'pseudonym-unkeyed',
  code: 'pseudonym-without-key',
  description: 'A `pseudonym` uses plain sha256, or hmac-sha256 / salted-sha256 without `key.env` or `key.secret`.',
  check: ({ fields }) => {
    const hits: LintHit[] = [];
    for (const { rule, path, policyPointer } of fields) {
      const pseudonym = rule.pseudonym;
      if (!pseudonym) continue;
      const field = path.join('.');
      if (pseudonym.method === 'sha256') {
        hits.push({
          pointer: `${policyPointer}/pseudonym/method`,
          field,
          message:
            `Field "${field}" is pseudonymised with plain SHA-256, an unsalted hash that anyone can reverse by ` +
            'hashing candidate identifiers: use hmac-sha256 with a key held by the server (pseudonym.key.env or key.secret).',
        });
      } else if (HASHES.has(pseudonym.method) && !pseudonym.key?.env && !pseudonym.key?.secret && pseudonym.key?.heldBy !== 'client') {
        hits.push({
          pointer: `${policyPointer}/pseudonym`,
          field,
          message:
            `Field "${field}" uses ${pseudonym.method} but names no key or salt: declare where it lives ` +
            '(pseudonym.key.env or key.secret) so it can be kept apart from the data (GDPR Art. 4(5)) and rotated.',
        });
      }
    }
    return hits;
  },
};

/**
 * pseudonym-without-key (pitfall 2, weak hashing): the salt or key is held by the client, so it is
 * public and small input spaces can be enumerated. Reported under pseudonym-without-key rather than
 * overclaim because it is a setting, not a statement. A per-install salt that never leaves the
 * device is exempt: the output is then a random per-install id.
 */
export const pseudonymClientKey: LintRule = {
  name: 'pseudonym-client-key',
  code: 'pseudonym-without-key',
  description: 'A salted or keyed hash whose `key.heldBy` is `client` (and that does not rotate per install).',
  check: ({ fields }) =>
    fields
      .filter(({ rule }) => {
        const p = rule.pseudonym;
        return p !== undefined && HASHES.has(p.method) && p.key?.heldBy === 'client' && p.rotation !== 'per-install';
      })
      .map(({ path, policyPointer }) => {
        const field = path.join('.');
        return {
          pointer: `${policyPointer}/pseudonym/key/heldBy`,
          field,
          message:
            `Field "${field}" is hashed with a salt or key held by the client, which is public once shipped, so ` +
            'small input spaces (IPs, emails, sequential ids) can be brute-forced (pitfall 2, WP29 Opinion 05/2014): ' +
            'use an HMAC key held by the server.',
        };
      }),
};
