import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';

/**
 * UUIDs are personal (UUID_USER_ID) only under a user-identifying key (`user_id`, `account_id`,
 * `customer_id`, `member_id`, `owner_id`, `enduser.id`, `uid`, or `id` inside a user object) or
 * in a URL path such as `/users/<uuid>/` (DESIGN rule 1). Install, session, event and anonymous
 * ids are pseudonymous and stay quiet.
 */

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const WHOLE = new RegExp(`^\\s*(?:urn:uuid:|\\{)?(${UUID})\\}?\\s*$`);
const IN_PATH = new RegExp(`/(?:users?|accounts?|customers?|members?|profiles?|people|persons?|owners?|patients?|employees?|u)/(${UUID})(?![0-9a-fA-F-])`, 'gi');

/** A whole value under a user-identifying key. */
export function uuidByKey(value: string, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.USER_ID) === 0 || (kc.hints & H.PSEUDO) !== 0) return;
  const m = WHOLE.exec(value);
  if (m) emit('UUID_USER_ID', m[1] as string, 0.9);
}

/** UUIDs in user-resource paths (`/users/<uuid>/orders`). */
export function findUserPathUuids(text: string, emit: Emit): void {
  if (text.indexOf('/') < 0) return;
  IN_PATH.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = IN_PATH.exec(text);
    if (!m) return;
    emit('UUID_USER_ID', m[1] as string, 0.9);
  }
}
