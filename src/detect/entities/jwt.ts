import type { Emit } from '../_hit.js';

/**
 * JSON Web Tokens: three base64url parts whose header and payload decode to JSON objects
 * (the header naming an `alg` or `typ`). The signature may be empty (`alg: none`).
 */

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{4,16384}\.[A-Za-z0-9_-]{0,4096}(?![A-Za-z0-9_-])/g;

function decodeJson(part: string): unknown {
  try {
    const text = Buffer.from(part, 'base64url').toString('utf8');
    if (!text.startsWith('{')) return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True when `token` is a JWT whose header and payload are JSON objects. */
export function isJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const header = decodeJson(parts[0] as string);
  if (header === null || typeof header !== 'object' || Array.isArray(header)) return false;
  if (!('alg' in header) && !('typ' in header)) return false;
  const payload = decodeJson(parts[1] as string);
  return payload !== null && typeof payload === 'object';
}

/** Find JWTs in text. */
export function findJwts(text: string, emit: Emit): void {
  JWT.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = JWT.exec(text);
    if (!m) return;
    if (isJwt(m[0])) emit('JWT', m[0], 0.97);
  }
}
